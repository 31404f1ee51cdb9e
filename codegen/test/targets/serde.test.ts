import { describe, expect, it } from "vitest";
import { generateService, type GenerateResult } from "../../src/core/pipeline.js";
import type { Model } from "../../src/model/model.js";
import { flattenMixins, loadModelFromSources } from "../../src/index.js";
import { filledDefault, shapesHoldingFilledDefaults } from "../../src/knowledge/filled-defaults.js";
import { requiredFeatures } from "../../src/protocols/features.js";
import { protocolChoiceProblem, protocolFolder, PROTOCOLS, selectProtocol, servedProtocols } from "../../src/protocols/registry.js";
import { serdeTarget } from "../../src/targets/serde/index.js";
import { typesTarget } from "../../src/targets/types/index.js";
import { unitModel } from "./types-support.js";

/** A small awsJson1_1 service touching every kind of converter. */
const SHOP = `$version: "2"
namespace example.shop

use aws.api#service
use aws.protocols#awsJson1_1

@service(sdkId: "Shop")
@awsJson1_1
service ShopService {
    version: "2024-05-01"
    operations: [PlaceOrder, Ping]
    errors: [ShopUnavailable]
}

@idempotent
operation PlaceOrder {
    input := {
        @required
        item: String
        quantity: Integer
        @idempotencyToken
        clientToken: String
        placedAt: Timestamp
        @timestampFormat("date-time")
        deliverBy: Timestamp
        note: Blob
        price: Double
        tags: TagMap
        lines: OrderLines
        payment: Payment
        constructor: String
    }
    output := {
        @required
        orderId: String
        status: OrderStatus
        lines: OrderLines
        history: SparseHistory
    }
    errors: [OutOfStock]
}

operation Ping {}

list OrderLines {
    member: OrderLine
}

structure OrderLine {
    sku: String
    count: Long
}

@sparse
list SparseHistory {
    member: String
}

map TagMap {
    key: String
    value: String
}

union Payment {
    card: String
    voucher: Voucher
}

structure Voucher {
    code: String
}

enum OrderStatus {
    PENDING = "pending"
    SHIPPED = "shipped"
}

@error("client")
@httpError(409)
structure OutOfStock {
    message: String
    sku: String
    left: Integer
}

@error("server")
structure ShopUnavailable {
    Message: String
}
`;

function modelOf(text: string): Model {
  return flattenMixins(loadModelFromSources([{ path: "model.smithy", text }]).model);
}

function generateSerde(text: string): GenerateResult {
  return generateService(modelOf(text), [typesTarget, serdeTarget], { roles: ["serde"] });
}

/** The lines of a generated file after its header and imports. */
function bodyLines(result: GenerateResult, path: string): string[] {
  const file = result.files.find((entry) => entry.path === path);
  if (!file) throw new Error(`no ${path}; have ${result.files.map((entry) => entry.path).join(", ")}`);
  const lines = file.content.split("\n");
  let start = 2;
  while (start < lines.length && (lines[start] === "" || /^(import |} from |  ((type )?[\w$]+,( |$))+$)/.test(lines[start]!))) start++;
  return lines.slice(start, lines[lines.length - 1] === "" ? -1 : undefined);
}

const shop = generateSerde(SHOP);

describe("serde target: shape converters", () => {
  it("writes a structure's serializer and deserializer with only the present keys", () => {
    expect(bodyLines(shop, "shop-serde/src/shapes/place-order-input.ts")).toEqual([
      "/** Writes `PlaceOrderInput` (`example.shop#PlaceOrderInput`). */",
      'export function serializePlaceOrderInput(value: PlaceOrderInput, path: ValuePath = "$"): JsonObject {',
      "  writeObject(value, path);",
      "  const json: JsonObject = {};",
      '  if (value.item != null) json.item = writeString(value.item, path, "item");',
      '  if (value.quantity != null) json.quantity = writeInteger(value.quantity, path, "quantity");',
      '  json.clientToken = value.clientToken != null ? writeString(value.clientToken, path, "clientToken") : generateIdempotencyToken();',
      '  if (value.placedAt != null) json.placedAt = writeEpochSeconds(value.placedAt, path, "placedAt");',
      '  if (value.deliverBy != null) json.deliverBy = writeDateTime(value.deliverBy, path, "deliverBy");',
      '  if (value.note != null) json.note = writeBlob(value.note, path, "note");',
      '  if (value.price != null) json.price = writeFloat(value.price, path, "price");',
      '  if (value.tags != null) json.tags = serializeTagMap(value.tags, { parent: path, key: "tags" });',
      '  if (value.lines != null) json.lines = serializeOrderLines(value.lines, { parent: path, key: "lines" });',
      '  if (value.payment != null) json.payment = serializePayment(value.payment, { parent: path, key: "payment" });',
      '  if (value.constructor_ != null) setEntry(json, "constructor", writeString(value.constructor_, path, "constructor"));',
      "  return json;",
      "}",
    ]);
    // The package never reads an input: its deserializer is written for the round-trip tests only.
    expect(bodyLines(shop, "shop-serde/test/converters/place-order-input.ts")).toEqual([
      "/**",
      " * Reads `PlaceOrderInput` (`example.shop#PlaceOrderInput`).",
      " * A required member without a default takes its type's zero value (Smithy's error correction).",
      " */",
      "export function deserializePlaceOrderInput(json: unknown, path: ValuePath): PlaceOrderInput {",
      "  const object = readObject(json, path);",
      "  const out = {} as PlaceOrderInput;",
      '  out.item = object.item != null ? readString(object.item, path, "item") : "";',
      '  if (object.quantity != null) out.quantity = readInteger(object.quantity, path, "quantity");',
      '  if (object.clientToken != null) out.clientToken = readString(object.clientToken, path, "clientToken");',
      '  if (object.placedAt != null) out.placedAt = readEpochSeconds(object.placedAt, path, "placedAt");',
      '  if (object.deliverBy != null) out.deliverBy = readDateTime(object.deliverBy, path, "deliverBy");',
      '  if (object.note != null) out.note = readBlob(object.note, path, "note");',
      '  if (object.price != null) out.price = readFloat(object.price, path, "price");',
      '  if (object.tags != null) out.tags = deserializeTagMap(object.tags, { parent: path, key: "tags" });',
      '  if (object.lines != null) out.lines = deserializeOrderLines(object.lines, { parent: path, key: "lines" });',
      '  if (object.payment != null) out.payment = deserializePayment(object.payment, { parent: path, key: "payment" });',
      '  if (readOwnMember(object, "constructor") != null) out.constructor_ = readString(readOwnMember(object, "constructor"), path, "constructor");',
      "  return out;",
      "}",
    ]);
  });

  it("reads a member named __proto__ into the typed structure through setEntry, cast to its record", () => {
    const result = generateSerde(unitModel("structure RunInput {\n    @required\n    __proto__: String\n}", { input: "RunInput" }));
    // The generated interface has no index signature: without the cast the package would not type-check.
    // (The package never reads its input: the deserializer is the round-trip tests'.)
    expect(bodyLines(result, "unit-serde/test/converters/run-input.ts")).toContain(
      '  setEntry(out as unknown as Record<string, unknown>, "__proto__", readOwnMember(object, "__proto__") != null ? readString(readOwnMember(object, "__proto__"), path, "__proto__") : "");',
    );
  });

  it("writes a union's converters: one member set, an unknown member kept as $unknown", () => {
    const lines = bodyLines(shop, "shop-serde/test/converters/payment.ts");
    expect(lines.slice(lines.indexOf("export function deserializePayment(json: unknown, path: ValuePath): Payment {"))).toEqual([
      "export function deserializePayment(json: unknown, path: ValuePath): Payment {",
      "  const [key, value] = readUnionMember(json, path);",
      "  switch (key) {",
      '    case "card":',
      '      return { card: readString(value, path, "card") };',
      '    case "voucher":',
      '      return { voucher: deserializeVoucher(value, { parent: path, key: "voucher" }) };',
      "    default:",
      "      return { $unknown: [key, readDocument(value)] };",
      "  }",
      "}",
    ]);
    const written = bodyLines(shop, "shop-serde/src/shapes/payment.ts");
    expect(written).toContain("    case \"$unknown\":");
    expect(written).toContain("      return { [value.$unknown![0]]: value.$unknown![1] };");
  });

  it("keeps nulls in sparse lists and drops them from dense maps", () => {
    const history = bodyLines(shop, "shop-serde/src/shapes/sparse-history.ts");
    expect(history).toContain(" * It is sparse: `null` elements are kept.");
    expect(history).toContain("    out.push(item == null ? null : readString(item, path, index));");
    expect(bodyLines(shop, "shop-serde/test/converters/sparse-history.ts")).toContain("    json.push(item == null ? null : writeString(item, path, index));");
    const tags = bodyLines(shop, "shop-serde/test/converters/tag-map.ts");
    expect(tags.slice(-9)).toEqual([
      "export function deserializeTagMap(json: unknown, path: ValuePath): Record<string, string> {",
      "  const object = readObject(json, path);",
      "  const out: Record<string, string> = {};",
      "  for (const key of Object.keys(object)) {",
      "    const item = object[key];",
      "    if (item != null) setEntry(out, key, readString(item, path, key));",
      "  }",
      "  return out;",
      "}",
    ]);
  });

  it("builds an error from its members, message and $metadata; the message member is only checked, set by readErrorMessage", () => {
    expect(bodyLines(shop, "shop-serde/src/shapes/out-of-stock.ts").slice(-8)).toEqual([
      "export function deserializeOutOfStock(json: unknown, path: ValuePath, $metadata: ResponseMetadata): OutOfStock {",
      "  const object = readObject(json, path);",
      "  const options = { $metadata, message: readErrorMessage(object) } as ConstructorParameters<typeof OutOfStock>[0];",
      '  if (object.message != null) readString(object.message, path, "message");',
      '  if (object.sku != null) options.sku = readString(object.sku, path, "sku");',
      '  if (object.left != null) options.left = readInteger(object.left, path, "left");',
      "  return new OutOfStock(options);",
      "}",
    ]);
  });

  it("reads an error of optional strings only with the runtime's one deserializer", () => {
    expect(bodyLines(shop, "shop-serde/src/shapes/shop-unavailable.ts").slice(-1)).toEqual([
      'export const deserializeShopUnavailable = /* @__PURE__ */ stringMembersError(ShopUnavailable, ["Message"]);',
    ]);
  });
});

describe("serde target: operations", () => {
  it("builds POST / with the X-Amz-Target of the service shape and reads the output or the operation's errors", () => {
    expect(bodyLines(shop, "shop-serde/src/operations/place-order.ts")).toEqual([
      "/**",
      " * Builds the HTTP request of `PlaceOrder` (`example.shop#PlaceOrder`):",
      " * `POST` with `X-Amz-Target: ShopService.PlaceOrder` and an awsJson1_1 JSON body.",
      " * Input that does not match the model throws a `ShopSerializationError`.",
      " */",
      "export async function buildPlaceOrderRequest(input: PlaceOrderInput, context: SerdeContext): Promise<HttpRequest> {",
      "  return buildAwsJsonRequest(shopProtocol, context, {",
      '    operation: "PlaceOrder",',
      '    target: "ShopService.PlaceOrder",',
      "    input,",
      "    serialize: serializePlaceOrderInput,",
      "  });",
      "}",
      "",
      "/** The errors `PlaceOrder` can return, by the code the service names them with. */",
      "const errors: ErrorTable = {",
      "  OutOfStock: deserializeOutOfStock,",
      "  ShopUnavailable: deserializeShopUnavailable,",
      "};",
      "",
      "/**",
      " * Reads the HTTP response of `PlaceOrder` (`example.shop#PlaceOrder`): the output with its",
      " * `$metadata`, or throws the modelled error the response carries (the service exception for an",
      " * error code the model does not know). A body that is not JSON, or not what the model describes,",
      " * throws a `ShopDeserializationError`.",
      " */",
      "export function parsePlaceOrderResponse(response: HttpResponse, context: SerdeContext): Promise<PlaceOrderOutput & MetadataBearer> {",
      '  return parseAwsJsonResponse(shopProtocol, "PlaceOrder", response, context, errors, deserializePlaceOrderOutput);',
      "}",
    ]);
  });

  it("sends {} for an operation without input and reads only $metadata when it has no output", () => {
    const lines = bodyLines(shop, "shop-serde/src/operations/ping.ts");
    expect(lines).toContain("export async function buildPingRequest(input: object, context: SerdeContext): Promise<HttpRequest> {");
    // No serializer: the protocol runtime sends `{}`.
    expect(lines).toContain('  return buildAwsJsonRequest(shopProtocol, context, { operation: "Ping", target: "ShopService.Ping", input });');
    expect(lines).toContain("export function parsePingResponse(response: HttpResponse, context: SerdeContext): Promise<MetadataBearer> {");
    expect(lines).toContain('  return parseAwsJsonResponse(shopProtocol, "Ping", response, context, errors);');
  });

  it("exports the operation functions and the error classes, sorted, one line per module", () => {
    expect(bodyLines(shop, "shop-serde/src/index.ts")).toEqual([
      'export { ShopDeserializationError, type ShopDeserializationErrorOptions } from "./errors/deserialization-error.js";',
      'export { ShopSerializationError, type ShopSerializationErrorOptions } from "./errors/serialization-error.js";',
      'export { buildPingRequest, parsePingResponse } from "./operations/ping.js";',
      'export { buildPlaceOrderRequest, parsePlaceOrderResponse } from "./operations/place-order.js";',
    ]);
  });

  it("declares the service's awsJson1_1 protocol once, and imports the runtime instead of carrying a copy", () => {
    expect(bodyLines(shop, "shop-serde/src/protocol.ts")).toEqual([
      "/**",
      " * How Shop speaks awsJson1_1: its Content-Type and its exception classes.",
      " * Every request builder and response parser of this package hands it to `@smithy-gen/aws-json-protocol`.",
      " */",
      "export const shopProtocol: AwsJsonService<ShopServiceException> = {",
      '  contentType: "application/x-amz-json-1.1",',
      "  exception: ShopServiceException,",
      "  serializationError: ShopSerializationError,",
      "  deserializationError: ShopDeserializationError,",
      "};",
    ]);
    expect(shop.files.filter((file) => file.path.startsWith("shop-serde/src/protocol/"))).toEqual([]);
    const manifest = JSON.parse(shop.files.find((file) => file.path === "shop-serde/package.json")!.content);
    expect(manifest.dependencies).toEqual({
      "@smithy-gen/aws-json-protocol": "workspace:^",
      "@smithy-gen/serde-core": "workspace:^",
      "@smithy-gen/serde-json": "workspace:^",
      "@smithy-gen/shop-types": "workspace:^",
      "@smithy/core": "^3.41.0",
      "@smithy/types": "^4.12.0",
    });
    expect(manifest.devDependencies["fast-check"]).toBeDefined();
  });

  it("converts each shape one way in src/ (serializers of what operations send, deserializers of what they receive), the other way only in test/", () => {
    const exported = (path: string): string[] => {
      const file = shop.files.find((entry) => entry.path === path);
      return file ? [...file.content.matchAll(/^export function (\w+)/gm)].map((match) => match[1]!) : [];
    };
    expect(exported("shop-serde/src/shapes/place-order-input.ts")).toEqual(["serializePlaceOrderInput"]);
    expect(exported("shop-serde/src/shapes/place-order-output.ts")).toEqual(["deserializePlaceOrderOutput"]);
    expect(exported("shop-serde/src/shapes/out-of-stock.ts")).toEqual(["deserializeOutOfStock"]);
    expect(exported("shop-serde/test/converters/place-order-input.ts")).toEqual(["deserializePlaceOrderInput"]);
    expect(exported("shop-serde/test/converters/place-order-output.ts")).toEqual(["serializePlaceOrderOutput"]);
    expect(exported("shop-serde/test/converters/out-of-stock.ts")).toEqual(["serializeOutOfStock"]);
    // No published file imports a test file.
    for (const file of shop.files.filter((entry) => entry.path.startsWith("shop-serde/src/"))) {
      expect(file.content, file.path).not.toMatch(/from "[./]*test\//);
    }
  });

  it("gives the same bytes when generated again", () => {
    const again = generateSerde(SHOP);
    expect(again.files.map((file) => [file.path, file.content])).toEqual(shop.files.map((file) => [file.path, file.content]));
  });
});

/** Defaults at the top of an input and of an output, and nested in both (a list of structures in the output). */
const DEFAULTS = `$version: "2"
namespace example.defaults

use aws.api#service
use aws.protocols#awsJson1_0

@service(sdkId: "Defaults")
@awsJson1_0
service DefaultsService {
    version: "2024-01-01"
    operations: [Configure]
}

operation Configure {
    input := {
        limit: Integer = 10
        settings: Settings
    }
    output := {
        limit: Integer = 10
        settings: SettingsList
    }
}

list SettingsList {
    member: Settings
}

structure Settings {
    mode: Mode = "AUTO"
    @clientOptional
    timeout: Integer = 30
    extra: Document = null
    tags: Tags = []
    since: Timestamp = 0
    @required
    name: String
}

enum Mode {
    AUTO
    MANUAL
}

list Tags {
    member: String
}
`;

describe("serde target: @default", () => {
  const result = generateSerde(DEFAULTS);

  it("writes the defaults of members a nested structure leaves out, not of @clientOptional or null-default members", () => {
    const lines = bodyLines(result, "defaults-serde/src/shapes/settings.ts");
    expect(lines.slice(0, 14)).toEqual([
      "/**",
      " * Writes `Settings` (`example.defaults#Settings`).",
      " * A member left out is written with its `@default`.",
      " */",
      'export function serializeSettings(value: Settings, path: ValuePath = "$"): JsonObject {',
      "  writeObject(value, path);",
      "  const json: JsonObject = {};",
      '  json.mode = writeString(value.mode ?? "AUTO", path, "mode");',
      '  if (value.timeout != null) json.timeout = writeInteger(value.timeout, path, "timeout");',
      "  if (value.extra != null) json.extra = writeDocument(value.extra);",
      '  json.tags = serializeTags(value.tags ?? [], { parent: path, key: "tags" });',
      '  json.since = writeEpochSeconds(value.since ?? new Date(0), path, "since");',
      '  if (value.name != null) json.name = writeString(value.name, path, "name");',
      "  return json;",
    ]);
  });

  it("does not write the defaults of the input's own members", () => {
    const lines = bodyLines(result, "defaults-serde/src/shapes/configure-input.ts");
    expect(lines).toContain(" * A member left out is not written with its `@default`: this is an operation's input, whose");
    expect(lines).toContain('  if (value.limit != null) json.limit = writeInteger(value.limit, path, "limit");');
  });

  it("reads the defaults of members the JSON leaves out, at the top and nested, and zero values of required ones", () => {
    expect(bodyLines(result, "defaults-serde/src/shapes/configure-output.ts")).toContain(
      '  out.limit = object.limit != null ? readInteger(object.limit, path, "limit") : 10;',
    );
    const lines = bodyLines(result, "defaults-serde/src/shapes/settings.ts");
    expect(lines.slice(lines.indexOf(" * Reads `Settings` (`example.defaults#Settings`).") - 1)).toEqual([
      "/**",
      " * Reads `Settings` (`example.defaults#Settings`).",
      " * A member the JSON leaves out takes its `@default`.",
      " * A required member without a default takes its type's zero value (Smithy's error correction).",
      " */",
      "export function deserializeSettings(json: unknown, path: ValuePath): Settings {",
      "  const object = readObject(json, path);",
      "  const out = {} as Settings;",
      '  out.mode = object.mode != null ? readString(object.mode, path, "mode") : "AUTO";',
      '  if (object.timeout != null) out.timeout = readInteger(object.timeout, path, "timeout");',
      "  if (object.extra != null) out.extra = readDocument(object.extra);",
      '  out.tags = object.tags != null ? deserializeTags(object.tags, { parent: path, key: "tags" }) : [];',
      '  out.since = object.since != null ? readEpochSeconds(object.since, path, "since") : new Date(0);',
      '  out.name = object.name != null ? readString(object.name, path, "name") : "";',
      "  return out;",
      "}",
    ]);
  });

  it("has the generated tests expect defaults filled in at every level", () => {
    expect(bodyLines(result, "defaults-serde/test/expected.ts").slice(-20)).toEqual([
      "/**",
      " * `Settings` (`example.defaults#Settings`) as it reads back:",
      " * members left out, at any depth, take their `@default`.",
      " */",
      "export function expectedSettings(value: Settings): Settings {",
      "  return {",
      "    ...value,",
      '    mode: value.mode ?? "AUTO",',
      "    tags: value.tags ?? [],",
      "    since: value.since ?? new Date(0),",
      "  };",
      "}",
      "",
      "/**",
      " * `SettingsList` (`example.defaults#SettingsList`) as it reads back:",
      " * members left out, at any depth, take their `@default`.",
      " */",
      "export function expectedSettingsList(value: Settings[]): Settings[] {",
      "  return value.map((item) => (item == null ? item : expectedSettings(item)));",
      "}",
    ]);
    const operations = result.files.find((file) => file.path === "defaults-serde/test/operations.test.ts")!.content;
    expect(operations).toContain("expect(sent).toEqual(expectedConfigureInput(input));");
    expect(operations).toContain("expect(parsed).toEqual({ ...expectedConfigureOutput(output), $metadata: ");
    const roundTrip = result.files.find((file) => file.path === "defaults-serde/test/round-trip.test.ts")!.content;
    expect(roundTrip).toContain("expect(roundTrip(value)).toEqual(expectedSettings(value));");
    expect(roundTrip).toContain("expect(roundTrip(value)).toEqual(value);");
  });

  it("leaves test/expected.ts out of a model without defaults", () => {
    expect(shop.files.some((file) => file.path === "shop-serde/test/expected.ts")).toBe(false);
  });

  it("knows which members get their default, and which shapes can hold one at any depth, through cycles", () => {
    const model = modelOf(
      service(
        "@awsJson1_0",
        "operation Run { input := { tree: Tree, plain: Plain } }",
        `structure Tree {
    children: Forest
    @clientOptional
    weight: Integer = 1
    nothing: String = null
}

list Forest {
    member: Tree
}

structure Leaf {
    size: Integer = 0
}

union Either {
    leaf: Leaf
    text: String
}

structure Plain {
    either: Either
    other: Tree
}`,
      ),
    );
    const tree = model.expectShapeOfType("example.more#Tree", "structure");
    expect(filledDefault(model, tree.members.get("weight")!)).toBeUndefined();
    expect(filledDefault(model, tree.members.get("nothing")!)).toBeUndefined();
    const leaf = model.expectShapeOfType("example.more#Leaf", "structure");
    expect(filledDefault(model, leaf.members.get("size")!)).toBe(0);
    expect([...shapesHoldingFilledDefaults(model, ["example.more#RunInput"])].sort()).toEqual([
      "example.more#Either",
      "example.more#Leaf",
      "example.more#Plain",
      "example.more#RunInput",
    ]);
  });
});

/** A one-operation service around the given shapes, with the given protocol trait line. */
function service(protocol: string, operation: string, shapes: string, serviceTraits = ""): string {
  return `$version: "2"
namespace example.more

use aws.api#service
use aws.protocols#awsJson1_0
use aws.protocols#awsQueryCompatible
use aws.protocols#awsQueryError

@service(sdkId: "More")
${protocol}
${serviceTraits}
service MoreService {
    version: "2024-01-01"
    operations: [Run]
}

${operation}

${shapes}
`;
}

describe("serde target: protocol rules", () => {
  it("ignores @jsonName, honours @timestampFormat on the target shape and skips null document members", () => {
    const result = generateSerde(
      service(
        "@awsJson1_0",
        "operation Run { input := { @jsonName(\"Renamed\") value: String, seen: HttpDate, doc: Document } }",
        "@timestampFormat(\"http-date\")\ntimestamp HttpDate",
      ),
    );
    const lines = bodyLines(result, "more-serde/src/shapes/run-input.ts");
    expect(lines).toContain('  if (value.value != null) json.value = writeString(value.value, path, "value");');
    expect(lines).toContain('  if (value.seen != null) json.seen = writeHttpDate(value.seen, path, "seen");');
    expect(lines).toContain("  if (value.doc != null) json.doc = writeDocument(value.doc);");
    expect(bodyLines(result, "more-serde/test/converters/run-input.ts")).toContain("  if (object.doc != null) out.doc = readDocument(object.doc);");
    expect(bodyLines(result, "more-serde/src/protocol.ts")).toContain('  contentType: "application/x-amz-json-1.0",');
  });

  it("prefixes the host with @endpoint host labels, checked only when the prefix is used", () => {
    const result = generateSerde(
      service(
        "@awsJson1_0",
        '@endpoint(hostPrefix: "data-{name}.")\noperation Run { input := { @required @hostLabel name: String } }',
        "",
      ),
    );
    const lines = bodyLines(result, "more-serde/src/operations/run.ts");
    // Only operations with a host prefix call the builder that checks the hostname.
    expect(lines).toContain("  return buildPrefixedAwsJsonRequest(moreProtocol, context, {");
    expect(lines).toContain('    hostPrefix: context.disableHostPrefix ? undefined : `data-${hostLabel(moreProtocol, "Run", input.name, "name")}.`,');
  });

  it("for @awsQueryCompatible services, sends x-amzn-query-mode and also finds errors by their awsQuery code", () => {
    const result = generateSerde(
      service(
        "@awsJson1_0",
        "operation Run { errors: [Missing] }",
        '@awsQueryError(code: "AWS.More.Missing", httpResponseCode: 404)\n@error("client")\nstructure Missing { message: String }',
        "@awsQueryCompatible",
      ),
    );
    // The protocol runtime sends x-amzn-query-mode and reads x-amzn-query-error for such a service.
    expect(bodyLines(result, "more-serde/src/protocol.ts")).toContain("  queryCompatible: awsQueryCompatible,");
    expect(bodyLines(shop, "shop-serde/src/protocol.ts").join("\n")).not.toContain("queryCompatible");
    const run = bodyLines(result, "more-serde/src/operations/run.ts");
    expect(run).toContain('  "AWS.More.Missing": deserializeMissing,');
    expect(run).toContain("  Missing: deserializeMissing,");
  });

  it("reads an output event stream event by event, with converters for its events and none for the union or the output", () => {
    const result = generateSerde(
      service(
        "@awsJson1_0",
        "operation Run { output := { events: Events } }",
        '@streaming\nunion Events { tick: Tick, Broken: Broken }\nstructure Tick { at: Timestamp }\n@error("server")\nstructure Broken { message: String }',
      ),
    );
    expect(result.notes).toEqual([]);
    const lines = bodyLines(result, "more-serde/src/operations/run.ts");
    expect(lines).toContain("const eventStream: EventStreamTable = {");
    expect(lines).toContain('  member: "events",');
    expect(lines).toContain("    tick: deserializeTick,");
    expect(lines).toContain("    Broken: deserializeBroken,");
    expect(lines).toContain("export function parseRunResponse(response: HttpResponse, context: EventStreamContext): Promise<RunOutput & MetadataBearer> {");
    expect(lines).toContain('  return parseAwsJsonEventStreamResponse(moreProtocol, "Run", response, context, errors, eventStream);');
    expect(result.files.some((file) => file.path === "more-serde/src/shapes/tick.ts")).toBe(true);
    expect(result.files.some((file) => file.path === "more-serde/src/shapes/events.ts")).toBe(false);
    expect(result.files.some((file) => file.path === "more-serde/src/shapes/run-output.ts")).toBe(false);
    expect(bodyLines(result, "more-serde/src/index.ts").join("\n")).not.toContain("UnsupportedOperationError");
  });

  it("generates throwing functions, and a note naming the operation, for an input event stream", () => {
    const result = generateSerde(
      service(
        "@awsJson1_0",
        "operation Run { input := { events: Events } }",
        "@streaming\nunion Events { tick: Tick }\nstructure Tick { at: Timestamp }",
      ),
    );
    expect(result.notes.map((note) => note.message)).toEqual([
      "example.more#Run: generated functions throw at runtime, because the operation needs input event streams, which smithy-gen does not support",
    ]);
    const lines = bodyLines(result, "more-serde/src/operations/run.ts");
    expect(lines).toContain('  throw new MoreUnsupportedOperationError("Run", ["input event streams"]);');
    expect(result.files.some((file) => file.path === "more-serde/src/shapes/events.ts")).toBe(false);
    expect(bodyLines(result, "more-serde/src/index.ts")).toContain(
      'export { MoreUnsupportedOperationError } from "./errors/unsupported-operation-error.js";',
    );
  });

  it("refuses an output event stream beside other output members, which would come in an initial-response", () => {
    const result = generateSerde(
      service("@awsJson1_0", "operation Run { output := { id: String, events: Events } }", "@streaming\nunion Events { tick: Tick }\nstructure Tick { at: Timestamp }"),
    );
    expect(result.notes.map((note) => note.message)).toEqual([
      "example.more#Run: generated functions throw at runtime, because the operation needs an event stream output with other members (sent in an initial-response event), which smithy-gen does not support",
    ]);
  });

  it("reports every operation of a service whose protocol is not registered", () => {
    const result = generateSerde(service("@aws.protocols#restJson1", "@http(method: \"GET\", uri: \"/run\")\noperation Run {}", ""));
    expect(result.notes.map((note) => note.message)).toEqual([
      "example.more#Run: generated functions throw at runtime, because the operation needs the restJson1 protocol, which smithy-gen does not support",
    ]);
    expect(bodyLines(result, "more-serde/src/operations/run.ts")).toContain('  throw new MoreUnsupportedOperationError("Run", ["the restJson1 protocol"]);');
  });
});

describe("protocol registry", () => {
  it("registers awsJson1_0, awsJson1_1 and rpcv2Cbor and picks the one the service declares", () => {
    expect(PROTOCOLS.map((protocol) => [protocol.name, protocol.traitId, protocol.contentType])).toEqual([
      ["awsJson1_0", "aws.protocols#awsJson1_0", "application/x-amz-json-1.0"],
      ["awsJson1_1", "aws.protocols#awsJson1_1", "application/x-amz-json-1.1"],
      ["rpcv2Cbor", "smithy.protocols#rpcv2Cbor", "application/cbor"],
    ]);
    const model = modelOf(SHOP);
    expect(selectProtocol(model.expectShapeOfType("example.shop#ShopService", "service"))?.name).toBe("awsJson1_1");
  });

  it("gives a service that declares awsJson and rpcv2Cbor awsJson (as the official SDK does), or the one named among those it declares", () => {
    const both = modelOf(service("@awsJson1_0\n@smithy.protocols#rpcv2Cbor", "operation Run {}", ""));
    const cbor = modelOf(service("@smithy.protocols#rpcv2Cbor", "operation Run {}", ""));
    const bothService = both.expectShapeOfType("example.more#MoreService", "service");
    const cborService = cbor.expectShapeOfType("example.more#MoreService", "service");
    expect(selectProtocol(bothService)?.name).toBe("awsJson1_0");
    expect(selectProtocol(bothService, "rpcv2Cbor")?.name).toBe("rpcv2Cbor");
    expect(selectProtocol(cborService)?.name).toBe("rpcv2Cbor");
    expect(protocolChoiceProblem(bothService, "rpcv2Cbor")).toBeUndefined();
    expect(protocolChoiceProblem(cborService, "awsJson1_1")).toBe("example.more#MoreService does not declare the protocol awsJson1_1; it declares rpcv2Cbor");
    expect(protocolChoiceProblem(cborService, "restJson1")).toBe('smithy-gen has no protocol "restJson1"; it generates awsJson1_0, awsJson1_1, rpcv2Cbor');
  });

  it("gives a service that declares several protocols a serde tree per protocol, the default at the root", () => {
    const text = service("@awsJson1_0\n@smithy.protocols#rpcv2Cbor", "operation Run { input := { name: String } }\noperation Store { input := { doc: Document } }", "").replace("operations: [Run]", "operations: [Run, Store]");
    const serviceShape = modelOf(text).expectShapeOfType("example.more#MoreService", "service");
    expect(servedProtocols(serviceShape).map((protocol) => protocol.name)).toEqual(["awsJson1_0", "rpcv2Cbor"]);
    expect(servedProtocols(serviceShape, "rpcv2Cbor").map((protocol) => protocol.name)).toEqual(["rpcv2Cbor", "awsJson1_0"]);
    expect(PROTOCOLS.map(protocolFolder)).toEqual(["aws-json1-0", "aws-json1-1", "rpcv2-cbor"]);

    const result = generateService(modelOf(text), [typesTarget, serdeTarget], { roles: ["serde"] });
    const paths = result.files.map((file) => file.path);
    for (const path of ["more-serde/src/operations/run.ts", "more-serde/src/rpcv2-cbor/operations/run.ts", "more-serde/src/rpcv2-cbor/protocol.ts", "more-serde/test/rpcv2-cbor/operations.test.ts"]) {
      expect(paths).toContain(path);
    }
    // One set of error classes, which both trees import.
    expect(paths.filter((path) => path.includes("/errors/"))).toEqual([
      "more-serde/src/errors/deserialization-error.ts",
      "more-serde/src/errors/index.ts",
      "more-serde/src/errors/serialization-error.ts",
      "more-serde/src/errors/unsupported-operation-error.ts",
    ]);
    const cborRun = result.files.find((file) => file.path === "more-serde/src/rpcv2-cbor/operations/run.ts")!.content;
    expect(cborRun).toContain('from "@smithy-gen/rpcv2-cbor-protocol"');
    expect(cborRun).toContain('from "../protocol.js"');
    // A document is refused over rpcv2Cbor only: its functions there throw, and the generator says so.
    const cborStore = result.files.find((file) => file.path === "more-serde/src/rpcv2-cbor/operations/store.ts")!.content;
    expect(cborStore).toContain("throw new MoreUnsupportedOperationError");
    expect(cborStore).toContain('from "../../errors/unsupported-operation-error.js"');
    expect(result.files.find((file) => file.path === "more-serde/src/operations/store.ts")!.content).not.toContain("UnsupportedOperationError");
    expect(result.notes.map((note) => note.message)).toEqual([
      'example.more#Store: its rpcv2Cbor functions (a client constructed with `protocol: "rpcv2Cbor"`) throw at runtime, because the operation needs document types, which smithy-gen does not support over rpcv2Cbor',
    ]);
    const manifest = JSON.parse(result.files.find((file) => file.path === "more-serde/package.json")!.content) as { exports: Record<string, unknown> };
    expect(Object.keys(manifest.exports)).toEqual([".", "./errors", "./operations/*", "./rpcv2-cbor/operations/*", "./package.json"]);
    expect(result.packages[0]!.sources).toEqual({
      "@smithy-gen/more-serde": "src/index.ts",
      "@smithy-gen/more-serde/operations/*": "src/operations/*.ts",
      "@smithy-gen/more-serde/errors": "src/errors/index.ts",
      "@smithy-gen/more-serde/rpcv2-cbor/operations/*": "src/rpcv2-cbor/operations/*.ts",
    });
  });

  it("finds the operations that reach a document, which rpcv2Cbor refuses by name", () => {
    const model = modelOf(service("@smithy.protocols#rpcv2Cbor", "operation Run { input := { nested: Holder } }", "structure Holder { items: Docs }\nlist Docs { member: Document }"));
    const run = model.expectShapeOfType("example.more#Run", "operation");
    expect(requiredFeatures(model, run)).toEqual(["document"]);
    const cbor = PROTOCOLS.find((protocol) => protocol.name === "rpcv2Cbor")!;
    expect(cbor.supports.has("document")).toBe(false);
    expect(PROTOCOLS.find((protocol) => protocol.name === "awsJson1_0")!.supports.has("document")).toBe(true);
  });

  it("finds the features an operation needs", () => {
    const model = modelOf(
      service(
        "@awsJson1_0",
        '@aws.api#clientDiscoveredEndpoint(required: true)\n@endpoint(hostPrefix: "x.")\noperation Run { input := { file: Stream } }',
        "@streaming\nblob Stream",
      ),
    );
    expect(requiredFeatures(model, model.expectShapeOfType("example.more#Run", "operation"))).toEqual([
      "endpointDiscovery",
      "hostPrefix",
      "streamingBlob",
    ]);
  });
});

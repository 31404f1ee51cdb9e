import { describe, expect, it } from "vitest";
import { generateService, type GenerateResult } from "../../src/core/pipeline.js";
import type { Model } from "../../src/model/model.js";
import { flattenMixins, loadModelFromSources } from "../../src/index.js";
import { requiredFeatures } from "../../src/protocols/features.js";
import { PROTOCOLS, selectProtocol } from "../../src/protocols/registry.js";
import { serdeTarget } from "../../src/targets/serde/index.js";
import { typesTarget } from "../../src/targets/types/index.js";

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
  while (start < lines.length && (lines[start] === "" || /^(import |} from |  [\w$]+,$|  type [\w$]+,$)/.test(lines[start]!))) start++;
  return lines.slice(start, lines[lines.length - 1] === "" ? -1 : undefined);
}

const shop = generateSerde(SHOP);

describe("serde target: shape converters", () => {
  it("writes a structure's serializer and deserializer with only the present keys", () => {
    expect(bodyLines(shop, "shop-serde/src/shapes/place-order-input.ts")).toEqual([
      "/** Writes `PlaceOrderInput` (`example.shop#PlaceOrderInput`). */",
      'export function serializePlaceOrderInput(value: PlaceOrderInput, path = "$"): JsonObject {',
      "  writeObject(value, path);",
      "  const json: JsonObject = {};",
      '  if (value.item != null) json.item = writeString(value.item, path, "item");',
      '  if (value.quantity != null) json.quantity = writeInteger(value.quantity, path, "quantity");',
      '  json.clientToken = value.clientToken != null ? writeString(value.clientToken, path, "clientToken") : generateIdempotencyToken();',
      '  if (value.placedAt != null) json.placedAt = writeEpochSeconds(value.placedAt, path, "placedAt");',
      '  if (value.deliverBy != null) json.deliverBy = writeDateTime(value.deliverBy, path, "deliverBy");',
      '  if (value.note != null) json.note = writeBlob(value.note, path, "note");',
      '  if (value.price != null) json.price = writeFloat(value.price, path, "price");',
      "  if (value.tags != null) json.tags = serializeTagMap(value.tags, `${path}.tags`);",
      "  if (value.lines != null) json.lines = serializeOrderLines(value.lines, `${path}.lines`);",
      "  if (value.payment != null) json.payment = serializePayment(value.payment, `${path}.payment`);",
      '  if (value.constructor_ != null) setEntry(json, "constructor", writeString(value.constructor_, path, "constructor"));',
      "  return json;",
      "}",
      "",
      "/** Reads `PlaceOrderInput` (`example.shop#PlaceOrderInput`). */",
      "export function deserializePlaceOrderInput(json: unknown, path: string): PlaceOrderInput {",
      "  const object = readObject(json, path);",
      "  const out = {} as PlaceOrderInput;",
      '  if (object.item != null) out.item = readString(object.item, path, "item");',
      '  if (object.quantity != null) out.quantity = readInteger(object.quantity, path, "quantity");',
      '  if (object.clientToken != null) out.clientToken = readString(object.clientToken, path, "clientToken");',
      '  if (object.placedAt != null) out.placedAt = readEpochSeconds(object.placedAt, path, "placedAt");',
      '  if (object.deliverBy != null) out.deliverBy = readDateTime(object.deliverBy, path, "deliverBy");',
      '  if (object.note != null) out.note = readBlob(object.note, path, "note");',
      '  if (object.price != null) out.price = readFloat(object.price, path, "price");',
      "  if (object.tags != null) out.tags = deserializeTagMap(object.tags, `${path}.tags`);",
      "  if (object.lines != null) out.lines = deserializeOrderLines(object.lines, `${path}.lines`);",
      "  if (object.payment != null) out.payment = deserializePayment(object.payment, `${path}.payment`);",
      '  if (readOwnMember(object, "constructor") != null) out.constructor_ = readString(readOwnMember(object, "constructor"), path, "constructor");',
      "  // Required members missing from the JSON get their default or their type's zero value (error correction).",
      '  if (out.item === undefined) out.item = "";',
      "  return out;",
      "}",
    ]);
  });

  it("writes a union's converters: one member set, an unknown member kept as $unknown", () => {
    const lines = bodyLines(shop, "shop-serde/src/shapes/payment.ts");
    expect(lines.slice(lines.indexOf("export function deserializePayment(json: unknown, path: string): Payment {"))).toEqual([
      "export function deserializePayment(json: unknown, path: string): Payment {",
      "  const [key, value] = readUnionMember(json, path);",
      "  switch (key) {",
      '    case "card":',
      '      return { card: readString(value, path, "card") };',
      '    case "voucher":',
      "      return { voucher: deserializeVoucher(value, `${path}.voucher`) };",
      "    default:",
      "      return { $unknown: [key, readDocument(value)] };",
      "  }",
      "}",
    ]);
    expect(lines).toContain("    case \"$unknown\":");
    expect(lines).toContain("      return { [value.$unknown![0]]: value.$unknown![1] };");
  });

  it("keeps nulls in sparse lists and drops them from dense maps", () => {
    const history = bodyLines(shop, "shop-serde/src/shapes/sparse-history.ts");
    expect(history).toContain(" * It is sparse: `null` elements are kept.");
    expect(history).toContain("    out.push(item == null ? null : readString(item, path, index));");
    expect(history).toContain("    json.push(item == null ? null : writeString(item, path, index));");
    const tags = bodyLines(shop, "shop-serde/src/shapes/tag-map.ts");
    expect(tags.slice(-9)).toEqual([
      "export function deserializeTagMap(json: unknown, path: string): Record<string, string> {",
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

  it("builds an error from its members, message and $metadata", () => {
    expect(bodyLines(shop, "shop-serde/src/shapes/out-of-stock.ts").slice(-7)).toEqual([
      "export function deserializeOutOfStock(json: unknown, path: string, $metadata: ResponseMetadata): OutOfStock {",
      "  const object = readObject(json, path);",
      "  const options = { $metadata, message: readErrorMessage(object) } as ConstructorParameters<typeof OutOfStock>[0];",
      '  if (object.message != null) options.message = readString(object.message, path, "message");',
      '  if (object.sku != null) options.sku = readString(object.sku, path, "sku");',
      "  return new OutOfStock(options);",
      "}",
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
      '  const body = writeRequestBody("PlaceOrder", serializePlaceOrderInput, input);',
      '  return buildJsonRpcRequest(context, { operation: "PlaceOrder", target: "ShopService.PlaceOrder", body });',
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
      "export async function parsePlaceOrderResponse(response: HttpResponse, context: SerdeContext): Promise<PlaceOrderOutput & MetadataBearer> {",
      '  return parseJsonRpcResponse("PlaceOrder", response, context, errors, deserializePlaceOrderOutput);',
      "}",
    ]);
  });

  it("sends {} for an operation without input and reads only $metadata when it has no output", () => {
    const lines = bodyLines(shop, "shop-serde/src/operations/ping.ts");
    expect(lines).toContain("export async function buildPingRequest(_input: object, context: SerdeContext): Promise<HttpRequest> {");
    expect(lines).toContain('  const body = "{}";');
    expect(lines).toContain("export async function parsePingResponse(response: HttpResponse, context: SerdeContext): Promise<MetadataBearer> {");
    expect(lines).toContain('  return parseJsonRpcResponse("Ping", response, context, errors);');
  });

  it("exports the operation functions and the error classes, sorted, one line per module", () => {
    expect(bodyLines(shop, "shop-serde/src/index.ts")).toEqual([
      'export { ShopDeserializationError, type ShopDeserializationErrorOptions } from "./errors/deserialization-error.js";',
      'export { ShopSerializationError, type ShopSerializationErrorOptions } from "./errors/serialization-error.js";',
      'export { buildPingRequest, parsePingResponse } from "./operations/ping.js";',
      'export { buildPlaceOrderRequest, parsePlaceOrderResponse } from "./operations/place-order.js";',
    ]);
  });

  it("sends the awsJson1_1 Content-Type and declares its runtime dependencies", () => {
    const rpc = shop.files.find((file) => file.path === "shop-serde/src/protocol/json-rpc.ts")!.content;
    expect(rpc).toContain('const CONTENT_TYPE = "application/x-amz-json-1.1";');
    expect(rpc).not.toContain("x-amzn-query-mode");
    const manifest = JSON.parse(shop.files.find((file) => file.path === "shop-serde/package.json")!.content);
    expect(Object.keys(manifest.dependencies)).toEqual([
      "@smithy-gen/shop-types",
      "@smithy/protocol-http",
      "@smithy/smithy-client",
      "@smithy/types",
      "@smithy/util-base64",
      "@smithy/util-utf8",
    ]);
    expect(manifest.devDependencies["fast-check"]).toBeDefined();
  });

  it("gives the same bytes when generated again", () => {
    const again = generateSerde(SHOP);
    expect(again.files.map((file) => [file.path, file.content])).toEqual(shop.files.map((file) => [file.path, file.content]));
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
  it("ignores @jsonName, honours @timestampFormat on the target shape and keeps null documents", () => {
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
    expect(lines).toContain("  if (value.doc !== undefined) json.doc = writeDocument(value.doc);");
    expect(lines).toContain("  if (object.doc !== undefined) out.doc = readDocument(object.doc);");
    expect(result.files.find((file) => file.path === "more-serde/src/protocol/json-rpc.ts")!.content).toContain(
      'const CONTENT_TYPE = "application/x-amz-json-1.0";',
    );
  });

  it("prefixes the host with @endpoint host labels, checked only when the prefix is used", () => {
    const result = generateSerde(
      service(
        "@awsJson1_0",
        '@endpoint(hostPrefix: "data-{name}.")\noperation Run { input := { @required @hostLabel name: String } }',
        "",
      ),
    );
    expect(bodyLines(result, "more-serde/src/operations/run.ts")).toContain(
      '  return buildJsonRpcRequest(context, { operation: "Run", target: "MoreService.Run", body, hostPrefix: context.disableHostPrefix ? undefined : `data-${hostLabel("Run", input.name, "name")}.` });',
    );
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
    const rpc = result.files.find((file) => file.path === "more-serde/src/protocol/json-rpc.ts")!.content;
    expect(rpc).toContain('      "x-amzn-query-mode": "true",');
    expect(rpc).toContain('  const queryError = header(response, "x-amzn-query-error");');
    const run = bodyLines(result, "more-serde/src/operations/run.ts");
    expect(run).toContain('  "AWS.More.Missing": deserializeMissing,');
    expect(run).toContain("  Missing: deserializeMissing,");
  });

  it("generates throwing functions, and a note naming the operation, for an event stream", () => {
    const result = generateSerde(
      service(
        "@awsJson1_0",
        "operation Run { output := { events: Events } }",
        "@streaming\nunion Events { tick: Tick }\nstructure Tick { at: Timestamp }",
      ),
    );
    expect(result.notes.map((note) => note.message)).toEqual([
      "example.more#Run: generated functions throw at runtime, because the operation needs event streams, which smithy-gen does not support",
    ]);
    const lines = bodyLines(result, "more-serde/src/operations/run.ts");
    expect(lines).toContain('  throw new MoreUnsupportedOperationError("Run", ["event streams"]);');
    expect(result.files.some((file) => file.path === "more-serde/src/shapes/events.ts")).toBe(false);
    expect(bodyLines(result, "more-serde/src/index.ts")).toContain(
      'export { MoreUnsupportedOperationError } from "./errors/unsupported-operation-error.js";',
    );
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
  it("registers awsJson1_0 and awsJson1_1 and picks the one the service declares", () => {
    expect(PROTOCOLS.map((protocol) => [protocol.name, protocol.traitId, protocol.contentType])).toEqual([
      ["awsJson1_0", "aws.protocols#awsJson1_0", "application/x-amz-json-1.0"],
      ["awsJson1_1", "aws.protocols#awsJson1_1", "application/x-amz-json-1.1"],
    ]);
    const model = modelOf(SHOP);
    expect(selectProtocol(model.expectShapeOfType("example.shop#ShopService", "service"))?.name).toBe("awsJson1_1");
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

import { discoveredEndpointOf, endpointDiscoveryOf } from "./endpoint-discovery.js";
import type { PackageBuilder } from "../../core/generated-package.js";
import type { TargetContext } from "../../core/target.js";
import type { TsFile } from "../../core/ts-file.js";
import { shapesHoldingFilledDefaults } from "../../knowledge/filled-defaults.js";
import { getTrait, hasTrait } from "../../model/model.js";
import { compareCodeUnits } from "../../model/node.js";
import { shapeIdName } from "../../model/shape-id.js";
import { UNIT, type OperationShape } from "../../model/shapes.js";
import { propertyKey } from "../../core/naming.js";
import { serdeErrorClasses } from "../serde/error-classes.js";
import { planSerde } from "../serde/serde-plan.js";
import type { ClientSymbols } from "./client-symbols.js";
import { TEST_REGION, type ClientTestPlan } from "./client-test-plan.js";
import { compressionEncodingsOf, MAX_MIN_COMPRESSION_SIZE_BYTES } from "./request-compression.js";
import { outputEventStream } from "../../protocols/features.js";
import type { ProtocolPlugin } from "../../protocols/protocol.js";
import { selectProtocol, servedProtocols } from "../../protocols/registry.js";

const SUPPORT = "test/support.ts";
const VITEST = "vitest";
const FAST_CHECK = "fast-check";

function contentTypeOf(context: TargetContext): string {
  return hasTrait(context.index.service, "aws.protocols#awsJson1_0") ? "application/x-amz-json-1.0" : "application/x-amz-json-1.1";
}

/** How `protocol` writes bodies: CBOR for rpcv2Cbor, else (awsJson, or no protocol) JSON. */
function wireFormatOf(protocol: ProtocolPlugin | undefined): "json" | "cbor" {
  return protocol?.name === "rpcv2Cbor" ? "cbor" : "json";
}

/** Whether the client speaks rpcv2Cbor (else awsJson) by default: its tests answer in CBOR. */
function speaksCbor(context: TargetContext): boolean {
  return wireFormatOf(selectProtocol(context.index.service, context.symbols.settings.protocol)) === "cbor";
}

/** The support function that makes a response of the client's protocol: `jsonResponse`, `cborResponse`. */
export function responseHelper(context: TargetContext): string {
  return responseHelperOf(selectProtocol(context.index.service, context.symbols.settings.protocol));
}

/** The support function that makes a response of `protocol`. */
function responseHelperOf(protocol: ProtocolPlugin | undefined): string {
  return `${wireFormatOf(protocol)}Response`;
}

/** Properties run per operation; large services run fewer each, so that the suite stays quick. */
function defaultRuns(context: TargetContext): number {
  return context.index.operations.length > 20 ? 10 : 100;
}

/** `test/support.ts`: a stub request handler, JSON responses, and the wire form of modelled values. */
export function writeClientTestSupport(context: TargetContext, pkg: PackageBuilder, plan: ClientTestPlan): void {
  const { symbols } = context;
  const file = pkg.tsFile(SUPPORT);
  const helpers = new Set([responseHelper(context), ...servedProtocols(context.index.service, symbols.settings.protocol).map(responseHelperOf)]);
  const names = ["numRuns", "timeout", "stubHandler", ...helpers, "testClient", "toWire", "afterWire", "StubHandler", "silentServer", "SilentServer", "WireHow", "WireShape", "WIRE_SHAPES"];
  if (plan.fixesInputs) names.push("forEndpointRules");
  for (const name of names) file.declare(name);
  const httpResponse = file.value({ name: "HttpResponse", from: "@smithy/core/protocols" });
  const httpRequest = file.type({ name: "HttpRequest", from: "@smithy/core/protocols" });
  const httpHandler = file.type({ name: "HttpHandler", from: "@smithy/core/protocols" });
  const options = file.type({ name: "HttpHandlerOptions", from: "@smithy/types" });
  const readable = file.value({ name: "Readable", from: "node:stream" });
  const clientClass = file.value(symbols.symbol(symbols.clientHome(), "client"));
  const clientConfig = file.type(symbols.symbol(symbols.clientConfigHome(), "client"));
  const discovery = endpointDiscoveryOf(context);

  file.line(`export const numRuns = Number(process.env.FC_NUM_RUNS ?? ${defaultRuns(context)});`);
  file.line("/** Properties over large structures take a while; the runs are bounded, so is the time. */");
  file.line("export const timeout = 60_000;");
  file.line();
  file.doc(["A request handler that answers from a function and records every request it is sent."]);
  file.block(`export interface StubHandler extends ${httpHandler}<${options}> {`, () => {
    file.line(`readonly requests: ${httpRequest}[];`);
  });
  file.line();
  file.block(
    discovery
      ? `export function stubHandler(answer: (request: ${httpRequest}, attempt: number, options?: ${options}) => ${httpResponse} | Promise<${httpResponse}>, { answerDiscovery = true } = {}): StubHandler {`
      : `export function stubHandler(answer: (request: ${httpRequest}, attempt: number, options?: ${options}) => ${httpResponse} | Promise<${httpResponse}>): StubHandler {`,
    () => {
      file.line(`const requests: ${httpRequest}[] = [];`);
      file.block("return {", () => {
        file.line("requests,");
        file.block(`async handle(request: ${httpRequest}, handlerOptions?: ${options}) {`, () => {
          if (discovery) {
            // The client discovers endpoints first for operations that require it: the stub answers with the host the
            // request went to (the one the endpoint rules resolve), so that the operation's own request goes there too; a test
            // of the discovery operation itself says `answerDiscovery: false`.
            const target = `${shapeIdName(context.index.service.id)}.${shapeIdName(discovery.operation.id)}`;
            file.block(`if (answerDiscovery && request.headers["x-amz-target"] === ${JSON.stringify(target)}) {`, () => {
              file.line(`return { response: ${responseHelper(context)}(200, { Endpoints: [{ Address: request.hostname, CachePeriodInMinutes: 1440 }] }) };`);
            });
          }
          file.line("requests.push(request);");
          file.line("return { response: await answer(request, requests.length, handlerOptions) };");
        }, "},");
        file.line("updateHttpClientConfig() {},");
        file.line("httpHandlerConfigs: () => ({}),");
      }, "};");
    },
  );
  file.line();
  if (helpers.has("cborResponse")) {
    file.doc([helpers.size > 1 ? "A CBOR response of the rpcv2Cbor protocol." : "A CBOR response of the service's protocol (rpcv2Cbor)."]);
    file.block(`export function cborResponse(statusCode: number, body: unknown, headers: Record<string, string> = {}): ${httpResponse} {`, () => {
      file.line(`const bytes = ${file.value({ name: "cbor", from: "@smithy/core/cbor" })}.serialize(body);`);
      file.line(`return new ${httpResponse}({`);
      file.line("  statusCode,");
      file.line('  headers: { "smithy-protocol": "rpc-v2-cbor", "content-type": "application/cbor", ...headers },');
      file.line(`  body: ${readable}.from([bytes]),`);
      file.line("});");
    });
  }
  if (helpers.has("cborResponse") && helpers.has("jsonResponse")) file.line();
  if (helpers.has("jsonResponse")) {
    file.doc([helpers.size > 1 ? "A JSON response of the service's awsJson protocol." : "A JSON response of the service's protocol."]);
    file.block(`export function jsonResponse(statusCode: number, body: unknown, headers: Record<string, string> = {}): ${httpResponse} {`, () => {
      file.line(`const bytes = new TextEncoder().encode(JSON.stringify(body));`);
      file.line(`return new ${httpResponse}({`);
      file.line("  statusCode,");
      file.line(`  headers: { "content-type": ${JSON.stringify(contentTypeOf(context))}, ...headers },`);
      file.line(`  body: ${readable}.from([bytes]),`);
      file.line("});");
    });
  }
  if (plan.eventStreams.length > 0) {
    file.declare("eventStreamResponse");
    file.line();
    file.doc([
      "A 200 response whose body is an event stream (`application/vnd.amazon.eventstream`) of these messages, each",
      "`[\"event\" | \"exception\", type, payload]` with a JSON payload, encoded by `@smithy/core`'s codec.",
    ]);
    file.block(`export function eventStreamResponse(messages: readonly (readonly ["event" | "exception", string, unknown])[]): ${httpResponse} {`, () => {
      const codecClass = file.value({ name: "EventStreamCodec", from: "@smithy/core/event-streams" });
      file.line("const utf8 = new TextEncoder();");
      file.line(`const codec = new ${codecClass}((bytes) => new TextDecoder().decode(typeof bytes === "string" ? utf8.encode(bytes) : bytes), (text) => utf8.encode(text));`);
      file.block("const frames = messages.map(([kind, type, payload]) =>", () => {
        file.block("codec.encode({", () => {
          file.block("headers: {", () => {
            file.line('":message-type": { type: "string", value: kind },');
            file.line('[kind === "event" ? ":event-type" : ":exception-type"]: { type: "string", value: type },');
            file.line('":content-type": { type: "string", value: "application/json" },');
          }, "},");
          file.line("body: utf8.encode(JSON.stringify(payload)),");
        }, "}),");
      }, ");");
      file.line(`return new ${httpResponse}({ statusCode: 200, headers: { "content-type": "application/vnd.amazon.eventstream" }, body: ${readable}.from(frames) });`);
    });
  }
  file.line();
  file.doc(["A client with static credentials that sends every request to `handler`, tried once unless `config` says otherwise."]);
  file.block(`export function testClient(handler: StubHandler, config: ${clientConfig} = {}): ${clientClass} {`, () => {
    file.line(`return new ${clientClass}({`);
    file.line(`  region: ${JSON.stringify(TEST_REGION)},`);
    file.line('  credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" },');
    file.line("  requestHandler: handler,");
    file.line("  maxAttempts: 1,");
    file.line("  ...config,");
    file.line("});");
  });
  file.line();
  file.doc(["An HTTP server on 127.0.0.1 that takes requests and never answers them."]);
  file.block("export interface SilentServer {", () => {
    file.line("/** The server's URL, e.g. `http://127.0.0.1:54321`. */");
    file.line("readonly url: string;");
    file.line("/** How many connections have been opened: one per attempt, as the server never answers and a timed-out attempt closes its own. */");
    file.line("received(): number;");
    file.line("close(): Promise<void>;");
  });
  file.line();
  file.block("export async function silentServer(): Promise<SilentServer> {", () => {
    file.line("let received = 0;");
    file.line(`const server = ${file.value({ name: "createServer", from: "node:http" })}();`);
    file.line('server.on("connection", () => {');
    file.line("  received += 1;");
    file.line("});");
    file.line('await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));');
    file.line(`const { port } = server.address() as ${file.type({ name: "AddressInfo", from: "node:net" })};`);
    file.block("return {", () => {
      file.line("url: `http://127.0.0.1:${port}`,");
      file.line("received: () => received,");
      file.block("close: () => {", () => {
        file.line("server.closeAllConnections();");
        file.line("return new Promise<void>((resolve) => server.close(() => resolve()));");
      }, "},");
    }, "};");
  });
  file.line();
  file.doc([
    "How a value is written where the defaults of {@link toWire} do not fit: a timestamp's `@timestampFormat`,",
    "or an aggregate of {@link WIRE_SHAPES}.",
  ]);
  file.line('export type WireHow = { readonly shape: string } | { readonly timestamp: "date-time" | "http-date" };');
  file.line();
  file.doc(["A structure's or union's members that need the model (by property: wire name and how), or a list's or map's items."]);
  file.block("export interface WireShape {", () => {
    file.line("readonly members?: { readonly [property: string]: readonly [wireName: string, how?: WireHow] };");
    file.line("readonly items?: WireHow;");
  });
  file.line();
  file.doc([
    "From the model, not from the serde package: the output shapes whose wire form {@link toWire} cannot guess",
    "(they hold a timestamp with a `@timestampFormat` other than epoch seconds, or a renamed member), by shape id.",
  ]);
  const entries = [...plan.wireShapes.entries()];
  if (entries.length === 0) file.line("export const WIRE_SHAPES: { readonly [id: string]: WireShape } = {};");
  else {
    file.block("export const WIRE_SHAPES: { readonly [id: string]: WireShape } = {", () => {
      for (const [id, shape] of entries) file.line(`${propertyKey(id)}: ${inlineLiteral(shape)},`);
    }, "};");
  }
  file.line();
  const cbor = speaksCbor(context);
  // A client that speaks JSON and CBOR writes either wire form, the default protocol's by default.
  const both = helpers.size > 1;
  const jsonLeaves = (): void => {
    file.line("if (value instanceof Date) {");
    file.line('  if (how && "timestamp" in how) return how.timestamp === "date-time" ? value.toISOString() : value.toUTCString();');
    file.line("  return value.getTime() / 1000;");
    file.line("}");
    file.line('if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");');
    file.line('if (typeof value === "number" && !Number.isFinite(value)) return Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";');
  };
  const cborLeaves = (): void => {
    file.line(`if (value instanceof Date) return ${file.value({ name: "dateToTag", from: "@smithy/core/cbor" })}(value);`);
    file.line("if (value instanceof Uint8Array) return value;");
  };
  const jsonDoc = [
    "as the JSON protocols write it: timestamps as epoch seconds (or their `@timestampFormat`:",
    "RFC 3339 for `date-time`, IMF-fixdate in whole seconds for `http-date`), blobs as base64, non-finite numbers",
    "as strings, members under their names in the model. `how` says where the model is needed (from {@link WIRE_SHAPES}).",
  ];
  const cborDoc = [
    "as rpcv2Cbor writes it: timestamps as tag 1 of epoch seconds (whatever their `@timestampFormat`),",
    "blobs as byte strings, numbers as they are, members under their names in the model.",
  ];
  if (both) {
    file.doc([
      `A modelled value as it travels in \`format\` (the default protocol's, ${cbor ? "CBOR" : "JSON"}, when not given). In JSON,`,
      ...jsonDoc.map((line) => line.replace(/^as the JSON protocols write it: /, "")),
      `In CBOR, ${cborDoc.join(" ").replace(/^as rpcv2Cbor writes it: /, "")}`,
    ]);
  } else file.doc([`A modelled value ${(cbor ? cborDoc : jsonDoc)[0]!}`, ...(cbor ? cborDoc : jsonDoc).slice(1)]);
  const recurse = (item: string, how: string): string => (both ? `toWire(${item}, ${how}, format)` : `toWire(${item}, ${how})`);
  file.block(both ? `export function toWire(value: unknown, how?: WireHow, format: "json" | "cbor" = ${JSON.stringify(cbor ? "cbor" : "json")}): unknown {` : "export function toWire(value: unknown, how?: WireHow): unknown {", () => {
    if (both) {
      file.block('if (format === "cbor") {', cborLeaves, "} else {");
      file.indent(jsonLeaves);
      file.line("}");
    } else if (cbor) cborLeaves();
    else jsonLeaves();
    file.line('const shape = how && "shape" in how ? WIRE_SHAPES[how.shape] : undefined;');
    file.line(`if (Array.isArray(value)) return value.map((item) => ${recurse("item", "shape?.items")});`);
    file.line('if (value !== null && typeof value === "object") {');
    file.line("  const entries = Object.entries(value).filter(([, item]) => item !== undefined);");
    file.line("  const members = shape?.members;");
    file.line(`  if (!members) return Object.fromEntries(entries.map(([key, item]) => [key, ${recurse("item", "shape?.items")}]));`);
    file.line("  return Object.fromEntries(");
    file.line("    entries.map(([key, item]) => {");
    file.line("      const [name, itemHow] = Object.prototype.hasOwnProperty.call(members, key) ? members[key]! : [key];");
    file.line(`      return [name, ${recurse("item", "itemHow")}];`);
    file.line("    }),");
    file.line("  );");
    file.line("}");
    file.line("return value;");
  });
  if (plan.fixesInputs) {
    file.line();
    file.doc([
      "The input with the members bound to endpoint context parameters made valid for the endpoint rules: optional",
      "ones left out (`omit`), required ones set to values the model's endpoint tests resolve (`values`). The rules",
      "route or reject random values of such members, which only the endpoint tests are about.",
    ]);
    file.block("export function forEndpointRules<Input extends object>(input: Input, values: Partial<Input>, omit: readonly (keyof Input)[]): Input {", () => {
      file.line("const out: Record<PropertyKey, unknown> = { ...input, ...values };");
      file.line("for (const key of omit) delete out[key];");
      file.line("return out as Input;");
    });
  }
  file.line();
  file.doc([`What a value is after a trip through ${speaksCbor(context) ? "CBOR (integral numbers travel as integers)" : "JSON"}: \`-0\` becomes \`0\`, and absent members stay absent.`]);
  file.block("export function afterWire<Value>(value: Value): Value {", () => {
    file.line("if (Object.is(value, -0)) return 0 as Value;");
    file.line("if (Array.isArray(value)) return value.map(afterWire) as Value;");
    file.line('if (value !== null && typeof value === "object" && !(value instanceof Date) && !(value instanceof Uint8Array)) {');
    file.line("  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined).map(([key, item]) => [key, afterWire(item)])) as Value;");
    file.line("}");
    file.line("return value;");
  });
}

/**
 * How a test compares the output a client returns with the generated one sent: `toEqual`, or
 * `toMatchObject` where the output can leave out members with a `@default`, which the client fills
 * in (the serde package's own tests check those values).
 */
function outputMatcher(context: TargetContext, operation: OperationShape): "toEqual" | "toMatchObject" {
  const output = context.index.outputOf(operation);
  return shapesHoldingFilledDefaults(context.model, [output]).has(output) ? "toMatchObject" : "toEqual";
}

/** The output as the service would send it (the model's `@timestampFormat` and member names through `WIRE_SHAPES`). */
function wireOf(context: TargetContext, file: TsFile, plan: ClientTestPlan, operation: OperationShape, value: string, format?: "json" | "cbor"): string {
  const output = context.index.outputOf(operation);
  if (output === UNIT) return "{}";
  const how = plan.wireOf(output);
  const args = format ? [value, how ? inlineLiteral(how) : "undefined", JSON.stringify(format)] : [value, ...(how ? [inlineLiteral(how)] : [])];
  return `${file.value({ name: "toWire", from: SUPPORT })}(${args.join(", ")})`;
}

/** Plain data (objects, arrays, strings) as a one-line TypeScript literal: `{ shape: "a#B" }`. */
function inlineLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineLiteral).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return entries.length ? `{ ${entries.map(([key, item]) => `${propertyKey(key)}: ${inlineLiteral(item)}`).join(", ")} }` : "{}";
  }
  return JSON.stringify(value);
}

/** The input a test sends: `value`, with its endpoint context parameters made valid for the endpoint rules (F6). */
function sentInput(file: TsFile, plan: ClientTestPlan, operation: OperationShape, value: string): string {
  const fix = plan.endpointFix(operation);
  if (!fix) return value;
  const values = `{ ${Object.entries(fix.values).map(([property, item]) => `${propertyKey(property)}: ${JSON.stringify(item)}`).join(", ")} }`;
  return `${file.value({ name: "forEndpointRules", from: SUPPORT })}(${value}, ${values === "{  }" ? "{}" : values}, [${fix.omit.map((property) => JSON.stringify(property)).join(", ")}])`;
}

/** The typed error the serde package's functions throw for operations it cannot serve. */
function unsupportedOperationError(context: TargetContext, file: TsFile): string {
  return file.value({ name: serdeErrorClasses(context).unsupportedOperation.name, from: context.symbols.packageName("serde") });
}

function arbitraryOf(context: TargetContext, file: TsFile, id: string): string {
  if (id === UNIT) return `${file.value({ name: "constant", from: FAST_CHECK })}({})`;
  return `${file.value(context.symbols.symbol(context.symbols.arbitraryHome(id), "client"))}()`;
}

/** `test/commands.test.ts`: each operation returns any modelled output, and throws each modelled error's class. */
export function writeCommandsTestFile(context: TargetContext, pkg: PackageBuilder, plan: ClientTestPlan): void {
  const { symbols, index, model } = context;
  if (index.operations.length === 0) return;
  const file = pkg.tsFile("test/commands.test.ts");
  const describe = file.value({ name: "describe", from: VITEST });
  const expect = file.value({ name: "expect", from: VITEST });
  const it = file.value({ name: "it", from: VITEST });
  const assert = file.value({ name: "assert", from: FAST_CHECK });
  const asyncProperty = file.value({ name: "asyncProperty", from: FAST_CHECK });
  const support = (name: string): string => file.value({ name, from: SUPPORT });

  if (plan.sendable.length > 0) file.block(`${describe}("every operation returns any modelled output", () => {`, () => {
    for (const [position, operation] of plan.sendable.entries()) {
      if (position > 0) file.line();
      writeOutputProperty(context, file, plan, operation, JSON.stringify(symbols.operationName(operation)));
    }
  }, "});");
  writeUnsupportedOperationsTests(context, file, plan);
  writeEventStreamTests(context, file, plan);

  // One case per error shape, sent through the first operation that can return it.
  const firstOperation = new Map<string, OperationShape>();
  for (const operation of plan.sendable) for (const error of index.errorsOf(operation)) if (!firstOperation.has(error)) firstOperation.set(error, operation);
  const errors = [...firstOperation.keys()].sort(compareCodeUnits);
  if (errors.length === 0) return;
  const string = file.value({ name: "string", from: FAST_CHECK });
  if (plan.sendable.length > 0 || plan.unsupported.length > 0 || plan.eventStreams.length > 0) file.line();
  file.block(`${describe}("every modelled error is thrown as its class", () => {`, () => {
    for (const [position, errorId] of errors.entries()) {
      if (position > 0) file.line();
      const operation = firstOperation.get(errorId)!;
      const errorClass = file.value(symbols.symbol(symbols.typeHome(errorId), "client"));
      const command = file.value(symbols.symbol(symbols.commandHome(operation), "client"));
      const input = arbitraryOf(context, file, index.inputOf(operation));
      const shape = model.expectShape(errorId);
      const httpError = getTrait(shape, "smithy.api#httpError");
      const status = typeof httpError === "number" ? httpError : getTrait(shape, "smithy.api#error") === "server" ? 500 : 400;
      const code = shapeIdName(errorId);
      file.block(`${it}(${JSON.stringify(`${symbols.typeName(errorId)} (from ${symbols.operationName(operation)})`)}, async () => {`, () => {
        file.line(`await ${assert}(`);
        file.line(`  ${asyncProperty}(${input}, ${string}(), async (input, message) => {`);
        file.line(`    const body = { __type: ${JSON.stringify(code)}, message };`);
        file.line(`    const handler = ${support("stubHandler")}(() => ${support(responseHelper(context))}(${status}, body, { "x-amzn-errortype": ${JSON.stringify(code)} })${ownDiscovery(context, operation)});`);
        file.line(`    const error = await ${support("testClient")}(handler).send(new ${command}(${sentInput(file, plan, operation, "input")})).then(`);
        file.line("      () => undefined,");
        file.line("      (thrown: unknown) => thrown,");
        file.line("    );");
        file.line(`    ${expect}(error).toBeInstanceOf(${errorClass});`);
        file.line(`    ${expect}((error as ${errorClass}).$metadata.httpStatusCode).toBe(${status});`);
        file.line("  }),");
        file.line(`  { numRuns: ${support("numRuns")} },`);
        file.line(");");
      }, `}, ${support("timeout")});`);
    }
  }, "});");
}

/**
 * Operations whose output is an event stream: any modelled events the service streams (after an
 * `initial-response`, as the services send it) are yielded deep-equal, in order; each modelled
 * error of the stream is thrown as its class by the loop that reads it.
 */
function writeEventStreamTests(context: TargetContext, file: TsFile, plan: ClientTestPlan): void {
  if (plan.eventStreams.length === 0) return;
  const { symbols, index, model } = context;
  const describe = file.value({ name: "describe", from: VITEST });
  const expect = file.value({ name: "expect", from: VITEST });
  const it = file.value({ name: "it", from: VITEST });
  const assert = file.value({ name: "assert", from: FAST_CHECK });
  const asyncProperty = file.value({ name: "asyncProperty", from: FAST_CHECK });
  const support = (name: string): string => file.value({ name, from: SUPPORT });
  if (plan.sendable.length > 0 || plan.unsupported.length > 0) file.line();
  file.block(`${describe}("every event stream yields any modelled events and throws its modelled errors", () => {`, () => {
    plan.eventStreams.forEach((operation, position) => {
      if (position > 0) file.line();
      const stream = outputEventStream(model, operation)!;
      const property = stream.member.name;
      const command = file.value(symbols.symbol(symbols.commandHome(operation), "client"));
      const input = arbitraryOf(context, file, index.inputOf(operation));
      const members = [...stream.union.members.values()];
      const events = members.filter((member) => !hasTrait(model.expectShape(member.target), "smithy.api#error"));
      const errors = members.filter((member) => hasTrait(model.expectShape(member.target), "smithy.api#error"));
      const send = (frames: string): void => {
        file.line(`const handler = ${support("stubHandler")}(() => ${support("eventStreamResponse")}(${frames}));`);
        file.line(`const output = await ${support("testClient")}(handler).send(new ${command}(${sentInput(file, plan, operation, "input")}));`);
        file.line(`${expect}(output.$metadata.httpStatusCode).toBe(200);`);
      };
      if (events.length > 0) {
        const filled = shapesHoldingFilledDefaults(model, events.map((member) => member.target));
        const matcher = events.some((member) => filled.has(member.target)) ? "toMatchObject" : "toEqual";
        const arms = events.map((member) => {
          const how = plan.wireOf(member.target);
          const wire = `${support("toWire")}(value${how ? `, ${inlineLiteral(how)}` : ""})`;
          return `${arbitraryOf(context, file, member.target)}.map((value) => [${JSON.stringify(member.name)}, value, ${wire}] as const)`;
        });
        const oneof = file.value({ name: "oneof", from: FAST_CHECK });
        const array = file.value({ name: "array", from: FAST_CHECK });
        file.block(`${it}(${JSON.stringify(symbols.operationName(operation))}, async () => {`, () => {
          file.line(`await ${assert}(`);
          file.line(`  ${asyncProperty}(${input}, ${array}(${oneof}(${arms.join(", ")}), { maxLength: 5 }), async (input, events) => {`);
          file.indent(() => {
            file.indent(() => {
              send(`[["event", "initial-response", {}], ...events.map(([type, , wire]) => ["event", type, wire] as const)]`);
              file.line("const received: unknown[] = [];");
              file.line(`for await (const event of output.${property} ?? []) received.push(event);`);
              file.line(`${expect}(received).${matcher}(events.map(([type, value]) => ({ [type]: ${support("afterWire")}(value) })));`);
            });
          });
          file.line("  }),");
          file.line(`  { numRuns: ${support("numRuns")} },`);
          file.line(");");
        }, `}, ${support("timeout")});`);
      }
      for (const member of errors) {
        file.line();
        const errorClass = file.value(symbols.symbol(symbols.typeHome(member.target), "client"));
        const string = file.value({ name: "string", from: FAST_CHECK });
        file.block(`${it}(${JSON.stringify(`${symbols.operationName(operation)}: ${member.name} in the stream`)}, async () => {`, () => {
          file.line(`await ${assert}(`);
          file.line(`  ${asyncProperty}(${input}, ${string}({ minLength: 1 }), async (input, message) => {`);
          file.indent(() => {
            file.indent(() => {
              send(`[["exception", ${JSON.stringify(member.name)}, { message }]]`);
              file.line("let caught: unknown;");
              file.line("try {");
              file.indent(() => file.line(`for await (const _event of output.${property} ?? []) throw new Error("no event was sent");`));
              file.line("} catch (error) {");
              file.indent(() => file.line("caught = error;"));
              file.line("}");
              file.line(`${expect}(caught).toBeInstanceOf(${errorClass});`);
              file.line(`${expect}((caught as ${errorClass}).message).toBe(message);`);
            });
          });
          file.line("  }),");
          file.line(`  { numRuns: ${support("numRuns")} },`);
          file.line(");");
        }, `}, ${support("timeout")});`);
      }
    });
  }, "});");
}

/**
 * Operations the client cannot send (they need a feature smithy-gen does not support, e.g. required
 * endpoint discovery): the call rejects with the serde package's typed error, and nothing is sent.
 */
function writeUnsupportedOperationsTests(context: TargetContext, file: TsFile, plan: ClientTestPlan): void {
  if (plan.unsupported.length === 0) return;
  const { symbols, index } = context;
  const describe = file.value({ name: "describe", from: VITEST });
  const expect = file.value({ name: "expect", from: VITEST });
  const it = file.value({ name: "it", from: VITEST });
  const sample = file.value({ name: "sample", from: FAST_CHECK });
  const support = (name: string): string => file.value({ name, from: SUPPORT });
  const error = unsupportedOperationError(context, file);
  if (plan.sendable.length > 0) file.line();
  file.block(`${describe}(${JSON.stringify(`operations the client cannot send reject with ${serdeErrorClasses(context).unsupportedOperation.name}`)}, () => {`, () => {
    for (const [position, { operation, missing }] of plan.unsupported.entries()) {
      if (position > 0) file.line();
      const command = file.value(symbols.symbol(symbols.commandHome(operation), "client"));
      file.block(`${it}(${JSON.stringify(`${symbols.operationName(operation)} (needs ${missing.join(" and ")})`)}, async () => {`, () => {
        file.line(`const input = ${sample}(${arbitraryOf(context, file, index.inputOf(operation))}, { numRuns: 1, seed: 42 })[0]!;`);
        file.line(`const handler = ${support("stubHandler")}(() => ${support(responseHelper(context))}(200, {}));`);
        file.line(`await ${expect}(${support("testClient")}(handler).send(new ${command}(input))).rejects.toBeInstanceOf(${error});`);
        file.line(`${expect}(handler.requests).toHaveLength(0);`);
      }, "});");
    }
  }, "});");
}

/**
 * `test/client.test.ts`: what a user notices about the client itself: Region checks, signing,
 * endpoint override, retries with `$metadata`, aborts, the aggregated client and its callbacks.
 */
export function writeClientBehaviourTestFile(context: TargetContext, pkg: PackageBuilder, names: ClientSymbols, signingName: string | undefined, plan: ClientTestPlan): void {
  const { symbols, index } = context;
  const operation = plan.behaviourOperation;
  if (!operation) {
    writeUnsendableClientTestFile(context, pkg, names, plan);
    return;
  }
  const file = pkg.tsFile("test/client.test.ts");
  const describe = file.value({ name: "describe", from: VITEST });
  const expect = file.value({ name: "expect", from: VITEST });
  const it = file.value({ name: "it", from: VITEST });
  const sample = file.value({ name: "sample", from: FAST_CHECK });
  const support = (name: string): string => file.value({ name, from: SUPPORT });
  const clientClass = file.value(symbols.symbol(symbols.clientHome(), "client"));
  const aggregate = file.value(symbols.symbol(symbols.aggregateClientHome(), "client"));
  const command = file.value(symbols.symbol(symbols.commandHome(operation), "client"));
  const outputType = file.type(symbols.symbol(symbols.commandOutputHome(operation), "client"));
  const configurationError = file.value(names.configurationError);
  const retryStrategy = file.value({ name: "ConfiguredRetryStrategy", from: "@smithy/core/retry" });
  const method = symbols.methodName(operation);
  const inputArbitrary = arbitraryOf(context, file, index.inputOf(operation));
  const outputArbitrary = arbitraryOf(context, file, index.outputOf(operation));

  file.line(`const input = ${sentInput(file, plan, operation, `${sample}(${inputArbitrary}, { numRuns: 1, seed: 42 })[0]!`)};`);
  file.line(`const output = ${sample}(${outputArbitrary}, { numRuns: 1, seed: 42 })[0]!;`);
  file.line(`const ok = () => ${support(responseHelper(context))}(200, ${wireOf(context, file, plan, operation, "output")});`);
  file.line(`const throttled = () => ${support(responseHelper(context))}(400, { __type: "ThrottlingException", message: "slow down" }, { "x-amzn-errortype": "ThrottlingException" });`);
  file.line(`const noDelay = () => new ${retryStrategy}(3, () => 0);`);
  file.line();
  file.block(`${describe}(${JSON.stringify(symbols.clientHome().name)}, () => {`, () => {
    writeRegionValidationTest(file, clientClass, configurationError);
    file.line();
    file.block(`${it}("reports a Region provider's bad value on the call, not as a bare TypeError", async () => {`, () => {
      file.line(`const client = ${support("testClient")}(${support("stubHandler")}(ok), { region: async () => "bad/region" });`);
      file.line(`await ${expect}(client.send(new ${command}(input))).rejects.toBeInstanceOf(${configurationError});`);
    }, "});");
    file.line();
    if (signingName) {
      // The resolved endpoint's `sigv4` auth scheme may name another signing Region or name (global
      // services' rules sign for us-east-1): the test expects those, or the client's Region and the
      // model's signing name when the endpoint has none.
      const endpointV2 = file.type({ name: "EndpointV2", from: "@smithy/types" });
      const resolver = file.value(names.defaultEndpointResolver);
      file.block(`${it}("signs requests with SigV4 for its signing name and Region, or those of the resolved endpoint's auth scheme", async () => {`, () => {
        file.line(`const handler = ${support("stubHandler")}(ok);`);
        file.line(`const resolved: ${endpointV2}[] = [];`);
        file.line(`const endpointProvider: typeof ${resolver} = (params, context) => {`);
        file.line(`  const endpoint = ${resolver}(params, context);`);
        file.line("  resolved.push(endpoint);");
        file.line("  return endpoint;");
        file.line("};");
        file.line(`await ${support("testClient")}(handler, { endpointProvider }).send(new ${command}(input));`);
        // An operation that requires a discovered endpoint resolves the discovery call's endpoint first.
        const resolutions = discoveredEndpointOf(context, operation)?.required ? 2 : 1;
        file.line(`${expect}(resolved).toHaveLength(${resolutions});`);
        file.line(`const schemes = (resolved[${resolutions - 1}]!.properties?.authSchemes ?? []) as { name?: string; signingName?: string; signingRegion?: string }[];`);
        file.line('const scheme = schemes.find((entry) => entry.name === "sigv4");');
        file.line('const authorization = handler.requests[0]!.headers.authorization ?? "";');
        file.line(`${expect}(authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKID\\/\\d{8}\\/[^/]+\\/[^/]+\\/aws4_request, SignedHeaders=[^,]*host[^,]*, Signature=[0-9a-f]{64}$/);`);
        file.line("const [, region, name] = /Credential=AKID\\/\\d{8}\\/([^/]+)\\/([^/]+)\\//.exec(authorization)!;");
        file.line(`${expect}({ region, name }).toEqual({ region: scheme?.signingRegion ?? ${JSON.stringify(TEST_REGION)}, name: scheme?.signingName ?? ${JSON.stringify(signingName)} });`);
        file.line(`${expect}(handler.requests[0]!.headers["x-amz-date"]).toMatch(/^\\d{8}T\\d{6}Z$/);`);
      }, "});");
      file.line();
    }
    file.block(`${it}("sends requests to the endpoint override", async () => {`, () => {
      file.line(`const handler = ${support("stubHandler")}(ok);`);
      file.line(`await ${support("testClient")}(handler, { endpoint: "http://localhost:4566/base" }).send(new ${command}(input));`);
      file.line("const request = handler.requests[0]!;");
      file.line(`${expect}([request.protocol, request.hostname, request.port]).toEqual(["http:", "localhost", 4566]);`);
    }, "});");
    file.line();
    file.block(`${it}("retries throttling and server errors, and counts attempts and delay in $metadata", async () => {`, () => {
      file.line(`const handler = ${support("stubHandler")}((_request, attempt) => (attempt === 1 ? throttled() : attempt === 2 ? ${support(responseHelper(context))}(503, {}) : ok()));`);
      file.line(`const result = await ${support("testClient")}(handler, { retryStrategy: noDelay() }).send(new ${command}(input));`);
      file.line(`${expect}(result.$metadata.attempts).toBe(3);`);
      file.line(`${expect}(result.$metadata.totalRetryDelay).toBe(0);`);
      file.line(`${expect}(handler.requests).toHaveLength(3);`);
    }, "});");
    file.line();
    file.block(`${it}("gives up after maxAttempts, with the attempts on the error", async () => {`, () => {
      file.line(`const handler = ${support("stubHandler")}(throttled);`);
      file.line(`const error = await ${support("testClient")}(handler, { retryStrategy: noDelay() }).send(new ${command}(input)).then(`);
      file.line("  () => undefined,");
      file.line("  (thrown: { $metadata?: { attempts?: number } }) => thrown,");
      file.line(");");
      file.line(`${expect}(error?.$metadata?.attempts).toBe(3);`);
      file.line(`${expect}(handler.requests).toHaveLength(3);`);
    }, "});");
    file.line();
    file.block(`${it}("never retries an aborted call", async () => {`, () => {
      file.line("const controller = new AbortController();");
      file.line(`const handler = ${support("stubHandler")}(async () => {`);
      file.line("  controller.abort();");
      file.line('  throw Object.assign(new Error("Request aborted"), { name: "AbortError" });');
      file.line("});");
      file.line(`const call = ${support("testClient")}(handler, { retryStrategy: noDelay() }).send(new ${command}(input), { abortSignal: controller.signal });`);
      file.line(`await ${expect}(call).rejects.toThrow();`);
      file.line(`${expect}(handler.requests).toHaveLength(1);`);
    }, "});");
    file.line();
    file.block(`${it}("passes the per-call abort signal and timeout to the request handler", async () => {`, () => {
      file.line("const controller = new AbortController();");
      file.line(`let seen: { abortSignal?: unknown; requestTimeout?: number } | undefined;`);
      file.line(`const handler = ${support("stubHandler")}((_request, _attempt, options) => {`);
      file.line("  seen = options;");
      file.line("  return ok();");
      file.line("});");
      file.line(`await ${support("testClient")}(handler).send(new ${command}(input), { abortSignal: controller.signal, requestTimeout: 1234 });`);
      file.line(`${expect}(seen?.abortSignal).toBe(controller.signal);`);
      file.line(`${expect}(seen?.requestTimeout).toBe(1234);`);
    }, "});");
    writeRequestTimeoutTest(context, file, plan);
    writeRequestCompressionTest(context, file, names, plan);
  }, "});");
  file.line();
  file.block(`${describe}(${JSON.stringify(symbols.aggregateClientHome().name)}, () => {`, () => {
    file.line("const config = {");
    file.line(`  region: ${JSON.stringify(TEST_REGION)},`);
    file.line('  credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" },');
    file.line("  maxAttempts: 1,");
    file.line("};");
    file.line();
    file.block(`${it}("has a method per operation, returning a promise or calling back", async () => {`, () => {
      file.line(`const client = new ${aggregate}({ ...config, requestHandler: ${support("stubHandler")}(ok) });`);
      file.line(`const { $metadata, ...result } = await client.${method}(input);`);
      file.line(`${expect}(result).${outputMatcher(context, operation)}(${support("afterWire")}(output));`);
      file.line(`${expect}($metadata.attempts).toBe(1);`);
      file.line(`const viaCallback = await new Promise<${outputType} | undefined>((resolve, reject) => {`);
      file.line(`  client.${method}(input, (error, data) => (error ? reject(error) : resolve(data)));`);
      file.line("});");
      file.line(`${expect}(viaCallback?.$metadata.httpStatusCode).toBe(200);`);
    }, "});");
  }, "});");
}

/**
 * `test/client.test.ts` of a client that can send none of its operations (every one needs a
 * feature smithy-gen does not support): the Region checks, and the typed error from a command and
 * from the aggregated client's method, with nothing sent.
 */
function writeUnsendableClientTestFile(context: TargetContext, pkg: PackageBuilder, names: ClientSymbols, plan: ClientTestPlan): void {
  const { symbols, index } = context;
  const first = plan.unsupported[0];
  if (!first) return;
  const { operation } = first;
  const file = pkg.tsFile("test/client.test.ts");
  const describe = file.value({ name: "describe", from: VITEST });
  const expect = file.value({ name: "expect", from: VITEST });
  const it = file.value({ name: "it", from: VITEST });
  const sample = file.value({ name: "sample", from: FAST_CHECK });
  const support = (name: string): string => file.value({ name, from: SUPPORT });
  const clientClass = file.value(symbols.symbol(symbols.clientHome(), "client"));
  const aggregate = file.value(symbols.symbol(symbols.aggregateClientHome(), "client"));
  const command = file.value(symbols.symbol(symbols.commandHome(operation), "client"));
  const configurationError = file.value(names.configurationError);
  const error = unsupportedOperationError(context, file);
  file.line(`const input = ${sample}(${arbitraryOf(context, file, index.inputOf(operation))}, { numRuns: 1, seed: 42 })[0]!;`);
  file.line();
  file.block(`${describe}(${JSON.stringify(symbols.clientHome().name)}, () => {`, () => {
    writeRegionValidationTest(file, clientClass, configurationError);
    file.line();
    file.block(`${it}(${JSON.stringify(`cannot send any operation: ${symbols.operationName(operation)} rejects with ${serdeErrorClasses(context).unsupportedOperation.name} (needs ${first.missing.join(" and ")})`)}, async () => {`, () => {
      file.line(`const handler = ${support("stubHandler")}(() => ${support(responseHelper(context))}(200, {}));`);
      file.line(`await ${expect}(${support("testClient")}(handler).send(new ${command}(input))).rejects.toBeInstanceOf(${error});`);
      file.line(`${expect}(handler.requests).toHaveLength(0);`);
    }, "});");
  }, "});");
  file.line();
  file.block(`${describe}(${JSON.stringify(symbols.aggregateClientHome().name)}, () => {`, () => {
    file.block(`${it}("rejects with the typed error too", async () => {`, () => {
      file.line(`const handler = ${support("stubHandler")}(() => ${support(responseHelper(context))}(200, {}));`);
      file.line(`const client = new ${aggregate}({ region: ${JSON.stringify(TEST_REGION)}, credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" }, maxAttempts: 1, requestHandler: handler });`);
      file.line(`await ${expect}(client.${symbols.methodName(operation)}(input)).rejects.toBeInstanceOf(${error});`);
      file.line(`${expect}(handler.requests).toHaveLength(0);`);
    }, "});");
  }, "});");
}

/** Both client test files' first test: the configuration the client refuses, with its typed error. */
function writeRegionValidationTest(file: TsFile, clientClass: string, configurationError: string): void {
  const it = file.value({ name: "it", from: VITEST });
  const expect = file.value({ name: "expect", from: VITEST });
  file.block(`${it}("rejects a Region that is not a host label, with a typed error", () => {`, () => {
    file.line(`${expect}(() => new ${clientClass}({ region: "us-east-1.attacker.example#" })).toThrow(${configurationError});`);
    file.line(`${expect}(() => new ${clientClass}({ region: "" })).toThrow(${configurationError});`);
    file.line(`${expect}(() => new ${clientClass}({ region: "us-east-1", maxAttempts: 0 })).toThrow(${configurationError});`);
  }, "});");
}

/**
 * The default (Node.js) handler, against a server that never answers: the client's and the
 * per-call `requestTimeout` end the call with a `TimeoutError`, and the client's is retried. The
 * operation is one without a host prefix, which would not resolve on 127.0.0.1.
 */
function writeRequestTimeoutTest(context: TargetContext, file: TsFile, plan: ClientTestPlan): void {
  const { symbols, index } = context;
  const candidates = plan.sendable.filter((candidate) => !hasTrait(candidate, "smithy.api#endpoint"));
  const operation = candidates.find((candidate) => plan.endpointFix(candidate) === undefined) ?? candidates[0];
  if (!operation) return;
  const it = file.value({ name: "it", from: VITEST });
  const expect = file.value({ name: "expect", from: VITEST });
  const vi = file.value({ name: "vi", from: VITEST });
  const sample = file.value({ name: "sample", from: FAST_CHECK });
  const clientClass = file.value(symbols.symbol(symbols.clientHome(), "client"));
  const command = file.value(symbols.symbol(symbols.commandHome(operation), "client"));
  const silentServer = file.value({ name: "silentServer", from: SUPPORT });
  const retryStrategy = file.value({ name: "ConfiguredRetryStrategy", from: "@smithy/core/retry" });
  file.line();
  file.block(`${it}("ends a request that outlasts requestTimeout with a TimeoutError, and retries it", async () => {`, () => {
    file.line(`const input = ${sentInput(file, plan, operation, `${sample}(${arbitraryOf(context, file, index.inputOf(operation))}, { numRuns: 1, seed: 42 })[0]!`)};`);
    file.line(`const server = await ${silentServer}();`);
    file.line(`const config = { region: ${JSON.stringify(TEST_REGION)}, credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" }, endpoint: server.url };`);
    file.line(`const client = new ${clientClass}({ ...config, requestTimeout: 100, retryStrategy: new ${retryStrategy}(3, () => 0) });`);
    file.line(`const perCall = new ${clientClass}({ ...config, maxAttempts: 1 });`);
    file.block("try {", () => {
      file.line(`await ${expect}(client.send(new ${command}(input))).rejects.toMatchObject({ name: "TimeoutError" });`);
      // The server may see a connection after the client has given up on it (a loaded machine).
      file.line(`await ${vi}.waitFor(() => ${expect}(server.received()).toBe(3));`);
      file.line(`await ${expect}(perCall.send(new ${command}(input), { requestTimeout: 100 })).rejects.toMatchObject({ name: "TimeoutError" });`);
      file.line(`await ${vi}.waitFor(() => ${expect}(server.received()).toBe(4));`);
    }, "} finally {");
    file.indent(() => {
      file.line("client.destroy();");
      file.line("perCall.destroy();");
      file.line("await server.close();");
    });
    file.line("}");
  }, "});");
}

/**
 * For the first operation with `@requestCompression`: the body is gzipped from
 * `requestMinCompressionSizeBytes` on (here 0), with `Content-Encoding: gzip`, and sent as it is
 * with `disableRequestCompression`.
 */
function writeRequestCompressionTest(context: TargetContext, file: TsFile, names: ClientSymbols, plan: ClientTestPlan): void {
  const { symbols, index } = context;
  const operation = plan.sendable.find((candidate) => compressionEncodingsOf(candidate)?.includes("gzip"));
  if (!operation) return;
  const it = file.value({ name: "it", from: VITEST });
  const expect = file.value({ name: "expect", from: VITEST });
  const sample = file.value({ name: "sample", from: FAST_CHECK });
  const gunzipSync = file.value({ name: "gunzipSync", from: "node:zlib" });
  const command = file.value(symbols.symbol(symbols.commandHome(operation), "client"));
  const support = (name: string): string => file.value({ name, from: SUPPORT });
  const answer = `() => ${support(responseHelper(context))}(200, {})`;
  file.line();
  file.block(`${it}(${JSON.stringify(`gzips the body of ${symbols.operationName(operation)} from requestMinCompressionSizeBytes on, unless disableRequestCompression`)}, async () => {`, () => {
    file.line(`const input = ${sentInput(file, plan, operation, `${sample}(${arbitraryOf(context, file, index.inputOf(operation))}, { numRuns: 1, seed: 42 })[0]!`)};`);
    file.line(`const plain = ${support("stubHandler")}(${answer});`);
    file.line(`await ${support("testClient")}(plain, { disableRequestCompression: true, requestMinCompressionSizeBytes: 0 }).send(new ${command}(input));`);
    file.line(`const compressed = ${support("stubHandler")}(${answer});`);
    file.line(`await ${support("testClient")}(compressed, { requestMinCompressionSizeBytes: 0 }).send(new ${command}(input));`);
    file.line(`${expect}(plain.requests[0]!.headers["content-encoding"]).toBeUndefined();`);
    file.line(`${expect}(compressed.requests[0]!.headers["content-encoding"]).toBe("gzip");`);
    file.line(`${expect}(${gunzipSync}(compressed.requests[0]!.body as Uint8Array).toString("utf8")).toBe(Buffer.from(plain.requests[0]!.body as string | Uint8Array).toString("utf8"));`);
  }, "});");
  const clientClass = file.value(symbols.symbol(symbols.clientHome(), "client"));
  const configurationError = file.value(names.configurationError);
  file.line();
  file.block(`${it}("rejects a requestMinCompressionSizeBytes out of range, with a typed error", () => {`, () => {
    file.line(`${expect}(() => new ${clientClass}({ region: "us-east-1", requestMinCompressionSizeBytes: -1 })).toThrow(${configurationError});`);
    file.line(`${expect}(() => new ${clientClass}({ region: "us-east-1", requestMinCompressionSizeBytes: ${MAX_MIN_COMPRESSION_SIZE_BYTES + 1} })).toThrow(${configurationError});`);
  }, "});");
}

/** `, { answerDiscovery: false }` for the test of the service's endpoint discovery operation itself, whose stub answers it. */
function ownDiscovery(context: TargetContext, operation: OperationShape): string {
  return endpointDiscoveryOf(context)?.operation.id === operation.id ? ", { answerDiscovery: false }" : "";
}

/**
 * One property: any input and modelled output of `operation`, the output answered in the wire form of
 * `protocol` (default: the client's), come back from `send` as sent. `protocol` also constructs the
 * test client with that `protocol` option.
 */
function writeOutputProperty(context: TargetContext, file: TsFile, plan: ClientTestPlan, operation: OperationShape, title: string, protocol?: ProtocolPlugin): void {
  const { symbols, index } = context;
  const it = file.value({ name: "it", from: VITEST });
  const expect = file.value({ name: "expect", from: VITEST });
  const assert = file.value({ name: "assert", from: FAST_CHECK });
  const asyncProperty = file.value({ name: "asyncProperty", from: FAST_CHECK });
  const support = (name: string): string => file.value({ name, from: SUPPORT });
  const command = file.value(symbols.symbol(symbols.commandHome(operation), "client"));
  const input = arbitraryOf(context, file, index.inputOf(operation));
  const output = arbitraryOf(context, file, index.outputOf(operation));
  const respond = support(protocol ? responseHelperOf(protocol) : responseHelper(context));
  const wire = wireOf(context, file, plan, operation, "output", protocol ? wireFormatOf(protocol) : undefined);
  const option = protocol ? `, { protocol: ${JSON.stringify(protocol.name)} }` : "";
  file.block(`${it}(${title}, async () => {`, () => {
    file.line(`await ${assert}(`);
    file.line(`  ${asyncProperty}(${input}, ${output}, async (input, output) => {`);
    file.line(`    const handler = ${support("stubHandler")}(() => ${respond}(200, ${wire})${ownDiscovery(context, operation)});`);
    file.line(`    const { $metadata, ...result } = await ${support("testClient")}(handler${option}).send(new ${command}(${sentInput(file, plan, operation, "input")}));`);
    file.line(`    ${expect}(result).${outputMatcher(context, operation)}(${support("afterWire")}(output));`);
    file.line(`    ${expect}($metadata.httpStatusCode).toBe(200);`);
    file.line(`    ${expect}(handler.requests).toHaveLength(1);`);
    file.line("  }),");
    file.line(`  { numRuns: ${support("numRuns")} },`);
    file.line(");");
  }, `}, ${support("timeout")});`);
}

/**
 * `test/protocols.test.ts` of a client that speaks several protocols: with each `protocol` option
 * (and with none, the default), a command goes out in that protocol's request form and its
 * modelled errors are thrown as their classes; with each other protocol, every operation returns
 * any modelled output (the default protocol's are in `commands.test.ts`), or rejects with the typed
 * error when it needs what the protocol lacks; a protocol the service does not declare is refused.
 */
export function writeProtocolOptionTestFile(context: TargetContext, pkg: PackageBuilder, names: ClientSymbols, plan: ClientTestPlan): void {
  const { symbols, index } = context;
  const protocols = servedProtocols(index.service, symbols.settings.protocol);
  // The behaviour tests' operation, unless it has no modelled error and another has.
  const hasErrors = (candidate: OperationShape): boolean => index.errorsOf(candidate).length > 0;
  const behaviour = plan.behaviourOperation;
  const operation = behaviour && hasErrors(behaviour) ? behaviour : (plan.sendable.find((candidate) => hasErrors(candidate) && plan.endpointFix(candidate) === undefined) ?? behaviour);
  if (protocols.length < 2 || !operation) return;
  const file = pkg.tsFile("test/protocols.test.ts");
  const describe = file.value({ name: "describe", from: VITEST });
  const expect = file.value({ name: "expect", from: VITEST });
  const it = file.value({ name: "it", from: VITEST });
  const sample = file.value({ name: "sample", from: FAST_CHECK });
  const support = (name: string): string => file.value({ name, from: SUPPORT });
  const clientClass = file.value(symbols.symbol(symbols.clientHome(), "client"));
  const command = file.value(symbols.symbol(symbols.commandHome(operation), "client"));
  const configurationError = file.value(names.configurationError);
  const serviceName = shapeIdName(index.service.id);
  const operationName = shapeIdName(operation.id);

  file.line(`const input = ${sentInput(file, plan, operation, `${sample}(${arbitraryOf(context, file, index.inputOf(operation))}, { numRuns: 1, seed: 42 })[0]!`)};`);
  file.line();
  protocols.forEach((protocol, position) => {
    const option = position === 0 ? "" : `, { protocol: ${JSON.stringify(protocol.name)} }`;
    const respond = support(responseHelperOf(protocol));
    const title = position === 0 ? `speaks ${protocol.name} by default` : `speaks ${protocol.name} when constructed with protocol: ${JSON.stringify(protocol.name)}`;
    file.block(`${describe}(${JSON.stringify(title)}, () => {`, () => {
      file.block(`${it}(${JSON.stringify(`sends ${operationName} in the ${protocol.name} request form`)}, async () => {`, () => {
        file.line(`const handler = ${support("stubHandler")}(() => ${respond}(200, {})${ownDiscovery(context, operation)});`);
        file.line(`const result = await ${support("testClient")}(handler${option}).send(new ${command}(input));`);
        file.line(`${expect}(result.$metadata.httpStatusCode).toBe(200);`);
        file.line("const request = handler.requests[0]!;");
        if (wireFormatOf(protocol) === "cbor") {
          file.line(`${expect}(request.path.endsWith(${JSON.stringify(`/service/${serviceName}/operation/${operationName}`)})).toBe(true);`);
          file.line(`${expect}(request.headers["smithy-protocol"]).toBe("rpc-v2-cbor");`);
          file.line(`${expect}(request.headers["x-amz-target"]).toBeUndefined();`);
        } else {
          file.line(`${expect}(request.headers["x-amz-target"]).toBe(${JSON.stringify(`${serviceName}.${operationName}`)});`);
          file.line(`${expect}(request.headers["content-type"]).toBe(${JSON.stringify(protocol.contentType)});`);
          file.line(`${expect}(request.headers["smithy-protocol"]).toBeUndefined();`);
        }
      }, "});");
      for (const errorId of index.errorsOf(operation)) {
        const errorClass = file.value(symbols.symbol(symbols.typeHome(errorId), "client"));
        const code = shapeIdName(errorId);
        file.line();
        file.block(`${it}(${JSON.stringify(`throws ${symbols.typeName(errorId)} sent in ${protocol.name} as its class`)}, async () => {`, () => {
          file.line(`const handler = ${support("stubHandler")}(() => ${respond}(400, { __type: ${JSON.stringify(code)}, message: "m" }, { "x-amzn-errortype": ${JSON.stringify(code)} })${ownDiscovery(context, operation)});`);
          file.line(`const error = await ${support("testClient")}(handler${option}).send(new ${command}(input)).then(`);
          file.line("  () => undefined,");
          file.line("  (thrown: unknown) => thrown,");
          file.line(");");
          file.line(`${expect}(error).toBeInstanceOf(${errorClass});`);
        }, "});");
      }
      if (position > 0) writeOtherProtocolOutputTests(context, file, plan, protocol);
    }, "});");
    file.line();
  });
  file.block(`${it}("refuses a protocol the service does not declare, naming the ones it speaks", () => {`, () => {
    file.line(`const create = () => new ${clientClass}({ region: ${JSON.stringify(TEST_REGION)}, protocol: "awsQuery" as never });`);
    file.line(`${expect}(create).toThrow(${configurationError});`);
    file.line(`${expect}(create).toThrow(${JSON.stringify(protocols.map((entry) => JSON.stringify(entry.name)).join(" or "))});`);
  }, "});");
}

/** Every operation over a protocol other than the default: any modelled output comes back, or the typed error when the protocol cannot carry it. */
function writeOtherProtocolOutputTests(context: TargetContext, file: TsFile, plan: ClientTestPlan, protocol: ProtocolPlugin): void {
  const { symbols, index } = context;
  const it = file.value({ name: "it", from: VITEST });
  const expect = file.value({ name: "expect", from: VITEST });
  const support = (name: string): string => file.value({ name, from: SUPPORT });
  const unsupported = new Map(planSerde(context, protocol).unsupported.map((entry) => [entry.operation.id, entry.missing]));
  for (const operation of plan.sendable) {
    const missing = unsupported.get(operation.id);
    file.line();
    if (!missing) {
      writeOutputProperty(context, file, plan, operation, JSON.stringify(`${symbols.operationName(operation)} returns any modelled output`), protocol);
      continue;
    }
    const command = file.value(symbols.symbol(symbols.commandHome(operation), "client"));
    const input = `${file.value({ name: "sample", from: FAST_CHECK })}(${arbitraryOf(context, file, index.inputOf(operation))}, { numRuns: 1, seed: 42 })[0]!`;
    file.block(`${it}(${JSON.stringify(`${symbols.operationName(operation)} rejects with ${serdeErrorClasses(context).unsupportedOperation.name} (needs ${missing.join(" and ")})`)}, async () => {`, () => {
      file.line(`const handler = ${support("stubHandler")}(() => ${support(responseHelperOf(protocol))}(200, {})${ownDiscovery(context, operation)});`);
      file.line(`const send = ${support("testClient")}(handler, { protocol: ${JSON.stringify(protocol.name)} }).send(new ${command}(${sentInput(file, plan, operation, input)}));`);
      file.line(`await ${expect}(send).rejects.toBeInstanceOf(${unsupportedOperationError(context, file)});`);
    }, "});");
  }
}

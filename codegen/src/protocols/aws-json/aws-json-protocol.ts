import { lowerFirstWord } from "../../core/symbols.js";
import { propertyKey, stringLiteral } from "../../core/naming.js";
import type { TsFile } from "../../core/ts-file.js";
import { getTrait, hasTrait } from "../../model/model.js";
import { compareCodeUnits, isNodeObject } from "../../model/node.js";
import { shapeIdName } from "../../model/shape-id.js";
import { UNIT, type MemberShape, type MembersShape, type OperationShape, type Shape, type UnionShape } from "../../model/shapes.js";
import { outputEventStream } from "../features.js";
import { writeErrorTable } from "../error-table.js";
import { createJsonCodec } from "../json/json-codec.js";
import { runtimeModule } from "../../core/runtime-symbols.js";
import type { TsSymbol } from "../../core/ts-file.js";
import { jsonRuntime, type JsonRuntime } from "../json/json-runtime.js";
import type { ProtocolFeature, ProtocolGenerator, ProtocolGeneratorContext, ProtocolPlugin } from "../protocol.js";
import { writeAwsJsonTestSupport } from "./test-support.js";

/** The runtime package of the awsJson protocols. */
const rpc = runtimeModule("@smithy-gen/aws-json-protocol");

/** The serde package's module declaring how the service speaks the protocol (`AwsJsonService`). */
const PROTOCOL_FILE = "src/protocol.ts";

export type AwsJsonVersion = "1.0" | "1.1";

const SUPPORTED: ReadonlySet<ProtocolFeature> = new Set<ProtocolFeature>(["document", "endpointDiscovery", "eventStream", "hostPrefix"]);

/**
 * awsJson1_0 and awsJson1_1: every operation is `POST /` with `X-Amz-Target: Service.Operation`
 * and a JSON body; timestamps default to epoch seconds and `@jsonName` is ignored. The two
 * versions differ only in their Content-Type.
 */
export function createAwsJsonProtocol(version: AwsJsonVersion): ProtocolPlugin {
  const name = version === "1.0" ? "awsJson1_0" : "awsJson1_1";
  const contentType = `application/x-amz-json-${version}`;
  return {
    traitId: `aws.protocols#${name}`,
    name,
    contentType,
    supports: SUPPORTED,
    createGenerator: (context) => createAwsJsonGenerator(context, name, contentType),
  };
}

/** The `@endpoint(hostPrefix)` of an operation, if any. */
function hostPrefixOf(operation: OperationShape): string | undefined {
  const endpoint = getTrait(operation, "smithy.api#endpoint");
  return isNodeObject(endpoint) && typeof endpoint.hostPrefix === "string" ? endpoint.hostPrefix : undefined;
}

function createAwsJsonGenerator(context: ProtocolGeneratorContext, protocolName: string, contentType: string): ProtocolGenerator {
  const { model, symbols, index } = context.target;
  const service = index.service;
  const queryCompatible = hasTrait(service, "aws.protocols#awsQueryCompatible");
  const bigNumbers = context.shapes.some((shape) =>
    [...membersOfShape(shape)].some((target) => {
      const type = model.getShape(target)?.type;
      return type === "bigInteger" || type === "bigDecimal";
    }),
  );
  const json: JsonRuntime = jsonRuntime({ bigNumbers });
  /** The service's `AwsJsonService`, declared in `src/protocol.ts`. */
  const serviceProtocol: TsSymbol = { name: `${lowerFirstWord(symbols.serviceName)}Protocol`, from: PROTOCOL_FILE };
  let codec: ReturnType<typeof createJsonCodec> | undefined;
  const jsonCodec = () => (codec ??= createJsonCodec(context, json, { useJsonName: false, defaultTimestampFormat: "epoch-seconds" }));

  const isError = (shape: Shape): boolean => shape.type === "structure" && hasTrait(shape, "smithy.api#error");


  /**
   * The response parser of an operation whose output is an event stream: the table of the union's
   * events and errors by the message types that name them, read by `parseAwsJsonEventStreamResponse`.
   */
  const writeEventStreamParser = (
    file: TsFile,
    operation: OperationShape,
    name: string,
    stream: { member: MemberShape; union: UnionShape },
    errorTable: string,
    types: { httpResponse: string; outputType: string },
  ): void => {
    const operationName = shapeIdName(operation.id);
    const members = [...stream.union.members.values()].sort((a, b) => compareCodeUnits(a.name, b.name));
    const events = members.filter((member) => !isError(model.expectShape(member.target)));
    const errors = members.filter((member) => isError(model.expectShape(member.target)));
    const tableName = "eventStream";
    file.line();
    file.declare(tableName);
    file.doc([`How \`${operationName}\` reads its output's \`${stream.member.name}\` (\`${stream.union.id}\`): its events by \`:event-type\`, its errors by \`:exception-type\`.`]);
    file.block(`const ${tableName}: ${file.type(rpc("EventStreamTable"))} = {`, () => {
      file.line(`member: ${stringLiteral(context.propertyName(model.expectShape(index.outputOf(operation)), stream.member))},`);
      file.block("events: {", () => {
        for (const member of events) file.line(`${propertyKey(member.name)}: ${file.value(context.names.deserializer(member.target))},`);
      }, "},");
      if (errors.length === 0) file.line("errors: {},");
      else {
        file.block("errors: {", () => {
          for (const member of errors) file.line(`${propertyKey(member.name)}: ${file.value(context.names.deserializer(member.target))},`);
        }, "},");
      }
    }, "};");
    file.line();
    file.declare(name);
    file.doc([
      `Reads the HTTP response of \`${operationName}\` (\`${operation.id}\`): the output with its \`$metadata\`,`,
      `whose \`${stream.member.name}\` yields the service's events as they arrive, or throws the modelled error the`,
      "response carries. A modelled error sent in the stream is thrown by the loop that reads it; a message",
      `that is broken or not what the model describes throws a \`${context.errors.deserialization.name}\`.`,
    ]);
    file.block(`export function ${name}(response: ${types.httpResponse}, context: ${file.type(rpc("EventStreamContext"))}): Promise<${types.outputType}> {`, () => {
      const args = [file.value(serviceProtocol), stringLiteral(operationName), "response", "context", errorTable, tableName];
      file.line(`return ${file.value(rpc("parseAwsJsonEventStreamResponse"))}(${args.join(", ")});`);
    });
  };

  return {
    writeServiceProtocol() {
      const file = context.pkg.tsFile(PROTOCOL_FILE);
      file.declare(serviceProtocol.name);
      const traits = [
        "its Content-Type",
        "its exception classes",
        ...(queryCompatible ? ["its `@awsQueryCompatible` error codes"] : []),
        ...(json.jsonText ? ["JSON text that keeps bigInteger and bigDecimal values exact"] : []),
      ];
      file.doc([
        `How ${symbols.serviceName} speaks ${protocolName}: ${traits.slice(0, -1).join(", ")} and ${traits[traits.length - 1]!}.`,
        "Every request builder and response parser of this package hands it to `@smithy-gen/aws-json-protocol`.",
      ]);
      file.block(`export const ${serviceProtocol.name}: ${file.type(rpc("AwsJsonService"))}<${file.type(context.errors.serviceException)}> = {`, () => {
        file.line(`contentType: ${stringLiteral(contentType)},`);
        if (queryCompatible) file.line(`queryCompatible: ${file.value(rpc("awsQueryCompatible"))},`);
        if (json.jsonText) file.line(`json: ${file.value(json.jsonText)},`);
        file.line(`exception: ${file.value(context.errors.serviceException)},`);
        file.line(`serializationError: ${file.value(context.errors.serialization)},`);
        file.line(`deserializationError: ${file.value(context.errors.deserialization)},`);
      }, "};");
    },

    writeSerializer(file, shape) {
      jsonCodec().writeSerializer(file, shape);
    },

    writeDeserializer(file, shape) {
      if (isError(shape)) jsonCodec().writeErrorDeserializer(file, shape as MembersShape);
      else jsonCodec().writeDeserializer(file, shape);
    },

    writeRequestBuilder(file, operation, name) {
      const input = index.inputOf(operation);
      const operationName = shapeIdName(operation.id);
      const target = `${shapeIdName(service.id)}.${operationName}`;
      file.declare(name);
      file.doc([
        `Builds the HTTP request of \`${operationName}\` (\`${operation.id}\`):`,
        `\`POST\` with \`X-Amz-Target: ${target}\` and an ${protocolName} JSON body.`,
        `Input that does not match the model throws a \`${context.errors.serialization.name}\`.`,
      ]);
      const inputType = input === UNIT ? "object" : context.typeOf(file, input);
      const request = file.type({ name: "HttpRequest", from: "@smithy/core/protocols" });
      const serdeContext = file.type({ name: "SerdeContext", from: "@smithy/types" });
      file.block(`export async function ${name}(input: ${inputType}, context: ${serdeContext}): Promise<${request}> {`, () => {
        const fields = [`operation: ${stringLiteral(operationName)}`, `target: ${stringLiteral(target)}`, "input"];
        if (input !== UNIT) fields.push(`serialize: ${file.value(context.names.serializer(input))}`);
        const hostPrefix = hostPrefixOf(operation);
        // Host labels are checked only when the prefix is used, as in the official SDK.
        if (hostPrefix !== undefined) {
          fields.push(`hostPrefix: context.disableHostPrefix ? undefined : ${hostPrefixExpression(file, file.value(serviceProtocol), operationName, hostPrefix)}`);
        }
        const build = rpc(hostPrefix === undefined ? "buildAwsJsonRequest" : "buildPrefixedAwsJsonRequest");
        const call = `${file.value(build)}(${file.value(serviceProtocol)}, context, {`;
        // One field a line, but for an operation without input, whose request fits on one.
        if (input === UNIT && hostPrefix === undefined) file.line(`return ${call} ${fields.join(", ")} });`);
        else file.block(`return ${call}`, () => file.line(...fields.map((field) => `${field},`)), "});");
      });
    },

    writeResponseParser(file, operation, name) {
      const output = index.outputOf(operation);
      const operationName = shapeIdName(operation.id);
      const tableName = writeErrorTable(file, context, operation, rpc("ErrorTable"));
      const metadataBearer = file.type({ name: "MetadataBearer", from: "@smithy/types" });
      const httpResponse = file.type({ name: "HttpResponse", from: "@smithy/types" });
      const serdeContext = file.type({ name: "SerdeContext", from: "@smithy/types" });
      const outputType = output === UNIT ? metadataBearer : `${context.typeOf(file, output)} & ${metadataBearer}`;
      const stream = outputEventStream(model, operation);
      if (stream) {
        writeEventStreamParser(file, operation, name, stream, tableName, { httpResponse, outputType });
        return;
      }
      file.line();
      file.declare(name);
      file.doc([
        `Reads the HTTP response of \`${operationName}\` (\`${operation.id}\`): the output with its`,
        "`$metadata`, or throws the modelled error the response carries (the service exception for an",
        "error code the model does not know). A body that is not JSON, or not what the model describes,",
        `throws a \`${context.errors.deserialization.name}\`.`,
      ]);
      // Not async itself: parseAwsJsonResponse is the one async layer (and turns every throw into a rejection).
      file.block(`export function ${name}(response: ${httpResponse}, context: ${serdeContext}): Promise<${outputType}> {`, () => {
        const args = [file.value(serviceProtocol), stringLiteral(operationName), "response", "context", tableName];
        if (output !== UNIT) args.push(file.value(context.names.deserializer(output)));
        file.line(`return ${file.value(rpc("parseAwsJsonResponse"))}(${args.join(", ")});`);
      });
    },

    writeTestSupport(file) {
      return writeAwsJsonTestSupport(file, { contentType, queryCompatible, service: shapeIdName(service.id), json });
    },
  };
}

/** `` `foo.${hostLabel(protocol, "Op", input.label, "label")}.` `` for `@endpoint(hostPrefix: "foo.{label}.")`. */
function hostPrefixExpression(file: TsFile, protocol: string, operation: string, template: string): string {
  const escaped = template.replace(/[`\\]/g, (c) => `\\${c}`).replace(/\$/g, "\\$");
  const withLabels = escaped.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_whole, label: string) => {
    return `\${${file.value(rpc("hostLabel"))}(${protocol}, ${stringLiteral(operation)}, input.${label}, ${stringLiteral(label)})}`;
  });
  return `\`${withLabels}\``;
}

/** The targets of a shape's members (for a list, its element; for a map, its key and value). */
function membersOfShape(shape: Shape): Iterable<string> {
  switch (shape.type) {
    case "structure":
    case "union":
      return [...shape.members.values()].map((member) => member.target);
    case "list":
    case "set":
      return [shape.member.target];
    case "map":
      return [shape.key.target, shape.value.target];
    default:
      return [];
  }
}


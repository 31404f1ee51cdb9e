import { lowerFirstWord } from "../../core/symbols.js";
import { stringLiteral } from "../../core/naming.js";
import { runtimeModule } from "../../core/runtime-symbols.js";
import type { TsSymbol } from "../../core/ts-file.js";
import { hasTrait } from "../../model/model.js";
import { shapeIdName } from "../../model/shape-id.js";
import { UNIT, type MembersShape, type Shape } from "../../model/shapes.js";
import { writeErrorTable } from "../error-table.js";
import { createJsonCodec } from "../json/json-codec.js";
import type { ProtocolFeature, ProtocolGenerator, ProtocolGeneratorContext, ProtocolPlugin } from "../protocol.js";
import { cborRuntime } from "./cbor-runtime.js";
import { writeRpcV2CborTestSupport } from "./test-support.js";

/** The runtime package of the protocol. */
const rpc = runtimeModule("@smithy-gen/rpcv2-cbor-protocol");

/** The serde package's module declaring how the service speaks the protocol (`RpcV2CborService`). */
const PROTOCOL_FILE = "src/protocol.ts";

/** Features beyond plain request and response bodies: none yet (no rpcv2Cbor service of AWS has event streams, host prefixes, documents or endpoint discovery). */
const SUPPORTED: ReadonlySet<ProtocolFeature> = new Set<ProtocolFeature>();

/**
 * Smithy RPC v2 CBOR (`smithy.protocols#rpcv2Cbor`): every operation is `POST
 * /service/{Service}/operation/{Operation}` with `smithy-protocol: rpc-v2-cbor` and a CBOR body;
 * timestamps are tag 1 epoch seconds whatever their `@timestampFormat`, blobs byte strings, and an
 * error names itself in the body's `__type`.
 */
export function createRpcV2CborProtocol(): ProtocolPlugin {
  return {
    traitId: "smithy.protocols#rpcv2Cbor",
    name: "rpcv2Cbor",
    contentType: "application/cbor",
    supports: SUPPORTED,
    createGenerator: (context) => createRpcV2CborGenerator(context),
  };
}

function createRpcV2CborGenerator(context: ProtocolGeneratorContext): ProtocolGenerator {
  const { symbols, index } = context.target;
  const service = index.service;
  const queryCompatible = hasTrait(service, "aws.protocols#awsQueryCompatible");
  const runtime = cborRuntime();
  const serviceProtocol: TsSymbol = { name: `${lowerFirstWord(symbols.serviceName)}Protocol`, from: PROTOCOL_FILE };
  let codec: ReturnType<typeof createJsonCodec> | undefined;
  const cborCodec = () =>
    (codec ??= createJsonCodec(context, runtime, { useJsonName: false, defaultTimestampFormat: "epoch-seconds", honourTimestampFormat: false, bodyName: "CBOR" }));
  const isError = (shape: Shape): boolean => shape.type === "structure" && hasTrait(shape, "smithy.api#error");


  return {
    writeServiceProtocol() {
      const file = context.pkg.tsFile(PROTOCOL_FILE);
      file.declare(serviceProtocol.name);
      file.doc([
        `How ${symbols.serviceName} speaks rpcv2Cbor: the service name of its request paths, its exception classes${queryCompatible ? " and its `@awsQueryCompatible` error codes" : ""}.`,
        "Every request builder and response parser of this package hands it to `@smithy-gen/rpcv2-cbor-protocol`.",
      ]);
      file.block(`export const ${serviceProtocol.name}: ${file.type(rpc("RpcV2CborService"))}<${file.type(context.errors.serviceException)}> = {`, () => {
        file.line(`serviceName: ${stringLiteral(shapeIdName(service.id))},`);
        if (queryCompatible) file.line(`queryCompatible: ${file.value(rpc("awsQueryCompatible"))},`);
        file.line(`exception: ${file.value(context.errors.serviceException)},`);
        file.line(`serializationError: ${file.value(context.errors.serialization)},`);
        file.line(`deserializationError: ${file.value(context.errors.deserialization)},`);
      }, "};");
    },

    writeSerializer(file, shape) {
      cborCodec().writeSerializer(file, shape);
    },

    writeDeserializer(file, shape) {
      if (isError(shape)) cborCodec().writeErrorDeserializer(file, shape as MembersShape);
      else cborCodec().writeDeserializer(file, shape);
    },

    writeRequestBuilder(file, operation, name) {
      const input = index.inputOf(operation);
      const operationName = shapeIdName(operation.id);
      file.declare(name);
      file.doc([
        `Builds the HTTP request of \`${operationName}\` (\`${operation.id}\`):`,
        `\`POST /service/${shapeIdName(service.id)}/operation/${operationName}\` with ${input === UNIT ? "no body" : "a CBOR body"}.`,
        `Input that does not match the model throws a \`${context.errors.serialization.name}\`.`,
      ]);
      const inputType = input === UNIT ? "object" : context.typeOf(file, input);
      const request = file.type({ name: "HttpRequest", from: "@smithy/core/protocols" });
      const serdeContext = file.type({ name: "SerdeContext", from: "@smithy/types" });
      file.block(`export async function ${name}(input: ${inputType}, context: ${serdeContext}): Promise<${request}> {`, () => {
        const fields = [`operation: ${stringLiteral(operationName)}`, "input"];
        if (input !== UNIT) fields.push(`serialize: ${file.value(context.names.serializer(input))}`);
        const call = `${file.value(rpc("buildRpcV2CborRequest"))}(${file.value(serviceProtocol)}, context, {`;
        if (input === UNIT) file.line(`return ${call} ${fields.join(", ")} });`);
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
      file.line();
      file.declare(name);
      file.doc([
        `Reads the HTTP response of \`${operationName}\` (\`${operation.id}\`): the output with its`,
        "`$metadata`, or throws the modelled error the response carries (the service exception for an",
        "error code the model does not know). A body that is not CBOR, or not what the model describes,",
        `throws a \`${context.errors.deserialization.name}\`.`,
      ]);
      file.block(`export function ${name}(response: ${httpResponse}, context: ${serdeContext}): Promise<${outputType}> {`, () => {
        const args = [file.value(serviceProtocol), stringLiteral(operationName), "response", "context", tableName];
        if (output !== UNIT) args.push(file.value(context.names.deserializer(output)));
        file.line(`return ${file.value(rpc("parseRpcV2CborResponse"))}(${args.join(", ")});`);
      });
    },

    writeTestSupport(file) {
      return writeRpcV2CborTestSupport(file, { queryCompatible, service: shapeIdName(service.id), runtime });
    },
  };
}


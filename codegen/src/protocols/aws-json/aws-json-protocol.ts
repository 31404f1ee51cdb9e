import { propertyKey, stringLiteral } from "../../core/naming.js";
import type { TsFile } from "../../core/ts-file.js";
import { getTrait, hasTrait } from "../../model/model.js";
import { compareCodeUnits, isNodeObject } from "../../model/node.js";
import { shapeIdName } from "../../model/shape-id.js";
import { UNIT, type MembersShape, type OperationShape, type Shape } from "../../model/shapes.js";
import { createJsonCodec } from "../json/json-codec.js";
import { writeJsonRuntime, type JsonRuntime } from "../json/json-runtime.js";
import type { ProtocolFeature, ProtocolGenerator, ProtocolGeneratorContext, ProtocolPlugin } from "../protocol.js";
import { writeRpcRuntime, type RpcRuntime } from "./rpc-runtime.js";
import { writeAwsJsonTestSupport } from "./test-support.js";

export type AwsJsonVersion = "1.0" | "1.1";

const SUPPORTED: ReadonlySet<ProtocolFeature> = new Set<ProtocolFeature>(["hostPrefix"]);

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
  let json: JsonRuntime | undefined;
  let rpc: RpcRuntime | undefined;
  const runtime = (): { json: JsonRuntime; rpc: RpcRuntime } => {
    if (!json || !rpc) throw new Error("generator bug: writeRuntime() must run first");
    return { json, rpc };
  };
  let codec: ReturnType<typeof createJsonCodec> | undefined;
  const jsonCodec = () => (codec ??= createJsonCodec(context, runtime().json, { useJsonName: false, defaultTimestampFormat: "epoch-seconds" }));

  const isError = (shape: Shape): boolean => shape.type === "structure" && hasTrait(shape, "smithy.api#error");

  /** Error codes a response may name an error by: its shape name, and its awsQuery code where the service is query-compatible. */
  const errorCodes = (id: string): string[] => {
    const codes = [shapeIdName(id)];
    const queryError = getTrait(model.expectShape(id), "aws.protocols#awsQueryError");
    if (queryCompatible && isNodeObject(queryError) && typeof queryError.code === "string" && queryError.code !== codes[0]) {
      codes.push(queryError.code);
    }
    return codes;
  };

  const writeErrorDeserializer = (file: TsFile, shape: MembersShape): void => {
    const { json: jsonRuntime } = runtime();
    const fn = context.names.deserializer(shape.id);
    file.declare(fn.name);
    const type = context.typeOf(file, shape.id);
    const responseMetadata = file.type({ name: "ResponseMetadata", from: "@smithy/types" });
    file.doc([
      `Reads the error \`${symbols.shapeName(shape.id)}\` (\`${shape.id}\`) from the JSON body of an`,
      "error response. Its message is the body's `message`, else its `Message`, else `UnknownError`",
      "(an empty string counts as none, as in the official SDK); `$metadata` holds the response's",
      "status and request id.",
      ...jsonCodec().missingMemberNotes(shape),
    ]);
    // A `message` member is the exception's own message (`message` of ServiceException): it is
    // checked like any member, and set only by readErrorMessage, so that an empty one reads as none.
    const messageMember = [...shape.members.values()].find((member) => context.propertyName(shape, member) === "message");
    file.block(`export function ${fn.name}(json: unknown, path: ${file.type(jsonRuntime.jsonPath)}, $metadata: ${responseMetadata}): ${type} {`, () => {
      file.line(`const object = ${file.value(jsonRuntime.read("readObject"))}(json, path);`);
      const options = `ConstructorParameters<typeof ${type}>[0]`;
      file.line(`const options = { $metadata, message: ${file.value(jsonRuntime.read("readErrorMessage"))}(object) } as ${options};`);
      jsonCodec().writeMemberReads(file, shape, "options", new Set(messageMember ? [messageMember.name] : []));
      file.line(`return new ${file.value(symbols.symbol(symbols.typeHome(shape.id), "serde"))}(options);`);
    });
  };

  return {
    writeRuntime() {
      const bigNumbers = context.shapes.some((shape) =>
        [...membersOfShape(shape)].some((target) => {
          const type = model.getShape(target)?.type;
          return type === "bigInteger" || type === "bigDecimal";
        }),
      );
      json = writeJsonRuntime(context.pkg, { bigNumbers });
      rpc = writeRpcRuntime(context.pkg, context.errors, {
        contentType,
        queryCompatible,
        hostPrefix: context.operations.some((operation) => hostPrefixOf(operation) !== undefined),
      });
    },

    writeSerializer(file, shape) {
      jsonCodec().writeSerializer(file, shape);
    },

    writeDeserializer(file, shape) {
      if (isError(shape)) writeErrorDeserializer(file, shape as MembersShape);
      else jsonCodec().writeDeserializer(file, shape);
    },

    writeRequestBuilder(file, operation, name) {
      const { rpc: rpcRuntime } = runtime();
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
      const inputName = input === UNIT ? "_input" : "input";
      const request = file.type({ name: "HttpRequest", from: "@smithy/protocol-http" });
      const serdeContext = file.type({ name: "SerdeContext", from: "@smithy/types" });
      file.block(`export async function ${name}(${inputName}: ${inputType}, context: ${serdeContext}): Promise<${request}> {`, () => {
        const body =
          input === UNIT
            ? `"{}"`
            : `${file.value(rpcRuntime.writeRequestBody)}(${stringLiteral(operationName)}, ${file.value(context.names.serializer(input))}, input)`;
        const hostPrefix = hostPrefixOf(operation);
        const fields = [`operation: ${stringLiteral(operationName)}`, `target: ${stringLiteral(target)}`, "body"];
        // Host labels are checked only when the prefix is used, as in the official SDK.
        if (hostPrefix !== undefined) {
          fields.push(`hostPrefix: context.disableHostPrefix ? undefined : ${hostPrefixExpression(file, rpcRuntime, operationName, hostPrefix)}`);
        }
        file.line(`const body = ${body};`);
        file.line(`return ${file.value(rpcRuntime.buildJsonRpcRequest)}(context, { ${fields.join(", ")} });`);
      });
    },

    writeResponseParser(file, operation, name) {
      const { rpc: rpcRuntime } = runtime();
      const output = index.outputOf(operation);
      const operationName = shapeIdName(operation.id);
      const errors = index
        .errorsOf(operation)
        .flatMap((id) => errorCodes(id).map((code) => ({ code, id })))
        .sort((a, b) => compareCodeUnits(a.code, b.code));
      const tableName = "errors";
      file.declare(tableName);
      file.doc([`The errors \`${operationName}\` can return, by the code the service names them with.`]);
      if (errors.length === 0) file.line(`const ${tableName}: ${file.type(rpcRuntime.errorTable)} = {};`);
      else {
        file.block(`const ${tableName}: ${file.type(rpcRuntime.errorTable)} = {`, () => {
          for (const { code, id } of errors) file.line(`${propertyKey(code)}: ${file.value(context.names.deserializer(id))},`);
        }, "};");
      }
      file.line();
      file.declare(name);
      file.doc([
        `Reads the HTTP response of \`${operationName}\` (\`${operation.id}\`): the output with its`,
        "`$metadata`, or throws the modelled error the response carries (the service exception for an",
        "error code the model does not know). A body that is not JSON, or not what the model describes,",
        `throws a \`${context.errors.deserialization.name}\`.`,
      ]);
      const metadataBearer = file.type({ name: "MetadataBearer", from: "@smithy/types" });
      const httpResponse = file.type({ name: "HttpResponse", from: "@smithy/types" });
      const serdeContext = file.type({ name: "SerdeContext", from: "@smithy/types" });
      const outputType = output === UNIT ? metadataBearer : `${context.typeOf(file, output)} & ${metadataBearer}`;
      // Not async itself: parseJsonRpcResponse is the one async layer (and turns every throw into a rejection).
      file.block(`export function ${name}(response: ${httpResponse}, context: ${serdeContext}): Promise<${outputType}> {`, () => {
        const args = [stringLiteral(operationName), "response", "context", tableName];
        if (output !== UNIT) args.push(file.value(context.names.deserializer(output)));
        file.line(`return ${file.value(rpcRuntime.parseJsonRpcResponse)}(${args.join(", ")});`);
      });
    },

    writeTestSupport(file) {
      return writeAwsJsonTestSupport(file, { contentType, queryCompatible, service: shapeIdName(service.id) });
    },
  };
}

/** `` `foo.${hostLabel("Op", input.label, "label")}.` `` for `@endpoint(hostPrefix: "foo.{label}.")`. */
function hostPrefixExpression(file: TsFile, rpc: RpcRuntime, operation: string, template: string): string {
  const escaped = template.replace(/[`\\]/g, (c) => `\\${c}`).replace(/\$/g, "\\$");
  const withLabels = escaped.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_whole, label: string) => {
    return `\${${file.value(rpc.hostLabel)}(${stringLiteral(operation)}, input.${label}, ${stringLiteral(label)})}`;
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

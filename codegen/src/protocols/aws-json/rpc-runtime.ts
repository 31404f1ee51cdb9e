import type { PackageBuilder } from "../../core/generated-package.js";
import type { TsSymbol } from "../../core/ts-file.js";
import type { SerdeErrorSymbols } from "../protocol.js";
import { JSON_READ_FILE, JSON_TEXT_FILE, SHAPE_MISMATCH_FILE } from "../json/json-runtime.js";

export const JSON_RPC_FILE = "src/protocol/json-rpc.ts";

/** The operation-level helpers of the awsJson protocols (`src/protocol/json-rpc.ts`). */
export interface RpcRuntime {
  readonly writeRequestBody: TsSymbol;
  readonly buildJsonRpcRequest: TsSymbol;
  readonly hostLabel: TsSymbol;
  readonly parseJsonRpcResponse: TsSymbol;
  readonly errorTable: TsSymbol;
}

export interface RpcRuntimeOptions {
  readonly contentType: string;
  /** `@awsQueryCompatible`: send `x-amzn-query-mode` and read `x-amzn-query-error`. */
  readonly queryCompatible: boolean;
  /** Whether any operation has `@endpoint(hostPrefix)`. */
  readonly hostPrefix: boolean;
}

const SMITHY_TYPES = "@smithy/types";

/** Writes `src/protocol/json-rpc.ts`: building requests and reading responses and errors. */
export function writeRpcRuntime(pkg: PackageBuilder, errors: SerdeErrorSymbols, options: RpcRuntimeOptions): RpcRuntime {
  const file = pkg.tsFile(JSON_RPC_FILE);
  const httpRequest = file.value({ name: "HttpRequest", from: "@smithy/protocol-http" });
  const isValidHostname = options.hostPrefix ? file.value({ name: "isValidHostname", from: "@smithy/protocol-http" }) : "";
  const collectBody = file.value({ name: "collectBody", from: "@smithy/smithy-client" });
  const toUtf8 = file.value({ name: "toUtf8", from: "@smithy/util-utf8" });
  const httpResponse = file.type({ name: "HttpResponse", from: SMITHY_TYPES });
  const metadataBearer = file.type({ name: "MetadataBearer", from: SMITHY_TYPES });
  const responseMetadata = file.type({ name: "ResponseMetadata", from: SMITHY_TYPES });
  const serdeContext = file.type({ name: "SerdeContext", from: SMITHY_TYPES });
  const serviceException = file.value(errors.serviceException);
  const serializationError = file.value(errors.serialization);
  const deserializationError = file.value(errors.deserialization);
  const jsonObject = file.type({ name: "JsonObject", from: JSON_READ_FILE });
  const readErrorMessage = file.value({ name: "readErrorMessage", from: JSON_READ_FILE });
  const toJsonText = file.value({ name: "toJsonText", from: JSON_TEXT_FILE });
  const parseJsonText = file.value({ name: "parseJsonText", from: JSON_TEXT_FILE });
  const shapeMismatchError = file.value({ name: "ShapeMismatchError", from: SHAPE_MISMATCH_FILE });
  const describeValue = file.value({ name: "describeValue", from: SHAPE_MISMATCH_FILE });
  for (const name of ["ErrorDeserializer", "ErrorTable", "writeRequestBody", "buildJsonRpcRequest", "parseJsonRpcResponse", "responseMetadata"]) {
    file.declare(name);
  }

  const hostPrefixBlock = options.hostPrefix
    ? `  let hostname = endpoint.hostname;
  if (request.hostPrefix !== undefined && !context.disableHostPrefix) {
    hostname = \`\${request.hostPrefix}\${hostname}\`;
    if (!${isValidHostname}(hostname)) {
      throw new ${serializationError}({
        operation: request.operation,
        path: "$",
        expected: "input whose host labels make a valid hostname",
        received: \`the hostname \${JSON.stringify(hostname)}\`,
      });
    }
  }
`
    : "";
  const hostnameProperty = options.hostPrefix ? "hostname" : "hostname: endpoint.hostname";
  const queryModeHeader = options.queryCompatible ? `\n      "x-amzn-query-mode": "true",` : "";
  file.line(`const CONTENT_TYPE = "${options.contentType}";

/** Reads a modelled error from the JSON object of an error response. */
export type ErrorDeserializer = (json: ${jsonObject}, path: string, $metadata: ${responseMetadata}) => ${serviceException};

/** The modelled errors an operation can return, by the error code the service sends. */
export type ErrorTable = Readonly<Record<string, ErrorDeserializer>>;

/**
 * The JSON text of an operation's request body. A value that does not match the model (a number
 * where a string is modelled, say) throws a serialization error naming the operation and the field:
 * {@link ${serializationError}}.
 */
export function writeRequestBody<Input>(operation: string, serialize: (input: Input, path: string) => unknown, input: Input): string {
  try {
    return ${toJsonText}(serialize(input, "$"));
  } catch (error) {
    throw serializationError(operation, error);
  }
}

function serializationError(operation: string, error: unknown): ${serializationError} {
  if (error instanceof ${shapeMismatchError}) {
    return new ${serializationError}({ operation, path: error.path, expected: error.expected, received: error.received, cause: error });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new ${serializationError}({ operation, path: "$", expected: "a value JSON can encode", received: reason, cause: error });
}

export interface JsonRpcRequest {
  /** The operation, for error messages. */
  readonly operation: string;
  /** \`X-Amz-Target\`: \`<service shape name>.<operation name>\`. */
  readonly target: string;
  readonly body: string;${options.hostPrefix ? "\n  /** The operation's \\`@endpoint\\` host prefix, its labels already filled in. */\n  readonly hostPrefix?: string;" : ""}
}

/**
 * The HTTP request of an operation: \`POST\` to the endpoint's path (a base path of a custom endpoint
 * is kept), with the protocol's Content-Type and the operation's \`X-Amz-Target\`.
 */
export async function buildJsonRpcRequest(context: ${serdeContext}, request: JsonRpcRequest): Promise<${httpRequest}> {
  const endpoint = await context.endpoint();
  const basePath = endpoint.path ?? "";
${hostPrefixBlock}  return new ${httpRequest}({
    protocol: endpoint.protocol,
    ${hostnameProperty},
    port: endpoint.port,
    method: "POST",
    path: basePath.endsWith("/") ? basePath : \`\${basePath}/\`,
    headers: {
      "content-type": CONTENT_TYPE,${queryModeHeader}
      "x-amz-target": request.target,
    },
    body: request.body,
  });
}`);
  if (options.hostPrefix) {
    file.declare("hostLabel");
    file.line();
    file.line(`/** A \`@hostLabel\` input member's value, checked before it becomes part of the hostname. */
export function hostLabel(operation: string, value: unknown, member: string): string {
  if (typeof value === "string" && value.length > 0) return value;
  throw new ${serializationError}({ operation, path: \`$.\${member}\`, expected: "a non-empty string (a host label)", received: ${describeValue}(value) });
}`);
  }
  file.line();
  file.line(`/** A response header, whatever the case of its name. */
function header(response: ${httpResponse}, name: string): string | undefined {
  const value = response.headers[name];
  if (value !== undefined) return value;
  for (const key of Object.keys(response.headers)) if (key.toLowerCase() === name) return response.headers[key];
  return undefined;
}

/**
 * The \`$metadata\` of a response; the client's retry middleware adds attempts and retry delay. One
 * pass over the headers, whatever the case of their names (a lookup per name would scan them all
 * again for every name a response does not send).
 */
export function responseMetadata(response: ${httpResponse}): ${responseMetadata} {
  let requestId: string | undefined;
  let requestIdAlternative: string | undefined;
  let s3RequestId: string | undefined;
  let extendedRequestId: string | undefined;
  let cfId: string | undefined;
  const headers = response.headers;
  for (const name in headers) {
    // Every name wanted here starts with "x-" and has at least 10 characters.
    if (name.length < 10 || (name.charCodeAt(0) | 0x20) !== 0x78) continue;
    switch (name.toLowerCase()) {
      case "x-amzn-requestid":
        requestId = headers[name];
        break;
      case "x-amzn-request-id":
        requestIdAlternative = headers[name];
        break;
      case "x-amz-request-id":
        s3RequestId = headers[name];
        break;
      case "x-amz-id-2":
        extendedRequestId = headers[name];
        break;
      case "x-amz-cf-id":
        cfId = headers[name];
        break;
    }
  }
  return { httpStatusCode: response.statusCode, requestId: requestId ?? requestIdAlternative ?? s3RequestId, extendedRequestId, cfId };
}

/** The text of a streamed body: collected, then decoded. */
async function readStreamedText(body: unknown, context: ${serdeContext}): Promise<string> {
  // A context without encoders (a test's, say) still reads the body.
  return (context.utf8Encoder ?? ${toUtf8})(await ${collectBody}(body, context));
}

/**
 * Reads the response of an operation. A 2xx response gives the output (read by \`deserializeOutput\`;
 * without one, the operation has no output and the body is ignored) with its \`$metadata\`. Any other
 * status throws the modelled error named by the response, or else the service exception:
 * {@link ${serviceException}}. A body that is not JSON, or not what the model describes, throws a
 * deserialization error: {@link ${deserializationError}}.
 *
 * This is the one async step of reading a response, and it awaits only a streamed body: a body
 * already in memory (bytes or text) is read without waiting a turn.
 */
export async function parseJsonRpcResponse<Output extends object>(
  operation: string,
  response: ${httpResponse},
  context: ${serdeContext},
  errors: ErrorTable,
  deserializeOutput?: (json: unknown, path: string) => Output,
): Promise<Output & ${metadataBearer}> {
  const $metadata = responseMetadata(response);
  const failed = response.statusCode < 200 || response.statusCode >= 300;
  const body: unknown = response.body;
  let text: string;
  try {
    text =
      typeof body === "string"
        ? body
        : body instanceof Uint8Array
          ? (context.utf8Encoder ?? ${toUtf8})(body)
          : await readStreamedText(body, context);
  } catch (error) {
    // A cancelled or timed-out call keeps its own error; a connection cut mid-body becomes a typed
    // error whose cause (ECONNRESET, say) still lets the retry strategy retry it.
    if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError")) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ${deserializationError}({ operation, $metadata, path: "$", expected: "a complete response body", received: \`a body that could not be read (\${reason})\`, cause: error });
  }
  if (!failed && !deserializeOutput) return { $metadata } as Output & ${metadataBearer};
  let json: unknown;
  try {
    json = ${parseJsonText}(text);
  } catch (error) {
    const reason = error instanceof Error ? \` (\${error.message})\` : "";
    throw new ${deserializationError}({ operation, $metadata, path: "$", expected: "a JSON document", received: \`\${${describeValue}(text)}\${reason}\`, cause: error });
  }
  if (failed) throw errorFromResponse(operation, response, json, $metadata, errors);
  try {
    const output = deserializeOutput!(json, "$") as Output & ${metadataBearer};
    output.$metadata = $metadata;
    return output;
  } catch (error) {
    throw deserializationError(operation, $metadata, error);
  }
}

function deserializationError(operation: string, $metadata: ${responseMetadata}, error: unknown): ${deserializationError} {
  if (error instanceof ${shapeMismatchError}) {
    return new ${deserializationError}({ operation, $metadata, path: error.path, expected: error.expected, received: error.received, cause: error });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new ${deserializationError}({ operation, $metadata, path: "$", expected: "a readable response", received: reason, cause: error });
}

/**
 * The error code of an error response: the \`X-Amzn-Errortype\` header, else the body's \`__type\`,
 * else its \`code\`; a namespace (\`aws.protocoltests#Foo\`), a \`:http...\` suffix and any further
 * comma-separated values are dropped.
 */
function errorCode(response: ${httpResponse}, body: ${jsonObject}): string | undefined {
  const raw = header(response, "x-amzn-errortype") ?? body.__type ?? body.code ?? body.Code;
  if (typeof raw !== "string" || raw.length === 0) return undefined;
  const first = raw.split(/[,:]/)[0]!;
  return first.slice(first.indexOf("#") + 1);
}
${(options.queryCompatible ? queryCompatibleErrors : plainErrors)({ serviceException, httpResponse, responseMetadata, jsonObject, readErrorMessage })}`);
  return {
    writeRequestBody: { name: "writeRequestBody", from: JSON_RPC_FILE },
    buildJsonRpcRequest: { name: "buildJsonRpcRequest", from: JSON_RPC_FILE },
    hostLabel: { name: "hostLabel", from: JSON_RPC_FILE },
    parseJsonRpcResponse: { name: "parseJsonRpcResponse", from: JSON_RPC_FILE },
    errorTable: { name: "ErrorTable", from: JSON_RPC_FILE },
  };
}

/** Printed names the error templates use. */
interface ErrorTemplateNames {
  readonly serviceException: string;
  readonly httpResponse: string;
  readonly responseMetadata: string;
  readonly jsonObject: string;
  readonly readErrorMessage: string;
}

function plainErrors({ serviceException, httpResponse, responseMetadata, jsonObject, readErrorMessage }: ErrorTemplateNames): string {
  return `
/**
 * The error an error response carries: the operation's (or the service's) modelled error named by
 * the response's code, or else the service exception, named by the code: {@link ${serviceException}}.
 */
function errorFromResponse(operation: string, response: ${httpResponse}, json: unknown, $metadata: ${responseMetadata}, errors: ErrorTable): Error {
  const body = (typeof json === "object" && json !== null && !Array.isArray(json) ? json : {}) as ${jsonObject};
  const code = errorCode(response, body);
  const deserialize = code !== undefined && Object.hasOwn(errors, code) ? errors[code] : undefined;
  if (deserialize === undefined) {
    const $fault = response.statusCode >= 500 ? "server" : "client";
    return new ${serviceException}({ name: code ?? "Unknown", $fault, $metadata, message: ${readErrorMessage}(body) });
  }
  try {
    return deserialize(body, "$", $metadata);
  } catch (error) {
    return deserializationError(operation, $metadata, error);
  }
}`;
}

function queryCompatibleErrors({ serviceException, httpResponse, responseMetadata, jsonObject, readErrorMessage }: ErrorTemplateNames): string {
  return `
/**
 * The error an error response carries. This service is \`@awsQueryCompatible\`: an
 * \`x-amzn-query-error: <code>;<type>\` header names the error by its awsQuery code (\`@awsQueryError\`),
 * and the exception gets that \`Code\` and \`Type\`, as in the official SDK. Otherwise: the modelled
 * error named by the response's code, or else the service exception, named by the code:
 * {@link ${serviceException}}.
 */
function errorFromResponse(operation: string, response: ${httpResponse}, json: unknown, $metadata: ${responseMetadata}, errors: ErrorTable): Error {
  const body = (typeof json === "object" && json !== null && !Array.isArray(json) ? json : {}) as ${jsonObject};
  const queryError = header(response, "x-amzn-query-error");
  const [queryCode, queryType] = queryError === undefined ? [] : queryError.split(";");
  const code = queryCode || errorCode(response, body);
  const deserialize = code !== undefined && Object.hasOwn(errors, code) ? errors[code] : undefined;
  let exception: Error;
  if (deserialize === undefined) {
    const $fault = response.statusCode >= 500 ? "server" : "client";
    exception = new ${serviceException}({ name: code ?? "Unknown", $fault, $metadata, message: ${readErrorMessage}(body) });
  } else {
    try {
      exception = deserialize(body, "$", $metadata);
    } catch (error) {
      return deserializationError(operation, $metadata, error);
    }
  }
  if (queryCode) {
    const fields = exception as Error & { Code?: string; Type?: string };
    fields.Code ??= queryCode;
    if (queryType) fields.Type ??= queryType;
  }
  return exception;
}`;
}

import type { TsFile } from "../../core/ts-file.js";
import type { JsonRuntime } from "../json/json-runtime.js";
import type { ProtocolTestSupport } from "../protocol.js";

export interface AwsJsonTestSupportOptions {
  readonly contentType: string;
  readonly queryCompatible: boolean;
  /** The service shape name, the first half of `X-Amz-Target`. */
  readonly service: string;
  /** The JSON helpers of the package, whose JSON text the tests speak. */
  readonly json: JsonRuntime;
}

/** Writes the awsJson test helpers (see `ProtocolTestSupport`) into a test file. */
export function writeAwsJsonTestSupport(file: TsFile, options: AwsJsonTestSupportOptions): ProtocolTestSupport {
  const names = ["encode", "decode", "response", "errorResponses", "serdeContext", "expectRequest", "ErrorResponseVariant", "ErrorResponseOptions"];
  for (const name of names) file.declare(name);
  const httpResponse = file.value({ name: "HttpResponse", from: "@smithy/core/protocols" });
  const httpRequest = file.type({ name: "HttpRequest", from: "@smithy/core/protocols" });
  const serdeContext = file.type({ name: "SerdeContext", from: "@smithy/types" });
  const fromUtf8 = file.value({ name: "fromUtf8", from: "@smithy/core/serde" });
  const toUtf8 = file.value({ name: "toUtf8", from: "@smithy/core/serde" });
  const fromBase64 = file.value({ name: "fromBase64", from: "@smithy/core/serde" });
  const toBase64 = file.value({ name: "toBase64", from: "@smithy/core/serde" });
  const expect = file.value({ name: "expect", from: "vitest" });
  const toJsonText = file.value(options.json.toJsonText);
  const parseJsonText = file.value(options.json.parseJsonText);
  const queryHeader = options.queryCompatible
    ? `\n  ${"expect"}(request.headers["x-amzn-query-mode"]).toBe("true");`.replace("expect", expect)
    : "";
  file.line(`const CONTENT_TYPE = "${options.contentType}";
const SERVICE = "${options.service}";

/** A serializer's result as it travels: JSON text in UTF-8. */
export function encode(value: unknown): Uint8Array {
  return ${fromUtf8}(${toJsonText}(value));
}

/** What a deserializer receives: the JSON parsed from the bytes. */
export function decode(bytes: Uint8Array): unknown {
  return ${parseJsonText}(${toUtf8}(bytes));
}

/** A response with the protocol's Content-Type and the given body (text or bytes). */
export function response(statusCode: number, body: string | Uint8Array, headers: Record<string, string> = {}): ${httpResponse} {
  const bytes = typeof body === "string" ? ${fromUtf8}(body) : body;
  return new ${httpResponse}({ statusCode, headers: { "content-type": CONTENT_TYPE, ...headers }, body: bytes });
}

export interface ErrorResponseVariant {
  readonly description: string;
  readonly response: ${httpResponse};
}

const URI_SUFFIX = ":http://internal.amazon.com/coral/com.amazon.coral.validate/";

export interface ErrorResponseOptions {
  /** The error has a \`code\` member of its own, so a \`code\` field cannot name it. */
  readonly hasCodeMember?: boolean;
  /** Its \`@awsQueryError\` code, for services that are \`@awsQueryCompatible\`. */
  readonly queryCode?: string;
}

/**
 * Every way an awsJson service may name an error: \`__type\` (the name, with its namespace, with a URI
 * suffix), the \`X-Amzn-Errortype\` header (with and without a URI suffix), a \`code\` field, and for
 * query-compatible services the \`x-amzn-query-error\` header.
 */
export function errorResponses(statusCode: number, shapeId: string, body: Record<string, unknown>, options: ErrorResponseOptions = {}): ErrorResponseVariant[] {
  const name = shapeId.slice(shapeId.indexOf("#") + 1);
  const withField = (field: string, value: string): string => ${toJsonText}({ [field]: value, ...body });
  const variants: ErrorResponseVariant[] = [
    { description: "__type: Name", response: response(statusCode, withField("__type", name)) },
    { description: "__type: namespace#Name", response: response(statusCode, withField("__type", shapeId)) },
    { description: "__type: namespace#Name:uri", response: response(statusCode, withField("__type", shapeId + URI_SUFFIX)) },
    { description: "X-Amzn-Errortype: Name", response: response(statusCode, ${toJsonText}(body), { "x-amzn-errortype": name }) },
    { description: "X-Amzn-Errortype: Name:uri", response: response(statusCode, ${toJsonText}(body), { "X-Amzn-Errortype": name + URI_SUFFIX }) },
  ];
  if (!options.hasCodeMember) variants.push({ description: "code: Name", response: response(statusCode, withField("code", name)) });${
    options.queryCompatible
      ? `
  const queryError = \`\${options.queryCode ?? name};\${statusCode >= 500 ? "Receiver" : "Sender"}\`;
  variants.push({ description: \`x-amzn-query-error: \${queryError}\`, response: response(statusCode, withField("__type", shapeId), { "x-amzn-query-error": queryError }) });`
      : ""
  }
  return variants;
}

/** A serde context whose endpoint is \`https://<hostname><path>\`. */
export function serdeContext(endpoint: { hostname?: string; path?: string } = {}): ${serdeContext} {
  return {
    endpoint: async () => ({ protocol: "https:", hostname: endpoint.hostname ?? "example.com", path: endpoint.path ?? "/" }),
    base64Encoder: ${toBase64},
    base64Decoder: ${fromBase64},
    utf8Encoder: ${toUtf8},
    utf8Decoder: ${fromUtf8},
    streamCollector: async () => {
      throw new Error("the tests pass response bodies as bytes");
    },
    requestHandler: {
      handle: async () => {
        throw new Error("the tests send no requests");
      },
    },
    disableHostPrefix: false,
  };
}

/** Checks what every awsJson request has in common, and returns its parsed JSON body. */
export function expectRequest(request: ${httpRequest}, operationName: string): unknown {
  ${expect}(request.method).toBe("POST");
  ${expect}(request.path).toBe("/");
  ${expect}(request.headers["content-type"]).toBe(CONTENT_TYPE);
  ${expect}(request.headers["x-amz-target"]).toBe(\`\${SERVICE}.\${operationName}\`);${queryHeader}
  ${expect}(typeof request.body).toBe("string");
  return ${parseJsonText}(request.body as string);
}`);
  const from = file.path;
  return {
    encode: { name: "encode", from },
    decode: { name: "decode", from },
    errorResponses: { name: "errorResponses", from },
    response: { name: "response", from },
    serdeContext: { name: "serdeContext", from },
    expectRequest: { name: "expectRequest", from },
    requestPath: (_operation, basePath) => (basePath.endsWith("/") ? basePath : `${basePath}/`),
    requestDescription: () => "POST / with its target and content type",
    body: (_file, expression) => `JSON.stringify(${expression})`,
    truncatableValue: "{}",
    bodyName: "JSON",
  };
}

import type { TsFile } from "../../core/ts-file.js";
import type { JsonRuntime } from "../json/json-runtime.js";
import type { ProtocolTestSupport } from "../protocol.js";

export interface RpcV2CborTestSupportOptions {
  readonly queryCompatible: boolean;
  /** The service shape name, in every request path. */
  readonly service: string;
  /** The CBOR helpers (`encodeCbor`, `decodeCbor` as `toJsonText`, `parseJsonText`). */
  readonly runtime: JsonRuntime;
}

/** Writes the rpcv2Cbor test helpers (see `ProtocolTestSupport`) into a test file. */
export function writeRpcV2CborTestSupport(file: TsFile, options: RpcV2CborTestSupportOptions): ProtocolTestSupport {
  const names = ["encode", "decode", "response", "errorResponses", "serdeContext", "expectRequest", "requestPath", "ErrorResponseVariant", "ErrorResponseOptions"];
  for (const name of names) file.declare(name);
  const httpResponse = file.value({ name: "HttpResponse", from: "@smithy/core/protocols" });
  const httpRequest = file.type({ name: "HttpRequest", from: "@smithy/core/protocols" });
  const serdeContext = file.type({ name: "SerdeContext", from: "@smithy/types" });
  const fromUtf8 = file.value({ name: "fromUtf8", from: "@smithy/core/serde" });
  const toUtf8 = file.value({ name: "toUtf8", from: "@smithy/core/serde" });
  const fromBase64 = file.value({ name: "fromBase64", from: "@smithy/core/serde" });
  const toBase64 = file.value({ name: "toBase64", from: "@smithy/core/serde" });
  const expect = file.value({ name: "expect", from: "vitest" });
  const encodeCbor = file.value(options.runtime.toJsonText);
  const decodeCbor = file.value(options.runtime.parseJsonText);
  const queryHeader = options.queryCompatible ? `\n  ${expect}(request.headers["x-amzn-query-mode"]).toBe("true");` : "";
  file.line(`const SERVICE = "${options.service}";

/** A serializer's result as it travels: CBOR bytes. */
export function encode(value: unknown): Uint8Array {
  return ${encodeCbor}(value);
}

/** What a deserializer receives: the CBOR decoded from the bytes. */
export function decode(bytes: Uint8Array): unknown {
  return ${decodeCbor}(bytes);
}

/** A response of the protocol with the given body (bytes, or text sent as UTF-8). */
export function response(statusCode: number, body: string | Uint8Array, headers: Record<string, string> = {}): ${httpResponse} {
  const bytes = typeof body === "string" ? ${fromUtf8}(body) : body;
  return new ${httpResponse}({ statusCode, headers: { "smithy-protocol": "rpc-v2-cbor", "content-type": "application/cbor", ...headers }, body: bytes });
}

export interface ErrorResponseVariant {
  readonly description: string;
  readonly response: ${httpResponse};
}

export interface ErrorResponseOptions {
  /** The error has a \`code\` member of its own (unused by this protocol, which names errors in \`__type\` only). */
  readonly hasCodeMember?: boolean;
  /** Its \`@awsQueryError\` code, for services that are \`@awsQueryCompatible\`. */
  readonly queryCode?: string;
}

/** Every way an rpcv2Cbor service may name an error: \`__type\` with the name, or with its namespace${options.queryCompatible ? ", and the \`x-amzn-query-error\` header" : ""}. */
export function errorResponses(statusCode: number, shapeId: string, body: Record<string, unknown>, options: ErrorResponseOptions = {}): ErrorResponseVariant[] {
  const name = shapeId.slice(shapeId.indexOf("#") + 1);
  const withType = (type: string): Uint8Array => encode({ ...body, __type: type });
  const variants: ErrorResponseVariant[] = [
    { description: "__type: Name", response: response(statusCode, withType(name)) },
    { description: "__type: namespace#Name", response: response(statusCode, withType(shapeId)) },
  ];${
    options.queryCompatible
      ? `
  const queryError = \`\${options.queryCode ?? name};\${statusCode >= 500 ? "Receiver" : "Sender"}\`;
  variants.push({ description: \`x-amzn-query-error: \${queryError}\`, response: response(statusCode, withType(shapeId), { "x-amzn-query-error": queryError }) });`
      : `
  void options;`
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

/** The path of an operation's requests under an endpoint's base path. */
export function requestPath(operationName: string, basePath = ""): string {
  return \`\${basePath.replace(/\\/$/, "")}/service/\${SERVICE}/operation/\${operationName}\`;
}

/** Checks what every rpcv2Cbor request has in common, and returns its decoded CBOR body (\`{}\` without one). */
export function expectRequest(request: ${httpRequest}, operationName: string): unknown {
  ${expect}(request.method).toBe("POST");
  ${expect}(request.path).toBe(requestPath(operationName));
  ${expect}(request.headers["smithy-protocol"]).toBe("rpc-v2-cbor");
  ${expect}(request.headers.accept).toBe("application/cbor");${queryHeader}
  if (request.body === undefined) {
    ${expect}(request.headers["content-type"]).toBeUndefined();
    return {};
  }
  ${expect}(request.headers["content-type"]).toBe("application/cbor");
  ${expect}(request.body).toBeInstanceOf(Uint8Array);
  return decode(request.body as Uint8Array);
}`);
  const from = file.path;
  return {
    encode: { name: "encode", from },
    decode: { name: "decode", from },
    errorResponses: { name: "errorResponses", from },
    response: { name: "response", from },
    serdeContext: { name: "serdeContext", from },
    expectRequest: { name: "expectRequest", from },
    requestPath: (operation, basePath) => `${basePath.replace(/\/$/, "")}/service/${options.service}/operation/${operation}`,
    requestDescription: (operation) => `POST /service/${options.service}/operation/${operation} with the rpcv2Cbor headers`,
    body: (target, expression) => `${target.value({ name: "encode", from })}(${expression})`,
    // An empty map is one byte, whose only strict prefix, the empty body, reads as an empty map.
    truncatableValue: "{ unexpected: true }",
    bodyName: "CBOR",
  };
}

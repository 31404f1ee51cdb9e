import { toSerializationError, type ValuePath } from "@smithy-gen/serde-core";
import { encodeCbor } from "@smithy-gen/serde-cbor";
import { HttpRequest } from "@smithy/core/protocols";
import type { SerdeContext } from "@smithy/types";
import { RPC_V2_CBOR_CONTENT_TYPE, RPC_V2_CBOR_PROTOCOL_HEADER, type RpcV2CborService } from "./service.js";

/** One operation's request, as its generated builder describes it. */
export interface RpcV2CborRequest<Input> {
  /** The operation shape's name: the `/operation/{name}` segment of the path, and the name in error messages (`GetWidget`). */
  readonly operation: string;
  readonly input: Input;
  /** The input structure's serializer (to the value CBOR encodes); absent when the operation has no input: no body is sent. */
  readonly serialize?: (input: Input, path: ValuePath) => unknown;
}

/**
 * The CBOR bytes of an operation's request body, or `undefined` for an operation without input. A
 * value that does not match the model (a number where a string is modelled, say), or that CBOR
 * cannot encode, throws the service's serialization error, naming the operation and the path of
 * the value.
 */
export function writeRequestBody<Input>(service: RpcV2CborService, request: RpcV2CborRequest<Input>): Uint8Array | undefined {
  if (!request.serialize) return undefined;
  try {
    return encodeCbor(request.serialize(request.input, "$"));
  } catch (error) {
    throw toSerializationError(service.serializationError, request.operation, error);
  }
}

/**
 * The HTTP request of an operation: `POST` to `/service/{serviceName}/operation/{operation}` below
 * the endpoint's path (a base path of a custom endpoint is kept), with `smithy-protocol:
 * rpc-v2-cbor` and `Accept: application/cbor`. An operation with input sends its CBOR body with
 * `Content-Type: application/cbor` and its `Content-Length`; one without input (`Unit`) sends
 * neither a body nor a Content-Type. The input is serialized before the endpoint is resolved.
 */
export async function buildRpcV2CborRequest<Input>(service: RpcV2CborService, context: SerdeContext, request: RpcV2CborRequest<Input>): Promise<HttpRequest> {
  const body = writeRequestBody(service, request);
  const endpoint = await context.endpoint();
  const basePath = endpoint.path ?? "";
  const headers: Record<string, string> = {
    "smithy-protocol": RPC_V2_CBOR_PROTOCOL_HEADER,
    accept: RPC_V2_CBOR_CONTENT_TYPE,
    ...service.queryCompatible?.requestHeaders,
  };
  if (body !== undefined) {
    headers["content-type"] = RPC_V2_CBOR_CONTENT_TYPE;
    headers["content-length"] = String(body.byteLength);
  }
  return new HttpRequest({
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    port: endpoint.port,
    method: "POST",
    path: `${basePath.endsWith("/") ? basePath.slice(0, -1) : basePath}/service/${service.serviceName}/operation/${request.operation}`,
    headers,
    body,
  });
}

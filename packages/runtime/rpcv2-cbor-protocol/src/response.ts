import { bodyBytesInMemory, collectBodyBytes, isAbortOrTimeout, responseMetadata, toDeserializationError } from "@smithy-gen/serde-core";
import { decodeCbor, readErrorMessage, readObject, type CborMap } from "@smithy-gen/serde-cbor";
import { decorateServiceException, type ServiceException } from "@smithy/core/client";
import type { HttpResponse, MetadataBearer, ResponseMetadata, SerdeContext } from "@smithy/types";
import type { RpcV2CborService } from "./service.js";

/** Reads a modelled error from the decoded CBOR map of an error response. */
export type ErrorDeserializer = (map: CborMap, path: string, $metadata: ResponseMetadata) => ServiceException;

/** The modelled errors an operation can return, by their code: the error shape's name (and, for `@awsQueryCompatible` services, its awsQuery code). */
export type ErrorTable = Readonly<Record<string, ErrorDeserializer>>;

/**
 * Reads the response of an operation. A 2xx response gives the output (read by `deserializeOutput`
 * from the decoded body; without one, the operation has no output and the body is ignored) with its
 * `$metadata`; an empty body is an empty map. Any other status throws the modelled error the body's
 * `__type` names, or else the service's exception, named by the code. A body that is not one
 * well-formed CBOR item (truncated, a length beyond the body, too deep, ...), or not what the model
 * describes, throws the service's deserialization error with the path of the fault; a cancelled or
 * timed-out call keeps its own error.
 *
 * This is the one async step of reading a response, and it awaits only a streamed body: a body
 * already in memory is read without waiting a turn.
 */
export async function parseRpcV2CborResponse<Output extends object>(
  service: RpcV2CborService,
  operation: string,
  response: HttpResponse,
  context: SerdeContext,
  errors: ErrorTable,
  deserializeOutput?: (value: unknown, path: string) => Output,
): Promise<Output & MetadataBearer> {
  const $metadata = responseMetadata(response);
  const failed = response.statusCode < 200 || response.statusCode >= 300;
  let bytes: Uint8Array;
  try {
    bytes = bodyBytesInMemory(response.body, context) ?? (await collectBodyBytes(response.body, context));
  } catch (error) {
    // A cancelled or timed-out call keeps its own error; a connection cut mid-body becomes a typed
    // error whose cause (ECONNRESET, say) still lets the retry strategy retry it.
    if (isAbortOrTimeout(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new service.deserializationError({ operation, $metadata, path: "$", expected: "a complete response body", received: `a body that could not be read (${reason})`, cause: error });
  }
  if (!failed && !deserializeOutput) return { $metadata } as Output & MetadataBearer;
  let value: unknown;
  try {
    // An empty body is an empty map. decodeCbor throws a CborDecodeError (a ShapeMismatchError at $,
    // naming the byte at fault) for anything malformed, and never crashes or hangs on it.
    value = bytes.byteLength === 0 ? {} : decodeCbor(bytes);
  } catch (error) {
    throw toDeserializationError(service.deserializationError, operation, $metadata, error, "a CBOR body");
  }
  if (failed) throw (service.queryCompatible?.errorFromResponse ?? errorFromResponse)(service, operation, response, value, $metadata, errors);
  try {
    const output = deserializeOutput!(value, "$") as Output & MetadataBearer;
    output.$metadata = $metadata;
    return output;
  } catch (error) {
    throw toDeserializationError(service.deserializationError, operation, $metadata, error);
  }
}

/**
 * The error code of an error response's map: its `__type` (the error's shape ID), without the
 * namespace (`smithy.protocoltests.rpcv2Cbor#InvalidGreeting` is `InvalidGreeting`), a `:...`
 * suffix or any further comma-separated values. rpcv2Cbor names errors only there: an
 * `X-Amzn-Errortype` header and a `code` field are not read (see the README).
 */
export function errorCode(map: CborMap): string | undefined {
  const raw = Object.hasOwn(map, "__type") ? map.__type : undefined;
  if (typeof raw !== "string") return undefined;
  const first = raw.split(/[,:]/)[0]!;
  return first.slice(first.indexOf("#") + 1) || undefined;
}

/**
 * The error an error response carries: the operation's (or the service's) modelled error named by
 * `code` (by default the response's error code), or else the service's exception, named by the
 * code (`Unknown` without one), its `$fault` by the status. Either way the error keeps every field
 * of the body it does not already hold (see {@link keepBodyFields}). A modelled error whose map
 * does not match the model is the service's deserialization error.
 */
export function errorFromResponse(
  service: RpcV2CborService,
  operation: string,
  response: HttpResponse,
  value: unknown,
  $metadata: ResponseMetadata,
  errors: ErrorTable,
  code?: string,
): Error {
  const map = asMap(value);
  code ??= errorCode(map);
  const deserialize = code !== undefined && Object.hasOwn(errors, code) ? errors[code] : undefined;
  if (deserialize === undefined) {
    const $fault = response.statusCode >= 500 ? "server" : "client";
    return keepBodyFields(new service.exception({ name: code ?? "Unknown", $fault, $metadata, message: readErrorMessage(map) }), map);
  }
  let exception: ServiceException;
  try {
    exception = deserialize(map, "$", $metadata);
  } catch (error) {
    return toDeserializationError(service.deserializationError, operation, $metadata, error);
  }
  return keepBodyFields(exception, map);
}

/** The body as a map; any other value (an array, a string, ...) names no error and has no fields: an empty map. */
export function asMap(value: unknown): CborMap {
  try {
    return readObject(value, "$");
  } catch {
    return {};
  }
}

/**
 * Gives `exception` each entry of the error response's map that it does not hold yet (absent,
 * `undefined`, `null` or `""`), under the entry's own key, with `decorateServiceException` of
 * `@smithy/core/client`, as the official AWS SDK does. So an error the model does not know keeps
 * the service's `__type` and whatever else it sent, and a modelled error keeps the entries its
 * shape does not model. As in `@smithy-gen/aws-json-protocol`: a modelled member sent as `null`
 * stays `undefined`, a modelled `Message` member stays, and the error's own fields (`name`,
 * `$fault`, `$metadata`, `stack`, a modelled member's value, `__proto__`, ...) are never replaced.
 */
export function keepBodyFields<Exception extends ServiceException>(exception: Exception, map: CborMap): Exception {
  const fields = exception as unknown as Record<string, unknown>;
  const additions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(map)) {
    // A modelled member is an own property (the error's constructor assigns each one).
    if ((value === null && Object.hasOwn(fields, key)) || key === "__proto__") continue;
    additions[key] = value;
  }
  const modelledMessage = Object.hasOwn(fields, "Message") ? fields.Message : undefined;
  decorateServiceException(exception, additions);
  if (modelledMessage !== undefined) fields.Message = modelledMessage;
  return exception;
}

import {
  bodyTextInMemory,
  collectBodyText,
  describeValue,
  isAbortOrTimeout,
  responseHeader,
  responseMetadata,
  toDeserializationError,
} from "@smithy-gen/serde-core";
import { readErrorMessage, type JsonObject } from "@smithy-gen/serde-json";
import { decorateServiceException, type ServiceException } from "@smithy/core/client";
import type { HttpResponse, MetadataBearer, ResponseMetadata, SerdeContext } from "@smithy/types";
import type { AwsJsonService } from "./service.js";

/** Reads a modelled error from the JSON object of an error response. */
export type ErrorDeserializer = (json: JsonObject, path: string, $metadata: ResponseMetadata) => ServiceException;

/** The modelled errors an operation can return, by the error code the service sends. */
export type ErrorTable = Readonly<Record<string, ErrorDeserializer>>;

/**
 * Reads the response of an operation. A 2xx response gives the output (read by `deserializeOutput`;
 * without one, the operation has no output and the body is ignored) with its `$metadata`. Any other
 * status throws the modelled error named by the response, or else the service's exception, named by
 * the code. A body that is not JSON, or not what the model describes, throws the service's
 * deserialization error.
 *
 * This is the one async step of reading a response, and it awaits only a streamed body: a body
 * already in memory (bytes or text) is read without waiting a turn.
 */
export async function parseAwsJsonResponse<Output extends object>(
  service: AwsJsonService,
  operation: string,
  response: HttpResponse,
  context: SerdeContext,
  errors: ErrorTable,
  deserializeOutput?: (json: unknown, path: string) => Output,
): Promise<Output & MetadataBearer> {
  const $metadata = responseMetadata(response);
  const failed = response.statusCode < 200 || response.statusCode >= 300;
  let text: string;
  try {
    text = bodyTextInMemory(response.body, context) ?? (await collectBodyText(response.body, context));
  } catch (error) {
    // A cancelled or timed-out call keeps its own error; a connection cut mid-body becomes a typed
    // error whose cause (ECONNRESET, say) still lets the retry strategy retry it.
    if (isAbortOrTimeout(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new service.deserializationError({ operation, $metadata, path: "$", expected: "a complete response body", received: `a body that could not be read (${reason})`, cause: error });
  }
  if (!failed && !deserializeOutput) return { $metadata } as Output & MetadataBearer;
  let json: unknown;
  try {
    // An empty body is an empty object.
    json = text.length === 0 ? {} : (service.json ?? JSON).parse(text);
  } catch (error) {
    const reason = error instanceof Error ? ` (${error.message})` : "";
    throw new service.deserializationError({ operation, $metadata, path: "$", expected: "a JSON document", received: `${describeValue(text)}${reason}`, cause: error });
  }
  if (failed) throw (service.queryCompatible?.errorFromResponse ?? errorFromResponse)(service, operation, response, json, $metadata, errors);
  try {
    const output = deserializeOutput!(json, "$") as Output & MetadataBearer;
    output.$metadata = $metadata;
    return output;
  } catch (error) {
    throw toDeserializationError(service.deserializationError, operation, $metadata, error);
  }
}

/**
 * The error code of an error response: the `X-Amzn-Errortype` header, else the body's `__type`,
 * else its `code`; a namespace (`aws.protocoltests#Foo`), a `:http...` suffix and any further
 * comma-separated values are dropped.
 */
export function errorCode(response: HttpResponse, body: JsonObject): string | undefined {
  const raw = responseHeader(response, "x-amzn-errortype") ?? body.__type ?? body.code ?? body.Code;
  if (typeof raw !== "string" || raw.length === 0) return undefined;
  const first = raw.split(/[,:]/)[0]!;
  return first.slice(first.indexOf("#") + 1);
}

/**
 * The error an error response carries: the operation's (or the service's) modelled error named by
 * `code` (by default the response's error code), or else the service's exception, named by the code.
 * Either way the error keeps every field of the body it does not already hold (see
 * {@link keepBodyFields}), as the official AWS SDK's errors do.
 */
export function errorFromResponse(
  service: AwsJsonService,
  operation: string,
  response: HttpResponse,
  json: unknown,
  $metadata: ResponseMetadata,
  errors: ErrorTable,
  code?: string,
): Error {
  const body = (typeof json === "object" && json !== null && !Array.isArray(json) ? json : {}) as JsonObject;
  code ??= errorCode(response, body);
  const deserialize = code !== undefined && Object.hasOwn(errors, code) ? errors[code] : undefined;
  if (deserialize === undefined) {
    const $fault = response.statusCode >= 500 ? "server" : "client";
    return keepBodyFields(new service.exception({ name: code ?? "Unknown", $fault, $metadata, message: readErrorMessage(body) }), body);
  }
  let exception: ServiceException;
  try {
    exception = deserialize(body, "$", $metadata);
  } catch (error) {
    return toDeserializationError(service.deserializationError, operation, $metadata, error);
  }
  return keepBodyFields(exception, body);
}

/**
 * Gives `exception` each field of the error response's `body` that it does not hold yet (absent,
 * `undefined`, `null` or `""`), under the field's own name: what the official AWS SDK does with
 * `decorateServiceException` of `@smithy/core/client`, used here. So an error the model does not
 * know keeps the service's `__type`, `code`, `docs` or whatever else it sent, and a modelled error
 * keeps the fields its shape does not model. Two differences, both to keep the error's declared
 * type true: a modelled member the body sends as `null` stays `undefined`, and a modelled
 * `Message` member stays (`decorateServiceException` deletes `Message` after reading it as the
 * `message`). Fields the error already has (`name`, `$fault`, `$metadata`, `stack`, a modelled
 * member's value, `__proto__`, ...) are never replaced.
 */
export function keepBodyFields<Exception extends ServiceException>(exception: Exception, body: JsonObject): Exception {
  const fields = exception as unknown as Record<string, unknown>;
  const additions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    // A modelled member is an own property (the error's constructor assigns each one).
    if (value === null && Object.hasOwn(fields, key)) continue;
    if (key === "__proto__") continue;
    additions[key] = value;
  }
  const modelledMessage = Object.hasOwn(fields, "Message") ? fields.Message : undefined;
  decorateServiceException(exception, additions);
  if (modelledMessage !== undefined) fields.Message = modelledMessage;
  return exception;
}

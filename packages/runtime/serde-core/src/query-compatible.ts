import type { HttpResponse, ResponseMetadata } from "@smithy/types";
import { responseHeader } from "./response.js";

/**
 * The `x-amzn-query-error: <code>;<type>` header with which an `@awsQueryCompatible` service names
 * an error by its awsQuery code (the error's `@awsQueryError` code, e.g. `ResourceNotFound`).
 */
export interface QueryErrorHeader {
  /** The awsQuery error code: the text before the first `;` (empty if the header is). */
  readonly code: string;
  /** The text after it, `Sender` or `Receiver`; `undefined` when the header has no `;`. */
  readonly type: string | undefined;
}

/**
 * The `Error` object of an error of an `@awsQueryCompatible` service: the error as an awsQuery
 * service would have described it (`<Error><Code>...</Code><Type>...</Type><Message>...</Message></Error>`),
 * as the official AWS SDK gives it.
 *
 * - With an `x-amzn-query-error` header: `Code` and `Type` are the header's; every other field of
 *   the body but `__type` is here too, as the body has it, its `message` as `Message`.
 * - Without one: `Code` and `Type` are `undefined` (unless the body has an `Error` object of its
 *   own, whose fields are kept) and `Message` is the body's `Message`.
 *
 * `Message` is the body's message text (`message` or `Message`), or `undefined` when it has none
 * (a message that is not a string counts as none).
 */
export interface QueryCompatibleErrorObject {
  Code: string | undefined;
  Type: string | undefined;
  Message: string | undefined;
  /** With the header: the body's other fields, as it has them. */
  [field: string]: unknown;
}

/**
 * What an error of an `@awsQueryCompatible` service carries besides its modelled members (the
 * awsQuery view of it that code written for the service's awsQuery days reads), as the official
 * AWS SDK's errors do. A modelled member of the same name (no service has one) is kept instead.
 */
export interface QueryCompatibleErrorFields {
  /** The awsQuery error code of the `x-amzn-query-error` header; absent without the header. */
  Code?: string;
  /** `Sender` or `Receiver`, from the `x-amzn-query-error` header; absent without it, or without a type in it. */
  Type?: string;
  /** The awsQuery-style error object; always set. */
  Error: QueryCompatibleErrorObject;
  /** The request id of the response (`$metadata.requestId`), when it has one. */
  RequestId?: string;
}

/** The `x-amzn-query-error` header of a response, read; `undefined` when the response has none. */
export function queryErrorHeader(response: HttpResponse): QueryErrorHeader | undefined {
  const value = responseHeader(response, "x-amzn-query-error");
  if (value === undefined) return undefined;
  const parts = value.split(";");
  return { code: parts[0]!, type: parts[1] };
}

/**
 * The fields an error response's `body` gives the error, for an `@awsQueryCompatible` service:
 * with the header, the body with `Code` and `Type` set to the header's (they replace any the body
 * has, a `Type` of `undefined` included); without it, the body as it is. The protocol's
 * `keepBodyFields` then gives the error those it does not hold: a modelled `Code` or `Type` member
 * stays.
 */
export function withQueryErrorFields(body: Readonly<Record<string, unknown>>, header: QueryErrorHeader | undefined): Record<string, unknown> {
  return header === undefined ? body : { ...body, Code: header.code, Type: header.type };
}

/**
 * Finishes an error of an `@awsQueryCompatible` service read from a response whose body is `body`
 * (after the protocol gave it the body's fields, with {@link withQueryErrorFields}): sets its
 * `Error` object and its `RequestId` (see {@link QueryCompatibleErrorFields}), and makes a
 * non-empty `Message` of the body its message, in place of a `message`, as the official AWS SDK
 * does for these services.
 */
export function addQueryCompatibleFields<Exception extends Error>(
  exception: Exception,
  body: Readonly<Record<string, unknown>>,
  header: QueryErrorHeader | undefined,
  $metadata: ResponseMetadata,
): Exception & QueryCompatibleErrorFields {
  const error = exception as Exception & QueryCompatibleErrorFields;
  error.Error = header === undefined ? errorObjectOfBody(body) : errorObjectOfHeader(body, header);
  if ($metadata.requestId) error.RequestId = $metadata.requestId;
  const Message = body.Message;
  if (typeof Message === "string" && Message !== "") error.message = Message;
  return error;
}

/** With the header: its code and type, then each field of the body but `__type` (`message` as `Message`). */
function errorObjectOfHeader(body: Readonly<Record<string, unknown>>, header: QueryErrorHeader): QueryCompatibleErrorObject {
  const object: QueryCompatibleErrorObject = { Code: header.code, Type: header.type, Message: undefined };
  for (const [key, value] of Object.entries(body)) {
    // The header's Code and Type win; a "__proto__" field would set the object's prototype.
    if (key === "__type" || key === "Code" || key === "Type" || key === "__proto__") continue;
    object[key === "message" ? "Message" : key] = value;
  }
  // Of `message` and `Message`, the one the body has last; else `Message`, read again should the last be null.
  object.Message = text(object.Message ?? body.Message);
  return object;
}

/** Without the header: an `Error` object the body has, else nothing but its `Message`. */
function errorObjectOfBody(body: Readonly<Record<string, unknown>>): QueryCompatibleErrorObject {
  const nested = plainObject(body.Error);
  return {
    ...nested,
    Code: text(nested?.Code),
    Type: text(nested?.Type),
    Message: text(nested?.message ?? nested?.Message ?? body.Message),
  };
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function plainObject(value: unknown): Readonly<Record<string, unknown>> | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null ? (value as Record<string, unknown>) : undefined;
}

import type { ServiceException, ServiceExceptionOptions } from "@smithy/core/client";
import type { ResponseMetadata } from "@smithy/types";
import { failureDetails } from "./shape-mismatch-error.js";

export interface DeserializationErrorOptions {
  readonly operation: string;
  readonly $metadata: ResponseMetadata;
  readonly path: string;
  readonly expected: string;
  readonly received: string;
  readonly cause?: unknown;
}

/** What a deserialization error adds to the service's exception. */
export interface DeserializationErrorFields {
  /** The operation whose response could not be read, e.g. `GetExportSnapshotRecords`. */
  readonly operation: string;
  /** The path of the bad value in the response body, e.g. `$.exportSnapshotRecords[3].createdAt`. */
  readonly path: string;
  /** What the model describes there, e.g. `epoch-seconds timestamp`. */
  readonly expected: string;
  /** What came instead, e.g. `string "yesterday"`. */
  readonly received: string;
}

/** A service's base exception class (`LightsailServiceException`). */
export type ServiceExceptionClass<Exception extends ServiceException = ServiceException> = new (options: ServiceExceptionOptions) => Exception;

/** The class {@link deserializationErrorClass} makes: the service's exception with the fields above. */
export interface DeserializationErrorClass<Exception extends ServiceException = ServiceException> {
  new (options: DeserializationErrorOptions): Exception & DeserializationErrorFields;
  readonly prototype: Exception & DeserializationErrorFields;
}

/**
 * A class of errors for responses that cannot be read (a body that is not what the protocol
 * sends, is truncated, or holds a value of the wrong type), derived from the service's base
 * exception, so that one `catch` of `LightsailServiceException` sees every failed call. Its
 * message names the operation, the HTTP status, the request id and the path of the bad value;
 * its `$fault` is `client` for a 4xx response and `server` otherwise.
 *
 * A serde package declares `class LightsailDeserializationError extends
 * deserializationErrorClass(LightsailServiceException, "LightsailDeserializationError") {}`.
 */
export function deserializationErrorClass<Exception extends ServiceException>(
  base: ServiceExceptionClass<Exception>,
  name: string,
): DeserializationErrorClass<Exception> {
  const Base = base as unknown as ServiceExceptionClass;
  class DeserializationError extends Base implements DeserializationErrorFields {
    declare readonly operation: string;
    declare readonly path: string;
    declare readonly expected: string;
    declare readonly received: string;

    constructor(options: DeserializationErrorOptions) {
      const status = options.$metadata.httpStatusCode;
      const requestId = options.$metadata.requestId;
      super({
        name,
        $fault: status !== undefined && status >= 400 && status < 500 ? "client" : "server",
        $metadata: options.$metadata,
        message:
          `${options.operation}: cannot read the response (HTTP ${status ?? "status unknown"}${requestId ? `, request id ${requestId}` : ""}): ` +
          `${options.path}: expected ${options.expected}, received ${options.received}`,
      });
      this.operation = options.operation;
      this.path = options.path;
      this.expected = options.expected;
      this.received = options.received;
      if (options.cause !== undefined) this.cause = options.cause;
    }
  }
  return DeserializationError as unknown as DeserializationErrorClass<Exception>;
}

/**
 * The deserialization error for whatever a deserializer threw: a {@link ShapeMismatchError} keeps
 * its path; anything else is reported at the body itself, with `expected` saying what was wanted.
 */
export function toDeserializationError<Exception extends ServiceException>(
  errorClass: DeserializationErrorClass<Exception>,
  operation: string,
  $metadata: ResponseMetadata,
  error: unknown,
  expected = "a readable response",
): Exception & DeserializationErrorFields {
  return new errorClass({ operation, $metadata, ...failureDetails(error, expected) });
}

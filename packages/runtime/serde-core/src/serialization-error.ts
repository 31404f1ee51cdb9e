import { failureDetails } from "./shape-mismatch-error.js";

export interface SerializationErrorOptions {
  readonly operation: string;
  readonly path: string;
  readonly expected: string;
  readonly received: string;
  readonly cause?: unknown;
}

/**
 * The input of an operation does not match the model, so no request was built. It names the
 * operation, the path of the bad value in the input (`$.pageToken`), what the model expects there
 * and what was given. It is a plain `Error`: there is no response, so no `$metadata`.
 *
 * Each service's serde package derives its own class (`LightsailSerializationError`) with its own
 * `name`, so that a program talking to several services can tell whose input was rejected.
 */
export class SerializationError extends Error {
  override readonly name: string = "SerializationError";
  /** The operation whose input was rejected, e.g. `GetExportSnapshotRecords`. */
  declare readonly operation: string;
  /** The path of the bad value in the input, e.g. `$.tags[2].key`; `$` for the input itself. */
  declare readonly path: string;
  /** What the model describes there, e.g. `string`. */
  declare readonly expected: string;
  /** What was there instead, e.g. `number 42`. */
  declare readonly received: string;

  constructor(options: SerializationErrorOptions) {
    super(`${options.operation}: invalid input at ${options.path}: expected ${options.expected}, received ${options.received}`);
    this.operation = options.operation;
    this.path = options.path;
    this.expected = options.expected;
    this.received = options.received;
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

/** A class of serialization errors: {@link SerializationError} or a service's subclass of it. */
export type SerializationErrorClass = new (options: SerializationErrorOptions) => SerializationError;

/**
 * The serialization error for whatever a serializer threw: a {@link ShapeMismatchError} keeps its
 * path; anything else (a value JSON cannot encode, say) is reported at the input itself.
 */
export function toSerializationError(errorClass: SerializationErrorClass, operation: string, error: unknown): SerializationError {
  if (error instanceof errorClass) return error;
  return new errorClass({ operation, ...failureDetails(error, "a value the protocol can encode") });
}

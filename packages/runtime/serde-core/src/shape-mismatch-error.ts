import { memberPathText, pathText, type ValuePath } from "./value-path.js";

/**
 * A value that does not have the shape the model describes, at a path such as
 * `$.exportSnapshotRecords[3].createdAt`. Shape converters throw it; the operation functions turn
 * it into the service's typed serialization or deserialization error, adding the operation.
 */
export class ShapeMismatchError extends Error {
  override readonly name = "ShapeMismatchError";
  /** Where the value is, e.g. `$.exportSnapshotRecords[3].createdAt`. */
  declare readonly path: string;
  /** What the model describes there, e.g. `epoch-seconds timestamp`. */
  declare readonly expected: string;
  /** What was there instead, e.g. `string "yesterday"`. */
  declare readonly received: string;

  constructor(path: string, expected: string, received: string) {
    super(`${path}: expected ${expected}, received ${received}`);
    this.path = path;
    this.expected = expected;
    this.received = received;
  }
}

const PREVIEW_LENGTH = 60;

/** A short description of a value for error messages: its type and a preview. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `array (length ${value.length})`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "invalid Date" : `Date ${value.toISOString()}`;
  if (value instanceof Uint8Array) return `Uint8Array (length ${value.length})`;
  switch (typeof value) {
    case "string":
      return `string ${JSON.stringify(value.length > PREVIEW_LENGTH ? `${value.slice(0, PREVIEW_LENGTH)}...` : value)}`;
    case "object":
      return "object";
    case "function":
      return "function";
    default:
      return `${typeof value} ${String(value)}`;
  }
}

/** The error for a value at `path` (or at its member `key`) that is not the `expected` kind. */
export function mismatch(path: ValuePath, key: string | number | undefined, expected: string, value: unknown): ShapeMismatchError {
  const text = pathText(path);
  return new ShapeMismatchError(key === undefined ? text : memberPathText(text, key), expected, describeValue(value));
}

/** Where a failure of a converter happened and what it was: a mismatch's own path, else the whole value's. */
export interface FailureDetails {
  readonly path: string;
  readonly expected: string;
  readonly received: string;
  readonly cause: unknown;
}

/**
 * The details of whatever a converter threw: a {@link ShapeMismatchError} keeps its path, what it
 * expected and what it received; anything else is reported at `$`, as not `expected`, with its
 * message.
 */
export function failureDetails(error: unknown, expected: string): FailureDetails {
  if (error instanceof ShapeMismatchError) return { path: error.path, expected: error.expected, received: error.received, cause: error };
  return { path: "$", expected, received: error instanceof Error ? error.message : String(error), cause: error };
}

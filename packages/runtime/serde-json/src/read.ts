import {
  epochSecondsToMillis,
  mismatch,
  setEntry,
  unionMember,
  type ValuePath,
} from "@smithy-gen/serde-core";
import { fromBase64, NumericValue, parseRfc3339DateTimeWithOffset, parseRfc7231DateTime } from "@smithy/core/serde";
import type { DocumentType } from "@smithy/types";

/** A JSON object as `JSON.parse` returns it. */
export type JsonObject = Record<string, unknown>;

/**
 * A `NumericValue` that {@link parseJsonTextWithBigNumbers} made, known by its fields rather than
 * by `instanceof`, so that a bundle carries the class only where a converter builds one.
 */
function isExactDecimal(value: unknown): value is { readonly string: string } {
  return typeof value === "object" && value !== null && (value as { type?: unknown }).type === "bigDecimal" && typeof (value as { string?: unknown }).string === "string";
}

/**
 * A number {@link parseJsonTextWithBigNumbers} kept exact (a bigint or a `NumericValue`), read as a
 * plain number where the model says a long or a double; anything else as it is.
 */
function plainNumber(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (isExactDecimal(value)) return Number(value.string);
  return value;
}

/** The value at `path` as a JSON object (not an array). */
export function readObject(json: unknown, path: ValuePath): JsonObject {
  if (typeof json === "object" && json !== null && !Array.isArray(json)) return json as JsonObject;
  throw mismatch(path, undefined, "object", json);
}

/** byte, short, integer, long and intEnum values: JSON numbers without a fraction. */
export function readInteger(value: unknown, path: ValuePath, key: string | number): number {
  if (Number.isInteger(value)) return value as number;
  throw mismatch(path, key, "integer", value);
}

/** {@link readInteger} of JSON text parsed with `bigNumberJsonText`, whose long numbers come exact. */
export function readIntegerWithBigNumbers(value: unknown, path: ValuePath, key: string | number): number {
  return readInteger(plainNumber(value), path, key);
}

/** float and double values: JSON numbers, or the strings `NaN`, `Infinity` and `-Infinity`. */
export function readFloat(value: unknown, path: ValuePath, key: string | number): number {
  if (typeof value === "number") return value;
  if (value === "NaN") return Number.NaN;
  if (value === "Infinity") return Number.POSITIVE_INFINITY;
  if (value === "-Infinity") return Number.NEGATIVE_INFINITY;
  throw mismatch(path, key, "number", value);
}

/** {@link readFloat} of JSON text parsed with `bigNumberJsonText`, whose long numbers come exact. */
export function readFloatWithBigNumbers(value: unknown, path: ValuePath, key: string | number): number {
  return readFloat(plainNumber(value), path, key);
}

/** bigInteger values: JSON numbers (exact when the JSON text was parsed with big numbers), or digit strings. */
export function readBigInteger(value: unknown, path: ValuePath, key: string | number): bigint {
  if (typeof value === "bigint") return value;
  if (Number.isInteger(value) || (typeof value === "string" && /^-?\d+$/.test(value))) return BigInt(value as number | string);
  if (value instanceof NumericValue && /^-?\d+$/.test(value.string)) return BigInt(value.string);
  throw mismatch(path, key, "integer", value);
}

/** bigDecimal values, kept as their decimal digits. */
export function readBigDecimal(value: unknown, path: ValuePath, key: string | number): NumericValue {
  if (value instanceof NumericValue) return value;
  if (typeof value === "number" && Number.isFinite(value)) return new NumericValue(String(value), "bigDecimal");
  if (typeof value === "bigint") return new NumericValue(value.toString(), "bigDecimal");
  if (typeof value === "string") {
    try {
      return new NumericValue(value, "bigDecimal");
    } catch {
      // Reported below with the path.
    }
  }
  throw mismatch(path, key, "decimal number", value);
}

/** Blobs are base64 strings. */
export function readBlob(value: unknown, path: ValuePath, key: string | number): Uint8Array {
  if (typeof value === "string") {
    try {
      return fromBase64(value);
    } catch {
      // Reported below with the path, like any other mismatch.
    }
  }
  throw mismatch(path, key, "base64 string", value);
}

const NUMERIC = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
/** The largest time a `Date` holds, in milliseconds either side of the epoch. */
const MAX_TIME = 8.64e15;

/** Timestamps in seconds since the epoch, with up to millisecond fractions (the JSON protocols' default format). */
export function readEpochSeconds(value: unknown, path: ValuePath, key: string | number): Date {
  const seconds = typeof value === "number" ? value : typeof value === "string" && NUMERIC.test(value) ? Number(value) : Number.NaN;
  const time = epochSecondsToMillis(seconds);
  if (time >= -MAX_TIME && time <= MAX_TIME) return new Date(time);
  throw mismatch(path, key, "epoch-seconds timestamp", value);
}

/**
 * {@link readEpochSeconds} of JSON text parsed with `bigNumberJsonText`, where a fraction of more
 * digits than a double keeps (microseconds) comes exact.
 */
export function readEpochSecondsWithBigNumbers(value: unknown, path: ValuePath, key: string | number): Date {
  return readEpochSeconds(plainNumber(value), path, key);
}

/** Timestamps with `@timestampFormat("date-time")`: RFC 3339 strings, with or without an offset. */
export function readDateTime(value: unknown, path: ValuePath, key: string | number): Date {
  if (typeof value === "string") {
    try {
      return parseRfc3339DateTimeWithOffset(value)!;
    } catch {
      // Reported below with the path.
    }
  }
  throw mismatch(path, key, "date-time timestamp (RFC 3339)", value);
}

/** Timestamps with `@timestampFormat("http-date")`: RFC 7231 IMF-fixdate strings. */
export function readHttpDate(value: unknown, path: ValuePath, key: string | number): Date {
  if (typeof value === "string") {
    try {
      return parseRfc7231DateTime(value)!;
    } catch {
      // Reported below with the path.
    }
  }
  throw mismatch(path, key, "http-date timestamp (RFC 7231)", value);
}

/** Documents are passed through as the JSON they are. */
export function readDocument(value: unknown): DocumentType {
  return value as DocumentType;
}

/**
 * Documents of a service whose JSON text is parsed with big numbers: the JSON they are, with the
 * numbers kept exact (bigints, decimals) turned back into plain numbers, as a document holds them.
 */
export function readDocumentWithBigNumbers(value: unknown): DocumentType {
  if (typeof value === "bigint" || value instanceof NumericValue) return Number(value.toString());
  if (Array.isArray(value)) return value.map(readDocumentWithBigNumbers);
  if (typeof value !== "object" || value === null) return value as DocumentType;
  const out: Record<string, DocumentType> = {};
  for (const key of Object.keys(value)) setEntry(out, key, readDocumentWithBigNumbers((value as JsonObject)[key]));
  return out;
}

/**
 * The one member set in the JSON object of a union: `null` members and `__type` are ignored,
 * and no member, or more than one, is an error.
 */
export function readUnionMember(json: unknown, path: ValuePath): [string, unknown] {
  return unionMember(readObject(json, path), path);
}

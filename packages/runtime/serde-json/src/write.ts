import { mismatch, pathText, ShapeMismatchError, type ValuePath } from "@smithy-gen/serde-core";
import { dateToUtcString, NumericValue, toBase64 } from "@smithy/core/serde";

/** Checks that a structure or map value is an object. */
export function writeObject(value: unknown, path: ValuePath): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw mismatch(path, undefined, "object", value);
}

export function writeArray(value: unknown, path: ValuePath): void {
  if (!Array.isArray(value)) throw mismatch(path, undefined, "array", value);
}

export function writeString(value: unknown, path: ValuePath, key: string | number): string {
  if (typeof value === "string") return value;
  throw mismatch(path, key, "string", value);
}

export function writeBoolean(value: unknown, path: ValuePath, key: string | number): boolean {
  if (typeof value === "boolean") return value;
  throw mismatch(path, key, "boolean", value);
}

export function writeInteger(value: unknown, path: ValuePath, key: string | number): number {
  if (Number.isInteger(value)) return value as number;
  throw mismatch(path, key, "integer", value);
}

/** float and double values; `NaN`, `Infinity` and `-Infinity` are sent as strings. */
export function writeFloat(value: unknown, path: ValuePath, key: string | number): number | string {
  if (typeof value !== "number") throw mismatch(path, key, "number", value);
  return Number.isFinite(value) ? value : String(value);
}

/** bigInteger values stay bigints; {@link toJsonTextWithBigNumbers} writes their digits. */
export function writeBigInteger(value: unknown, path: ValuePath, key: string | number): bigint {
  if (typeof value === "bigint") return value;
  if (Number.isSafeInteger(value)) return BigInt(value as number);
  throw mismatch(path, key, "bigint", value);
}

/** bigDecimal values stay `NumericValue`s; {@link toJsonTextWithBigNumbers} writes their digits. */
export function writeBigDecimal(value: unknown, path: ValuePath, key: string | number): NumericValue {
  if (value instanceof NumericValue) return value;
  if (typeof value === "number" && Number.isFinite(value)) return new NumericValue(String(value), "bigDecimal");
  throw mismatch(path, key, "NumericValue", value);
}

/** Blobs are sent as base64; a string is sent as its UTF-8 bytes. */
export function writeBlob(value: unknown, path: ValuePath, key: string | number): string {
  if (value instanceof Uint8Array || typeof value === "string") return toBase64(value);
  throw mismatch(path, key, "Uint8Array", value);
}

function validTime(value: unknown, path: ValuePath, key: string | number): number {
  const time = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw mismatch(path, key, "Date", value);
  return time;
}

/** Seconds since the epoch, with the milliseconds as a fraction (the JSON protocols' default format). */
export function writeEpochSeconds(value: unknown, path: ValuePath, key: string | number): number {
  return validTime(value, path, key) / 1000;
}

/** RFC 3339 in UTC, without a fraction when the milliseconds are 0 (`2000-01-02T20:34:56Z`). */
export function writeDateTime(value: unknown, path: ValuePath, key: string | number): string {
  const text = new Date(validTime(value, path, key)).toISOString();
  return text.endsWith(".000Z") ? `${text.slice(0, -5)}Z` : text;
}

/** RFC 7231 IMF-fixdate (`Sun, 02 Jan 2000 20:34:56 GMT`); it has no fraction of a second. */
export function writeHttpDate(value: unknown, path: ValuePath, key: string | number): string {
  return dateToUtcString(new Date(validTime(value, path, key)));
}

/** Documents are sent as the JSON they are. */
export function writeDocument(value: unknown): unknown {
  return value;
}

/** The name of the one member set in a union value; none, or more than one, is an error. */
export function writeUnionMember(value: unknown, path: ValuePath): string {
  writeObject(value, path);
  let found: string | undefined;
  for (const key of Object.keys(value as object)) {
    if ((value as Record<string, unknown>)[key] === undefined) continue;
    if (found !== undefined) throw new ShapeMismatchError(pathText(path), "a union with one member set", `members ${found} and ${key}`);
    found = key;
  }
  if (found === undefined) throw new ShapeMismatchError(pathText(path), "a union with one member set", "no member");
  return found;
}

/** A member whose name is also a property of every object (`constructor`, `toString`, ...). */
export function writeOwnMember(value: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

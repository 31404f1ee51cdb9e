import { mismatch, type ValuePath } from "@smithy-gen/serde-core";
import { dateToUtcString, toBase64 } from "@smithy/core/serde";

/** float and double values; `NaN`, `Infinity` and `-Infinity` are sent as strings. */
export function writeFloat(value: unknown, path: ValuePath, key: string | number): number | string {
  if (typeof value !== "number") throw mismatch(path, key, "number", value);
  return Number.isFinite(value) ? value : String(value);
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

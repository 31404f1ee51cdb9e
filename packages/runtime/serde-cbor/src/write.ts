import { mismatch, type ValuePath } from "@smithy-gen/serde-core";
import { dateToTag } from "@smithy/core/cbor";
import { fromUtf8 } from "@smithy/core/serde";

/** A timestamp as {@link writeEpochSeconds} returns it: tag 1 of epoch seconds, which `encodeCbor` writes as such. */
export type CborEpochSecondsTag = ReturnType<typeof dateToTag>;

/**
 * float and double values, `NaN`, `Infinity` and `-Infinity` included: CBOR has them natively (no
 * strings as in JSON). The encoder writes an integral value as an integer, any other as a double.
 */
export function writeFloat(value: unknown, path: ValuePath, key: string | number): number {
  if (typeof value === "number") return value;
  throw mismatch(path, key, "number", value);
}

/** Blobs are byte strings, sent as they are; a string is sent as its UTF-8 bytes. */
export function writeBlob(value: unknown, path: ValuePath, key: string | number): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (typeof value === "string") return fromUtf8(value);
  throw mismatch(path, key, "Uint8Array", value);
}

/** Timestamps: tag 1 of the seconds since the epoch, with the milliseconds as a fraction. */
export function writeEpochSeconds(value: unknown, path: ValuePath, key: string | number): CborEpochSecondsTag {
  const time = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw mismatch(path, key, "Date", value);
  return dateToTag(value as Date);
}

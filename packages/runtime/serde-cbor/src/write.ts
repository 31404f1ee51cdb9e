import { mismatch, pathText, ShapeMismatchError, type ValuePath } from "@smithy-gen/serde-core";
import { dateToTag } from "@smithy/core/cbor";
import { fromUtf8, NumericValue } from "@smithy/core/serde";

/** A timestamp as {@link writeEpochSeconds} returns it: tag 1 of epoch seconds, which `encodeCbor` writes as such. */
export type CborEpochSecondsTag = ReturnType<typeof dateToTag>;

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

/** byte, short, integer, long and intEnum values: written as CBOR integers. */
export function writeInteger(value: unknown, path: ValuePath, key: string | number): number {
  if (Number.isInteger(value)) return value as number;
  throw mismatch(path, key, "integer", value);
}

/**
 * float and double values, `NaN`, `Infinity` and `-Infinity` included: CBOR has them natively (no
 * strings as in JSON). The encoder writes an integral value as an integer, any other as a double.
 */
export function writeFloat(value: unknown, path: ValuePath, key: string | number): number {
  if (typeof value === "number") return value;
  throw mismatch(path, key, "number", value);
}

/** bigInteger values: bigints, which the encoder writes as integers, or as bignums (tags 2 and 3) beyond 64 bits. */
export function writeBigInteger(value: unknown, path: ValuePath, key: string | number): bigint {
  if (typeof value === "bigint") return value;
  if (Number.isSafeInteger(value)) return BigInt(value as number);
  throw mismatch(path, key, "bigint", value);
}

/** bigDecimal values: `NumericValue`s, which the encoder writes as decimal fractions (tag 4). */
export function writeBigDecimal(value: unknown, path: ValuePath, key: string | number): NumericValue {
  if (value instanceof NumericValue) return value;
  if (typeof value === "number" && Number.isFinite(value)) return new NumericValue(String(value), "bigDecimal");
  throw mismatch(path, key, "NumericValue", value);
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

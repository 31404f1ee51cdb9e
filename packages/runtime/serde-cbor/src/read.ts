import {
  describeValue,
  epochSecondsToMillis,
  memberPathText,
  mismatch,
  pathText,
  ShapeMismatchError,
  unionMember,
  type ValuePath,
} from "@smithy-gen/serde-core";
import { tagSymbol } from "@smithy/core/cbor";
import { NumericValue } from "@smithy/core/serde";

/** A CBOR map as {@link decodeCbor} returns it (its keys are text strings). */
export type CborMap = Record<string, unknown>;

/** A tagged item as `@smithy/core/cbor` decodes it (other than bignums and decimal fractions). */
interface CborTag {
  readonly tag: number | bigint;
  readonly value: unknown;
}

function isTag(value: unknown): value is CborTag {
  return typeof value === "object" && value !== null && tagSymbol in value;
}

/** Whether `value` is a decoded CBOR map: an object that is no array, byte string, tag or decimal. */
function isMap(value: unknown): value is CborMap {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value) && !(value instanceof NumericValue) && !isTag(value);
}

/** The value at `path` as a CBOR map (structures, maps and unions). */
export function readObject(value: unknown, path: ValuePath): CborMap {
  if (isMap(value)) return value;
  throw mismatch(path, undefined, "map", value);
}

/**
 * byte, short, integer, long and intEnum values: CBOR integers. The decoder gives a bigint for an
 * integer beyond 2^53 (a long); it is read as the nearest number, as `JSON.parse` reads such a
 * long in the JSON protocols (the model's long is a `number`). A float with an integral value is
 * accepted too, like a JSON number without a fraction.
 */
export function readInteger(value: unknown, path: ValuePath, key: string | number): number {
  if (Number.isInteger(value)) return value as number;
  if (typeof value === "bigint") return Number(value);
  throw mismatch(path, key, "integer", value);
}

/**
 * float and double values: CBOR floats of any width (half, single, double), with NaN, Infinity and
 * -Infinity as they are; and integers, which encoders write for integral values.
 */
export function readFloat(value: unknown, path: ValuePath, key: string | number): number {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  throw mismatch(path, key, "number", value);
}

/** bigInteger values: integers of any size (bignums, tags 2 and 3, included), exact. */
export function readBigInteger(value: unknown, path: ValuePath, key: string | number): bigint {
  if (typeof value === "bigint") return value;
  if (Number.isInteger(value)) return BigInt(value as number);
  throw mismatch(path, key, "integer", value);
}

/** bigDecimal values: decimal fractions (tag 4), kept as their decimal digits; integers and finite floats too. */
export function readBigDecimal(value: unknown, path: ValuePath, key: string | number): NumericValue {
  if (value instanceof NumericValue) return value;
  if (typeof value === "number" && Number.isFinite(value)) return new NumericValue(String(value), "bigDecimal");
  if (typeof value === "bigint") return new NumericValue(value.toString(), "bigDecimal");
  throw mismatch(path, key, "decimal number", value);
}

/**
 * Blobs are byte strings, read as they are (no base64): a plain `Uint8Array` over the same bytes,
 * also when the body came as a Node.js `Buffer` (whose views the decoder returns), so that a blob
 * is the type the model says and compares equal to one made by the user.
 */
export function readBlob(value: unknown, path: ValuePath, key: string | number): Uint8Array {
  if (value instanceof Uint8Array) return value.constructor === Uint8Array ? value : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw mismatch(path, key, "byte string", value);
}

const EPOCH_SECONDS = "epoch-seconds timestamp (tag 1)";
/** The largest time a `Date` holds, in milliseconds either side of the epoch. */
const MAX_TIME = 8.64e15;

/**
 * Timestamps: tag 1 of seconds since the epoch, an integer or a float (fractions are rounded to
 * milliseconds). An untagged number is accepted too, as the official SDK does. rpcv2Cbor ignores
 * `@timestampFormat`, so this is the only timestamp reader.
 */
export function readEpochSeconds(value: unknown, path: ValuePath, key: string | number): Date {
  const seconds = isTag(value) && value.tag === 1 ? value.value : value;
  const number = typeof seconds === "number" ? seconds : typeof seconds === "bigint" ? Number(seconds) : Number.NaN;
  const time = epochSecondsToMillis(number);
  if (time >= -MAX_TIME && time <= MAX_TIME) return new Date(time);
  // describeValue would call a tag an object: say which tag, of what.
  if (isTag(value)) throw new ShapeMismatchError(memberPathText(pathText(path), key), EPOCH_SECONDS, `tag ${value.tag} of ${describeValue(value.value)}`);
  throw mismatch(path, key, EPOCH_SECONDS, value);
}

/**
 * The one member set in the map of a union: `null` members and `__type` are ignored, and no
 * member, or more than one, is an error.
 */
export function readUnionMember(value: unknown, path: ValuePath): [string, unknown] {
  return unionMember(readObject(value, path), path);
}

/**
 * The value of a union member this model does not know, kept as it was decoded (it becomes
 * `$unknown: [name, value]`): the protocol has no document type, so nothing about it is checked.
 */
export function readDocument(value: unknown): unknown {
  return value;
}

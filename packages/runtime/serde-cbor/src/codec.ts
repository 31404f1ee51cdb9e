import { describeValue, ShapeMismatchError } from "@smithy-gen/serde-core";
import { cbor, tagSymbol } from "@smithy/core/cbor";
import { NumericValue } from "@smithy/core/serde";
import { CborDecodeError } from "./error.js";
import { checkCbor, PROTO_KEY_STAND_IN, type CborCheck } from "./guard.js";

const STAND_IN_BYTES = new TextEncoder().encode(PROTO_KEY_STAND_IN);

/**
 * The value of a CBOR body, as `@smithy/core/cbor` decodes it: maps are objects, arrays arrays,
 * byte strings `Uint8Array`s (views into `bytes`), integers numbers (bigints beyond 2^53), floats
 * of any width numbers (NaN and the infinities included), `null` and `undefined` both `null`,
 * bignums (tags 2 and 3) bigints, decimal fractions (tag 4) `NumericValue`s, and any other tag a
 * `{ tag, value }` object (timestamps are tag 1 of epoch seconds). Indefinite-length strings,
 * arrays and maps are read like definite ones.
 *
 * The body is checked first (see {@link checkCbor}'s guards), so that anything malformed,
 * truncated, too deep or too costly for the decoder is a {@link CborDecodeError} rather than a
 * crash, a hang or a silently wrong value; whatever the decoder itself throws becomes one too. A
 * map key `__proto__` is an entry, as `JSON.parse` makes it.
 */
export function decodeCbor(bytes: Uint8Array): unknown {
  if (!(bytes instanceof Uint8Array)) throw new CborDecodeError("a CBOR body (Uint8Array)", describeValue(bytes));
  let check = checkCbor(bytes);
  let payload = bytes;
  if (check.indefiniteTexts.length > 0 || check.wideTags.length > 0) {
    // The decoder reads a map key's head, and a text value's in a map of 25 or more entries, as a
    // definite length, and only the one-byte heads of tags 2, 3 and 4 as bignums and decimal
    // fractions: every indefinite-length text string is joined into a definite-length one and
    // those tags get their one-byte heads, in a new body (the caller's bytes stay as they were),
    // whose check finds the `__proto__` keys that were in chunks. (It cannot fail otherwise: the
    // rewrite changes no other item.)
    payload = rewriteForDecoder(bytes, check);
    check = checkCbor(payload);
  }
  const { protoKeys, hasStandInKey } = check;
  if (protoKeys.length > 0) {
    if (hasStandInKey) {
      throw new CborDecodeError("map keys the decoder can tell apart", `both the key "__proto__" and the key ${JSON.stringify(PROTO_KEY_STAND_IN)} that decodes it`, protoKeys[0]);
    }
    // Decoded as the stand-in key (same length), then renamed: the decoder's object literals would
    // take `__proto__` as their prototype. A copy, so that the caller's bytes stay as they were.
    if (payload === bytes) payload = new Uint8Array(bytes);
    for (const at of protoKeys) payload.set(STAND_IN_BYTES, at);
  }
  let value: unknown;
  try {
    value = cbor.deserialize(payload);
  } catch (error) {
    // Not expected after the check; kept so that no decoder error escapes untyped.
    throw new CborDecodeError("a CBOR body that @smithy/core/cbor decodes", error instanceof Error ? error.message : String(error), undefined, { cause: error });
  }
  if (protoKeys.length > 0) restoreProtoKeys(value);
  return value;
}

/**
 * `bytes` rewritten as the decoder can read them (see {@link checkCbor}'s `indefiniteTexts` and
 * `wideTags`): each indefinite-length text string (checked: `0x7f`, definite-length text chunks,
 * `0xff`) as one definite-length text string of the joined chunks, with the shortest head; each
 * longer head of a tag 2, 3 or 4 as its one-byte head. Hardly ever longer than `bytes` (the break
 * and the chunks' heads take at least as many bytes as the joined length's head, unless the chunks
 * add up to 4 GiB): 8 bytes of room.
 */
function rewriteForDecoder(bytes: Uint8Array, check: CborCheck): Uint8Array {
  const out = new Uint8Array(bytes.length + 8);
  let written = 0;
  let copied = 0;
  const copy = (from: number, to: number): void => {
    out.set(bytes.subarray(from, to), written);
    written += to - from;
  };
  const edits = [...check.indefiniteTexts.map((text) => ({ ...text, tag: undefined })), ...check.wideTags].sort((a, b) => a.start - b.start);
  for (const { start, end, tag } of edits) {
    copy(copied, start);
    if (tag !== undefined) {
      out[written++] = 0xc0 | tag;
      copied = end;
      continue;
    }
    const chunks: [number, number][] = [];
    let length = 0;
    for (let at = start + 1; at < end - 1; ) {
      const info = bytes[at]! & 0x1f;
      const size = info < 24 ? 0 : 1 << (info - 24);
      let chunkLength = info < 24 ? info : 0;
      for (let i = 1; i <= size; i++) chunkLength = chunkLength * 256 + bytes[at + i]!;
      at += 1 + size;
      chunks.push([at, at + chunkLength]);
      length += chunkLength;
      at += chunkLength;
    }
    written = writeTextHead(out, written, length);
    for (const [from, to] of chunks) copy(from, to);
    copied = end;
  }
  copy(copied, bytes.length);
  return out.subarray(0, written);
}

/** Writes the shortest head of a text string of `length` bytes at `at`; where the head ends. */
function writeTextHead(out: Uint8Array, at: number, length: number): number {
  if (length < 24) {
    out[at] = 0x60 | length;
    return at + 1;
  }
  const size = length < 0x100 ? 1 : length < 0x10000 ? 2 : length < 0x100000000 ? 4 : 8;
  out[at] = 0x60 | { 1: 24, 2: 25, 4: 26, 8: 27 }[size]!;
  for (let i = size; i >= 1; i--) out[at + i] = Number(BigInt(length) >> BigInt(8 * (size - i)) & 0xffn);
  return at + 1 + size;
}

/** Renames every {@link PROTO_KEY_STAND_IN} key of the decoded maps in `value` to an own `__proto__` entry, keeping the order of the keys. */
function restoreProtoKeys(value: unknown): void {
  if (typeof value !== "object" || value === null || ArrayBuffer.isView(value) || value instanceof NumericValue) return;
  if (Array.isArray(value)) {
    for (const item of value) restoreProtoKeys(item);
    return;
  }
  const object = value as Record<string, unknown>;
  if (tagSymbol in object) {
    restoreProtoKeys(object.value);
    return;
  }
  const keys = Object.keys(object);
  for (const key of keys) restoreProtoKeys(object[key]);
  if (!Object.hasOwn(object, PROTO_KEY_STAND_IN)) return;
  const values = keys.map((key) => object[key]);
  for (const key of keys) delete object[key];
  keys.forEach((key, i) => {
    Object.defineProperty(object, key === PROTO_KEY_STAND_IN ? "__proto__" : key, { value: values[i], enumerable: true, writable: true, configurable: true });
  });
}

/**
 * The CBOR bytes of `value`, as `@smithy/core/cbor` encodes it: see the `write*` helpers for the
 * values of each model type (a `Date` must be a tag 1 of epoch seconds: the encoder would write it
 * as an empty map). Integral numbers are written as integers (so `-0` as `0`), others as 64-bit
 * floats. A value the encoder refuses (`undefined`, a function, ...) is a `ShapeMismatchError`
 * at `$`.
 */
export function encodeCbor(value: unknown): Uint8Array {
  try {
    return cbor.serialize(value);
  } catch (error) {
    throw new ShapeMismatchError("$", "a value CBOR can encode", error instanceof Error ? error.message : String(error));
  }
}

import { CborDecodeError } from "./error.js";

/*
 * A check of a body's structure before `@smithy/core/cbor` decodes it. It walks the heads of the
 * data items (no values are built; strings are only checked for UTF-8) and refuses exactly what
 * the decoder mishandles, as measured against @smithy/core 3.41 (see the README):
 *
 * - a length or count larger than the rest of the body: an array declaring 2^32 or more items
 *   throws a RangeError (`Array(n)`), one declaring 2^31 items in a 1 MB body takes 0.8 s and 100 MB
 *   (a dictionary-mode array), a 2^60 length logs a console warning;
 * - nesting deeper than {@link MAX_NESTING_DEPTH}: the decoder is recursive and overflows the stack
 *   (RangeError) at about 3,100 nested arrays or 1,900 nested tags on Node's default stack;
 * - invalid UTF-8 in a text string: the decoder replaces it with U+FFFD silently;
 * - a map key that is not a text string: the decoder reads any head as a text length, so a byte
 *   string or an array key comes out as a made-up text key;
 * - an indefinite-length text string (RFC 8949 3.2.3) as a map key, or as a value in a map of 25 or
 *   more entries: the decoder reads those heads as definite lengths and throws ("unexpected minor
 *   value 31"). Not refused: {@link CborCheck.indefiniteTexts} lists every indefinite-length text
 *   string, and `decodeCbor` joins their chunks into definite-length strings before decoding;
 * - a bignum or decimal fraction tag (2, 3, 4) under a head longer than one byte: the decoder gives
 *   a `{ tag, value }` object. Not refused: checked like the one-byte heads, listed
 *   ({@link CborCheck.wideTags}) and given the one-byte head by `decodeCbor` before decoding;
 * - bytes after the data item: the decoder ignores them;
 * - a bignum (tag 2 or 3) that is not a definite byte string within the body: TypeError, or a
 *   text string read as bytes; or one longer than {@link MAX_BIGNUM_BYTES}: its digits are
 *   accumulated in quadratic time (100 KB takes 1.1 s);
 * - a decimal fraction (tag 4) that is not `[integer exponent, integer or bignum mantissa]`:
 *   TypeError, RangeError or SyntaxError; or whose exponent exceeds {@link MAX_DECIMAL_EXPONENT}
 *   in magnitude: the decoder writes out one digit per unit of exponent (2^28 takes 1.8 s and
 *   537 MB, -2^28 7 s and 812 MB, from an 8-byte body).
 *
 * The decoder itself already throws plain `Error`s for the rest (a truncated head or float, a
 * reserved additional information 28-30, a break or an indefinite length where none may be, an
 * unassigned simple value); the check reports those too, so that every refusal says where.
 */

/**
 * The deepest nesting of arrays, maps and tags accepted. The decoder recurses once per level (twice
 * per tag); on Node.js's default stack it overflows at about 3,100 arrays and 1,900 tags, and the
 * readers of a generated package recurse again over the decoded value, so the limit keeps a wide
 * margin. A Smithy model nests far less, except through recursive shapes.
 */
export const MAX_NESTING_DEPTH = 1000;

/** The longest bignum (tag 2 or 3) accepted, in bytes: 512 bytes is a 4096-bit integer. */
export const MAX_BIGNUM_BYTES = 512;

/**
 * The largest magnitude of a decimal fraction's (tag 4) base-10 exponent accepted. The decoder
 * writes out one digit per unit of exponent; 400 covers every double written as a decimal (the
 * smallest, 4.9e-324, is `[-325, 49]`) and keeps the worst body at about 4 times the decoder's cost
 * for decimals of exponent -1 (measured: 0.13 s per MB at -1, 0.3 s at -100, 1.5 s at -1000).
 */
export const MAX_DECIMAL_EXPONENT = 400;

/** What the next data item must be, given its container. */
const enum Want {
  Any,
  /** A map key: a definite-length text string. */
  Key,
  /** A chunk of an indefinite-length text string: a definite-length text string. */
  TextChunk,
  /** A chunk of an indefinite-length byte string: a definite-length byte string. */
  BytesChunk,
  /** The content of tag 2 or 3: a definite-length byte string. */
  BignumBytes,
  /** The content of tag 4: an array of two items. */
  DecimalFraction,
  /** The first item of a decimal fraction: an integer. */
  DecimalExponent,
  /** The second item of a decimal fraction: an integer or a bignum. */
  DecimalMantissa,
}

const enum Kind {
  Array,
  Map,
  Tag,
  Bignum,
  Decimal,
  Decimal2,
  TextString,
  ByteString,
}

/** An open array, map, tag or indefinite-length string. */
interface Frame {
  readonly kind: Kind;
  /** Where the item's head is. */
  readonly start: number;
  /** Items still to come; -1 until a break when the length is indefinite. */
  left: number;
  /** Items seen so far. */
  index: number;
}

/** What {@link checkCbor} found that the caller must repair after decoding. */
export interface CborCheck {
  /**
   * Where the 9 bytes of each map key `__proto__` start. The decoder assigns keys to an object
   * literal, so `__proto__` sets the map's prototype (an object or null value) or is dropped (any
   * other value) instead of becoming an entry.
   */
  readonly protoKeys: readonly number[];
  /** Whether a map key is {@link PROTO_KEY_STAND_IN}, which cannot stand in for `__proto__` then. */
  readonly hasStandInKey: boolean;
  /**
   * Where each indefinite-length text string is, from its `0x7f` to after its break, in body order.
   * The decoder cannot read one as a map key or as a value of a map of 25 or more entries, so
   * `decodeCbor` joins them all. (A `__proto__` key in chunks is found once they are joined.)
   */
  readonly indefiniteTexts: readonly { readonly start: number; readonly end: number }[];
  /**
   * Where each head of a tag 2, 3 or 4 longer than one byte (`0xd8 0x02` for `0xc2`: RFC 8949
   * allows any head) is, in body order. The decoder reads only the one-byte heads as bignums and
   * decimal fractions (a longer one gives a `{ tag, value }` object), so `decodeCbor` rewrites them.
   */
  readonly wideTags: readonly { readonly start: number; readonly end: number; readonly tag: 2 | 3 | 4 }[];
}

/**
 * The key `decodeCbor` decodes in place of `__proto__` (9 bytes, like it) before it makes each
 * one an entry again.
 */
export const PROTO_KEY_STAND_IN = "\u0000__proto\u0000";

const MAJOR_NAMES = ["unsigned integer", "negative integer", "byte string", "text string", "array", "map", "tag", "simple value or float"];
/** The name of a major type with its article: `an unsigned integer`, `a map`. */
const A_MAJOR = MAJOR_NAMES.map((name) => (/^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`));
const PROTO = [0x5f, 0x5f, 0x70, 0x72, 0x6f, 0x74, 0x6f, 0x5f, 0x5f]; // "__proto__"
const STAND_IN = [0x00, 0x5f, 0x5f, 0x70, 0x72, 0x6f, 0x74, 0x6f, 0x00]; // PROTO_KEY_STAND_IN

function bytesAre(bytes: Uint8Array, at: number, expected: readonly number[]): boolean {
  for (let i = 0; i < expected.length; i++) if (bytes[at + i] !== expected[i]) return false;
  return true;
}

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Whether `bytes[from, to)` is valid UTF-8 (ASCII is checked without the decoder). */
function isUtf8(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (bytes[i]! >= 0x80) {
      try {
        fatalUtf8.decode(bytes.subarray(i, to));
        return true;
      } catch {
        return false;
      }
    }
  }
  return true;
}

function wanted(want: Want): string {
  switch (want) {
    case Want.Key:
      return "a map key (a text string)";
    case Want.TextChunk:
      return "a chunk of an indefinite-length text string (a definite-length text string)";
    case Want.BytesChunk:
      return "a chunk of an indefinite-length byte string (a definite-length byte string)";
    case Want.BignumBytes:
      return `a bignum's definite-length byte string of at most ${MAX_BIGNUM_BYTES} bytes`;
    case Want.DecimalFraction:
      return "a decimal fraction's array of two items";
    case Want.DecimalExponent:
      return `a decimal fraction's exponent (an integer from -${MAX_DECIMAL_EXPONENT} to ${MAX_DECIMAL_EXPONENT})`;
    case Want.DecimalMantissa:
      return "a decimal fraction's mantissa (an integer or a bignum)";
    default:
      return "a well-formed CBOR data item";
  }
}

function fail(want: Want, offset: number, received: string): never {
  throw new CborDecodeError(wanted(want), received, offset);
}

function childWant(frame: Frame): Want {
  switch (frame.kind) {
    case Kind.Map:
      return frame.index % 2 === 0 ? Want.Key : Want.Any;
    case Kind.TextString:
      return Want.TextChunk;
    case Kind.ByteString:
      return Want.BytesChunk;
    case Kind.Bignum:
      return Want.BignumBytes;
    case Kind.Decimal:
      return Want.DecimalFraction;
    case Kind.Decimal2:
      return frame.index === 0 ? Want.DecimalExponent : Want.DecimalMantissa;
    default:
      return Want.Any;
  }
}

/**
 * Checks that `bytes` is one well-formed CBOR data item that `@smithy/core/cbor`'s decoder handles
 * correctly and in bounded time and memory, throwing a {@link CborDecodeError} naming the first
 * byte at fault otherwise. Iterative (no recursion), one pass, no allocation beyond one small
 * frame per open container.
 */
export function checkCbor(bytes: Uint8Array): CborCheck {
  const end = bytes.length;
  const stack: Frame[] = [];
  const protoKeys: number[] = [];
  const indefiniteTexts: { start: number; end: number }[] = [];
  const wideTags: { start: number; end: number; tag: 2 | 3 | 4 }[] = [];
  let hasStandInKey = false;
  let want = Want.Any;
  let at = 0;
  function open(offset: number, kind: Kind, left: number): void {
    if (stack.length >= MAX_NESTING_DEPTH) fail(want, offset, `nesting deeper than ${MAX_NESTING_DEPTH} arrays, maps and tags`);
    stack.push({ kind, start: offset, left, index: 0 });
  }

  for (;;) {
    if (at >= end) {
      fail(want, at, stack.length === 0 ? "an empty body" : "the end of the body (truncated)");
    }
    const start = at;
    const initial = bytes[at]!;
    const major = initial >> 5;
    const info = initial & 0x1f;
    let complete = true;

    if (initial === 0xff) {
      const top = stack[stack.length - 1];
      if (top === undefined || top.left !== -1) fail(want, at, "a break code (0xff) outside an indefinite-length item");
      if (top.kind === Kind.Map && top.index % 2 === 1) fail(want, at, "a break code (0xff) after a map key, without its value");
      at += 1;
      stack.pop();
      if (top.kind === Kind.TextString) indefiniteTexts.push({ start: top.start, end: at });
    } else {
      // The head: the argument, or -1 for an indefinite length.
      let argument: number;
      if (info < 24) {
        argument = info;
        at += 1;
      } else if (info <= 27) {
        const size = 1 << (info - 24);
        if (end - at - 1 < size) fail(want, at, `${A_MAJOR[major]} head needing ${size} more bytes with ${end - at - 1} left`);
        if (major === 7 && info >= 25) {
          argument = 0; // a float: its bytes are its value
        } else if (size === 8) {
          // Precise to 2^53; beyond that only compared with sizes and limits it exceeds anyway.
          argument = (bytes[at + 1]! * 2 ** 24 + ((bytes[at + 2]! << 16) | (bytes[at + 3]! << 8) | bytes[at + 4]!)) * 2 ** 32 + (((bytes[at + 5]! << 24) >>> 0) + ((bytes[at + 6]! << 16) | (bytes[at + 7]! << 8) | bytes[at + 8]!));
        } else {
          argument = 0;
          for (let i = 1; i <= size; i++) argument = argument * 256 + bytes[at + i]!;
        }
        at += 1 + size;
      } else if (info === 31 && major >= 2 && major <= 5) {
        argument = -1;
        at += 1;
      } else {
        fail(want, at, info === 31 ? `an indefinite length on ${A_MAJOR[major]}` : `reserved additional information ${info} on ${A_MAJOR[major]}`);
      }
      const left = end - at;

      // What the container asks of this item.
      switch (want) {
        case Want.Key:
          // A key of chunks is joined before decoding (indefiniteTexts).
          if (major !== 3) fail(want, start, argument === -1 ? `an indefinite-length ${MAJOR_NAMES[major]}` : A_MAJOR[major]!);
          break;
        case Want.TextChunk:
          if (major !== 3 || argument === -1) fail(want, start, argument === -1 ? `an indefinite-length ${MAJOR_NAMES[major]}` : A_MAJOR[major]!);
          break;
        case Want.BytesChunk:
        case Want.BignumBytes:
          if (major !== 2 || argument === -1) fail(want, start, argument === -1 ? `an indefinite-length ${MAJOR_NAMES[major]}` : A_MAJOR[major]!);
          if (want === Want.BignumBytes && argument > MAX_BIGNUM_BYTES) fail(want, start, `a byte string of ${argument} bytes`);
          break;
        case Want.DecimalFraction:
          if (major !== 4 || argument !== 2) fail(want, start, major === 4 ? `an array of ${argument === -1 ? "indefinite length" : `${argument} items`}` : A_MAJOR[major]!);
          break;
        case Want.DecimalExponent:
          if (major > 1) fail(want, start, `${A_MAJOR[major]}`);
          if ((major === 0 ? argument : argument + 1) > MAX_DECIMAL_EXPONENT) fail(want, start, `the exponent ${major === 0 ? argument : `-${argument + 1}`}`);
          break;
        case Want.DecimalMantissa:
          // A bignum under a longer head than 0xc2 / 0xc3 is given that head before decoding (wideTags).
          if (major > 1 && !(major === 6 && (argument === 2 || argument === 3))) fail(want, start, `${A_MAJOR[major]}${major === 6 ? ` (tag ${argument})` : ""}`);
          break;
      }

      switch (major) {
        case 0:
        case 1:
          break;
        case 2:
        case 3:
          if (argument === -1) {
            // (A nested one was refused above: chunks must have definite lengths.) Not nesting for
            // the decoder (a loop), but counted like any open item.
            open(start, major === 3 ? Kind.TextString : Kind.ByteString, -1);
            complete = false;
          } else {
            if (argument > left) fail(want, start, `${A_MAJOR[major]} declaring ${argument} bytes with ${left} left`);
            if (major === 3) {
              if (!isUtf8(bytes, at, at + argument)) fail(want, start, "a text string that is not valid UTF-8");
              if (want === Want.Key && argument === 9) {
                if (bytesAre(bytes, at, PROTO)) protoKeys.push(at);
                else if (bytesAre(bytes, at, STAND_IN)) hasStandInKey = true;
              }
            }
            at += argument;
          }
          break;
        case 4:
        case 5:
          // Every item takes at least one byte, every map entry two.
          if (argument > (major === 4 ? left : left / 2)) fail(want, start, `${A_MAJOR[major]} declaring ${argument} ${major === 4 ? "items" : "entries"} with ${left} bytes left`);
          if (argument !== 0) {
            open(start, major === 5 ? Kind.Map : want === Want.DecimalFraction ? Kind.Decimal2 : Kind.Array, argument === -1 ? -1 : major === 5 ? argument * 2 : argument);
            complete = false;
          }
          break;
        case 6:
          // The decoder treats the one-byte heads of tags 2, 3 and 4 (only those) specially: a longer
          // head of one of them is checked alike, and given the one-byte head before decoding.
          open(start, argument === 2 || argument === 3 ? Kind.Bignum : argument === 4 ? Kind.Decimal : Kind.Tag, 1);
          if ((argument === 2 || argument === 3 || argument === 4) && at - start > 1) wideTags.push({ start, end: at, tag: argument });
          complete = false;
          break;
        default:
          // Simple values: false, true, null and undefined (20-23) and the floats (25-27).
          if (info < 20 || info === 24) fail(want, start, info === 24 ? `the simple value ${argument}` : `the unassigned simple value ${info}`);
      }
    }

    // One item is complete: close every container it completes, then ask for the next item.
    if (complete) {
      for (;;) {
        const top = stack[stack.length - 1];
        if (top === undefined) {
          if (at !== end) {
            want = Want.Any;
            fail(want, at, `${end - at} more byte${end - at === 1 ? "" : "s"} after the data item`);
          }
          return { protoKeys, hasStandInKey, indefiniteTexts, wideTags };
        }
        top.index++;
        if (top.left === -1 || --top.left > 0) break;
        stack.pop();
      }
    }
    want = childWant(stack[stack.length - 1]!);
  }
}

import { NumericValue } from "@smithy/core/serde";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeCbor,
  encodeCbor,
  readArray,
  readBigDecimal,
  readBigInteger,
  readBlob,
  readBoolean,
  readEpochSeconds,
  readFloat,
  readInteger,
  readObject,
  readString,
  readUnionMember,
  writeArray,
  writeBigDecimal,
  writeBigInteger,
  writeBlob,
  writeBoolean,
  writeEpochSeconds,
  writeFloat,
  writeInteger,
  writeObject,
  writeString,
  writeUnionMember,
} from "../src/index.js";
import { cborValue, decimalText } from "./arbitraries.js";

/** `value` written by `write`, encoded to CBOR bytes, decoded, and read by `read`: a member `v` of a map, as a serde package reads it. */
function throughCbor<T, W>(value: T, write: (value: unknown, path: string, key: string) => W, read: (value: unknown, path: string, key: string) => T): T {
  const bytes = encodeCbor({ v: write(value, "$", "v") });
  const map = readObject(decodeCbor(bytes), "$");
  return read(map.v, "$", "v");
}

describe("every helper round-trips through real CBOR bytes", () => {
  it("strings (any Unicode) and booleans", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (text) => void expect(throughCbor(text, writeString, readString)).toBe(text)));
    fc.assert(fc.property(fc.boolean(), (flag) => void expect(throughCbor(flag, writeBoolean, readBoolean)).toBe(flag)));
  });

  it("integers of every width up to long's safe range", () => {
    const ints = fc.oneof(fc.integer({ min: -128, max: 127 }), fc.integer(), fc.maxSafeInteger(), fc.constantFrom(0, 23, 24, 255, 256, 65535, 65536, 2 ** 32 - 1, 2 ** 32, -(2 ** 32) - 1));
    fc.assert(fc.property(ints, (n) => void expect(throughCbor(n, writeInteger, readInteger)).toBe(n)));
  });

  it("floats and doubles, NaN and the infinities included (-0 comes back as 0: the encoder writes it as an integer)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.float().map(Math.fround), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MIN_VALUE, Number.MAX_VALUE)), (x) => {
        const back = throughCbor(x, writeFloat, readFloat);
        if (Object.is(x, -0)) expect(back).toBe(0);
        else expect(back).toBe(x); // toBe is Object.is: NaN equals NaN
      }),
    );
  });

  it("bigIntegers of any size, exact (bignums beyond 64 bits)", () => {
    fc.assert(fc.property(fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }), (n) => void expect(throughCbor(n, writeBigInteger, readBigInteger)).toBe(n)));
  });

  it("bigDecimals, exact", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 30 }), (digits, scale) => {
        const text = decimalText(digits, scale);
        const back = throughCbor(new NumericValue(text, "bigDecimal"), writeBigDecimal, readBigDecimal);
        // Same number: the decoder writes no trailing or leading zeros it does not need.
        expect(canonicalDecimal(back.string)).toBe(canonicalDecimal(text));
      }),
    );
  });

  it("blobs, as byte strings", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (blob) => void expect(Array.from(throughCbor(blob, writeBlob, readBlob))).toEqual(Array.from(blob))));
  });

  it("timestamps far from the epoch, where seconds * 1000 in one step lands on a half millisecond", () => {
    for (const time of [-4424816564069011, 8.64e15 - 1, -8.64e15 + 1]) {
      expect(throughCbor(new Date(time), writeEpochSeconds, readEpochSeconds).getTime()).toBe(time);
    }
  });

  it("timestamps, to the millisecond, over the whole range of Date", () => {
    fc.assert(fc.property(fc.date({ noInvalidDate: true }), (date) => void expect(throughCbor(date, writeEpochSeconds, readEpochSeconds).getTime()).toBe(date.getTime())));
  });

  it("lists (sparse ones keep their nulls), maps and unions", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer(), { nil: null })), fc.dictionary(fc.string(), fc.option(fc.string(), { nil: null })), fc.string().filter((name) => name !== "__type"), fc.integer(), (list, map, member, n) => {
        writeArray(list, "$");
        writeObject(map, "$");
        const union = { [member]: n };
        const decoded = readObject(decodeCbor(encodeCbor({ list, map, union: { [writeUnionMember(union, "$")]: n } })), "$");
        expect(readArray(decoded.list, "$.list")).toEqual(list);
        expect(readObject(decoded.map, "$.map")).toEqual(map);
        expect(readUnionMember(decoded.union, "$.union")).toEqual([member, n]);
      }),
    );
  });

  it("any value of the CBOR data model decodes to what was encoded", () => {
    fc.assert(fc.property(cborValue, (value) => void expect(normalize(decodeCbor(encodeCbor(value)))).toEqual(normalize(value))));
  });
});

/** A decimal's text without the zeros that do not change its value. */
function canonicalDecimal(text: string): string {
  const negative = text.startsWith("-");
  let [whole = "", fraction = ""] = (negative ? text.slice(1) : text).split(".");
  whole = whole.replace(/^0+(?=\d)/, "") || "0";
  fraction = fraction.replace(/0+$/, "");
  const body = fraction ? `${whole}.${fraction}` : whole;
  return negative && body !== "0" ? `-${body}` : body;
}

/** Values compared by what they mean: bytes as arrays, -0 as 0 (the encoder writes it as 0), decimals by their canonical text, safe bigints as numbers (the decoder's choice). */
function normalize(value: unknown): unknown {
  if (value instanceof Uint8Array) return Array.from(value);
  if (value instanceof NumericValue) return `decimal ${canonicalDecimal(value.string)}`;
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) && BigInt(Number(value)) === value ? Number(value) : value;
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) Object.defineProperty(out, key, { value: normalize((value as Record<string, unknown>)[key]), enumerable: true });
    if ("tag" in value && "value" in value) return { tag: normalize((value as { tag: unknown }).tag), value: normalize((value as { value: unknown }).value) };
    return out;
  }
  return value;
}

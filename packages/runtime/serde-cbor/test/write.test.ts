import { tagSymbol } from "@smithy/core/cbor";
import { NumericValue } from "@smithy/core/serde";
import { describe, expect, it } from "vitest";
import {
  encodeCbor,
  writeArray,
  writeBigDecimal,
  writeBigInteger,
  writeBlob,
  writeBoolean,
  writeEpochSeconds,
  writeFloat,
  writeInteger,
  writeObject,
  writeOwnMember,
  writeString,
  writeUnionMember,
} from "../src/index.js";
import { expectMismatch, itemsPath } from "./helpers.js";

/** The hex text of bytes (`"f9 3c 00"`). */
function hexOf(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join(" ");
}

describe("write helpers give the values of the CBOR data model", () => {
  it("writeEpochSeconds: tag 1 of seconds, milliseconds as a fraction; integral seconds as an integer", () => {
    const tagged = writeEpochSeconds(new Date(1_363_896_240_500), "$", "t");
    expect(tagged[tagSymbol]).toBe(true);
    expect([tagged.tag, tagged.value]).toEqual([1, 1_363_896_240.5]);
    expect(hexOf(encodeCbor(tagged))).toBe("c1 fb 41 d4 52 d9 ec 20 00 00");
    expect(hexOf(encodeCbor(writeEpochSeconds(new Date(1_363_896_240_000), "$", "t")))).toBe("c1 1a 51 4b 67 b0");
    expectMismatch(() => writeEpochSeconds(new Date(Number.NaN), itemsPath, "at"), { path: "$.items[2].at", expected: "Date", received: "invalid Date" });
    expectMismatch(() => writeEpochSeconds(1_700_000_000, "$", "at"), { path: "$.at", expected: "Date", received: "number 1700000000" });
  });

  it("writeBlob: bytes as they are, text as its UTF-8 bytes, written as byte strings", () => {
    const blob = Uint8Array.from([1, 2, 3]);
    expect(writeBlob(blob, "$", "b")).toBe(blob);
    expect(hexOf(encodeCbor(writeBlob(blob, "$", "b")))).toBe("43 01 02 03");
    expect(hexOf(encodeCbor(writeBlob("é", "$", "b")))).toBe("42 c3 a9");
    expectMismatch(() => writeBlob([1], "$", "b"), { path: "$.b", expected: "Uint8Array", received: "array (length 1)" });
  });

  it("writeFloat: NaN and the infinities as numbers, which the encoder writes as floats", () => {
    expect(writeFloat(Number.NaN, "$", "f")).toBeNaN();
    expect(hexOf(encodeCbor(writeFloat(Number.POSITIVE_INFINITY, "$", "f")))).toBe("fb 7f f0 00 00 00 00 00 00");
    expect(hexOf(encodeCbor(writeFloat(Number.NEGATIVE_INFINITY, "$", "f")))).toBe("fb ff f0 00 00 00 00 00 00");
    expect(hexOf(encodeCbor(writeFloat(1.5, "$", "f")))).toBe("fb 3f f8 00 00 00 00 00 00");
    expect(hexOf(encodeCbor(writeFloat(2, "$", "f")))).toBe("02");
    expectMismatch(() => writeFloat("1.5", "$", "f"), { path: "$.f", expected: "number", received: 'string "1.5"' });
  });

  it("writeInteger, writeBigInteger and writeBigDecimal", () => {
    expect(hexOf(encodeCbor(writeInteger(-257, "$", "i")))).toBe("39 01 00");
    expectMismatch(() => writeInteger(1.5, "$", "i"), { path: "$.i", expected: "integer", received: "number 1.5" });
    expect(hexOf(encodeCbor(writeBigInteger(2n ** 64n, "$", "n")))).toBe("c2 49 01 00 00 00 00 00 00 00 00");
    expect(writeBigInteger(5, "$", "n")).toBe(5n);
    expectMismatch(() => writeBigInteger(2 ** 60, "$", "n"), { path: "$.n", expected: "bigint" });
    expect(hexOf(encodeCbor(writeBigDecimal(new NumericValue("273.15", "bigDecimal"), "$", "d")))).toBe("c4 82 21 19 6a b3");
    expect(writeBigDecimal(2.5, "$", "d").string).toBe("2.5");
    expectMismatch(() => writeBigDecimal(Number.NaN, "$", "d"), { path: "$.d", expected: "NumericValue", received: "number NaN" });
  });

  it("writeString, writeBoolean, writeObject and writeArray check their values", () => {
    expect(writeString("a", "$", "s")).toBe("a");
    expect(writeBoolean(false, "$", "b")).toBe(false);
    expectMismatch(() => writeString(1, itemsPath, "s"), { path: "$.items[2].s", expected: "string", received: "number 1" });
    expectMismatch(() => writeBoolean("true", "$", "b"), { path: "$.b", expected: "boolean" });
    expect(() => writeObject({}, "$")).not.toThrow();
    expectMismatch(() => writeObject([], itemsPath), { path: "$.items[2]", expected: "object" });
    expectMismatch(() => writeArray({}, "$"), { path: "$", expected: "array" });
  });

  it("writeUnionMember and writeOwnMember", () => {
    expect(writeUnionMember({ a: undefined, b: 1 }, "$")).toBe("b");
    expectMismatch(() => writeUnionMember({ a: 1, b: 2 }, "$"), { path: "$", expected: "a union with one member set", received: "members a and b" });
    expectMismatch(() => writeUnionMember({}, "$"), { path: "$", received: "no member" });
    expect(writeOwnMember({}, "constructor")).toBeUndefined();
    expect(writeOwnMember({ constructor: 1 }, "constructor")).toBe(1);
  });
});

describe("encodeCbor", () => {
  it("refuses what the encoder cannot write, as a ShapeMismatchError at $", () => {
    expectMismatch(() => encodeCbor({ a: undefined }), { path: "$", expected: "a value CBOR can encode" });
    expectMismatch(() => encodeCbor(() => 1), { path: "$", expected: "a value CBOR can encode" });
  });
});

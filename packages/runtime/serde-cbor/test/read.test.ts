import { dateToTag, tag } from "@smithy/core/cbor";
import { NumericValue } from "@smithy/core/serde";
import { describe, expect, it } from "vitest";
import {
  decodeCbor,
  readArray,
  readBigDecimal,
  readBigInteger,
  readBlob,
  readBoolean,
  readEpochSeconds,
  readErrorMessage,
  readFloat,
  readInteger,
  readObject,
  readOwnMember,
  readString,
  readUnionMember,
  setEntry,
} from "../src/index.js";
import { expectMismatch, itemsPath } from "./helpers.js";

/** Hex text to bytes (`"f9 3c 00"`). */
function hex(text: string): Uint8Array {
  return Uint8Array.from(text.split(/\s+/).filter(Boolean), (pair) => Number.parseInt(pair, 16));
}

describe("readObject and readArray", () => {
  it("take decoded maps and arrays, and name the path of anything else", () => {
    expect(readObject(decodeCbor(hex("a1 61 61 01")), "$")).toEqual({ a: 1 });
    expect(readArray(decodeCbor(hex("83 01 f6 f7")), "$")).toEqual([1, null, null]);
    expectMismatch(() => readObject([1], itemsPath), { path: "$.items[2]", expected: "map", received: "array (length 1)" });
    expectMismatch(() => readObject(new Uint8Array(2), "$"), { path: "$", expected: "map", received: "Uint8Array (length 2)" });
    expectMismatch(() => readObject(decodeCbor(hex("c1 01")), "$"), { path: "$", expected: "map" });
    expectMismatch(() => readObject(new NumericValue("1.5", "bigDecimal"), "$"), { path: "$", expected: "map" });
    expectMismatch(() => readObject(null, "$"), { path: "$", expected: "map", received: "null" });
    expectMismatch(() => readArray({}, itemsPath), { path: "$.items[2]", expected: "array", received: "object" });
  });
});

describe("scalars", () => {
  it("readString and readBoolean", () => {
    expect(readString(decodeCbor(hex("7f 61 61 61 62 ff")), "$", "s")).toBe("ab");
    expect(readBoolean(decodeCbor(hex("f5")), "$", "b")).toBe(true);
    expectMismatch(() => readString(decodeCbor(hex("41 61")), itemsPath, "name"), { path: "$.items[2].name", expected: "string", received: "Uint8Array (length 1)" });
    expectMismatch(() => readBoolean(1, "$", "b"), { path: "$.b", expected: "boolean", received: "number 1" });
  });

  it("readInteger: integers of every width; a long beyond 2^53 as the nearest number, as JSON reads it", () => {
    expect(readInteger(decodeCbor(hex("18 ff")), "$", "i")).toBe(255);
    expect(readInteger(decodeCbor(hex("39 01 00")), "$", "i")).toBe(-257);
    expect(readInteger(decodeCbor(hex("1b 7f ff ff ff ff ff ff ff")), "$", "i")).toBe(9223372036854775807);
    expect(readInteger(decodeCbor(hex("3b 7f ff ff ff ff ff ff ff")), "$", "i")).toBe(-9223372036854775808);
    expect(readInteger(decodeCbor(hex("f9 40 00")), "$", "i")).toBe(2);
    expectMismatch(() => readInteger(decodeCbor(hex("f9 3e 00")), "$", "i"), { path: "$.i", expected: "integer", received: "number 1.5" });
    expectMismatch(() => readInteger(Number.NaN, "$", 0), { path: "$[0]", expected: "integer", received: "number NaN" });
    expectMismatch(() => readInteger("1", "$", "i"), { path: "$.i", expected: "integer", received: 'string "1"' });
  });

  it("readFloat: half, single and double precision, NaN and the infinities natively, and integers", () => {
    expect(readFloat(decodeCbor(hex("f9 3e 00")), "$", "f")).toBe(1.5);
    expect(readFloat(decodeCbor(hex("fa 3f c0 00 00")), "$", "f")).toBe(1.5);
    expect(readFloat(decodeCbor(hex("fb 3f f8 00 00 00 00 00 00")), "$", "f")).toBe(1.5);
    expect(readFloat(decodeCbor(hex("f9 7e 00")), "$", "f")).toBeNaN();
    expect(readFloat(decodeCbor(hex("f9 7c 00")), "$", "f")).toBe(Number.POSITIVE_INFINITY);
    expect(readFloat(decodeCbor(hex("fa ff 80 00 00")), "$", "f")).toBe(Number.NEGATIVE_INFINITY);
    expect(readFloat(decodeCbor(hex("07")), "$", "f")).toBe(7);
    expect(readFloat(decodeCbor(hex("1b ff ff ff ff ff ff ff ff")), "$", "f")).toBe(18446744073709551615);
    expectMismatch(() => readFloat("NaN", "$", "f"), { path: "$.f", expected: "number", received: 'string "NaN"' });
  });

  it("readBigInteger: exact, from integers and bignums", () => {
    expect(readBigInteger(decodeCbor(hex("c2 49 01 00 00 00 00 00 00 00 00")), "$", "n")).toBe(2n ** 64n);
    expect(readBigInteger(decodeCbor(hex("3b ff ff ff ff ff ff ff ff")), "$", "n")).toBe(-(2n ** 64n));
    expect(readBigInteger(decodeCbor(hex("05")), "$", "n")).toBe(5n);
    expectMismatch(() => readBigInteger(1.5, "$", "n"), { path: "$.n", expected: "integer", received: "number 1.5" });
  });

  it("readBigDecimal: decimal fractions, kept exact, and plain numbers", () => {
    expect(readBigDecimal(decodeCbor(hex("c4 82 21 19 6a b3")), "$", "d").string).toBe("273.15");
    expect(readBigDecimal(decodeCbor(hex("c4 82 20 c2 49 01 00 00 00 00 00 00 00 00")), "$", "d").string).toBe("1844674407370955161.6");
    expect(readBigDecimal(2.5, "$", "d").string).toBe("2.5");
    expect(readBigDecimal(2n ** 70n, "$", "d").string).toBe((2n ** 70n).toString());
    expectMismatch(() => readBigDecimal(Number.POSITIVE_INFINITY, "$", "d"), { path: "$.d", expected: "decimal number", received: "number Infinity" });
  });

  it("readBlob: byte strings, definite or indefinite, not base64 text", () => {
    expect(Array.from(readBlob(decodeCbor(hex("43 01 02 03")), "$", "b"))).toEqual([1, 2, 3]);
    expect(Array.from(readBlob(decodeCbor(hex("5f 41 01 42 02 03 ff")), "$", "b"))).toEqual([1, 2, 3]);
    expectMismatch(() => readBlob("AQID", itemsPath, "data"), { path: "$.items[2].data", expected: "byte string", received: 'string "AQID"' });
  });

  it("readBlob: a plain Uint8Array over the same bytes when the body is a Node.js Buffer", () => {
    const body = Buffer.from([0xff, 0x43, 1, 2, 3]);
    const blob = readBlob(decodeCbor(body.subarray(1)), "$", "b");
    expect(blob.constructor).toBe(Uint8Array);
    expect(blob).toEqual(new Uint8Array([1, 2, 3]));
    body[2] = 9;
    expect(blob[0]).toBe(9);
  });
});

describe("readEpochSeconds", () => {
  it("reads tag 1 of integer and float seconds, rounded to milliseconds, and untagged numbers", () => {
    expect(readEpochSeconds(decodeCbor(hex("c1 1a 51 4b 67 b0")), "$", "t").toISOString()).toBe("2013-03-21T20:04:00.000Z");
    expect(readEpochSeconds(decodeCbor(hex("c1 fb 41 d4 52 d9 ec 20 00 00")), "$", "t").toISOString()).toBe("2013-03-21T20:04:00.500Z");
    expect(readEpochSeconds(decodeCbor(hex("c1 f9 3c 00")), "$", "t").getTime()).toBe(1000);
    expect(readEpochSeconds(decodeCbor(hex("c1 3a 00 01 51 7f")), "$", "t").getTime()).toBe(-86_400_000);
    // The double 1.0005 is 1.000499999...: its nearest millisecond is 1000 (and 1.0006's is 1001).
    expect(readEpochSeconds(tag({ tag: 1, value: 1.0005 }), "$", "t").getTime()).toBe(1000);
    expect(readEpochSeconds(tag({ tag: 1, value: 1.0006 }), "$", "t").getTime()).toBe(1001);
    expect(readEpochSeconds(1_700_000_000, "$", "t").getTime()).toBe(1_700_000_000_000);
    expect(readEpochSeconds(dateToTag(new Date(8.64e15)), "$", "t").getTime()).toBe(8.64e15);
  });

  it("names the path of tags other than 1, non-numbers and times a Date cannot hold", () => {
    expectMismatch(() => readEpochSeconds(decodeCbor(hex("c0 61 61")), itemsPath, "at"), { path: "$.items[2].at", expected: "epoch-seconds timestamp (tag 1)", received: 'tag 0 of string "a"' });
    expectMismatch(() => readEpochSeconds(tag({ tag: 1, value: "1" }), "$", "at"), { path: "$.at", received: 'tag 1 of string "1"' });
    expectMismatch(() => readEpochSeconds(tag({ tag: 1, value: [1] }), "$", "at"), { path: "$.at", received: "tag 1 of array (length 1)" });
    expectMismatch(() => readEpochSeconds(decodeCbor(hex("c1 f9 7e 00")), "$", "at"), { path: "$.at", received: "tag 1 of number NaN" });
    expectMismatch(() => readEpochSeconds(decodeCbor(hex("c1 fb 7f f0 00 00 00 00 00 00")), "$", "at"), { path: "$.at", received: "tag 1 of number Infinity" });
    expectMismatch(() => readEpochSeconds(decodeCbor(hex("c1 1b ff ff ff ff ff ff ff ff")), "$", "at"), { path: "$.at", received: "tag 1 of bigint 18446744073709551615" });
    expectMismatch(() => readEpochSeconds(tag({ tag: 1, value: 8.64e12 + 1 }), "$", "at"), { path: "$.at" });
    expectMismatch(() => readEpochSeconds("2020-01-01T00:00:00Z", "$", "at"), { path: "$.at", received: 'string "2020-01-01T00:00:00Z"' });
  });
});

describe("readUnionMember", () => {
  it("finds the one member set, ignoring null members and __type, like serde-json", () => {
    expect(readUnionMember(decodeCbor(hex("a3 61 61 f6 61 62 02 66 5f 5f 74 79 70 65 61 78")), "$")).toEqual(["b", 2]);
    expect(readUnionMember(decodeCbor(hex("bf 61 61 f7 61 62 02 ff")), "$")).toEqual(["b", 2]);
  });

  it("names the path of a union with no member or more than one, or that is no map", () => {
    expectMismatch(() => readUnionMember(decodeCbor(hex("a2 61 61 01 61 62 02")), itemsPath), { path: "$.items[2]", expected: "a union with one member set", received: "members a and b" });
    expectMismatch(() => readUnionMember(decodeCbor(hex("a1 61 61 f6")), "$"), { path: "$", expected: "a union with one member set", received: "no member" });
    expectMismatch(() => readUnionMember(decodeCbor(hex("a0")), "$"), { path: "$", received: "no member" });
    expectMismatch(() => readUnionMember([], "$"), { path: "$", expected: "map" });
  });
});

describe("maps and error bodies", () => {
  it("readOwnMember reads own members only, and setEntry makes __proto__ an entry", () => {
    const decoded = readObject(decodeCbor(hex("a1 6b 63 6f 6e 73 74 72 75 63 74 6f 72 01")), "$");
    expect(readOwnMember(decoded, "constructor")).toBe(1);
    expect(readOwnMember(readObject(decodeCbor(hex("a0")), "$"), "toString")).toBeUndefined();
    const target: Record<string, number> = {};
    setEntry(target, "__proto__", 1);
    setEntry(target, "a", 2);
    expect(Object.keys(target)).toEqual(["__proto__", "a"]);
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
  });

  it("readErrorMessage takes message, else Message, else UnknownError", () => {
    expect(readErrorMessage(readObject(decodeCbor(hex("a2 67 6d 65 73 73 61 67 65 61 61 67 4d 65 73 73 61 67 65 61 62")), "$"))).toBe("a");
    expect(readErrorMessage({ message: "", Message: "b" })).toBe("b");
    expect(readErrorMessage({ message: 1 })).toBe("UnknownError");
  });
});

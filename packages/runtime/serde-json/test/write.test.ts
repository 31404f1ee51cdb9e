import { NumericValue } from "@smithy/core/serde";
import { describe, expect, it } from "vitest";
import {
  writeArray,
  writeBigDecimal,
  writeBigInteger,
  writeBlob,
  writeBoolean,
  writeDateTime,
  writeDocument,
  writeEpochSeconds,
  writeFloat,
  writeHttpDate,
  writeInteger,
  writeObject,
  writeOwnMember,
  writeString,
  writeUnionMember,
} from "../src/index.js";
import { expectMismatch, itemsPath } from "./helpers.js";

describe("writeObject and writeArray", () => {
  it("writeObject accepts objects, reporting anything else at the path itself", () => {
    expect(() => writeObject({}, "$")).not.toThrow();
    expect(() => writeObject(Object.create(null), "$")).not.toThrow();
    expectMismatch(() => writeObject(null, itemsPath), { path: "$.items[2]", expected: "object", received: "null" });
    expectMismatch(() => writeObject([], "$"), { path: "$", expected: "object", received: "array (length 0)" });
    expectMismatch(() => writeObject("s", "$"), { path: "$", expected: "object", received: 'string "s"' });
  });

  it("writeArray accepts arrays only", () => {
    expect(() => writeArray([], "$")).not.toThrow();
    expectMismatch(() => writeArray({}, itemsPath), { path: "$.items[2]", expected: "array", received: "object" });
    expectMismatch(() => writeArray(new Set([1]), "$"), { path: "$", expected: "array" });
  });
});

describe("writeString, writeBoolean, writeInteger", () => {
  it("writeString accepts strings only", () => {
    expect(writeString("", "$", "a")).toBe("");
    expect(writeString("x", "$", "a")).toBe("x");
    expectMismatch(() => writeString(42, "$", "pageToken"), { path: "$.pageToken", expected: "string", received: "number 42" });
    expectMismatch(() => writeString(undefined, itemsPath, "key"), { path: "$.items[2].key", expected: "string", received: "undefined" });
  });

  it("writeBoolean accepts booleans only", () => {
    expect(writeBoolean(false, "$", "a")).toBe(false);
    expectMismatch(() => writeBoolean("false", "$", "flag"), { path: "$.flag", expected: "boolean", received: 'string "false"' });
    expectMismatch(() => writeBoolean(1, "$", "flag"), { path: "$.flag", expected: "boolean", received: "number 1" });
  });

  it("writeInteger accepts integer numbers only", () => {
    expect(writeInteger(-3, "$", "n")).toBe(-3);
    expect(writeInteger(Number.MAX_SAFE_INTEGER, "$", "n")).toBe(Number.MAX_SAFE_INTEGER);
    expectMismatch(() => writeInteger(1.5, "$", "n"), { path: "$.n", expected: "integer", received: "number 1.5" });
    expectMismatch(() => writeInteger(Number.NaN, "$", "n"), { path: "$.n", expected: "integer", received: "number NaN" });
    expectMismatch(() => writeInteger(Number.POSITIVE_INFINITY, "$", "n"), { path: "$.n", expected: "integer" });
    expectMismatch(() => writeInteger("1", "$", "n"), { path: "$.n", expected: "integer", received: 'string "1"' });
    expectMismatch(() => writeInteger(1n, itemsPath, 0), { path: "$.items[2][0]", expected: "integer", received: "bigint 1" });
  });
});

describe("writeFloat", () => {
  it("writes finite numbers as they are and NaN, Infinity and -Infinity as strings", () => {
    expect(writeFloat(1.5, "$", "x")).toBe(1.5);
    expect(writeFloat(0, "$", "x")).toBe(0);
    expect(writeFloat(Number.NaN, "$", "x")).toBe("NaN");
    expect(writeFloat(Number.POSITIVE_INFINITY, "$", "x")).toBe("Infinity");
    expect(writeFloat(Number.NEGATIVE_INFINITY, "$", "x")).toBe("-Infinity");
  });

  it("rejects non-numbers, including numeric strings", () => {
    expectMismatch(() => writeFloat("1.5", "$", "x"), { path: "$.x", expected: "number", received: 'string "1.5"' });
    expectMismatch(() => writeFloat("NaN", "$", "x"), { path: "$.x", expected: "number" });
    expectMismatch(() => writeFloat(null, itemsPath, "ratio"), { path: "$.items[2].ratio", expected: "number", received: "null" });
  });
});

describe("writeBigInteger and writeBigDecimal", () => {
  it("writeBigInteger keeps bigints and turns safe integers into bigints", () => {
    expect(writeBigInteger(123456789012345678901234567890n, "$", "n")).toBe(123456789012345678901234567890n);
    expect(writeBigInteger(-42, "$", "n")).toBe(-42n);
    expect(writeBigInteger(Number.MAX_SAFE_INTEGER, "$", "n")).toBe(9007199254740991n);
  });

  it("writeBigInteger rejects fractions, unsafe integers and strings", () => {
    expectMismatch(() => writeBigInteger(1.5, "$", "n"), { path: "$.n", expected: "bigint", received: "number 1.5" });
    expectMismatch(() => writeBigInteger(2 ** 53, "$", "n"), { path: "$.n", expected: "bigint" });
    expectMismatch(() => writeBigInteger("12", itemsPath, "n"), { path: "$.items[2].n", expected: "bigint", received: 'string "12"' });
  });

  it("writeBigDecimal keeps NumericValues and turns finite numbers into decimals", () => {
    const value = new NumericValue("0.10", "bigDecimal");
    expect(writeBigDecimal(value, "$", "d")).toBe(value);
    const fromNumber = writeBigDecimal(2.5, "$", "d");
    expect(fromNumber).toBeInstanceOf(NumericValue);
    expect(fromNumber.string).toBe("2.5");
  });

  it("writeBigDecimal rejects NaN, Infinity, strings and bigints", () => {
    expectMismatch(() => writeBigDecimal(Number.NaN, "$", "d"), { path: "$.d", expected: "NumericValue", received: "number NaN" });
    expectMismatch(() => writeBigDecimal(Number.NEGATIVE_INFINITY, "$", "d"), { path: "$.d", expected: "NumericValue" });
    expectMismatch(() => writeBigDecimal("1.5", "$", "d"), { path: "$.d", expected: "NumericValue", received: 'string "1.5"' });
    expectMismatch(() => writeBigDecimal(1n, "$", "d"), { path: "$.d", expected: "NumericValue" });
  });
});

describe("writeBlob", () => {
  it("writes bytes as base64, and a string as its UTF-8 bytes", () => {
    expect(writeBlob(new TextEncoder().encode("hello"), "$", "b")).toBe("aGVsbG8=");
    expect(writeBlob(new Uint8Array([0, 255]), "$", "b")).toBe("AP8=");
    expect(writeBlob(new Uint8Array(), "$", "b")).toBe("");
    expect(writeBlob("hello", "$", "b")).toBe("aGVsbG8=");
    expect(writeBlob("é", "$", "b")).toBe("w6k=");
  });

  it("rejects other values", () => {
    expectMismatch(() => writeBlob([1, 2], "$", "b"), { path: "$.b", expected: "Uint8Array", received: "array (length 2)" });
    expectMismatch(() => writeBlob(new ArrayBuffer(2), itemsPath, "b"), { path: "$.items[2].b", expected: "Uint8Array", received: "object" });
  });
});

describe("timestamps", () => {
  const date = new Date("2000-01-02T20:34:56.123Z");
  const whole = new Date("2000-01-02T20:34:56.000Z");

  it("writeEpochSeconds writes seconds with a millisecond fraction", () => {
    expect(writeEpochSeconds(date, "$", "t")).toBe(946845296.123);
    expect(writeEpochSeconds(whole, "$", "t")).toBe(946845296);
    expect(writeEpochSeconds(new Date(-1500), "$", "t")).toBe(-1.5);
  });

  it("writeDateTime writes RFC 3339 in UTC, without a fraction when the milliseconds are 0", () => {
    expect(writeDateTime(date, "$", "t")).toBe("2000-01-02T20:34:56.123Z");
    expect(writeDateTime(whole, "$", "t")).toBe("2000-01-02T20:34:56Z");
    expect(writeDateTime(new Date("2000-01-02T20:34:56.100Z"), "$", "t")).toBe("2000-01-02T20:34:56.100Z");
  });

  it("writeHttpDate writes IMF-fixdate, dropping the milliseconds", () => {
    expect(writeHttpDate(whole, "$", "t")).toBe("Sun, 02 Jan 2000 20:34:56 GMT");
    expect(writeHttpDate(date, "$", "t")).toBe("Sun, 02 Jan 2000 20:34:56 GMT");
  });

  it.each([
    ["writeEpochSeconds", writeEpochSeconds],
    ["writeDateTime", writeDateTime],
    ["writeHttpDate", writeHttpDate],
  ] as const)("%s rejects invalid Dates, numbers and strings", (_name, write) => {
    expectMismatch(() => write(new Date(Number.NaN), itemsPath, "at"), { path: "$.items[2].at", expected: "Date", received: "invalid Date" });
    expectMismatch(() => write(946845296, "$", "at"), { path: "$.at", expected: "Date", received: "number 946845296" });
    expectMismatch(() => write("2000-01-02T20:34:56Z", "$", "at"), { path: "$.at", expected: "Date" });
  });
});

describe("documents and unions", () => {
  it("writeDocument passes the value through", () => {
    const document = { a: [1, null, "x"] };
    expect(writeDocument(document)).toBe(document);
  });

  it("writeUnionMember names the one member set, ignoring undefined members", () => {
    expect(writeUnionMember({ stringValue: "x" }, "$")).toBe("stringValue");
    expect(writeUnionMember({ a: undefined, b: 0, c: undefined }, "$")).toBe("b");
    expect(writeUnionMember({ b: false }, "$")).toBe("b");
  });

  it("writeUnionMember rejects no member, two members and non-objects", () => {
    expectMismatch(() => writeUnionMember({}, itemsPath), { path: "$.items[2]", expected: "a union with one member set" });
    expectMismatch(() => writeUnionMember({ a: undefined }, "$"), { path: "$", expected: "a union with one member set" });
    const two = expectMismatch(() => writeUnionMember({ a: 1, b: 2 }, "$"), { path: "$", expected: "a union with one member set" });
    expect(two.received).toContain("members a and b");
    expectMismatch(() => writeUnionMember("a", "$"), { path: "$", expected: "object" });
  });

  it("writeUnionMember says what was received without calling it a string", () => {
    expectMismatch(() => writeUnionMember({}, "$"), { path: "$", received: "no member" });
    expectMismatch(() => writeUnionMember({ a: 1, b: 2 }, "$"), { path: "$", received: "members a and b" });
  });

  it("writeOwnMember reads own members only", () => {
    expect(writeOwnMember({}, "constructor")).toBeUndefined();
    expect(writeOwnMember({}, "hasOwnProperty")).toBeUndefined();
    expect(writeOwnMember({ toString: "mine" }, "toString")).toBe("mine");
  });
});

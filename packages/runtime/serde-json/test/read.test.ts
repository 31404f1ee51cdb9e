import { NumericValue } from "@smithy/core/serde";
import { describe, expect, it } from "vitest";
import {
  readArray,
  readBigDecimal,
  readBigInteger,
  readBlob,
  readBoolean,
  readDateTime,
  readDocument,
  readDocumentWithBigNumbers,
  readEpochSeconds,
  readEpochSecondsWithBigNumbers,
  readErrorMessage,
  readFloat,
  readFloatWithBigNumbers,
  readHttpDate,
  readInteger,
  readIntegerWithBigNumbers,
  readObject,
  readOwnMember,
  readString,
  readUnionMember,
  setEntry,
} from "../src/index.js";
import { expectMismatch, itemsPath } from "./helpers.js";

describe("readObject and readArray", () => {
  it("readObject accepts objects only, reporting the path itself", () => {
    const object = { a: 1 };
    expect(readObject(object, "$")).toBe(object);
    expectMismatch(() => readObject([1], itemsPath), { path: "$.items[2]", expected: "object", received: "array (length 1)" });
    expectMismatch(() => readObject(null, "$"), { path: "$", expected: "object", received: "null" });
    expectMismatch(() => readObject("x", { parent: "$", key: "a-b" }), { path: '$["a-b"]', expected: "object", received: 'string "x"' });
  });

  it("readArray accepts arrays only", () => {
    const array = [1, 2];
    expect(readArray(array, "$")).toBe(array);
    expectMismatch(() => readArray({ length: 0 }, itemsPath), { path: "$.items[2]", expected: "array", received: "object" });
    expectMismatch(() => readArray(undefined, "$"), { path: "$", expected: "array", received: "undefined" });
  });
});

describe("readString and readBoolean", () => {
  it("readString accepts strings, including unknown enum values and the empty string", () => {
    expect(readString("", "$", "a")).toBe("");
    expect(readString("NEW_ENUM_VALUE", "$", "a")).toBe("NEW_ENUM_VALUE");
    expectMismatch(() => readString(42, itemsPath, "name"), { path: "$.items[2].name", expected: "string", received: "number 42" });
    expectMismatch(() => readString(null, itemsPath, 0), { path: "$.items[2][0]", expected: "string", received: "null" });
  });

  it("readBoolean accepts booleans only", () => {
    expect(readBoolean(true, "$", "a")).toBe(true);
    expect(readBoolean(false, "$", "a")).toBe(false);
    expectMismatch(() => readBoolean("true", "$", "enabled"), { path: "$.enabled", expected: "boolean", received: 'string "true"' });
    expectMismatch(() => readBoolean(0, "$", "enabled"), { path: "$.enabled", expected: "boolean", received: "number 0" });
  });
});

describe("readInteger", () => {
  it("accepts numbers without a fraction", () => {
    expect(readInteger(0, "$", "n")).toBe(0);
    expect(readInteger(-42, "$", "n")).toBe(-42);
    expect(readInteger(Number.MAX_SAFE_INTEGER, "$", "n")).toBe(Number.MAX_SAFE_INTEGER);
    expect(readInteger(2.0, "$", "n")).toBe(2);
  });

  it("reads a long parsed exactly (bigint, integer NumericValue) as a number", () => {
    expect(readIntegerWithBigNumbers(9007199254740993n, "$", "n")).toBe(9007199254740992);
    expect(readIntegerWithBigNumbers(-1234567890123456789n, "$", "n")).toBe(-1234567890123456789);
    expect(readIntegerWithBigNumbers(new NumericValue("12345678901234567", "bigDecimal"), "$", "n")).toBe(12345678901234568);
    expect(readIntegerWithBigNumbers(3, "$", "n")).toBe(3);
    // Without big numbers, JSON.parse never makes one: a bigint is a value of the wrong type.
    expectMismatch(() => readInteger(3n, "$", "n"), { path: "$.n", expected: "integer" });
  });

  it("rejects fractions, strings, NaN and Infinity", () => {
    expectMismatch(() => readInteger(1.5, itemsPath, "count"), { path: "$.items[2].count", expected: "integer", received: "number 1.5" });
    expectMismatch(() => readInteger("3", "$", "count"), { path: "$.count", expected: "integer", received: 'string "3"' });
    expectMismatch(() => readInteger(Number.NaN, "$", "count"), { path: "$.count", expected: "integer", received: "number NaN" });
    expectMismatch(() => readInteger(Number.POSITIVE_INFINITY, "$", "count"), { path: "$.count", expected: "integer" });
    expectMismatch(() => readInteger(new NumericValue("1.5", "bigDecimal"), "$", "count"), { path: "$.count", expected: "integer", received: "object" });
    expectMismatch(() => readInteger(null, "$", "count"), { path: "$.count", expected: "integer", received: "null" });
  });
});

describe("readFloat", () => {
  it("accepts numbers and the strings NaN, Infinity and -Infinity", () => {
    expect(readFloat(1.5, "$", "x")).toBe(1.5);
    expect(readFloat(-0, "$", "x")).toBe(-0);
    expect(readFloat("NaN", "$", "x")).toBeNaN();
    expect(readFloat("Infinity", "$", "x")).toBe(Number.POSITIVE_INFINITY);
    expect(readFloat("-Infinity", "$", "x")).toBe(Number.NEGATIVE_INFINITY);
  });

  it("reads numbers parsed exactly as the nearest double", () => {
    expect(readFloatWithBigNumbers(new NumericValue("1.2345678901234567", "bigDecimal"), "$", "x")).toBe(1.2345678901234567);
    expect(readFloatWithBigNumbers(100000000000000000000n, "$", "x")).toBe(1e20);
    expect(readFloatWithBigNumbers("NaN", "$", "x")).toBeNaN();
  });

  it("rejects other strings and non-numbers", () => {
    expectMismatch(() => readFloat("1.5", "$", "x"), { path: "$.x", expected: "number", received: 'string "1.5"' });
    expectMismatch(() => readFloat("nan", "$", "x"), { path: "$.x", expected: "number" });
    expectMismatch(() => readFloat("+Infinity", "$", "x"), { path: "$.x", expected: "number" });
    expectMismatch(() => readFloat(true, itemsPath, "ratio"), { path: "$.items[2].ratio", expected: "number", received: "boolean true" });
  });
});

describe("readBigInteger", () => {
  it("accepts bigints, integer numbers, digit strings and integer NumericValues", () => {
    expect(readBigInteger(123456789012345678901234567890n, "$", "n")).toBe(123456789012345678901234567890n);
    expect(readBigInteger(42, "$", "n")).toBe(42n);
    expect(readBigInteger(-7, "$", "n")).toBe(-7n);
    expect(readBigInteger("-98765432109876543210", "$", "n")).toBe(-98765432109876543210n);
    expect(readBigInteger(new NumericValue("12345678901234567890", "bigDecimal"), "$", "n")).toBe(12345678901234567890n);
  });

  it("rejects fractions, non-digit strings and other values", () => {
    expectMismatch(() => readBigInteger(1.5, "$", "n"), { path: "$.n", expected: "integer", received: "number 1.5" });
    expectMismatch(() => readBigInteger("1.5", "$", "n"), { path: "$.n", expected: "integer" });
    expectMismatch(() => readBigInteger("1e3", "$", "n"), { path: "$.n", expected: "integer" });
    expectMismatch(() => readBigInteger("", "$", "n"), { path: "$.n", expected: "integer" });
    expectMismatch(() => readBigInteger(new NumericValue("1.5", "bigDecimal"), "$", "n"), { path: "$.n", expected: "integer" });
    expectMismatch(() => readBigInteger(null, itemsPath, "n"), { path: "$.items[2].n", expected: "integer", received: "null" });
  });
});

describe("readBigDecimal", () => {
  it("accepts NumericValues, finite numbers, bigints and decimal strings", () => {
    const value = new NumericValue("123456789012345678901234567890.123456789", "bigDecimal");
    expect(readBigDecimal(value, "$", "d")).toBe(value);
    expect(readBigDecimal(1.5, "$", "d").string).toBe("1.5");
    expect(readBigDecimal(12n, "$", "d").string).toBe("12");
    expect(readBigDecimal("-0.000123", "$", "d").string).toBe("-0.000123");
    expect(readBigDecimal("1.5e10", "$", "d").string).toBe("1.5e10");
    expect(readBigDecimal(1e-15, "$", "d").string).toBe("1e-15");
  });

  it("gives decimals of type bigDecimal", () => {
    expect(readBigDecimal(1.5, "$", "d").type).toBe("bigDecimal");
  });

  it("rejects NaN, Infinity, non-decimal strings and other values", () => {
    expectMismatch(() => readBigDecimal(Number.NaN, "$", "d"), { path: "$.d", expected: "decimal number", received: "number NaN" });
    expectMismatch(() => readBigDecimal(Number.POSITIVE_INFINITY, "$", "d"), { path: "$.d", expected: "decimal number" });
    expectMismatch(() => readBigDecimal("abc", itemsPath, "price"), { path: "$.items[2].price", expected: "decimal number", received: 'string "abc"' });
    expectMismatch(() => readBigDecimal(true, "$", "d"), { path: "$.d", expected: "decimal number" });
  });
});

describe("readBlob", () => {
  it("decodes base64", () => {
    expect(readBlob("aGVsbG8=", "$", "b")).toEqual(new TextEncoder().encode("hello"));
    expect(readBlob("", "$", "b")).toEqual(new Uint8Array());
    expect(readBlob("AP8=", "$", "b")).toEqual(new Uint8Array([0, 255]));
  });

  it("rejects strings that are not base64, and non-strings", () => {
    expectMismatch(() => readBlob("not base64!", "$", "data"), { path: "$.data", expected: "base64 string", received: 'string "not base64!"' });
    expectMismatch(() => readBlob("aGVsbG8", "$", "data"), { path: "$.data", expected: "base64 string" });
    expectMismatch(() => readBlob([104, 105], itemsPath, "data"), { path: "$.items[2].data", expected: "base64 string", received: "array (length 2)" });
  });
});

describe("readEpochSeconds", () => {
  it("reads seconds with millisecond fractions", () => {
    expect(readEpochSeconds(946845296.123, "$", "t")).toEqual(new Date("2000-01-02T20:34:56.123Z"));
    expect(readEpochSeconds(0, "$", "t")).toEqual(new Date(0));
    expect(readEpochSeconds(-1.5, "$", "t")).toEqual(new Date(-1500));
  });

  it("rounds to the nearest millisecond, whatever the floating-point error of seconds * 1000", () => {
    expect(1.005 * 1000).toBeLessThan(1005);
    expect(readEpochSeconds(1.005, "$", "t").getTime()).toBe(1005);
    expect(readEpochSeconds(-1.005, "$", "t").getTime()).toBe(-1005);
    expect(readEpochSeconds(1.0004, "$", "t").getTime()).toBe(1000);
    // Far from the epoch, seconds * 1000 in one step lands on a half millisecond and rounds away.
    expect(readEpochSeconds(-4424816564069011 / 1000, "$", "t").getTime()).toBe(-4424816564069011);
    expect(readEpochSeconds(8.64e15 / 1000 - 0.001, "$", "t").getTime()).toBe(8.64e15 - 1);
  });

  it("reads numeric strings", () => {
    expect(readEpochSeconds("946845296.123", "$", "t")).toEqual(new Date("2000-01-02T20:34:56.123Z"));
    expect(readEpochSeconds("1e3", "$", "t")).toEqual(new Date(1_000_000));
  });

  it("accepts the range of a Date and nothing beyond it", () => {
    expect(readEpochSeconds(8.64e12, "$", "t").getTime()).toBe(8.64e15);
    expect(readEpochSeconds(-8.64e12, "$", "t").getTime()).toBe(-8.64e15);
    expectMismatch(() => readEpochSeconds(8.64e12 + 1, "$", "t"), { path: "$.t", expected: "epoch-seconds timestamp" });
  });

  it("rejects NaN, Infinity, non-numeric strings and other values", () => {
    expectMismatch(() => readEpochSeconds("yesterday", itemsPath, "createdAt"), {
      path: "$.items[2].createdAt",
      expected: "epoch-seconds timestamp",
      received: 'string "yesterday"',
    });
    expectMismatch(() => readEpochSeconds(Number.NaN, "$", "t"), { path: "$.t", expected: "epoch-seconds timestamp", received: "number NaN" });
    expectMismatch(() => readEpochSeconds(Number.POSITIVE_INFINITY, "$", "t"), { path: "$.t", expected: "epoch-seconds timestamp" });
    expectMismatch(() => readEpochSeconds("NaN", "$", "t"), { path: "$.t", expected: "epoch-seconds timestamp" });
    expectMismatch(() => readEpochSeconds("", "$", "t"), { path: "$.t", expected: "epoch-seconds timestamp" });
    expectMismatch(() => readEpochSeconds(" 12", "$", "t"), { path: "$.t", expected: "epoch-seconds timestamp" });
    expectMismatch(() => readEpochSeconds(null, "$", "t"), { path: "$.t", expected: "epoch-seconds timestamp", received: "null" });
    expectMismatch(() => readEpochSeconds("2000-01-02T20:34:56Z", "$", "t"), { path: "$.t", expected: "epoch-seconds timestamp" });
  });

  it("reads a timestamp that bigNumberJsonText kept exact (microsecond fraction)", () => {
    const exact = new NumericValue("1700000000.123456", "bigDecimal");
    expect(readEpochSecondsWithBigNumbers(exact, "$", "t")).toEqual(new Date(1700000000123));
  });
});

describe("readDateTime", () => {
  it("reads RFC 3339 with or without a fraction and an offset", () => {
    expect(readDateTime("2000-01-02T20:34:56Z", "$", "t")).toEqual(new Date("2000-01-02T20:34:56.000Z"));
    expect(readDateTime("2000-01-02T20:34:56.123Z", "$", "t")).toEqual(new Date("2000-01-02T20:34:56.123Z"));
    expect(readDateTime("2000-01-02T21:34:56.123+01:00", "$", "t")).toEqual(new Date("2000-01-02T20:34:56.123Z"));
    expect(readDateTime("2000-01-02T18:04:56-02:30", "$", "t")).toEqual(new Date("2000-01-02T20:34:56.000Z"));
  });

  it("rejects other strings and non-strings", () => {
    expectMismatch(() => readDateTime("yesterday", itemsPath, "at"), {
      path: "$.items[2].at",
      expected: "date-time timestamp (RFC 3339)",
      received: 'string "yesterday"',
    });
    expectMismatch(() => readDateTime("Sun, 02 Jan 2000 20:34:56 GMT", "$", "at"), { path: "$.at", expected: "date-time timestamp (RFC 3339)" });
    expectMismatch(() => readDateTime("2000-13-02T20:34:56Z", "$", "at"), { path: "$.at", expected: "date-time timestamp (RFC 3339)" });
    expectMismatch(() => readDateTime(946845296, "$", "at"), { path: "$.at", expected: "date-time timestamp (RFC 3339)", received: "number 946845296" });
  });
});

describe("readHttpDate", () => {
  it("reads RFC 7231 IMF-fixdate", () => {
    expect(readHttpDate("Sun, 02 Jan 2000 20:34:56 GMT", "$", "t")).toEqual(new Date("2000-01-02T20:34:56.000Z"));
  });

  it("rejects other strings and non-strings", () => {
    expectMismatch(() => readHttpDate("2000-01-02T20:34:56Z", "$", "t"), {
      path: "$.t",
      expected: "http-date timestamp (RFC 7231)",
      received: 'string "2000-01-02T20:34:56Z"',
    });
    expectMismatch(() => readHttpDate("Sun, 32 Jan 2000 20:34:56 GMT", "$", "t"), { path: "$.t", expected: "http-date timestamp (RFC 7231)" });
    expectMismatch(() => readHttpDate(0, itemsPath, 1), { path: "$.items[2][1]", expected: "http-date timestamp (RFC 7231)" });
  });
});

describe("documents", () => {
  it("readDocument passes the JSON through", () => {
    const json = { a: [1, "b", null, { c: true }] };
    expect(readDocument(json)).toBe(json);
  });

  it("readDocumentWithBigNumbers turns exact numbers back into plain numbers, everywhere", () => {
    const json = {
      big: 12345678901234567890n,
      decimal: new NumericValue("1.2345678901234567", "bigDecimal"),
      list: [1n, { nested: new NumericValue("0.5", "bigDecimal") }],
      text: "12345678901234567890",
      nothing: null,
    };
    expect(readDocumentWithBigNumbers(json)).toEqual({
      big: 12345678901234567000,
      decimal: 1.2345678901234567,
      list: [1, { nested: 0.5 }],
      text: "12345678901234567890",
      nothing: null,
    });
  });

  it("readDocumentWithBigNumbers keeps a __proto__ key as an entry", () => {
    const json = JSON.parse('{"__proto__": {"polluted": 1}, "a": 2}') as object;
    const document = readDocumentWithBigNumbers(json) as Record<string, unknown>;
    expect(Object.getPrototypeOf(document)).toBe(Object.prototype);
    expect(Object.keys(document)).toEqual(["__proto__", "a"]);
    expect(Object.getOwnPropertyDescriptor(document, "__proto__")?.value).toEqual({ polluted: 1 });
    expect((document as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe("readUnionMember", () => {
  it("gives the one member that is set", () => {
    expect(readUnionMember({ stringValue: "x" }, "$")).toEqual(["stringValue", "x"]);
    expect(readUnionMember({ numberValue: 0 }, "$")).toEqual(["numberValue", 0]);
    expect(readUnionMember({ booleanValue: false }, "$")).toEqual(["booleanValue", false]);
  });

  it("ignores null members and __type", () => {
    expect(readUnionMember({ a: null, b: "x", c: null }, "$")).toEqual(["b", "x"]);
    expect(readUnionMember({ __type: "aws.protocoltests.json10#MyUnion", stringValue: "foo" }, "$")).toEqual(["stringValue", "foo"]);
  });

  it("rejects no member and more than one, naming the members", () => {
    expectMismatch(() => readUnionMember({}, itemsPath), { path: "$.items[2]", expected: "a union with one member set" });
    expectMismatch(() => readUnionMember({ a: null, __type: "X" }, "$"), { path: "$", expected: "a union with one member set" });
    const two = expectMismatch(() => readUnionMember({ a: 1, b: "2" }, "$"), { path: "$", expected: "a union with one member set" });
    expect(two.received).toContain("members a and b");
  });

  it("says what was received without calling it a string", () => {
    expectMismatch(() => readUnionMember({}, "$"), { path: "$", received: "no member" });
    expectMismatch(() => readUnionMember({ a: 1, b: "2" }, "$"), { path: "$", received: "members a and b" });
  });

  it("rejects a value that is not an object", () => {
    expectMismatch(() => readUnionMember("a", "$"), { path: "$", expected: "object" });
    expectMismatch(() => readUnionMember(["a"], "$"), { path: "$", expected: "object" });
  });
});

describe("readOwnMember", () => {
  it("reads own members only, never a property of every object", () => {
    expect(readOwnMember({}, "constructor")).toBeUndefined();
    expect(readOwnMember({}, "toString")).toBeUndefined();
    expect(readOwnMember({}, "__proto__")).toBeUndefined();
    expect(readOwnMember({ constructor: "value" }, "constructor")).toBe("value");
    expect(readOwnMember(JSON.parse('{"__proto__": 5}') as Record<string, unknown>, "__proto__")).toBe(5);
  });
});

describe("readErrorMessage", () => {
  it("prefers message, then Message, then UnknownError", () => {
    expect(readErrorMessage({ message: "lower", Message: "upper" })).toBe("lower");
    expect(readErrorMessage({ Message: "upper" })).toBe("upper");
    expect(readErrorMessage({})).toBe("UnknownError");
  });

  it("counts an empty string as no message", () => {
    expect(readErrorMessage({ message: "", Message: "upper" })).toBe("upper");
    expect(readErrorMessage({ message: "", Message: "" })).toBe("UnknownError");
    expect(readErrorMessage({ message: "" })).toBe("UnknownError");
  });

  it("ignores a message that is not a string", () => {
    expect(readErrorMessage({ message: 42, Message: "upper" })).toBe("upper");
    expect(readErrorMessage({ message: { text: "x" } })).toBe("UnknownError");
    expect(readErrorMessage({ message: null, Message: null })).toBe("UnknownError");
  });
});

describe("setEntry", () => {
  it("adds ordinary entries", () => {
    const map: Record<string, number> = {};
    setEntry(map, "a", 1);
    setEntry(map, "constructor", 2);
    expect(map).toEqual({ a: 1, constructor: 2 });
    expect(Object.keys(map)).toEqual(["a", "constructor"]);
  });

  it("makes __proto__ an own enumerable entry and leaves the prototype alone", () => {
    const map: Record<string, unknown> = {};
    const value = { polluted: true };
    setEntry(map, "__proto__", value);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    expect((map as { polluted?: unknown }).polluted).toBeUndefined();
    const descriptor = Object.getOwnPropertyDescriptor(map, "__proto__");
    expect(descriptor).toEqual({ value, enumerable: true, writable: true, configurable: true });
    expect(Object.keys(map)).toEqual(["__proto__"]);
    expect(JSON.stringify(map)).toBe('{"__proto__":{"polluted":true}}');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("replaces a __proto__ entry already set", () => {
    const map: Record<string, number> = {};
    setEntry(map, "__proto__", 1);
    setEntry(map, "__proto__", 2);
    expect(Object.getOwnPropertyDescriptor(map, "__proto__")?.value).toBe(2);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
  });
});

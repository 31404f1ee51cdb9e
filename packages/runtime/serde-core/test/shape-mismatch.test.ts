import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeValue, mismatch, ShapeMismatchError, UnsupportedOperationError } from "../src/index.js";

describe("describeValue", () => {
  it.each<[string, unknown, string]>([
    ["null", null, "null"],
    ["undefined", undefined, "undefined"],
    ["an empty array", [], "array (length 0)"],
    ["an array", [1, "a", null], "array (length 3)"],
    ["a Date", new Date(Date.UTC(2000, 0, 2, 20, 34, 56, 123)), "Date 2000-01-02T20:34:56.123Z"],
    ["an invalid Date", new Date("not a date"), "invalid Date"],
    ["bytes", new Uint8Array([1, 2, 3]), "Uint8Array (length 3)"],
    ["a Buffer", Buffer.from("hello"), "Uint8Array (length 5)"],
    ["a string", "yesterday", 'string "yesterday"'],
    ["an empty string", "", 'string ""'],
    ["a string with quotes", 'a "b"', 'string "a \\"b\\""'],
    ["an object", { a: 1 }, "object"],
    ["an object without prototype", Object.create(null), "object"],
    ["a function", () => 1, "function"],
    ["a number", 42, "number 42"],
    ["a fraction", 1.5, "number 1.5"],
    ["NaN", Number.NaN, "number NaN"],
    ["Infinity", Number.NEGATIVE_INFINITY, "number -Infinity"],
    ["a bigint", 12345678901234567890n, "bigint 12345678901234567890"],
    ["true", true, "boolean true"],
    ["false", false, "boolean false"],
    ["a symbol", Symbol("s"), "symbol Symbol(s)"],
  ])("describes %s", (_what, value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it("keeps a 60-character string whole and truncates a longer one to 60 characters and an ellipsis", () => {
    const sixty = "x".repeat(60);
    expect(describeValue(sixty)).toBe(`string "${sixty}"`);
    expect(describeValue(`${sixty}y`)).toBe(`string "${sixty}..."`);
    const long = "abcdefghij".repeat(100);
    const described = describeValue(long);
    expect(described).toBe(`string "${long.slice(0, 60)}..."`);
    expect(described.length).toBeLessThan(80);
  });

  it("property: the preview of any string is short and starts as the string does", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const described = describeValue(text);
        expect(described.startsWith("string ")).toBe(true);
        const preview = JSON.parse(described.slice("string ".length)) as string;
        if (text.length <= 60) expect(preview).toBe(text);
        else expect(preview).toBe(`${text.slice(0, 60)}...`);
      }),
      { numRuns: 200 },
    );
  });
});

describe("ShapeMismatchError and mismatch", () => {
  it("carries the path, what was expected and what was received", () => {
    const error = new ShapeMismatchError("$.a", "string", "number 1");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ShapeMismatchError");
    expect(error.path).toBe("$.a");
    expect(error.expected).toBe("string");
    expect(error.received).toBe("number 1");
    expect(error.message).toBe("$.a: expected string, received number 1");
  });

  it("names the member of the path when a key is given, and the path itself otherwise", () => {
    const records = { parent: "$", key: "exportSnapshotRecords" } as const;
    const atKey = mismatch({ parent: records, key: 3 }, "createdAt", "epoch-seconds timestamp", "yesterday");
    expect(atKey).toBeInstanceOf(ShapeMismatchError);
    expect(atKey.path).toBe("$.exportSnapshotRecords[3].createdAt");
    expect(atKey.expected).toBe("epoch-seconds timestamp");
    expect(atKey.received).toBe('string "yesterday"');
    expect(atKey.message).toBe('$.exportSnapshotRecords[3].createdAt: expected epoch-seconds timestamp, received string "yesterday"');

    const atPath = mismatch(records, undefined, "array", { a: 1 });
    expect(atPath.path).toBe("$.exportSnapshotRecords");
    expect(atPath.received).toBe("object");

    expect(mismatch("$", "a-b", "string", null).path).toBe('$["a-b"]');
    expect(mismatch("$", 0, "string", null).path).toBe("$[0]");
  });
});

describe("UnsupportedOperationError", () => {
  it("names the operation and what it needs", () => {
    const error = new UnsupportedOperationError("SubscribeToShard", ["event streams", "HTTP/2"]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("UnsupportedOperationError");
    expect(error.operation).toBe("SubscribeToShard");
    expect(error.missing).toEqual(["event streams", "HTTP/2"]);
    expect(error.message).toMatch(/^SubscribeToShard needs event streams and HTTP\/2, which this package/);
  });

  it("keeps a subclass's name", () => {
    class DynamoDBUnsupportedOperationError extends UnsupportedOperationError {
      override readonly name = "DynamoDBUnsupportedOperationError";
    }
    const error = new DynamoDBUnsupportedOperationError("Op", ["event streams"]);
    expect(error.name).toBe("DynamoDBUnsupportedOperationError");
    expect(error).toBeInstanceOf(UnsupportedOperationError);
  });
});

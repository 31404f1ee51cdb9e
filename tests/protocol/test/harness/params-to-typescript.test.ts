import { NumericValue } from "@smithy/core/serde";
import { describe, expect, it } from "vitest";
import { paramsToTypeScript } from "../../src/params-to-typescript.js";
import { modelOf } from "./models.js";

const model = modelOf(`$version: "2.0"
namespace example.values

structure Everything {
    when: Timestamp
    data: Blob
    ratio: Double
    small: Float
    huge: BigInteger
    exact: BigDecimal
    doc: Document
    choice: Choice
    sparse: SparseList
    dense: DenseList
    sparseMap: SparseMap
    level: Level
    count: Integer
}

union Choice {
    text: String
    nothing: Unit
    nested: Everything
}

@sparse
list SparseList { member: String }

list DenseList { member: Timestamp }

@sparse
map SparseMap { key: String, value: Integer }

enum Level {
    LOW = "low"
}

@error("client")
structure Failure {
    Message: String
    message: String
    name: String
    code: Integer
}
`);

const convert = (value: Parameters<typeof paramsToTypeScript>[2], id = "example.values#Everything") => paramsToTypeScript(model, id, value);

describe("paramsToTypeScript", () => {
  it("turns epoch seconds and date-time text into Dates", () => {
    expect(convert({ when: 1.5 })).toEqual({ when: new Date(1500) });
    expect(convert({ when: "1985-04-12T23:20:50.52Z" })).toEqual({ when: new Date(Date.UTC(1985, 3, 12, 23, 20, 50, 520)) });
    expect(convert({ dense: [0, 1] })).toEqual({ dense: [new Date(0), new Date(1000)] });
  });

  it("turns a blob's text into its UTF-8 bytes", () => {
    expect(convert({ data: "binary-value" })).toEqual({ data: new TextEncoder().encode("binary-value") });
  });

  it("turns the special float strings into numbers", () => {
    const value = convert({ ratio: "NaN", small: "-Infinity" }) as { ratio: number; small: number };
    expect(value.ratio).toBeNaN();
    expect(value.small).toBe(Number.NEGATIVE_INFINITY);
    expect(convert({ ratio: "Infinity" })).toEqual({ ratio: Number.POSITIVE_INFINITY });
  });

  it("gives big integers as bigint and big decimals as NumericValue", () => {
    expect(convert({ huge: "12345678901234567890" })).toEqual({ huge: 12345678901234567890n });
    expect(convert({ huge: 7 })).toEqual({ huge: 7n });
    expect(convert({ exact: "1.25" })).toEqual({ exact: new NumericValue("1.25", "bigDecimal") });
  });

  it("keeps documents, enums and numbers as they are", () => {
    expect(convert({ doc: { a: [1, null, "x"] }, level: "low", count: 3 })).toEqual({ doc: { a: [1, null, "x"] }, level: "low", count: 3 });
  });

  it("converts the set member of a union, and a Unit member to {}", () => {
    expect(convert({ choice: { nested: { when: 0 } } })).toEqual({ choice: { nested: { when: new Date(0) } } });
    expect(convert({ choice: { nothing: {} } })).toEqual({ choice: { nothing: {} } });
  });

  it("keeps the nulls of sparse lists and maps", () => {
    expect(convert({ sparse: ["a", null], sparseMap: { x: null, y: 1 } })).toEqual({ sparse: ["a", null], sparseMap: { x: null, y: 1 } });
  });

  it("puts error members on the properties of the error class", () => {
    expect(convert({ Message: "A", message: "b", name: "c", code: 1 }, "example.values#Failure")).toEqual({ Message: "A", message: "b", name_: "c", code: 1 });
  });

  it("names the path of params that do not fit the model", () => {
    expect(() => convert({ choice: { nested: { when: "yesterday" } } })).toThrow('params.choice.nested.when: expected epoch seconds or a date-time, not "yesterday"');
    expect(() => convert({ unknown: 1 })).toThrow("params: example.values#Everything has no member `unknown`");
    expect(() => convert({ choice: { text: "a", nothing: {} } })).toThrow("params.choice: a union value sets exactly one member, not 2");
  });
});

import { NumericValue } from "@smithy/core/serde";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bigNumberJsonText,
  parseJsonText,
  parseJsonTextWithBigNumbers,
  plainJsonText,
  toJsonText,
  toJsonTextWithBigNumbers,
} from "../src/index.js";

describe("plain JSON text", () => {
  it("is JSON.stringify and JSON.parse, with an empty body as an empty object", () => {
    expect(toJsonText({ a: [1, "b"] })).toBe('{"a":[1,"b"]}');
    expect(parseJsonText('{"a":[1,"b"]}')).toEqual({ a: [1, "b"] });
    expect(parseJsonText("")).toEqual({});
    expect(plainJsonText.parse("")).toEqual({});
    expect(plainJsonText.stringify({ x: null })).toBe('{"x":null}');
  });

  it("rounds long numbers, as JSON.parse does", () => {
    expect(parseJsonText("12345678901234567890")).toBe(12345678901234567000);
  });

  it("throws a SyntaxError for text that is not JSON", () => {
    expect(() => parseJsonText("<html>")).toThrow(SyntaxError);
    expect(() => parseJsonText("{")).toThrow(SyntaxError);
  });
});

describe("toJsonTextWithBigNumbers", () => {
  it("writes bigints and NumericValues as bare numbers with all their digits", () => {
    expect(toJsonTextWithBigNumbers({ n: 123456789012345678901234567890n })).toBe('{"n":123456789012345678901234567890}');
    expect(toJsonTextWithBigNumbers({ d: new NumericValue("0.10", "bigDecimal") })).toBe('{"d":0.10}');
    expect(toJsonTextWithBigNumbers([-1n, new NumericValue("-123456789012345678901.000000001", "bigDecimal")])).toBe(
      "[-1,-123456789012345678901.000000001]",
    );
    expect(toJsonTextWithBigNumbers(5n)).toBe("5");
  });

  it("writes many big numbers, nested, each in its place", () => {
    const value = { a: [1n, 2n, { b: 3n }], c: "text", d: new NumericValue("4.5", "bigDecimal"), e: [10n, 11n, 12n, 13n, 14n, 15n, 16n, 17n, 18n, 19n, 20n] };
    expect(toJsonTextWithBigNumbers(value)).toBe('{"a":[1,2,{"b":3}],"c":"text","d":4.5,"e":[10,11,12,13,14,15,16,17,18,19,20]}');
  });

  it("is JSON.stringify for values without big numbers, strings of digits included", () => {
    const value = { a: "12345678901234567890", b: 1.5, c: [null, true], d: "\u0000" };
    expect(toJsonTextWithBigNumbers(value)).toBe(JSON.stringify(value));
  });
});

describe("the marker of big numbers", () => {
  it("writes a string that looks like the internal marker as that string", () => {
    const value = { s: "\u0000\u039d0\u0000\u039d", b: 1n };
    expect(JSON.parse(toJsonTextWithBigNumbers(value))).toEqual({ s: "\u0000\u039d0\u0000\u039d", b: 1 });
  });

  it("reads a string that starts with the internal marker as that string", () => {
    expect(parseJsonTextWithBigNumbers('{"s":"\\u0000\u039d12","n":12345678901234567890}')).toEqual({ s: "\u0000\u039d12", n: 12345678901234567890n });
  });

  it("writes and reads keys and list items that look like the marker as they are", () => {
    const value = { "\u0000\u039d0\u0000\u039d": 1n, list: ["\u0000\u039d1\u0000\u039d", "\u0000"], big: 12345678901234567890n };
    const text = toJsonTextWithBigNumbers(value);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(["\u0000\u039d0\u0000\u039d", "list", "big"]);
    expect(parseJsonTextWithBigNumbers(text)).toEqual({ "\u0000\u039d0\u0000\u039d": 1, list: ["\u0000\u039d1\u0000\u039d", "\u0000"], big: 12345678901234567890n });
  });
});

describe("parseJsonTextWithBigNumbers", () => {
  it("keeps numbers of up to 15 significant digits as plain numbers", () => {
    expect(parseJsonTextWithBigNumbers('{"a":123456789012345,"b":1.5,"c":-0.000000000000001,"d":1e300}')).toEqual({
      a: 123456789012345,
      b: 1.5,
      c: -1e-15,
      d: 1e300,
    });
  });

  it("keeps long integers as bigints and long decimals as NumericValues", () => {
    const parsed = parseJsonTextWithBigNumbers('{"i":12345678901234567890,"n":-9007199254740993,"d":1.2345678901234567,"e":1.2345678901234567e+300}') as Record<
      string,
      unknown
    >;
    expect(parsed.i).toBe(12345678901234567890n);
    expect(parsed.n).toBe(-9007199254740993n);
    expect(parsed.d).toBeInstanceOf(NumericValue);
    expect((parsed.d as NumericValue).string).toBe("1.2345678901234567");
    expect((parsed.e as NumericValue).string).toBe("1.2345678901234567e+300");
  });

  it("leaves digits inside strings alone, escaped quotes and backslashes included", () => {
    const text = String.raw`{"a":"12345678901234567890","b":"x\"12345678901234567890","c\\":12345678901234567890,"d":["\\",98765432109876543210]}`;
    expect(parseJsonTextWithBigNumbers(text)).toEqual({
      a: "12345678901234567890",
      b: 'x"12345678901234567890',
      "c\\": 12345678901234567890n,
      d: ["\\", 98765432109876543210n],
    });
  });

  it("parses an empty body as an empty object and rejects text that is not JSON", () => {
    expect(parseJsonTextWithBigNumbers("")).toEqual({});
    expect(bigNumberJsonText.parse("")).toEqual({});
    expect(() => parseJsonTextWithBigNumbers("{12345678901234567890}")).toThrow(SyntaxError);
    expect(() => parseJsonTextWithBigNumbers("nope")).toThrow(SyntaxError);
  });

  it("property: parses any JSON text as JSON.parse does, except that long numbers stay exact", () => {
    const value = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.string(),
        fc.string({ unit: fc.constantFrom("1", "2", "\\", '"', ".", "e", "-", "x") }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.constant(null),
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie("value"), { maxKeys: 4 }),
      ),
    })).value;
    /** An independent model: the JSON value, with each long number token kept exact. */
    const model = (v: unknown): unknown => {
      if (typeof v === "bigint" || typeof v === "number") {
        const token = typeof v === "bigint" ? v.toString() : JSON.stringify(v);
        const significant = token.replace(/[eE].*$/, "").replace(/[-.]/g, "").replace(/^0+/, "");
        if (significant.length <= 15) return Number(token);
        return /^-?\d+$/.test(token) ? BigInt(token) : new NumericValue(token, "bigDecimal");
      }
      if (Array.isArray(v)) return v.map(model);
      if (typeof v === "object" && v !== null) {
        const out = {};
        for (const [key, item] of Object.entries(v)) Object.defineProperty(out, key, { value: model(item), enumerable: true, writable: true, configurable: true });
        return out;
      }
      return v;
    };
    fc.assert(
      fc.property(value, (v) => {
        expect(parseJsonTextWithBigNumbers(toJsonTextWithBigNumbers(v))).toEqual(model(v));
      }),
      { numRuns: 200 },
    );
});
});

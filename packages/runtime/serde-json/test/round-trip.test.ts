import { NumericValue } from "@smithy/core/serde";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bigNumberJsonText,
  plainJsonText,
  readBigDecimal,
  readBigInteger,
  readBlob,
  readBoolean,
  readDateTime,
  readDocument,
  readDocumentWithBigNumbers,
  readEpochSeconds,
  readEpochSecondsWithBigNumbers,
  readFloat,
  readFloatWithBigNumbers,
  readHttpDate,
  readInteger,
  readIntegerWithBigNumbers,
  readObject,
  readString,
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
  writeString,
  type JsonText,
} from "../src/index.js";

const RUNS = { numRuns: 150 };
/** The readers of numbers a service uses with each JSON text. */
interface NumberReaders {
  readonly readInteger: typeof readInteger;
  readonly readFloat: typeof readFloat;
  readonly readEpochSeconds: typeof readEpochSeconds;
}
const texts: [string, JsonText, NumberReaders][] = [
  ["plainJsonText", plainJsonText, { readInteger, readFloat, readEpochSeconds }],
  [
    "bigNumberJsonText",
    bigNumberJsonText,
    { readInteger: readIntegerWithBigNumbers, readFloat: readFloatWithBigNumbers, readEpochSeconds: readEpochSecondsWithBigNumbers },
  ],
];

/** A value written as a member, through JSON text and back, then read from the member. */
function through(json: JsonText, written: unknown): unknown {
  return readObject(json.parse(json.stringify({ member: written })), "$").member;
}

const yearStart = (year: number): Date => {
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  return date;
};

/** A decimal's value as `<digits>e<exponent>` without trailing zeros: equal for equal values. */
function decimalKey(text: string): string {
  const match = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(text);
  if (!match) throw new Error(`not a decimal: ${text}`);
  const [, sign = "", integer = "", fraction = "", exponent = "0"] = match;
  let digits = (integer + fraction).replace(/^0+/, "");
  let power = Number(exponent) - fraction.length;
  if (digits === "") return "0";
  while (digits.endsWith("0")) {
    digits = digits.slice(0, -1);
    power++;
  }
  return `${sign}${digits}e${power}`;
}

describe.each(texts)("round trips through %s", (_name, json, { readInteger, readFloat, readEpochSeconds }) => {
  it("strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (value) => {
        expect(readString(through(json, writeString(value, "$", "m")), "$", "m")).toBe(value);
      }),
      RUNS,
    );
  });

  it("booleans", () => {
    for (const value of [true, false]) expect(readBoolean(through(json, writeBoolean(value, "$", "m")), "$", "m")).toBe(value);
  });

  it("integers", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger()), (value) => {
        expect(readInteger(through(json, writeInteger(value, "$", "m")), "$", "m")).toBe(value === 0 ? 0 : value);
      }),
      RUNS,
    );
  });

  it("floats, NaN and the infinities included (-0 comes back as 0, as JSON has no -0)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MIN_VALUE, Number.MAX_VALUE)), (value) => {
        const read = readFloat(through(json, writeFloat(value, "$", "m")), "$", "m");
        expect(read).toBe(Object.is(value, -0) ? 0 : value);
      }),
      RUNS,
    );
  });

  it("blobs", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (value) => {
        expect(readBlob(through(json, writeBlob(value, "$", "m")), "$", "m")).toEqual(value);
      }),
      RUNS,
    );
  });

  it("epoch-seconds timestamps, with their milliseconds", () => {
    fc.assert(
      fc.property(fc.date({ min: yearStart(1), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true }), (value) => {
        expect(readEpochSeconds(through(json, writeEpochSeconds(value, "$", "m")), "$", "m").getTime()).toBe(value.getTime());
      }),
      RUNS,
    );
  });

  it("date-time timestamps, with their milliseconds", () => {
    fc.assert(
      fc.property(fc.date({ min: yearStart(100), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true }), (value) => {
        expect(readDateTime(through(json, writeDateTime(value, "$", "m")), "$", "m").getTime()).toBe(value.getTime());
      }),
      RUNS,
    );
  });

  it("http-date timestamps, in whole seconds", () => {
    fc.assert(
      fc.property(fc.date({ min: yearStart(1000), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true }), (value) => {
        const wholeSeconds = Math.floor(value.getTime() / 1000) * 1000;
        expect(readHttpDate(through(json, writeHttpDate(value, "$", "m")), "$", "m").getTime()).toBe(wholeSeconds);
      }),
      RUNS,
    );
  });

  it("documents", () => {
    const readDocumentOf = json === bigNumberJsonText ? readDocumentWithBigNumbers : readDocument;
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(readDocumentOf(through(json, writeDocument(value)))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      RUNS,
    );
  });
});

describe("exact big numbers through bigNumberJsonText", () => {
  it("big integers beyond 2^53 keep every digit, in the JSON text and back", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }), (value) => {
        const text = bigNumberJsonText.stringify({ member: writeBigInteger(value, "$", "m") });
        expect(text).toBe(`{"member":${value}}`);
        expect(readBigInteger(readObject(bigNumberJsonText.parse(text), "$").member, "$", "m")).toBe(value);
      }),
      RUNS,
    );
  });

  it("integers just past 2^53 are not rounded", () => {
    for (const value of [2n ** 53n + 1n, -(2n ** 53n) - 1n, 2n ** 64n + 1n]) {
      expect(readBigInteger(through(bigNumberJsonText, writeBigInteger(value, "$", "m")), "$", "m")).toBe(value);
    }
  });

  const decimalText = fc
    .tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 3 }))
    .map(([unscaled, scale, trailingZeros]) => {
      const digits = (unscaled < 0n ? -unscaled : unscaled).toString().padStart(scale + 1, "0") + "0".repeat(trailingZeros);
      const pointAt = digits.length - scale - trailingZeros;
      const text = scale + trailingZeros === 0 ? digits : `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
      return unscaled < 0n ? `-${text}` : text;
    });

  it("decimals keep their value exactly, and all their digits when there are more than a double holds", () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        const jsonText = bigNumberJsonText.stringify({ member: writeBigDecimal(new NumericValue(text, "bigDecimal"), "$", "m") });
        expect(jsonText).toBe(`{"member":${text}}`);
        const read = readBigDecimal(readObject(bigNumberJsonText.parse(jsonText), "$").member, "$", "m");
        expect(decimalKey(read.string)).toBe(decimalKey(text));
        const significant = text.replace(/[-.]/g, "").replace(/^0+/, "");
        if (significant.length > 15) expect(read.string).toBe(text);
      }),
      RUNS,
    );
  });

  it("a decimal of 40 digits comes back digit for digit", () => {
    const text = "-1234567890123456789012345678.901234567890";
    expect(readBigDecimal(through(bigNumberJsonText, writeBigDecimal(new NumericValue(text, "bigDecimal"), "$", "m")), "$", "m").string).toBe(text);
  });

  it("plainJsonText cannot write a bigint: it is no JSON value", () => {
    expect(() => plainJsonText.stringify({ member: 1n })).toThrow(TypeError);
  });
});

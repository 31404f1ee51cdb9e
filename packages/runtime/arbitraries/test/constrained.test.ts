import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointLength, constrainedString, safeInteger, satisfying } from "../src/index.js";

const RUNS = { numRuns: 150 };

/** Every value of `arbitrary` satisfies `check` (fast-check reports the seed and value otherwise). */
function everyValue<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => boolean | void, runs = RUNS): void {
  fc.assert(fc.property(arbitrary, check), runs);
}

const within = (text: string, min: number, max: number | undefined): boolean => {
  const length = codePointLength(text);
  return length >= min && (max === undefined || length <= max);
};

describe("codePointLength", () => {
  it("counts code points, not UTF-16 units", () => {
    expect(codePointLength("")).toBe(0);
    expect(codePointLength("abc")).toBe(3);
    expect(codePointLength("🎉")).toBe(1);
    expect(codePointLength("a🎉b")).toBe(3);
    expect(codePointLength("\uD800")).toBe(1);
    expect(codePointLength("e\u0301")).toBe(2);
  });

  it("property: is the length of the string's code point array", () => {
    everyValue(fc.string({ unit: "binary" }), (text) => {
      expect(codePointLength(text)).toBe(Array.from(text).length);
    });
  });
});

describe("constrainedString", () => {
  it("without a pattern, gives strings within @length in code points, astral characters included", () => {
    const arbitrary = constrainedString({ minLength: 2, maxLength: 5 }, "test#Short");
    everyValue(arbitrary, (text) => within(text, 2, 5));
    const samples = fc.sample(arbitrary, { numRuns: 500, seed: 1 });
    // A string of 5 code points may have up to 10 UTF-16 units: the bound is not on .length.
    expect(samples.some((text) => text.length > 5)).toBe(true);
  });

  it("without constraints at all, gives any string", () => {
    everyValue(constrainedString({}, "test#Any"), (text) => typeof text === "string");
  });

  it.each<[string, RegExp, number, number | undefined]>([
    ["an anchored pattern", /^[a-z]{3,8}$/, 0, undefined],
    ["an anchored pattern with @length inside its range", /^[a-z]{3,8}$/, 5, 6],
    ["an unanchored pattern", /[a-z]/, 3, 5],
    ["an unanchored \\S", /\S/, 0, undefined],
    ["a pattern anchored at the start only", /^[0-9]/, 1, 4],
    ["a pattern anchored at the end only", /[0-9]$/, 2, 4],
    ["a ResourceName", /^\w[\w\-]*\w$/, 2, 255],
    ["an IAM name", /^[\w+=,.@-]+$/, 1, 64],
    ["an ARN", /^arn:aws[a-z\-]*:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_\/]+$/, 20, 2048],
    ["a host label", /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/, 1, 63],
    ["a unicode pattern", new RegExp("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}\\r\\n\\t]*$", "u"), 0, 256],
    ["a pattern with an escaped dollar at the end", /^a+\$/, 2, 10],
  ])("matches %s within @length", (_what, pattern, minLength, maxLength) => {
    const arbitrary = constrainedString({ pattern, minLength, ...(maxLength === undefined ? {} : { maxLength }) }, `test#${pattern.source}`);
    everyValue(arbitrary, (text) => pattern.test(text) && within(text, minLength, maxLength));
  });

  it("generates from generateFrom for a pattern with a lookahead, checking candidates against the pattern", () => {
    const pattern = /^(?=.*[A-Z])(?=.*[0-9])[A-Za-z0-9]{6,12}$/;
    const arbitrary = constrainedString({ pattern, generateFrom: [/^[A-Za-z0-9]{6,12}$/] }, "test#Password");
    everyValue(arbitrary, (text) => pattern.test(text));
  });

  it("generates from generateFrom for a case-insensitive pattern", () => {
    const pattern = /^[a-f]+$/i;
    const arbitrary = constrainedString({ pattern, minLength: 2, maxLength: 6, generateFrom: [/^[a-fA-F]+$/] }, "test#Hex");
    everyValue(arbitrary, (text) => pattern.test(text) && within(text, 2, 6));
    expect(fc.sample(arbitrary, { numRuns: 200, seed: 3 }).some((text) => /[A-F]/.test(text))).toBe(true);
  });

  it("throws a clear error naming the shape, instead of hanging, for constraints nothing satisfies", () => {
    const arbitrary = constrainedString({ pattern: /^[a-z]{2}$/, minLength: 5 }, "com.example#Impossible");
    const started = Date.now();
    expect(() => fc.sample(arbitrary, 1)).toThrow(/^com\.example#Impossible \(@pattern \/\^\[a-z\]\{2\}\$\/, @length 5\.\.\): no value satisfying the model's constraints/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("fails a property run with that error too", () => {
    const arbitrary = constrainedString({ pattern: /^x$/, maxLength: 0 }, "com.example#Empty");
    expect(() => fc.assert(fc.property(arbitrary, () => true), { numRuns: 5 })).toThrow(/com\.example#Empty/);
  });

  it("builds an arbitrary once per shape and constraints", () => {
    const a = constrainedString({ pattern: /^[a-z]+$/, maxLength: 9 }, "test#Cached");
    expect(constrainedString({ pattern: /^[a-z]+$/, maxLength: 9 }, "test#Cached")).toBe(a);
    expect(constrainedString({ pattern: /^[a-z]+$/, maxLength: 8 }, "test#Cached")).not.toBe(a);
    expect(constrainedString({ pattern: /^[a-z]+$/i, maxLength: 9 }, "test#Cached")).not.toBe(a);
  });

  it("shrinks a failing value to one that still satisfies the constraints", () => {
    const pattern = /^[a-z0-9]+$/;
    const result = fc.check(
      fc.property(constrainedString({ pattern, minLength: 30, maxLength: 40 }, "test#Shrink"), (text) => text.length < 10),
      { seed: 42 },
    );
    expect(result.failed).toBe(true);
    const [counterexample] = result.counterexample ?? [];
    expect(typeof counterexample).toBe("string");
    expect(pattern.test(counterexample as string) && within(counterexample as string, 30, 40)).toBe(true);
  });
});

describe("satisfying", () => {
  it("keeps only accepted values", () => {
    everyValue(satisfying(fc.integer({ min: 0, max: 100 }), (n) => n % 3 === 0, "multiples of 3"), (n) => n % 3 === 0);
  });

  it("names what it generates when nothing is accepted", () => {
    expect(() => fc.sample(satisfying(fc.integer(), () => false, "test#Never"), 1)).toThrow(/^test#Never: no value satisfying the model's constraints in 10000 attempts$/);
  });

  it("tolerates rare acceptance: only consecutive rejections count", () => {
    // One value in 20 is accepted: 1000 values take about 19000 rejections in all, never 10000 in a row.
    const values = fc.sample(satisfying(fc.integer({ min: 0, max: 19 }), (n) => n === 7, "test#Rare"), { numRuns: 1000, seed: 29 });
    expect(values).toHaveLength(1000);
    expect(values.every((n) => n === 7)).toBe(true);
  });
});

describe("safeInteger", () => {
  it.each<[number, number]>([
    [0, 10],
    [-5, -1],
    [7, 7],
    [-(2 ** 40), 2 ** 40],
    [2 ** 32, 2 ** 32 + 10],
    [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    [Number.MAX_SAFE_INTEGER - 3, Number.MAX_SAFE_INTEGER],
  ])("gives integers in [%d, %d]", (min, max) => {
    everyValue(safeInteger(min, max), (n) => Number.isSafeInteger(n) && n >= min && n <= max);
  });

  it("reaches values beyond 32 bits", () => {
    const samples = fc.sample(safeInteger(0, 2 ** 50), { numRuns: 200, seed: 5 });
    expect(samples.some((n) => n > 2 ** 32)).toBe(true);
  });

  it("reaches both bounds", () => {
    const samples = fc.sample(safeInteger(-3, 3), { numRuns: 300, seed: 7 });
    expect(new Set(samples)).toEqual(new Set([-3, -2, -1, 0, 1, 2, 3]));
  });
});

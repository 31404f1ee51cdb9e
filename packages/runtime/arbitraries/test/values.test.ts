import { NumericValue } from "@smithy/core/serde";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import {
  builtOnce,
  decimalValue,
  DEFAULT_MAX_DEPTH,
  documentValue,
  eventStream,
  intEnumValue,
  ReplayedEventStream,
  maxDepthOf,
  stringEnumValue,
  structurallyEqual,
  structure,
  timestamp,
  unionMember,
  unknownUnionMember,
  type ArbitraryOptions,
} from "../src/index.js";

const RUNS = { numRuns: 150 };

function everyValue<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => boolean | void, runs = RUNS): void {
  fc.assert(fc.property(arbitrary, check), runs);
}

/** Whether any number in a JSON-like value is -0. */
function hasNegativeZero(value: unknown): boolean {
  if (typeof value === "number") return Object.is(value, -0);
  if (Array.isArray(value)) return value.some(hasNegativeZero);
  if (typeof value === "object" && value !== null) return Object.values(value).some(hasNegativeZero);
  return false;
}

describe("structure", () => {
  interface Thing {
    id: string;
    count: number;
    label?: string;
    tags?: string[];
  }
  const thing = structure<Thing>({ id: fc.string(), count: fc.integer(), label: fc.string(), tags: fc.array(fc.string()) }, ["id", "count"]);

  it("always sets the required members, with values of their arbitraries", () => {
    everyValue(thing, (value) => typeof value.id === "string" && Number.isInteger(value.count));
  });

  it("never gives a null prototype, nor undefined optional members", () => {
    everyValue(thing, (value) => {
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      for (const key of Object.keys(value)) expect((value as unknown as Record<string, unknown>)[key]).not.toBeUndefined();
    });
  });

  it("sometimes sets the optional members and sometimes leaves them out", () => {
    const samples = fc.sample(thing, { numRuns: 300, seed: 11 });
    expect(samples.some((value) => "label" in value)).toBe(true);
    expect(samples.some((value) => !("label" in value))).toBe(true);
    expect(samples.every((value) => Object.keys(value).every((key) => ["id", "count", "label", "tags"].includes(key)))).toBe(true);
  });
});

describe("unions", () => {
  it("unionMember sets exactly the named member", () => {
    everyValue(unionMember("stringValue", fc.string()), (value) => {
      expect(Object.keys(value)).toEqual(["stringValue"]);
      expect(typeof value.stringValue).toBe("string");
    });
  });

  it("unknownUnionMember never uses a known member name", () => {
    const known = ["a", "b", "c", "stringValue", "$unknown"];
    everyValue(unknownUnionMember(known), (value) => {
      expect(Object.keys(value)).toEqual(["$unknown"]);
      const [name] = value.$unknown;
      expect(value.$unknown).toHaveLength(2);
      expect(name.length).toBeGreaterThan(0);
      expect(known).not.toContain(name);
    });
  });

  it("unknownUnionMember gives a name even when the known names are many short ones", () => {
    const known = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".split("");
    everyValue(unknownUnionMember(known), (value) => !known.includes(value.$unknown[0]), { numRuns: 50 });
  });
});

describe("enums", () => {
  const known = ["RUNNING", "STOPPED", "PENDING"] as const;

  it("stringEnumValue gives only known values by default", () => {
    everyValue(stringEnumValue(known, {}), (value) => (known as readonly string[]).includes(value));
    everyValue(stringEnumValue(known, { unknownEnumValues: false }), (value) => (known as readonly string[]).includes(value));
  });

  it("stringEnumValue with unknownEnumValues also gives other non-empty strings", () => {
    const samples = fc.sample(stringEnumValue(known, { unknownEnumValues: true }), { numRuns: 300, seed: 13 });
    expect(samples.some((value) => (known as readonly string[]).includes(value))).toBe(true);
    const unknown = samples.filter((value) => !(known as readonly string[]).includes(value));
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((value) => typeof value === "string" && value.length > 0)).toBe(true);
  });

  it("intEnumValue gives only known values by default, and other integers with unknownEnumValues", () => {
    const values = [1, 2, 42] as const;
    everyValue(intEnumValue(values, {}), (value) => (values as readonly number[]).includes(value));
    const samples = fc.sample(intEnumValue(values, { unknownEnumValues: true }), { numRuns: 300, seed: 17 });
    expect(samples.every((value) => Number.isInteger(value))).toBe(true);
    expect(samples.some((value) => (values as readonly number[]).includes(value))).toBe(true);
    expect(samples.some((value) => !(values as readonly number[]).includes(value))).toBe(true);
  });
});

describe("structurallyEqual", () => {
  it.each<[string, unknown, unknown, boolean]>([
    ["equal primitives", "a", "a", true],
    ["different primitives", 1, 2, false],
    ["NaN and NaN", Number.NaN, Number.NaN, true],
    ["0 and -0", 0, -0, true],
    ["a number and its string", 1, "1", false],
    ["null and undefined", null, undefined, false],
    ["null and an empty object", null, {}, false],
    ["equal dates", new Date(5), new Date(5), true],
    ["different dates", new Date(5), new Date(6), false],
    ["two invalid dates", new Date(Number.NaN), new Date(Number.NaN), true],
    ["a date and its time", new Date(5), 5, false],
    ["equal bytes", new Uint8Array([1, 2]), new Uint8Array([1, 2]), true],
    ["different bytes", new Uint8Array([1, 2]), new Uint8Array([1, 3]), false],
    ["bytes of different lengths", new Uint8Array([1]), new Uint8Array([1, 0]), false],
    ["bytes and an array", new Uint8Array([1]), [1], false],
    ["equal arrays", [1, [2, { a: 3 }]], [1, [2, { a: 3 }]], true],
    ["arrays in different orders", [1, 2], [2, 1], false],
    ["an array and an object", [1], { 0: 1 }, false],
    ["objects with keys in different orders", { a: 1, b: { c: [NaN] } }, { b: { c: [NaN] }, a: 1 }, true],
    ["objects with different values", { a: 1 }, { a: 2 }, false],
    ["objects with different keys", { a: 1 }, { b: 1 }, false],
    ["an object with an extra key", { a: 1 }, { a: 1, b: 2 }, false],
    ["an undefined member and a missing one", { a: undefined }, {}, false],
    ["undefined members of different names", { a: undefined }, { b: undefined }, false],
    ["nested dates and bytes", { at: new Date(1), data: new Uint8Array([9]) }, { data: new Uint8Array([9]), at: new Date(1) }, true],
  ])("%s", (_what, a, b, expected) => {
    expect(structurallyEqual(a, b)).toBe(expected);
    expect(structurallyEqual(b, a)).toBe(expected);
  });

  it("property: a value equals a structured clone of itself", () => {
    everyValue(fc.jsonValue(), (value) => structurallyEqual(value, structuredClone(value)));
  });
});

describe("timestamp", () => {
  it("gives valid dates in whole milliseconds from 1900 through 2099", () => {
    everyValue(timestamp(), (date) => {
      const time = date.getTime();
      expect(Number.isInteger(time)).toBe(true);
      expect(time).toBeGreaterThanOrEqual(Date.UTC(1900, 0, 1));
      expect(time).toBeLessThanOrEqual(Date.UTC(2099, 11, 31, 23, 59, 59, 999));
    }, { numRuns: 1000 });
  });
});

describe("documentValue", () => {
  it("is never null at the top, has no -0 anywhere and survives JSON", () => {
    everyValue(documentValue(), (value) => {
      expect(value).not.toBeNull();
      expect(hasNegativeZero(value)).toBe(false);
      expect(JSON.parse(JSON.stringify(value))).toEqual(value);
    });
  });

  it("gives plain objects (with Object.prototype) wherever it gives objects", () => {
    const plain = (value: unknown): boolean => {
      if (Array.isArray(value)) return value.every(plain);
      if (typeof value !== "object" || value === null) return true;
      return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(plain);
    };
    everyValue(documentValue(), plain);
  });

  it("gives objects, arrays, strings, numbers and booleans", () => {
    const kinds = new Set(fc.sample(documentValue(), { numRuns: 300, seed: 19 }).map((value) => (Array.isArray(value) ? "array" : typeof value)));
    expect(kinds).toEqual(new Set(["object", "array", "string", "number", "boolean"]));
  });
});

describe("decimalValue", () => {
  it("gives bigDecimal NumericValues of up to 30 digits, 10 of them after the point", () => {
    everyValue(decimalValue(), (value) => {
      expect(value).toBeInstanceOf(NumericValue);
      expect(value.type).toBe("bigDecimal");
      const match = /^(-?)(\d+)(?:\.(\d{1,10}))?$/.exec(value.string);
      expect(match, value.string).not.toBeNull();
      const [, sign, integer = "", fraction = ""] = match!;
      expect((integer.replace(/^0+(?=\d)/, "") + fraction).replace(/^0+/, "").length).toBeLessThanOrEqual(30);
      expect(integer === "0" || !integer.startsWith("0")).toBe(true);
      if (sign === "-") expect(/[1-9]/.test(integer + fraction)).toBe(true);
    });
  });

  it("gives decimals with and without fractions, negative and positive", () => {
    const samples = fc.sample(decimalValue(), { numRuns: 300, seed: 23 }).map((value) => value.string);
    expect(samples.some((text) => text.includes("."))).toBe(true);
    expect(samples.some((text) => !text.includes("."))).toBe(true);
    expect(samples.some((text) => text.startsWith("-"))).toBe(true);
    expect(samples.some((text) => text.replace(/[-.]/g, "").length > 15)).toBe(true);
  });
});

describe("options", () => {
  it("maxDepthOf is the option, or the default of 3", () => {
    expect(DEFAULT_MAX_DEPTH).toBe(3);
    expect(maxDepthOf({})).toBe(3);
    expect(maxDepthOf({ maxDepth: 0 })).toBe(0);
    expect(maxDepthOf({ maxDepth: 7 })).toBe(7);
  });

  it("builtOnce builds once per options object and key", () => {
    const options: ArbitraryOptions = {};
    const build = vi.fn(() => fc.integer());
    const first = builtOnce(options, "test#Shape@3", build);
    expect(builtOnce(options, "test#Shape@3", build)).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
    const otherKey = builtOnce(options, "test#Shape@2", build);
    expect(otherKey).not.toBe(first);
    expect(build).toHaveBeenCalledTimes(2);
    const otherOptions = builtOnce({}, "test#Shape@3", build);
    expect(otherOptions).not.toBe(first);
    expect(build).toHaveBeenCalledTimes(3);
  });

  it("builtOnce lets a recursive shape refer to itself without building it anew at each depth", () => {
    type Tree = { children?: Tree[] };
    const options: ArbitraryOptions = { maxDepth: 12 };
    let builds = 0;
    const tree = (depth: number): fc.Arbitrary<Tree> =>
      builtOnce(options, `test#Tree@${depth}`, () => {
        builds++;
        if (depth === 0) return fc.constant({});
        // Two references to the next depth: without the cache, 2^12 builds.
        return fc.oneof(fc.constant({}), fc.record({ children: fc.array(fc.oneof(tree(depth - 1), tree(depth - 1)), { maxLength: 2 }) }));
      });
    const arbitrary = tree(maxDepthOf(options));
    expect(builds).toBe(13);
    const depthOf = (value: Tree): number => 1 + Math.max(0, ...(value.children ?? []).map(depthOf));
    everyValue(arbitrary, (value) => depthOf(value) <= 13, { numRuns: 50 });
  });
});

describe("eventStream", () => {
  it("gives async iterables that yield their events, in order, every time they are read", async () => {
    await fc.assert(
      fc.asyncProperty(eventStream(unionMember("tick", fc.integer())), async (stream) => {
        expect(stream).toBeInstanceOf(ReplayedEventStream);
        expect(stream.events.length).toBeLessThanOrEqual(5);
        for (let pass = 0; pass < 2; pass++) {
          const read: unknown[] = [];
          for await (const event of stream) read.push(event);
          expect(read).toEqual(stream.events);
        }
      }),
      RUNS,
    );
  });
});

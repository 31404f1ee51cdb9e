import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { epochSecondsToMillis } from "../src/index.js";

describe("epochSecondsToMillis", () => {
  it("gives back the milliseconds of every Date written as ms / 1000", () => {
    fc.assert(fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (time) => void expect(epochSecondsToMillis(time / 1000)).toBe(time)), { numRuns: 2000 });
    expect(epochSecondsToMillis(-4424816564069011 / 1000)).toBe(-4424816564069011);
  });

  it("rounds a finer fraction to the millisecond, and keeps NaN and infinities out of range", () => {
    expect(epochSecondsToMillis(1.0004)).toBe(1000);
    expect(epochSecondsToMillis(-1.5)).toBe(-1500);
    expect(epochSecondsToMillis(946845296.123)).toBe(946845296123);
    expect(epochSecondsToMillis(Number.NaN)).toBeNaN();
    expect(Number.isFinite(epochSecondsToMillis(Number.POSITIVE_INFINITY))).toBe(false);
  });
});

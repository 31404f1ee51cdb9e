import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareChanges } from "../../src/diff/change.js";
import { changesBetween, weatherIdl } from "./support/compare.js";

// Models drawn from a small space: which values an enum has, which optional members a structure has.
const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 40);
const VALUES = ["sunny", "rain", "snow", "hail", "fog", "wind"];
const MEMBERS = ["high", "low", "humidity", "pressure", "uv"];

interface Variant {
  readonly values: readonly string[];
  readonly members: readonly string[];
}

const variant = fc.record({
  values: fc.subarray(VALUES, { minLength: 1 }),
  members: fc.subarray(MEMBERS),
});

function idl({ values, members }: Variant): string {
  return weatherIdl(
    [
      "operation GetForecast {",
      "    output := {",
      "        day: Day",
      "    }",
      "}",
      "",
      "structure Day {",
      "    condition: Condition",
      ...members.map((m) => `    ${m}: Integer`),
      "}",
      "",
      "enum Condition {",
      ...values.map((v) => `    ${v.toUpperCase()} = "${v}"`),
      "}",
    ].join("\n"),
  );
}

const count = (changes: ReturnType<typeof changesBetween>, rule: string): number => changes.filter((c) => c.rule === rule).length;
const minus = (a: readonly string[], b: readonly string[]): string[] => a.filter((x) => !b.includes(x));

describe("diff properties", () => {
  it("finds nothing between a model and itself", () => {
    fc.assert(
      fc.property(variant, (v) => {
        expect(changesBetween(idl(v), idl(v))).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("reports exactly the values and members that differ, as features one way and breaking changes the other", () => {
    fc.assert(
      fc.property(variant, variant, (a, b) => {
        const forward = changesBetween(idl(a), idl(b));
        const backward = changesBetween(idl(b), idl(a));
        expect(count(forward, "AddedEnumValue")).toBe(minus(b.values, a.values).length);
        expect(count(forward, "RemovedEnumValue")).toBe(minus(a.values, b.values).length);
        expect(count(forward, "AddedOptionalMember")).toBe(minus(b.members, a.members).length);
        expect(count(forward, "RemovedMember")).toBe(minus(a.members, b.members).length);
        for (const [rule, inverse] of [
          ["AddedEnumValue", "RemovedEnumValue"],
          ["AddedOptionalMember", "RemovedMember"],
        ] as const) {
          expect(count(backward, inverse)).toBe(count(forward, rule));
        }
        expect(forward.every((c) => (c.rule.startsWith("Added") ? c.severity === "feature" : c.rule.startsWith("Removed") ? c.severity === "breaking" : c.severity === "patch"))).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("lists changes in one order whatever the order of declarations", () => {
    fc.assert(
      fc.property(variant, variant, fc.boolean(), (a, b, reverse) => {
        const reordered = reverse ? { values: [...b.values].reverse(), members: [...b.members].reverse() } : b;
        const changes = changesBetween(idl(a), idl(reordered)).filter((c) => c.rule !== "ChangedMemberOrder");
        expect([...changes].sort(compareChanges)).toEqual(changes);
        expect(changes).toEqual(changesBetween(idl(a), idl(b)).filter((c) => c.rule !== "ChangedMemberOrder"));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

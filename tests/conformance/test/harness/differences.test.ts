import { describe, expect, it } from "vitest";
import { comparable, differences } from "../../src/differential/comparable.js";
import { parseDifference, valueAt } from "../../src/differential/value-paths.js";

describe("differences between the two clients' results", () => {
  it("lists every differing leaf with a path that reads back to the value, odd keys included", () => {
    const ours = comparable({ a: { "b c": [1, { d: "x" }] }, ["__proto__"]: 1, valueOf: [] });
    const official = comparable({ a: { "b c": [1, { d: "y" }] } });
    const found = differences(ours, official);
    expect(found).toEqual(['$.__proto__: 1 vs absent', '$.a["b c"][1].d: "x" vs "y"', "$.valueOf: [] vs absent"]);
    for (const line of found) {
      const parsed = parseDifference(line)!;
      expect(parsed).toBeDefined();
      expect(JSON.stringify(valueAt(ours, parsed.segments))).toBe(parsed.ours === "absent" ? undefined : parsed.ours);
    }
  });

  it("tells dates, bytes, NaN and -0 apart, and ignores undefined members", () => {
    expect(differences(comparable({ t: new Date(1000), u: undefined }), comparable({ t: new Date(1000) }))).toEqual([]);
    expect(differences(comparable(new Uint8Array([1])), comparable(Buffer.from([1])))).toEqual([]);
    expect(differences(comparable(Number.NaN), comparable(Number.NaN))).toEqual([]);
    expect(differences(comparable(-0), comparable(0))).toEqual(['$: {"number":"-0"} vs 0']);
    expect(differences(comparable(new Date(1000)), comparable(new Date(2000)))).toEqual(["$.date: 1000 vs 2000"]);
  });
});

import { describe, expect, it } from "vitest";
import { entryDirName, listModelFiles, listSweepEntries, sampleForTests, selectEntries } from "../../src/sweep/model-files.js";
import { summaryLines } from "../../src/sweep/report.js";
import type { ModelResult } from "../../src/sweep/run-sweep.js";

const CBOR_MODELS = [
  "arc-region-switch-2022-07-26",
  "cloudwatch-2010-08-01",
  "comprehendmedical-2018-10-30",
  "compute-optimizer-2019-11-01",
  "compute-optimizer-automation-2025-09-22",
  "gamelift-2015-10-01",
  "interconnect-2022-07-26",
  "marketplace-entitlement-service-2017-01-11",
  "snowball-2016-06-30",
];

describe("the sweep's entries", () => {
  const entries = listSweepEntries();
  const variants = entries.filter((entry) => entry.protocol !== undefined);

  it("are the 153 models, each followed by itself generated with rpcv2Cbor when its service declares it", () => {
    expect(entries.filter((entry) => entry.protocol === undefined)).toEqual(listModelFiles());
    expect(variants.map((entry) => entry.name)).toEqual(CBOR_MODELS.map((name) => `${name} (rpcv2Cbor)`));
    expect(variants.every((entry) => entry.protocol === "rpcv2Cbor")).toBe(true);
    for (const variant of variants) {
      const base = entries[entries.indexOf(variant) - 1]!;
      expect(variant.name).toBe(`${base.name} (rpcv2Cbor)`);
      expect(variant.path).toBe(base.path);
    }
  });

  it("have directories of their own, without spaces", () => {
    const dirs = entries.map(entryDirName);
    expect(new Set(dirs).size).toBe(entries.length);
    expect(dirs.filter((dir) => /[\s()]/.test(dir))).toEqual([]);
    expect(entryDirName(variants.find((entry) => entry.name.startsWith("cloudwatch"))!)).toBe("cloudwatch-2010-08-01.rpcv2Cbor");
  });

  it("are selected by --only as parts of their names", () => {
    const names = (parts: string[] | undefined) => selectEntries(entries, parts).map((entry) => entry.name);
    expect(names(["cloudwatch-2010"])).toEqual(["cloudwatch-2010-08-01", "cloudwatch-2010-08-01 (rpcv2Cbor)"]);
    expect(names(["rpcv2Cbor"])).toEqual(variants.map((entry) => entry.name));
    expect(names(["gamelift-2015-10-01 (rpcv2Cbor)", "kinesis-2013"])).toEqual(["gamelift-2015-10-01 (rpcv2Cbor)", "kinesis-2013-12-02"]);
    expect(names(undefined)).toHaveLength(entries.length);
  });

  it("have their generated tests sampled: every n-th model counted without the variants, and every variant", () => {
    const sample = sampleForTests(entries, 8);
    const models = listModelFiles();
    expect([...sample].filter((name) => !name.includes("("))).toEqual([...sampleForTests(models, 8)]);
    expect([...sample].filter((name) => name.includes("("))).toEqual(variants.map((entry) => entry.name));
    expect(sampleForTests(models, 8).size).toBe(Math.ceil(153 / 8));
    expect(sampleForTests(entries, 0).size).toBe(0);
    // --only picks a few: the first model among them, and the variants among them.
    expect([...sampleForTests(selectEntries(entries, ["cloudwatch", "kinesis-2013"]), 16)]).toEqual(["cloudwatch-2010-08-01", "cloudwatch-2010-08-01 (rpcv2Cbor)"]);
  });
});

describe("the sweep's summary", () => {
  const ok = { ok: true, milliseconds: 1000 };
  const result = (model: string, protocol?: string): ModelResult => ({
    model,
    ...(protocol ? { protocol } : {}),
    milliseconds: 2000,
    notes: [],
    generate: ok,
    typecheck: ok,
    tests: { ...ok, passedTests: 3, failedTests: 0 },
  });

  it("counts the variants' stages like the models', and names them apart", () => {
    const lines = summaryLines([result("a"), result("b"), result("b (rpcv2Cbor)", "rpcv2Cbor")], 5000, 2);
    expect(lines).toContain("sweep of 2 models and 1 generated again with rpcv2Cbor: 5.0 s wall clock, 2 at a time");
    expect(lines).toContain(
      "  generated again with rpcv2Cbor: 1/1 generated, 1 typechecked, generated tests of 1/1 passing (3 test cases); per entry median 2.0 s, max 2.0 s (b (rpcv2Cbor))",
    );
    // The line .ci/count-tests.mjs reads.
    expect(lines[lines.length - 1]).toBe("sweep: 9 passed, 0 failed, 0 skipped");
  });
});

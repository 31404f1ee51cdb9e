import { describe, expect, it } from "vitest";
import { listModelFiles, listSweepEntries, sampleForTests, selectEntries } from "../../src/sweep/model-files.js";
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
  const severalProtocols = entries.filter((entry) => entry.otherProtocols);

  it("are the 153 models, those whose service declares rpcv2Cbor beside awsJson marked as also speaking it", () => {
    expect(entries.map(({ name, path }) => ({ name, path }))).toEqual(listModelFiles());
    expect(severalProtocols.map((entry) => entry.name)).toEqual(CBOR_MODELS);
    expect(severalProtocols.every((entry) => entry.otherProtocols!.join() === "rpcv2Cbor")).toBe(true);
  });

  it("are selected by --only as parts of their names", () => {
    const names = (parts: string[] | undefined) => selectEntries(entries, parts).map((entry) => entry.name);
    expect(names(["cloudwatch-2010"])).toEqual(["cloudwatch-2010-08-01"]);
    expect(names(["gamelift-2015-10-01", "kinesis-2013"])).toEqual(["gamelift-2015-10-01", "kinesis-2013-12-02"]);
    expect(names(undefined)).toHaveLength(entries.length);
  });

  it("have their generated tests sampled: every n-th model, and every model that speaks a second protocol", () => {
    const sample = sampleForTests(entries, 8);
    const models = listModelFiles();
    const everyEighth = [...sampleForTests(models, 8)];
    expect(everyEighth).toHaveLength(Math.ceil(153 / 8));
    expect([...sample].sort()).toEqual([...new Set([...everyEighth, ...CBOR_MODELS])].sort());
    expect(sampleForTests(entries, 0).size).toBe(0);
    // --only picks a few: the first model among them, and those speaking a second protocol.
    expect([...sampleForTests(selectEntries(entries, ["kinesis-2013", "snowball"]), 16)]).toEqual(["kinesis-2013-12-02", "snowball-2016-06-30"]);
  });
});

describe("the sweep's summary", () => {
  const ok = { ok: true, milliseconds: 1000 };
  const result = (model: string, otherProtocols?: string[]): ModelResult => ({
    model,
    ...(otherProtocols ? { otherProtocols } : {}),
    milliseconds: 2000,
    notes: [],
    generate: ok,
    typecheck: ok,
    tests: { ...ok, passedTests: 3, failedTests: 0 },
  });

  it("counts every model's stages, and gives the figures of those speaking a second protocol apart", () => {
    const lines = summaryLines([result("a"), result("b", ["rpcv2Cbor"])], 5000, 2);
    expect(lines).toContain("sweep of 2 models: 5.0 s wall clock, 2 at a time");
    expect(lines).toContain("  also speaking rpcv2Cbor: 1/1 generated, 1 typechecked, generated tests of 1/1 passing (3 test cases); per model median 2.0 s, max 2.0 s (b)");
    // The line .ci/count-tests.mjs reads.
    expect(lines[lines.length - 1]).toBe("sweep: 6 passed, 0 failed, 0 skipped");
  });
});

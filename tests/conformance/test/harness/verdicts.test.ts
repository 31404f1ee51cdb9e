import { describe, expect, it } from "vitest";
import type { KnownFailure } from "../../src/sweep/known-failures.js";
import { countStages, formatDuration, verdicts } from "../../src/sweep/report.js";
import type { ModelResult } from "../../src/sweep/run-sweep.js";

const ok = { ok: true, milliseconds: 1 };
const listed: KnownFailure[] = [{ model: "m", stage: "tests", error: /expected date-time timestamp/, reason: "F7" }];

function withTests(tests: NonNullable<ModelResult["tests"]>): ModelResult {
  return { model: "m", milliseconds: 3, notes: [], generate: ok, typecheck: ok, tests };
}

const failing = (firstError: string) => ({ ok: false, milliseconds: 1, passedTests: 1, failedTests: 1, firstError });

describe("the sweep's verdicts", () => {
  it("counts a known failure failing as listed as skipped, and fails it once it passes or fails otherwise", () => {
    const asListed = withTests(failing("client.test.ts > reads: expected date-time timestamp (RFC 3339), received number 0"));
    expect(verdicts(asListed, listed).map((v) => v.verdict)).toEqual(["passed", "passed", "known failure"]);
    const passes = withTests({ ...ok, passedTests: 5, failedTests: 0 });
    expect(verdicts(passes, listed)[2]).toMatchObject({ verdict: "failed", line: expect.stringContaining("now passes; remove it") });
    const otherwise = withTests(failing("something else entirely"));
    expect(verdicts(otherwise, listed)[2]).toMatchObject({ verdict: "failed", line: expect.stringContaining("fails otherwise than listed") });
    expect(countStages([asListed, passes, otherwise], listed)).toEqual({ passed: 6, failed: 2, skipped: 1 });
  });

  it("lists App Runner's impossible ServiceId (F11) by the error the sweep saw, and nothing else of App Runner", () => {
    const seen =
      "apprunner-client/test/commands.test.ts > every operation returns any modelled output > CreateService: com.amazonaws.apprunner#ServiceId " +
      "(@pattern /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/, @length 32..32): " +
      "no value satisfying the model's constraints in 10000 attempts";
    const apprunner = (firstError: string): ModelResult => ({ ...withTests(failing(firstError)), model: "apprunner-2020-05-15" });
    expect(verdicts(apprunner(seen)).map((v) => v.verdict)).toEqual(["passed", "passed", "known failure"]);
    expect(verdicts(apprunner("commands.test.ts > CreateService: expected 1 to be 2"))[2]!.verdict).toBe("failed");
  });

  it("fails an unlisted failure with its first error, and reports the stages after a failed generation as not run", () => {
    const broken: ModelResult = { model: "m", milliseconds: 1, notes: [], generate: { ok: false, milliseconds: 1, firstError: "boom" }, testsSkipped: true };
    expect(verdicts(broken, [])).toEqual([
      { stage: "generate", verdict: "failed", line: "FAILED m generate: boom" },
      { stage: "typecheck", verdict: "not run", line: "NOT RUN m typecheck: an earlier stage failed" },
      { stage: "tests", verdict: "not run", line: "NOT RUN m tests: an earlier stage failed" },
    ]);
    expect(countStages([broken], [])).toEqual({ passed: 0, failed: 1, skipped: 2 });
  });
});

describe("durations in the sweep's report", () => {
  it("round to whole seconds past a minute, never showing 60 s", () => {
    expect([formatDuration(12_340), formatDuration(59_990), formatDuration(119_700), formatDuration(125_000)]).toEqual(["12.3 s", "1 min 0 s", "2 min 0 s", "2 min 5 s"]);
  });
});

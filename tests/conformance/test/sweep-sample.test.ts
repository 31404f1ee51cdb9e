import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SWEEP_DIR } from "../src/paths.js";
import { listModelFiles, TEST_SAMPLE } from "../src/sweep/model-files.js";
import { verdicts } from "../src/sweep/report.js";
import { runSweep } from "../src/sweep/run-sweep.js";

/**
 * `pnpm test` sweeps a fixed sample of the official models (`pnpm sweep` does all 153): each is
 * generated, typechecked strictly (with its documentation examples) and has its generated tests run, exactly as the full sweep
 * does. A known failure still failing as listed passes; anything else failing, or a known
 * failure now passing, fails the model's test with the sweep's line.
 */
const outDir = join(SWEEP_DIR, "pnpm-test");
const models = listModelFiles();

describe("sweep sample", () => {
  it("covers the 153 official models, and the sample is among them", () => {
    expect(models).toHaveLength(153);
    expect(TEST_SAMPLE.filter(({ name }) => !models.some((model) => model.name === name))).toEqual([]);
  });

  for (const { name, why } of TEST_SAMPLE) {
    it(`${name} (${why}): generates, typechecks and passes its generated tests`, { timeout: 600_000 }, async () => {
      const [result] = await runSweep({
        models: models.filter((model) => model.name === name),
        testSample: new Set([name]),
        outDir,
        concurrency: 1,
        numRuns: 3,
      });
      const judged = verdicts(result!);
      expect(judged.filter((verdict) => verdict.verdict === "failed").map((verdict) => verdict.line)).toEqual([]);
      expect(judged.map((verdict) => verdict.stage)).toEqual(["generate", "typecheck", "tests"]);
      // The typecheck stage's program held the READMEs' and the commands' examples.
      expect(result!.exampleCount).toBeGreaterThan(0);
    });
  }
});

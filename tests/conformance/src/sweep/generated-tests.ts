import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { GeneratedPackageInfo } from "@smithy-gen/codegen";
import { toolEntry, WORKSPACE_DIR } from "../paths.js";
import { packageEntryPoints } from "./generate-model.js";
import type { GeneratedTestsReport } from "./generated-tests-reporter.js";
import { runNode } from "./run-tool.js";
import type { StageOutcome } from "./typecheck.js";

export interface TestsOutcome extends StageOutcome {
  readonly passedTests: number;
  readonly failedTests: number;
}

const CONFIG = join(WORKSPACE_DIR, "src/sweep/generated-tests.vitest.config.ts");
const REPORTER = join(WORKSPACE_DIR, "src/sweep/generated-tests-reporter.ts");

/**
 * Runs the generated vitest suites of a swept model (all four packages) with `FC_NUM_RUNS` runs
 * per property. Its output is read from the sweep's reporter's file, never printed.
 */
export async function runGeneratedTests(dir: string, packages: readonly GeneratedPackageInfo[], options: { numRuns: number; timeoutMs: number }): Promise<TestsOutcome> {
  const reportFile = join(dir, "generated-tests-report.json");
  rmSync(reportFile, { force: true });
  const run = await runNode(toolEntry("vitest"), ["run", "--config", CONFIG, `--reporter=${REPORTER}`], {
    cwd: dir,
    timeoutMs: options.timeoutMs,
    env: {
      SWEEP_MODEL_DIR: dir,
      SWEEP_ENTRY_POINTS: JSON.stringify(packageEntryPoints(packages)),
      SWEEP_REPORT_FILE: reportFile,
      FC_NUM_RUNS: String(options.numRuns),
    },
  });
  const base = { milliseconds: run.milliseconds, passedTests: 0, failedTests: 0 };
  if (run.timedOut) return { ...base, ok: false, firstError: `the generated tests did not finish in ${Math.round(options.timeoutMs / 1000)} s` };
  if (!existsSync(reportFile)) return { ...base, ok: false, firstError: firstLine(run.output) ?? `vitest exited with ${run.code} and wrote no report` };
  const report = JSON.parse(readFileSync(reportFile, "utf8")) as GeneratedTestsReport;
  const first = report.failures[0];
  const ok = run.code === 0 && report.failed === 0 && !first && report.passed > 0;
  const firstError = first ? `${first.test}: ${first.message}` : report.passed === 0 ? "no generated test ran" : `vitest exited with ${run.code}`;
  return { ...base, ok, passedTests: report.passed, failedTests: report.failed, errorCount: report.failures.length, ...(ok ? {} : { firstError }) };
}

function firstLine(text: string): string | undefined {
  return text.split("\n").map((line) => line.trim()).find((line) => line.length > 0);
}

import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { GeneratedPackageInfo } from "@smithy-gen/codegen";
import { toolEntry, WORKSPACE_DIR } from "../paths.js";
import { packageEntryPoints } from "./generate-model.js";
import { runNode } from "./run-tool.js";
import type { StageOutcome } from "./typecheck.js";

export interface TestsOutcome extends StageOutcome {
  readonly passedTests: number;
  readonly failedTests: number;
}

interface VitestJson {
  numPassedTests?: number;
  numFailedTests?: number;
  testResults?: { name: string; status: string; message?: string; assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[] }[];
}

const CONFIG = join(WORKSPACE_DIR, "src/sweep/generated-tests.vitest.config.ts");

/**
 * Runs the generated vitest suites of a swept model (all four packages) with `FC_NUM_RUNS` runs
 * per property. Its output is read from vitest's JSON report, never printed.
 */
export async function runGeneratedTests(dir: string, packages: readonly GeneratedPackageInfo[], options: { numRuns: number; timeoutMs: number }): Promise<TestsOutcome> {
  const report = join(dir, "vitest-report.json");
  rmSync(report, { force: true });
  const run = await runNode(toolEntry("vitest"), ["run", "--config", CONFIG, "--reporter=json", `--outputFile=${report}`], {
    cwd: dir,
    timeoutMs: options.timeoutMs,
    env: { SWEEP_MODEL_DIR: dir, SWEEP_ENTRY_POINTS: JSON.stringify(packageEntryPoints(packages)), FC_NUM_RUNS: String(options.numRuns) },
  });
  const base = { milliseconds: run.milliseconds, passedTests: 0, failedTests: 0 };
  if (run.timedOut) return { ...base, ok: false, firstError: `the generated tests did not finish in ${Math.round(options.timeoutMs / 1000)} s` };
  if (!existsSync(report)) return { ...base, ok: false, firstError: firstLine(run.output) ?? `vitest exited with ${run.code} and wrote no report` };
  const json = JSON.parse(readFileSync(report, "utf8")) as VitestJson;
  const passedTests = json.numPassedTests ?? 0;
  const failedTests = json.numFailedTests ?? 0;
  const firstError = firstFailure(json, dir);
  const ok = run.code === 0 && failedTests === 0 && firstError === undefined && passedTests > 0;
  return { ...base, ok, passedTests, failedTests, errorCount: failedTests, ...(ok ? {} : { firstError: firstError ?? (passedTests === 0 ? "no generated test ran" : `vitest exited with ${run.code}`) }) };
}

function firstFailure(json: VitestJson, dir: string): string | undefined {
  for (const file of json.testResults ?? []) {
    const where = file.name.replace(`${dir}/`, "");
    for (const test of file.assertionResults ?? []) {
      if (test.status === "failed") return `${where} > ${test.fullName}: ${essence(test.failureMessages?.join("\n") ?? "")}`;
    }
    if (file.status === "failed") return `${where}: ${firstLine(file.message ?? "") ?? "failed"}`;
  }
  return undefined;
}

/** The first line of a failure, and for a fast-check property its "Caused by:" line, which says what went wrong. */
function essence(message: string): string {
  const first = firstLine(message) ?? "failed";
  const cause = message.split("\n").map((line) => line.trim()).find((line) => line.startsWith("Caused by: "));
  return cause ? `${first} ${cause}` : first;
}

function firstLine(text: string): string | undefined {
  return text.split("\n").map((line) => line.trim()).find((line) => line.length > 0);
}

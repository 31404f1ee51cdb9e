import { writeFileSync } from "node:fs";
import type { Reporter, TestModule } from "vitest/node";

/** What the sweep reads of a run of a model's generated tests. */
export interface GeneratedTestsReport {
  readonly passed: number;
  readonly failed: number;
  /** Each failed test (or test file that could not run), with its error and the chain of causes. */
  readonly failures: readonly { readonly test: string; readonly message: string }[];
}

interface ErrorLike {
  readonly message?: string;
  readonly cause?: ErrorLike;
}

/**
 * The sweep's reporter for a model's generated tests: writes a `GeneratedTestsReport` to
 * `SWEEP_REPORT_FILE`. Unlike vitest's JSON reporter it keeps each error's `cause`, where a
 * fast-check property says what went wrong ("Property failed after 1 tests" says nothing).
 */
export default class GeneratedTestsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    const failures: { test: string; message: string }[] = [];
    for (const module of testModules) {
      for (const error of module.errors()) failures.push({ test: module.relativeModuleId, message: describe(error) });
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === "passed") passed++;
        if (result.state !== "failed") continue;
        failed++;
        failures.push({ test: `${module.relativeModuleId} > ${test.fullName}`, message: (result.errors ?? []).map(describe).join(" | ") || "failed" });
      }
    }
    const file = process.env.SWEEP_REPORT_FILE;
    if (!file) throw new Error("SWEEP_REPORT_FILE is not set: this reporter is run by the sweep");
    writeFileSync(file, `${JSON.stringify({ passed, failed, failures } satisfies GeneratedTestsReport)}\n`);
  }
}

/** The error's first line, then each cause's: `Property failed after 1 tests <- ShapeMismatchError: ...`. */
function describe(error: ErrorLike): string {
  const lines: string[] = [];
  for (let current: ErrorLike | undefined = error, depth = 0; current && depth < 5; current = current.cause, depth++) {
    const first = (current.message ?? "").split("\n").find((line) => line.trim().length > 0)?.trim();
    if (first) lines.push(first);
  }
  return lines.join(" <- ") || "failed";
}

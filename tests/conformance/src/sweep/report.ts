import { KNOWN_FAILURES, knownFailure, type KnownFailure } from "./known-failures.js";
import type { ModelResult, StageName } from "./run-sweep.js";
import type { StageOutcome } from "./typecheck.js";

export interface SweepCounts {
  readonly passed: number;
  readonly failed: number;
  /** Stages not run after an earlier failure, and known failures (KNOWN_FAILURES) still failing as listed. */
  readonly skipped: number;
}

export type Verdict = "passed" | "failed" | "known failure" | "not run";

/** The verdict on one model x stage, with the line to print for anything but a pass. */
export interface StageVerdict {
  readonly stage: StageName;
  readonly verdict: Verdict;
  readonly line?: string;
}

const KNOWN_FAILURES_FILE = "tests/conformance/src/sweep/known-failures.ts";

/**
 * Judges each stage of a model against the known failures: a listed failure that still fails as
 * listed is a "known failure"; one that passes, or fails with another error, is a failure.
 */
export function verdicts(result: ModelResult, knownFailures: readonly KnownFailure[] = KNOWN_FAILURES): StageVerdict[] {
  if (result.notStarted) {
    return [{ stage: "generate", verdict: "not run", line: `NOT RUN ${result.model}: the sweep's time budget ran out before it started` }];
  }
  const out: StageVerdict[] = [];
  const stages: [StageName, StageOutcome | undefined][] = [
    ["generate", result.generate],
    ["typecheck", result.typecheck],
    ["tests", result.tests],
  ];
  for (const [stage, outcome] of stages) {
    const known = knownFailure(result.model, stage, knownFailures);
    if (!outcome) {
      const notRun = stage === "typecheck" ? !result.generate.ok : stage === "tests" && result.testsSkipped === true;
      if (notRun) out.push({ stage, verdict: "not run", line: `NOT RUN ${result.model} ${stage}: an earlier stage failed` });
      continue;
    }
    const more = outcome.errorCount && outcome.errorCount > 1 ? ` (and ${outcome.errorCount - 1} more)` : "";
    const first = outcome.firstError ?? "failed";
    if (outcome.ok && known) {
      out.push({ stage, verdict: "failed", line: `FAILED ${result.model} ${stage}: now passes; remove it from ${KNOWN_FAILURES_FILE}` });
    } else if (outcome.ok) {
      out.push({ stage, verdict: "passed" });
    } else if (known && known.error.test(first)) {
      out.push({ stage, verdict: "known failure", line: `KNOWN ${result.model} ${stage}: ${known.reason}` });
    } else if (known) {
      out.push({ stage, verdict: "failed", line: `FAILED ${result.model} ${stage}: fails otherwise than listed in ${KNOWN_FAILURES_FILE}: ${first}${more}` });
    } else {
      out.push({ stage, verdict: "failed", line: `FAILED ${result.model} ${stage}: ${first}${more}` });
    }
  }
  return out;
}

/** Each model x stage: passed, failed, or skipped (not run after a failure, or a known failure). */
export function countStages(results: readonly ModelResult[], knownFailures: readonly KnownFailure[] = KNOWN_FAILURES): SweepCounts {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const result of results) {
    for (const { verdict } of verdicts(result, knownFailures)) {
      if (verdict === "passed") passed++;
      else if (verdict === "failed") failed++;
      else skipped++;
    }
  }
  return { passed, failed, skipped };
}

/** The lines to print for a model as it finishes: every stage that did not simply pass. */
export function verdictLines(result: ModelResult): string[] {
  return verdicts(result).flatMap((verdict) => (verdict.line ? [verdict.line] : []));
}

/** Whether the model has a stage that failed (known failures and stages not run after them excepted). */
export function hasFailure(result: ModelResult): boolean {
  return verdicts(result).some((verdict) => verdict.verdict === "failed");
}

export function formatDuration(milliseconds: number): string {
  const seconds = milliseconds / 1000;
  if (seconds < 59.95) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

/** The figures of the models whose clients also speak `protocol`: how many passed each stage, and their times. */
function otherProtocolLine(protocol: string, results: readonly ModelResult[]): string {
  const tested = results.filter((r) => r.tests);
  const cases = tested.reduce((sum, r) => sum + r.tests!.passedTests + r.tests!.failedTests, 0);
  const times = results.map((r) => r.milliseconds).sort((a, b) => a - b);
  const slowest = [...results].sort((a, b) => b.milliseconds - a.milliseconds)[0];
  return (
    `  also speaking ${protocol}: ${results.filter((r) => r.generate.ok).length}/${results.length} generated, ` +
    `${results.filter((r) => r.typecheck?.ok).length} typechecked, generated tests of ${tested.filter((r) => r.tests!.ok).length}/${tested.length} passing (${cases} test cases); ` +
    `per model median ${formatDuration(percentile(times, 0.5))}, max ${formatDuration(times[times.length - 1] ?? 0)}${slowest ? ` (${slowest.model})` : ""}`
  );
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

/** The closing report: stage counts, the time distribution, the generator's notes, and the counted line CI reads. */
export function summaryLines(results: readonly ModelResult[], wallMilliseconds: number, concurrency: number): string[] {
  const started = results.filter((r) => !r.notStarted);
  const generated = results.filter((r) => r.generate.ok);
  const typechecked = results.filter((r) => r.typecheck?.ok);
  const examples = results.reduce((sum, r) => sum + (r.exampleCount ?? 0), 0);
  const tested = results.filter((r) => r.tests);
  const testsPassed = tested.filter((r) => r.tests!.ok);
  const testCases = tested.reduce((sum, r) => sum + r.tests!.passedTests + r.tests!.failedTests, 0);
  const failedCases = tested.reduce((sum, r) => sum + r.tests!.failedTests, 0);
  const times = started.map((r) => r.milliseconds).sort((a, b) => a - b);
  const slowest = [...started].sort((a, b) => b.milliseconds - a.milliseconds).slice(0, 5);
  const stageTime = (pick: (r: ModelResult) => number | undefined) => results.reduce((sum, r) => sum + (pick(r) ?? 0), 0);
  const otherProtocols = [...new Set(results.flatMap((r) => r.otherProtocols ?? []))];
  const lines = [
    "",
    `sweep of ${results.length} models: ${formatDuration(wallMilliseconds)} wall clock, ${concurrency} at a time` +
      (started.length < results.length ? `; the time budget ran out: ${results.length - started.length} entries not started` : ""),
    `  generated:   ${generated.length}/${started.length} (${formatDuration(stageTime((r) => r.generate.milliseconds))} in all)`,
    `  typechecked: ${typechecked.length}/${generated.length} (strict tsc, one program per model, README and TSDoc examples included: ${examples} in all; ${formatDuration(stageTime((r) => r.typecheck?.milliseconds))} in all)`,
    `  generated tests sampled: ${tested.length} models, ${testsPassed.length} passed, ${tested.length - testsPassed.length} failed; ${testCases} test cases, ${failedCases} failed (${formatDuration(stageTime((r) => r.tests?.milliseconds))} in all)`,
    `  per model: median ${formatDuration(percentile(times, 0.5))}, p90 ${formatDuration(percentile(times, 0.9))}, max ${formatDuration(times[times.length - 1] ?? 0)}`,
    `  slowest: ${slowest.map((r) => `${r.model} ${formatDuration(r.milliseconds)}`).join(", ")}`,
  ];
  for (const protocol of otherProtocols) lines.push(otherProtocolLine(protocol, results.filter((r) => r.otherProtocols?.includes(protocol) && !r.notStarted)));
  const noted = results.filter((r) => r.notes.length > 0);
  if (noted.length > 0) {
    lines.push(`generator notes (${noted.length} models generate, with these limits):`);
    for (const result of noted) for (const note of result.notes) lines.push(`  ${result.model}: ${note}`);
  }
  const known = results.flatMap((r) => verdicts(r).filter((v) => v.verdict === "known failure"));
  if (known.length > 0) lines.push(`known failures still failing as listed (${KNOWN_FAILURES_FILE}): ${known.length}, counted as skipped`);
  const counts = countStages(results);
  lines.push(`sweep: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  return lines;
}

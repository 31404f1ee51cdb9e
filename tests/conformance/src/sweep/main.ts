/**
 * `pnpm sweep`: every official awsJson model through the generator, the strict type checker and
 * (for a sample, and for every model whose client also speaks rpcv2Cbor) the generated tests. One line per
 * failure, then a summary ending in `sweep: N passed, N failed, N skipped` (each entry x stage).
 * Exit code 1 on any failure.
 *
 *   pnpm sweep [--only <name>[,<name>...]] [--every <n>] [--runs <n>] [--concurrency <n>]
 *              [--keep failures|all|none] [--verbose]
 *
 * --only         models whose name contains one of these (default: all 153): `--only cloudwatch-2010`
 * --every        run the generated tests of every n-th model (default 8, env SWEEP_TESTS_EVERY), and of every
 *                model whose client also speaks rpcv2Cbor; 0: none
 * --runs         FC_NUM_RUNS for the generated property tests (default 3, env SWEEP_FC_NUM_RUNS)
 * --concurrency  models at once (default: the number of cores, at most 2; env SWEEP_CONCURRENCY)
 * --keep         which generated directories stay in .sweep/ (default failures)
 * --verbose      a line per model as it finishes
 * --budget-minutes  start no model after this many minutes (env SWEEP_BUDGET_MINUTES; default none):
 *                the rest are reported not run, so that CI ends in time
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { SWEEP_DIR } from "../paths.js";
import { listSweepEntries, sampleForTests, selectEntries } from "./model-files.js";
import { formatDuration, hasFailure, summaryLines, verdictLines } from "./report.js";
import { runSweep, type ModelResult } from "./run-sweep.js";
import { stopToolsOnSignals } from "./run-tool.js";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    every: { type: "string" },
    runs: { type: "string" },
    concurrency: { type: "string" },
    keep: { type: "string" },
    verbose: { type: "boolean" },
    "budget-minutes": { type: "string" },
  },
});

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} expects a whole number, got "${value}"`);
  return parsed;
}

const keep = values.keep ?? "failures";
if (keep !== "failures" && keep !== "all" && keep !== "none") throw new Error(`--keep expects failures, all or none, got "${keep}"`);
const only = values.only?.split(",").filter(Boolean);
const models = selectEntries(listSweepEntries(), only);
const every = integer(values.every ?? process.env.SWEEP_TESTS_EVERY, 8, "every");
const concurrency = Math.max(1, integer(values.concurrency ?? process.env.SWEEP_CONCURRENCY, Math.min(2, availableParallelism()), "concurrency"));
const numRuns = integer(values.runs ?? process.env.SWEEP_FC_NUM_RUNS, 3, "runs");
// The pnpm test sample (TEST_SAMPLE) has its generated tests run by `pnpm test`, not again here.
const testSample = sampleForTests(models, every);

stopToolsOnSignals();
mkdirSync(SWEEP_DIR, { recursive: true });
const severalProtocols = models.filter((model) => model.otherProtocols).length;
console.log(
  `sweep: ${models.length} models${severalProtocols ? ` (${severalProtocols} of them speaking a second protocol)` : ""}, ` +
    `generated tests for ${[...testSample].filter((name) => models.some((m) => m.name === name)).length} of them (FC_NUM_RUNS=${numRuns}), ${concurrency} at a time`,
);
const start = performance.now();
const budgetMinutes = integer(values["budget-minutes"] ?? process.env.SWEEP_BUDGET_MINUTES, 0, "budget-minutes");
let done = 0;
const results = await runSweep({
  models,
  testSample,
  outDir: SWEEP_DIR,
  concurrency,
  numRuns,
  keep,
  ...(budgetMinutes > 0 ? { deadline: start + budgetMinutes * 60_000 } : {}),
  onResult: (result: ModelResult) => {
    done++;
    for (const line of verdictLines(result)) console.log(line);
    if (values.verbose) {
      const stages = [result.generate, result.typecheck, result.tests].filter(Boolean).map((stage) => (stage!.ok ? "ok" : "FAILED"));
      if (!result.notStarted) console.log(`[${done}/${models.length}] ${result.model}: ${stages.join(" ")} ${formatDuration(result.milliseconds)}`);
    }
  },
});
const wall = performance.now() - start;
writeFileSync(join(SWEEP_DIR, "report.json"), `${JSON.stringify({ wallMilliseconds: wall, concurrency, numRuns, results }, null, 2)}\n`);
for (const line of summaryLines(results, wall, concurrency)) console.log(line);
process.exitCode = results.some(hasFailure) ? 1 : 0;

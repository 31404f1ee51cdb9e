import { rmSync } from "node:fs";
import { join } from "node:path";
import { generateModel, summarizeNotes } from "./generate-model.js";
import { runGeneratedTests, type TestsOutcome } from "./generated-tests.js";
import type { ModelFile } from "./model-files.js";
import { typecheckModel, type StageOutcome } from "./typecheck.js";

export type StageName = "generate" | "typecheck" | "tests";
export const STAGES: readonly StageName[] = ["generate", "typecheck", "tests"];

/** What happened to one model. A stage is absent when it was not run (not sampled, or an earlier stage failed). */
export interface ModelResult {
  /** The model's name, `cloudwatch-2010-08-01`. */
  readonly model: string;
  /** The protocols its client speaks beside the default one (`ModelFile.otherProtocols`). */
  readonly otherProtocols?: readonly string[];
  readonly milliseconds: number;
  readonly fileCount?: number;
  /** How many README and TSDoc examples the typecheck stage's program held. */
  readonly exampleCount?: number;
  /** The generator's notes, one line per reason (operations it cannot fully support, patterns it ignores). */
  readonly notes: readonly string[];
  readonly generate: StageOutcome;
  readonly typecheck?: StageOutcome;
  readonly tests?: TestsOutcome;
  /** True when the model was sampled for tests but an earlier stage failed. */
  readonly testsSkipped?: boolean;
  /** True when the sweep's time budget ran out before the model was started: no stage ran. */
  readonly notStarted?: boolean;
}

export interface SweepOptions {
  /** The entries to sweep (`listSweepEntries`). */
  readonly models: readonly ModelFile[];
  /** Names of the entries whose generated tests run. */
  readonly testSample: ReadonlySet<string>;
  readonly outDir: string;
  /** Models worked on at once (default 2). */
  readonly concurrency?: number;
  /** `FC_NUM_RUNS` for the generated property tests (default 3). */
  readonly numRuns?: number;
  /** Keep the generated directories of `"failures"` (default), `"all"` or `"none"` of the models. */
  readonly keep?: "failures" | "all" | "none";
  readonly typecheckTimeoutMs?: number;
  readonly testsTimeoutMs?: number;
  /** `performance.now()` after which no further model is started (the rest are reported not started). */
  readonly deadline?: number;
  /** Called as each model finishes (in completion order). */
  readonly onResult?: (result: ModelResult) => void;
}

/** Generates, typechecks and (for the sample) tests every model, `concurrency` models at a time. Results are in model order. */
export async function runSweep(options: SweepOptions): Promise<ModelResult[]> {
  const results = new Array<ModelResult>(options.models.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < options.models.length) {
      const position = next++;
      const model = options.models[position]!;
      const result =
        options.deadline !== undefined && performance.now() > options.deadline
          ? { model: model.name, ...otherProtocolsOf(model), milliseconds: 0, notes: [], generate: { ok: false, milliseconds: 0, firstError: "not started" }, notStarted: true }
          : await sweepModel(model, options);
      results[position] = result;
      options.onResult?.(result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, worker));
  return results;
}

async function sweepModel(model: ModelFile, options: SweepOptions): Promise<ModelResult> {
  const start = performance.now();
  const dir = join(options.outDir, model.name);
  const sampled = options.testSample.has(model.name);
  const finish = (partial: Omit<ModelResult, "model" | "milliseconds">): ModelResult => {
    const result = { model: model.name, ...otherProtocolsOf(model), milliseconds: performance.now() - start, ...partial };
    const failed = !result.generate.ok || result.typecheck?.ok === false || result.tests?.ok === false;
    // Failures (known ones included) are kept for a look at the generated code.
    if (options.keep === "none" || (options.keep !== "all" && !failed)) rmSync(dir, { recursive: true, force: true });
    return result;
  };

  let generated;
  const generateStart = performance.now();
  try {
    // Synchronous: while it runs, the other worker's tsc or vitest keeps the second core busy.
    generated = generateModel(model.path, dir);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return finish({ notes: [], generate: { ok: false, milliseconds: performance.now() - generateStart, firstError: firstLine(message) }, testsSkipped: sampled });
  }
  const generate: StageOutcome = { ok: true, milliseconds: performance.now() - generateStart };
  const notes = summarizeNotes(generated.notes);
  const typecheck = await typecheckModel(dir, options.typecheckTimeoutMs ?? 600_000);
  if (!sampled) return finish({ fileCount: generated.fileCount, exampleCount: generated.exampleCount, notes, generate, typecheck });
  if (!typecheck.ok) return finish({ fileCount: generated.fileCount, exampleCount: generated.exampleCount, notes, generate, typecheck, testsSkipped: true });
  const tests = await runGeneratedTests(dir, generated.packages, { numRuns: options.numRuns ?? 3, timeoutMs: options.testsTimeoutMs ?? 600_000 });
  return finish({ fileCount: generated.fileCount, exampleCount: generated.exampleCount, notes, generate, typecheck, tests });
}

function otherProtocolsOf(model: ModelFile): { otherProtocols?: readonly string[] } {
  return model.otherProtocols === undefined ? {} : { otherProtocols: model.otherProtocols };
}

function firstLine(text: string): string {
  return text.split("\n").find((line) => line.trim().length > 0)?.trim() ?? "(no message)";
}

import { join } from "node:path";
import { toolEntry } from "../paths.js";
import { runNode } from "./run-tool.js";

export interface StageOutcome {
  readonly ok: boolean;
  readonly milliseconds: number;
  /** The first line worth reading when the stage failed. */
  readonly firstError?: string;
  /** How many errors (tsc) or failed tests (vitest) there were. */
  readonly errorCount?: number;
}

/** `tsc --noEmit -p <dir>/tsconfig.json`: one strict program over the model's four packages. */
export async function typecheckModel(dir: string, timeoutMs: number): Promise<StageOutcome> {
  const run = await runNode(toolEntry("tsc"), ["-p", join(dir, "tsconfig.json"), "--noEmit", "--incremental", "false", "--pretty", "false"], {
    cwd: dir,
    timeoutMs,
    // Room for the largest models (SageMaker's four packages are some 7,600 files).
    nodeOptions: ["--max-old-space-size=6144"],
  });
  if (run.timedOut) return { ok: false, milliseconds: run.milliseconds, firstError: `tsc did not finish in ${Math.round(timeoutMs / 1000)} s` };
  const errors = run.output.split("\n").filter((line) => /error TS\d+:/.test(line));
  if (run.code === 0 && errors.length === 0) return { ok: true, milliseconds: run.milliseconds };
  const first = errors[0] ?? run.output.trim().split("\n")[0] ?? `tsc exited with ${run.code}`;
  return { ok: false, milliseconds: run.milliseconds, firstError: first.replace(`${dir}/`, ""), errorCount: errors.length };
}

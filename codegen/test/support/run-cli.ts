import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { CLI_BIN, CLI_DIST_ENTRY, REPO_ROOT } from "./paths.js";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `smithy-gen` bin (`node codegen/bin/smithy-gen.js ...`) from the repository root. */
export function runCli(args: readonly string[]): Promise<CliRun> {
  if (!existsSync(CLI_DIST_ENTRY)) {
    throw new Error("codegen/dist is missing: run `pnpm --filter @smithy-gen/codegen build` before these tests");
  }
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI_BIN, ...args], { cwd: REPO_ROOT, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs `tasks` with at most `limit` in flight, keeping their order in the result. */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

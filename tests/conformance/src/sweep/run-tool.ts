import { spawn, type ChildProcess } from "node:child_process";

/** The tools running now. */
const running = new Set<ChildProcess>();

/** Makes Ctrl-C (or CI's time running out) stop the running tools with the sweep, leaving no orphan tsc behind. */
export function stopToolsOnSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      for (const child of running) child.kill("SIGKILL");
      process.exit(130);
    });
  }
}

export interface ToolRun {
  readonly code: number;
  readonly output: string;
  readonly milliseconds: number;
  readonly timedOut: boolean;
}

/**
 * Runs `node <entry> ...args` in `cwd`, collecting stdout and stderr together (never printed:
 * the sweep reports its own lines), and kills it after `timeoutMs`.
 */
export function runNode(
  entry: string,
  args: readonly string[],
  options: { cwd: string; timeoutMs: number; env?: Record<string, string>; nodeOptions?: readonly string[] },
): Promise<ToolRun> {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...(options.nodeOptions ?? []), entry, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    running.add(child);
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.on("close", (code) => {
      running.delete(child);
      clearTimeout(timer);
      resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString("utf8"), milliseconds: performance.now() - start, timedOut });
    });
  });
}

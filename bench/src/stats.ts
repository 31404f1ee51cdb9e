/** Small statistics and timing helpers shared by the benchmarks. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Milliseconds of CPU (user + system) this process has used. On a machine shared with other work,
 * CPU time is what a piece of code costs; wall time also counts the waits for a core, which is why
 * the in-process benchmarks time CPU and keep wall time only as a note.
 */
export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

export interface Timing {
  readonly cpuMs: number;
  readonly wallMs: number;
}

/** What one call of `run` costs. */
export async function timeOnce(run: () => unknown): Promise<Timing> {
  const wall = performance.now();
  const cpu = cpuMs();
  await run();
  return { cpuMs: cpuMs() - cpu, wallMs: performance.now() - wall };
}

/** The median CPU and wall time of `runs` calls of `run`, in milliseconds. */
export async function medianOf(runs: number, run: () => unknown): Promise<{ median: number; wallMedian: number; samples: Timing[] }> {
  const samples: Timing[] = [];
  for (let index = 0; index < runs; index++) samples.push(await timeOnce(run));
  return { median: median(samples.map((s) => s.cpuMs)), wallMedian: median(samples.map((s) => s.wallMs)), samples };
}

export interface MicroBenchCase {
  readonly name: string;
  readonly run: () => unknown;
}

export interface MicroBenchOptions {
  /** Milliseconds of calls before measuring, for the JIT. */
  readonly warmupMs: number;
  /** Samples per case; each sample is a batch of calls lasting about `sampleMs`. */
  readonly samples: number;
  readonly sampleMs: number;
}

/**
 * CPU microseconds per call of each case (median over samples). Cases are interleaved sample by
 * sample, so that a slow phase of the machine (another process, GC of a previous case) hits all
 * of them alike; each case's batch size is set once from its warm-up speed.
 */
export async function microBench(cases: readonly MicroBenchCase[], options: MicroBenchOptions): Promise<Map<string, number>> {
  const batch = new Map<string, number>();
  for (const benchCase of cases) {
    let calls = 0;
    const started = performance.now();
    while (performance.now() - started < options.warmupMs) {
      await benchCase.run();
      calls += 1;
    }
    const perCallMs = (performance.now() - started) / calls;
    batch.set(benchCase.name, Math.max(1, Math.round(options.sampleMs / perCallMs)));
  }
  const samples = new Map<string, number[]>(cases.map((benchCase) => [benchCase.name, []]));
  for (let sample = 0; sample < options.samples; sample++) {
    for (const benchCase of cases) {
      const calls = batch.get(benchCase.name)!;
      const started = cpuMs();
      for (let call = 0; call < calls; call++) await benchCase.run();
      samples.get(benchCase.name)!.push(((cpuMs() - started) * 1000) / calls);
    }
  }
  return new Map([...samples].map(([name, values]) => [name, median(values)]));
}

/** `a / b` rounded for a table: `0.42x`. */
export function ratio(a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return "n/a";
  return `${(a / b).toFixed(2)}x`;
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "n/a";
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}

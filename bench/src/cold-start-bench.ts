import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE, type Sdk, bundle, entryScript } from "./bundle-bench.js";
import { OFFICIAL_SDK_ENV } from "./official-sdk.js";
import type { ReportRow } from "./report.js";
import { formatMs, median, ratio } from "./stats.js";

/**
 * Issue 4, cold start: a fresh `node` process that loads the client and builds one (no call),
 * from the minified node bundle and from the installed package (its ES modules, and its CommonJS
 * build), median of N runs each, interleaved. An empty `node` run is measured too, so that the time the client adds
 * can be told from Node.js's own start.
 */
/** The minified node bundle, the package's ES modules (`import`), the package's CommonJS build (`require`). */
type Variant = "bundled" | "unbundled" | "required";

export interface ColdStartResult {
  readonly runs: number;
  /** Medians in CPU milliseconds; `wallMs` the wall-clock medians of the same runs. */
  readonly emptyNodeMs: number;
  readonly ms: Record<`${Sdk}-${Variant}`, number>;
  readonly wallMs: Record<`${Sdk}-${Variant}` | "empty", number>;
  /**
   * The floor under ours: a `node` that loads only the `@smithy/*` and `@aws-sdk/*` modules our
   * runtime packages import when a client is built (the same entry points, nothing of ours), from an
   * ES module (`unbundled`) and a CommonJS one (`required`); both `require` them, as our CommonJS
   * build does whichever way the client is loaded. CPU medians.
   */
  readonly floorMs: Record<Exclude<Variant, "bundled">, number>;
}

/**
 * The modules the runtime packages (`packages/runtime/*`) load with a client: what any client built
 * on these `@smithy/*` building blocks pays at startup, before a line of ours runs.
 */
export const RUNTIME_DEPENDENCY_ENTRY_POINTS = [
  "@smithy/core/client",
  "@smithy/core/config",
  "@smithy/core/endpoints",
  "@smithy/core/protocols",
  "@smithy/core/retry",
  "@smithy/core/serde",
  "@smithy/core/checksum",
  "@smithy/signature-v4",
  "@smithy/node-http-handler",
  "@aws-sdk/util-endpoints",
] as const;

/** The environment of the child processes: NODE_EXTRA_CA_CERTS costs ~40 ms per start, and the SDK's Node.js 22 notice is off. */
function childEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...OFFICIAL_SDK_ENV };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  return env;
}

/**
 * Runs `node <file>` (`node -e ""` without a file) and returns its CPU time (user + system, from
 * bash's `time`) and the wall time the parent saw, in milliseconds. CPU time is the figure the
 * table uses: on a busy machine the wall time mostly counts waits for a core.
 */
function runNode(file: string | undefined, env: NodeJS.ProcessEnv): { cpuMs: number; wallMs: number } {
  const args = file === undefined ? ["-e", ""] : [file];
  const started = performance.now();
  const result = spawnSync("bash", ["-c", 'TIMEFORMAT="%3U %3S"; { time "$0" "$@" >/dev/null 2>&1; } 2>&1', process.execPath, ...args], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const wallMs = performance.now() - started;
  const times = /^(\d+\.\d+) (\d+\.\d+)\s*$/.exec(result.stdout.toString().trim().split("\n").at(-1) ?? "");
  if (result.status !== 0 || times === null) throw new Error(`node ${args.join(" ")} failed (status ${result.status}): ${result.stdout.toString()}${result.stderr.toString()}`);
  return { cpuMs: (Number(times[1]) + Number(times[2])) * 1000, wallMs };
}

export async function benchColdStart(workDir: string, runs: number): Promise<ColdStartResult> {
  const env = childEnvironment();
  const scripts = new Map<string, string>();
  for (const sdk of ["ours", "official"] as const) {
    const entry = join(workDir, `construct-${sdk}.mjs`);
    writeFileSync(entry, entryScript(sdk, false));
    const bundled = join(workDir, `construct-${sdk}.node.bundle.mjs`);
    await bundle(entry, bundled, "node");
    const required = join(workDir, `construct-${sdk}.cjs`);
    writeFileSync(required, requireScript(sdk));
    scripts.set(`${sdk}-bundled`, bundled);
    scripts.set(`${sdk}-unbundled`, entry);
    scripts.set(`${sdk}-required`, required);
  }
  const floorImport = join(workDir, "construct-floor.mjs");
  // Imported by package name under Node.js, a client's CommonJS build is what loads (the `node`
  // condition), and it `require`s these: the ES module floor requires them too.
  writeFileSync(
    floorImport,
    ['import { createRequire } from "node:module";', "const require = createRequire(import.meta.url);", ...RUNTIME_DEPENDENCY_ENTRY_POINTS.map((name) => `require("${name}");`)].join("\n") + "\n",
  );
  const floorRequire = join(workDir, "construct-floor.cjs");
  writeFileSync(floorRequire, RUNTIME_DEPENDENCY_ENTRY_POINTS.map((name) => `require("${name}");`).join("\n") + "\n");
  scripts.set("floor-unbundled", floorImport);
  scripts.set("floor-required", floorRequire);
  const samples = new Map<string, { cpuMs: number; wallMs: number }[]>([["empty", []], ...[...scripts.keys()].map((key): [string, { cpuMs: number; wallMs: number }[]] => [key, []])]);
  // One untimed round first: the file system cache, not the client, would otherwise pay the first run.
  for (const file of scripts.values()) runNode(file, env);
  for (let run = 0; run < runs; run++) {
    samples.get("empty")!.push(runNode(undefined, env));
    for (const [key, file] of scripts) samples.get(key)!.push(runNode(file, env));
  }
  const medianOf = (key: string, field: "cpuMs" | "wallMs") => median(samples.get(key)!.map((sample) => sample[field]));
  const ms = Object.fromEntries([...scripts.keys()].map((key) => [key, medianOf(key, "cpuMs")])) as ColdStartResult["ms"];
  const wallMs = Object.fromEntries([...samples.keys()].map((key) => [key, medianOf(key, "wallMs")])) as ColdStartResult["wallMs"];
  const floorMs = { unbundled: medianOf("floor-unbundled", "cpuMs"), required: medianOf("floor-required", "cpuMs") };
  return { runs, emptyNodeMs: medianOf("empty", "cpuMs"), ms, wallMs, floorMs };
}

function requireScript(sdk: Sdk): string {
  return [
    `const { LightsailClient } = require("${PACKAGE[sdk]}");`,
    `const client = new LightsailClient({ region: "us-east-1", credentials: { accessKeyId: "AKID", secretAccessKey: "secret" } });`,
    `if (typeof client.send !== "function") throw new Error("no client");`,
    "",
  ].join("\n");
}

const VARIANT_LABEL: Record<Variant, string> = {
  bundled: "minified bundle",
  unbundled: "package, import (ESM)",
  required: "package, require (CJS)",
};

export function coldStartRows(result: ColdStartResult): ReportRow[] {
  const floorRows = (["unbundled", "required"] as const).map(
    (kind): ReportRow => ({
      section: "cold start",
      measure: `node: load only the @smithy/* modules our runtime imports, ${VARIANT_LABEL[kind].replace("package, ", "")}`,
      ours: formatMs(result.floorMs[kind]),
      other: formatMs(result.ms[`official-${kind}`]),
      otherKind: "aws-sdk",
      ratio: ratio(result.floorMs[kind], result.ms[`official-${kind}`]),
      note: `the floor under ours (${RUNTIME_DEPENDENCY_ENTRY_POINTS.length} entry points, no code of ours); ours is ${formatMs(result.ms[`ours-${kind}`] - result.floorMs[kind])} above it`,
    }),
  );
  return [...mainColdStartRows(result), ...floorRows];
}

function mainColdStartRows(result: ColdStartResult): ReportRow[] {
  return (["bundled", "unbundled", "required"] as const).map((kind) => {
    const ours = result.ms[`ours-${kind}`];
    const official = result.ms[`official-${kind}`];
    const base = result.emptyNodeMs;
    return {
      section: "cold start",
      measure: `node: load + construct, ${VARIANT_LABEL[kind]}`,
      ours: formatMs(ours),
      other: formatMs(official),
      otherKind: "aws-sdk" as const,
      ratio: ratio(ours, official),
      note:
        `CPU, median of ${result.runs}; above an empty node (${formatMs(base)}): ${formatMs(ours - base)} vs ${formatMs(official - base)} = ${ratio(ours - base, official - base)}; ` +
        `wall ${formatMs(result.wallMs[`ours-${kind}`])} vs ${formatMs(result.wallMs[`official-${kind}`])}`,
    };
  });
}

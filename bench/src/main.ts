/**
 * `pnpm bench`: the loader, the generator and the generated Lightsail packages, each measured in
 * this run against the official AWS SDK (or, where the SDK has no counterpart, against a floor).
 * Prints a table and writes bench/results/latest.json. `--only loader,deserialization` runs some
 * sections only (`--only cbor`: the CBOR deserialization of issue 15). Not part of `pnpm test`:
 * timings say nothing reliable on a busy machine, so nothing here asserts one.
 */
import "./official-sdk.js";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import type { BundleBenchResult } from "./bundle-bench.js";
import type { ColdStartResult } from "./cold-start-bench.js";
import type { DeserializationResult } from "./deserialization-bench.js";
import { type ReportRow, formatTable } from "./report.js";

const SECTIONS = ["loader", "generator", "deserialization", "cbor", "bundle", "cold-start", "throughput"] as const;
type Section = (typeof SECTIONS)[number];

const SETTINGS = {
  loader: { lightsailRuns: 7, allRuns: 3 },
  generator: { lightsailRuns: 5 },
  deserialization: { warmupMs: 500, samples: 25, sampleMs: 40 },
  coldStartRuns: 15,
  throughput: { records: 10_000, pageSize: 100, runs: 7 },
} as const;

const benchDir = fileURLToPath(new URL("../", import.meta.url));
const workDir = `${benchDir}.bench-out`;
const resultsFile = `${benchDir}results/latest.json`;

function selectedSections(argv: readonly string[]): Section[] {
  const index = argv.indexOf("--only");
  if (index === -1) return [...SECTIONS];
  const names = (argv[index + 1] ?? "").split(",").filter(Boolean);
  const unknown = names.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0) {
    console.error(`usage: pnpm bench [--only ${SECTIONS.join(",")}]${unknown.length > 0 ? ` (unknown: ${unknown.join(", ")})` : ""}`);
    process.exit(2);
  }
  return names as Section[];
}

async function main(): Promise<void> {
  const sections = selectedSections(process.argv.slice(2));
  const started = performance.now();
  const rows: ReportRow[] = [];
  const raw: Record<string, unknown> = {};
  const step = async (section: Section, run: () => Promise<{ result: unknown; rows: ReportRow[] }>) => {
    if (!sections.includes(section)) return;
    const sectionStarted = performance.now();
    process.stderr.write(`bench: ${section}...`);
    const done = await run();
    process.stderr.write(` ${((performance.now() - sectionStarted) / 1000).toFixed(1)} s\n`);
    raw[section] = done.result;
    rows.push(...done.rows);
  };

  // Each section's module is imported only when it runs: the loader and generator sections need the
  // built generator, the others the built Lightsail packages.
  await step("loader", async () => {
    const { benchLoader, loaderRows } = await import("./loader-bench.js");
    const result = await benchLoader(SETTINGS.loader);
    return { result, rows: loaderRows(result, SETTINGS.loader) };
  });
  await step("generator", async () => {
    const { benchGenerator, generatorRows } = await import("./generator-bench.js");
    const result = await benchGenerator(SETTINGS.generator);
    return { result, rows: generatorRows(result, SETTINGS.generator) };
  });
  await step("deserialization", async () => {
    const { benchDeserialization, deserializationRows } = await import("./deserialization-bench.js");
    const result = await benchDeserialization(SETTINGS.deserialization);
    return { result, rows: deserializationRows(result) };
  });
  await step("cbor", async () => {
    const { benchCborDeserialization, cborDeserializationRows } = await import("./cbor-deserialization-bench.js");
    const result = await benchCborDeserialization(workDir, SETTINGS.deserialization);
    return { result, rows: cborDeserializationRows(result) };
  });
  await step("bundle", async () => {
    const { benchBundles, bundleRows } = await import("./bundle-bench.js");
    const result = await benchBundles(workDir);
    return { result, rows: bundleRows(result) };
  });
  await step("cold-start", async () => {
    const { benchColdStart, coldStartRows } = await import("./cold-start-bench.js");
    const result = await benchColdStart(workDir, SETTINGS.coldStartRuns);
    return { result, rows: coldStartRows(result) };
  });
  await step("throughput", async () => {
    const { benchThroughput, throughputRows } = await import("./throughput-bench.js");
    const result = await benchThroughput(SETTINGS.throughput);
    return { result, rows: throughputRows(result) };
  });

  const environment = {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
    date: new Date().toISOString(),
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  };
  console.log(`\nsmithy-gen bench (Node.js ${environment.node}, ${environment.cpus} CPUs, load average ${environment.loadAverage.join(" ")}, ${environment.seconds} s)`);
  console.log("Ratios are ours / the other, measured in this run; below 1x is better unless marked.\n");
  console.log(formatTable(rows));
  if (raw.bundle && raw["cold-start"] && raw.deserialization) {
    const { formatGoals, goalRows } = await import("./goals.js");
    const goals = goalRows({
      bundle: raw.bundle as BundleBenchResult,
      coldStart: raw["cold-start"] as ColdStartResult,
      deserialization: raw.deserialization as DeserializationResult[],
    });
    raw.goals = goals;
    console.log("\nIssue 13 goals: the leanest AWS client (ratios against the official client in this run)\n");
    console.log(formatGoals(goals));
  }
  mkdirSync(`${benchDir}results`, { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify({ environment, settings: SETTINGS, rows, raw }, null, 2)}\n`);
  console.log(`\nwrote ${resultsFile}`);
}

await main();

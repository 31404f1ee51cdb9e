import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { loadModel } from "@smithy-gen/codegen";
import { LIGHTSAIL_MODEL, modelFiles } from "./models.js";
import type { ReportRow } from "./report.js";
import { cpuMs, formatMs, median, medianOf, ratio } from "./stats.js";

/**
 * Issue 2: how long `loadModel` takes on the official Lightsail model and on every official model,
 * against the floor of reading and `JSON.parse`-ing the same files. The AWS SDK has no loader to
 * compare with (its generator is smithy-typescript on the JVM), so the floor is the comparison.
 */
export interface LoaderResult {
  /** CPU milliseconds (median); `lightsailWallMs` is the wall-clock median of the same runs. */
  readonly lightsailMs: number;
  readonly lightsailWallMs: number;
  readonly lightsailFloorMs: number;
  readonly allMs: number;
  readonly allFloorMs: number;
  readonly modelCount: number;
  readonly failures: readonly { file: string; error: string }[];
}

export async function benchLoader(options: { lightsailRuns: number; allRuns: number }): Promise<LoaderResult> {
  const parseFloor = (file: string) => JSON.parse(readFileSync(file, "utf8")) as unknown;
  loadModel([LIGHTSAIL_MODEL]); // warm-up: the first load also compiles the loader
  const lightsail = await medianOf(options.lightsailRuns, () => loadModel([LIGHTSAIL_MODEL]));
  const lightsailFloor = await medianOf(options.lightsailRuns, () => parseFloor(LIGHTSAIL_MODEL));

  const files = modelFiles();
  const failures = new Map<string, string>();
  const allRuns: number[] = [];
  const allFloorRuns: number[] = [];
  for (let run = 0; run < options.allRuns; run++) {
    let total = 0;
    let floor = 0;
    for (const file of files) {
      let started = cpuMs();
      try {
        loadModel([file]);
      } catch (error) {
        // A model the loader rejects still counts its time: it was read and validated in full.
        failures.set(basename(file), firstLine(error));
      }
      total += cpuMs() - started;
      started = cpuMs();
      parseFloor(file);
      floor += cpuMs() - started;
    }
    allRuns.push(total);
    allFloorRuns.push(floor);
  }
  return {
    lightsailMs: lightsail.median,
    lightsailWallMs: lightsail.wallMedian,
    lightsailFloorMs: lightsailFloor.median,
    allMs: median(allRuns),
    allFloorMs: median(allFloorRuns),
    modelCount: files.length,
    failures: [...failures].map(([file, error]) => ({ file, error })),
  };
}

export function loaderRows(result: LoaderResult, options: { lightsailRuns: number; allRuns: number }): ReportRow[] {
  const rejected = result.failures.length === 0 ? "" : `; ${result.failures.length} rejected by the loader (see JSON)`;
  return [
    {
      section: "loader",
      measure: "load official Lightsail model",
      ours: formatMs(result.lightsailMs),
      other: formatMs(result.lightsailFloorMs),
      otherKind: "floor",
      ratio: ratio(result.lightsailMs, result.lightsailFloorMs),
      note: `CPU, median of ${options.lightsailRuns} (wall ${formatMs(result.lightsailWallMs)}); floor = read + JSON.parse; no AWS SDK counterpart`,
    },
    {
      section: "loader",
      measure: `load all ${result.modelCount} official models`,
      ours: formatMs(result.allMs),
      other: formatMs(result.allFloorMs),
      otherKind: "floor",
      ratio: ratio(result.allMs, result.allFloorMs),
      note: `CPU, median of ${options.allRuns}, one loadModel per file${rejected}`,
    },
  ];
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 300);
}

import { basename } from "node:path";
import { TARGETS, generateService, loadModel } from "@smithy-gen/codegen";
import { LIGHTSAIL_MODEL, modelFiles } from "./models.js";
import type { ReportRow } from "./report.js";
import { cpuMs, formatMs, medianOf } from "./stats.js";

/**
 * Issue 5: how long generating the four packages (in memory: `generateService` with every target)
 * takes for the official Lightsail model and for every official model, and how the speed in shapes
 * per second changes with the model's size. Loading is not timed here.
 */
export interface GeneratedModel {
  readonly file: string;
  /** Shapes the model file defines (the bundled prelude and trait definitions left out). */
  readonly shapes: number;
  readonly files: number;
  readonly ms: number;
}

export interface GeneratorResult {
  /** CPU milliseconds, like every time here; `lightsailWallMs` is the wall-clock median. */
  readonly lightsailMs: number;
  readonly lightsailWallMs: number;
  readonly lightsailShapes: number;
  readonly lightsailFiles: number;
  readonly allMs: number;
  readonly models: readonly GeneratedModel[];
  readonly failures: readonly { file: string; stage: "load" | "generate"; error: string }[];
  /** time ~ shapes^exponent, fitted by least squares on log-log. */
  readonly exponent: number;
  readonly buckets: readonly { label: string; models: number; shapes: number; ms: number; shapesPerSecond: number }[];
}

export async function benchGenerator(options: { lightsailRuns: number }): Promise<GeneratorResult> {
  const lightsail = loadModel([LIGHTSAIL_MODEL]);
  const lightsailShapes = lightsail.model.shapes.size - lightsail.bundledShapeIds.size;
  const warmup = generateService(lightsail.model, TARGETS);
  const lightsailRun = await medianOf(options.lightsailRuns, () => generateService(lightsail.model, TARGETS));

  const models: GeneratedModel[] = [];
  const failures: GeneratorResult["failures"][number][] = [];
  for (const file of modelFiles()) {
    let loaded: ReturnType<typeof loadModel>;
    try {
      loaded = loadModel([file]);
    } catch (error) {
      failures.push({ file: basename(file), stage: "load", error: firstLine(error) });
      continue;
    }
    const started = cpuMs();
    try {
      const result = generateService(loaded.model, TARGETS);
      models.push({
        file: basename(file),
        shapes: loaded.model.shapes.size - loaded.bundledShapeIds.size,
        files: result.files.length,
        ms: cpuMs() - started,
      });
    } catch (error) {
      failures.push({ file: basename(file), stage: "generate", error: firstLine(error) });
    }
  }
  return {
    lightsailMs: lightsailRun.median,
    lightsailWallMs: lightsailRun.wallMedian,
    lightsailShapes,
    lightsailFiles: warmup.files.length,
    allMs: models.reduce((sum, model) => sum + model.ms, 0),
    models,
    failures,
    exponent: fitExponent(models),
    buckets: bucketize(models),
  };
}

const BUCKETS: readonly [string, number][] = [
  ["< 200 shapes", 200],
  ["200-499 shapes", 500],
  ["500-999 shapes", 1000],
  ["1000-1999 shapes", 2000],
  [">= 2000 shapes", Number.POSITIVE_INFINITY],
];

function bucketize(models: readonly GeneratedModel[]): GeneratorResult["buckets"] {
  let lower = 0;
  return BUCKETS.map(([label, upper]) => {
    const inside = models.filter((model) => model.shapes >= lower && model.shapes < upper);
    lower = upper;
    const shapes = inside.reduce((sum, model) => sum + model.shapes, 0);
    const ms = inside.reduce((sum, model) => sum + model.ms, 0);
    return { label, models: inside.length, shapes, ms, shapesPerSecond: ms > 0 ? (shapes / ms) * 1000 : Number.NaN };
  }).filter((bucket) => bucket.models > 0);
}

function fitExponent(models: readonly GeneratedModel[]): number {
  const points = models.filter((model) => model.shapes > 0 && model.ms > 0).map((model) => [Math.log(model.shapes), Math.log(model.ms)] as const);
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const covariance = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
  const variance = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  return covariance / variance;
}

export function generatorRows(result: GeneratorResult, options: { lightsailRuns: number }): ReportRow[] {
  const totalShapes = result.models.reduce((sum, model) => sum + model.shapes, 0);
  const failed = result.failures.length === 0 ? "" : `; ${result.failures.length} not generated (see JSON)`;
  const rows: ReportRow[] = [
    {
      section: "generator",
      measure: `generate official Lightsail (${result.lightsailShapes} shapes, ${result.lightsailFiles} files)`,
      ours: formatMs(result.lightsailMs),
      other: "",
      otherKind: "",
      ratio: "",
      note: `CPU, median of ${options.lightsailRuns} (wall ${formatMs(result.lightsailWallMs)}), in memory, 4 packages; ${Math.round((result.lightsailShapes / result.lightsailMs) * 1000)} shapes/s`,
    },
    {
      section: "generator",
      measure: `generate ${result.models.length} official models (${totalShapes} shapes)`,
      ours: formatMs(result.allMs),
      other: "",
      otherKind: "",
      ratio: "",
      note: `CPU; ${Math.round((totalShapes / result.allMs) * 1000)} shapes/s overall; time ~ shapes^${result.exponent.toFixed(2)} (log-log fit)${failed}`,
    },
  ];
  for (const bucket of result.buckets) {
    rows.push({
      section: "generator",
      measure: `  models of ${bucket.label}`,
      ours: `${Math.round(bucket.shapesPerSecond)} shapes/s`,
      other: "",
      otherKind: "",
      ratio: "",
      note: `${bucket.models} models, ${bucket.shapes} shapes, ${formatMs(bucket.ms)}`,
    });
  }
  return rows;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 300);
}

import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GenerateResult } from "../../src/core/pipeline.js";
import { loadModel } from "../../src/assembly/load.js";
import { AWS_MODELS_DIR, REPO_ROOT } from "../support/paths.js";
import { generateTypes, removeDir, runPackageTests, tempDir, typecheck, writeFiles } from "./types-support.js";

const OBSTACLE_COURSE = join(REPO_ROOT, "codegen/test/fixtures/obstacle-course.smithy");
const LIGHTSAIL = join(AWS_MODELS_DIR, "lightsail-2016-11-28.json");

/** Generates the types package of a model into a fresh directory under codegen/.tmp. */
function generateInto(prefix: string, modelPath: string): { root: string; packageDir: string; result: GenerateResult } {
  const result = generateTypes(loadModel([modelPath]).model);
  const root = tempDir(prefix);
  writeFiles(root, result);
  return { root, packageDir: join(root, result.packages[0]!.dir), result };
}

describe("compile and run: the naming obstacle course", () => {
  let generated: ReturnType<typeof generateInto>;
  beforeAll(() => {
    generated = generateInto("obstacle-course", OBSTACLE_COURSE);
  });
  afterAll(() => removeDir(generated.root));

  it("typechecks under strict (src and generated tests)", () => {
    const { status, output } = typecheck(generated.packageDir);
    expect(output).toBe("");
    expect(status).toBe(0);
  }, 120_000);

  it("passes its own generated tests", () => {
    const { status, output } = runPackageTests(generated.packageDir, { FC_NUM_RUNS: "25" });
    expect(status, output).toBe(0);
  }, 180_000);

  it("builds errors that are instances of their classes, with renamed members kept", async () => {
    const types = await import(pathToFileURL(join(generated.packageDir, "src/index.ts")).href);
    const error = new types._Error({ $metadata: {}, message: "slow down", name_: "modelled name", stack_: "modelled stack", code: 7 });
    expect(error).toBeInstanceOf(types._Error);
    expect(error).toBeInstanceOf(types.ObstacleCourseServiceException);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("Error");
    expect(error.message).toBe("slow down");
    expect(error.name_).toBe("modelled name");
    expect(error.stack_).toBe("modelled stack");
    expect(typeof error.stack).toBe("string");
    expect(error.$retryable).toEqual({ throttling: true });
    expect(Object.getPrototypeOf(error)).toBe(types._Error.prototype);
  });

  it("nests recursive values down to maxDepth and never deeper", async () => {
    const arbitraries = await import(pathToFileURL(join(generated.packageDir, "src/arbitraries.ts")).href);
    const depthOf = (value: { parent?: unknown; children?: unknown[] } | undefined): number => {
      if (!value) return -1;
      const below = [value.parent, ...(value.children ?? [])].map((v) => depthOf(v as typeof value));
      return 1 + Math.max(-1, ...below);
    };
    for (const maxDepth of [0, 1, 2]) {
      const depths = fc.sample(arbitraries.arbitraryObject({ maxDepth }), { numRuns: 200, seed: 7 }).map(depthOf);
      expect(Math.max(...depths)).toBe(maxDepth);
    }
  });

  it("generates enum values and union members the model does not list only when asked", async () => {
    const arbitraries = await import(pathToFileURL(join(generated.packageDir, "src/arbitraries.ts")).href);
    const types = await import(pathToFileURL(join(generated.packageDir, "src/index.ts")).href);
    const known: unknown[] = Object.values(types._Symbol);
    const strict = fc.sample(arbitraries.arbitrarySymbol(), { numRuns: 200, seed: 1 });
    const open = fc.sample(arbitraries.arbitrarySymbol({ unknownEnumValues: true }), { numRuns: 200, seed: 1 });
    expect(strict.every((v: unknown) => known.includes(v))).toBe(true);
    expect(open.some((v: unknown) => !known.includes(v))).toBe(true);
    const unions = fc.sample(arbitraries.arbitraryPromise({ unknownUnionMembers: true }), { numRuns: 200, seed: 1 });
    expect(unions.some((v: object) => "$unknown" in v)).toBe(true);
    expect(fc.sample(arbitraries.arbitraryPromise(), { numRuns: 200, seed: 1 }).some((v: object) => "$unknown" in v)).toBe(false);
  });
});

describe("compile and run: the full official Lightsail model", () => {
  let generated: ReturnType<typeof generateInto>;
  beforeAll(() => {
    generated = generateInto("lightsail", LIGHTSAIL);
  });
  afterAll(() => removeDir(generated.root));

  it("generates one file per named shape, and an arbitrary per shape an operation reaches", () => {
    const paths = generated.result.files.map((f) => f.path);
    expect(paths).toContain("lightsail-types/src/models/export-snapshot-record.ts");
    expect(paths).toContain("lightsail-types/src/errors/not-found-exception.ts");
    expect(paths).toContain("lightsail-types/src/arbitraries/get-export-snapshot-records-request.ts");
    expect(paths.filter((p) => p.startsWith("lightsail-types/src/errors/")).length).toBe(9);
  });

  it("typechecks under strict (src and generated tests)", () => {
    const { status, output } = typecheck(generated.packageDir);
    expect(output).toBe("");
    expect(status).toBe(0);
  }, 240_000);

  it("passes its own generated tests", () => {
    const { status, output } = runPackageTests(generated.packageDir, { FC_NUM_RUNS: "5" });
    expect(status, output.slice(-4000)).toBe(0);
  }, 240_000);
});

/**
 * The 153 AWS service models (`../shared/models/aws`) load, with no error and no unknown-trait
 * warning (the bundled trait definitions cover what AWS uses), and `ast` gives back the shapes
 * it was given.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/assembly/load.js";
import { modelToJsonAst } from "../../src/model/json-ast.js";
import { parseNodeJson } from "../../src/model/node-json.js";
import { nodeEquals, type NodeObject } from "../../src/model/node.js";
import { AWS_MODELS_DIR } from "../support/paths.js";
import { runCli } from "../support/run-cli.js";

const LIGHTSAIL = join(AWS_MODELS_DIR, "lightsail-2016-11-28.json");
const modelFiles = readdirSync(AWS_MODELS_DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();

function firstDifference(actual: NodeObject, expected: NodeObject): string | undefined {
  for (const id of new Set([...Object.keys(actual), ...Object.keys(expected)])) {
    if (!nodeEquals(actual[id], expected[id])) return id;
  }
  return undefined;
}

describe("AWS models", () => {
  it("`smithy-gen ast` prints the Lightsail shapes it was given (real CLI)", async () => {
    const run = await runCli(["ast", LIGHTSAIL]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as NodeObject;
    const original = JSON.parse(readFileSync(LIGHTSAIL, "utf8")) as NodeObject;
    expect(firstDifference(printed.shapes as NodeObject, original.shapes as NodeObject)).toBeUndefined();
    expect(Object.keys(printed.shapes as NodeObject).length).toBe(Object.keys(original.shapes as NodeObject).length);
  }, 30_000);

  it("loads Lightsail well under a second", () => {
    const start = performance.now();
    const result = loadModel([LIGHTSAIL]);
    const elapsed = performance.now() - start;
    expect(result.model.shapesOfType("operation").length).toBe(161);
    expect(elapsed).toBeLessThan(1000);
  });

  it("loads all 153 models with no warning and round-trips their shapes", () => {
    expect(modelFiles.length).toBe(153);
    const problems: string[] = [];
    let loadTime = 0;
    for (const file of modelFiles) {
      const path = join(AWS_MODELS_DIR, file);
      const text = readFileSync(path, "utf8");
      const start = performance.now();
      const result = loadModel([path]);
      loadTime += performance.now() - start;
      // Unknown-trait warnings would mean the bundled definitions miss a trait AWS uses.
      for (const warning of result.warnings) problems.push(`${file}: ${warning.message}`);
      const printed = modelToJsonAst(result.model, { shapeFilter: (id) => !result.bundledShapeIds.has(id) });
      // read exactly, as the loader reads it: iotfleetwise's `@range(max: 9223372036854775807)` stays that number
      const difference = firstDifference(printed.shapes as NodeObject, (parseNodeJson(text) as NodeObject).shapes as NodeObject);
      if (difference) problems.push(`${file}: ${difference} differs`);
    }
    expect(problems).toEqual([]);
    // A few seconds at most for 55 MB of JSON; generous here so that a slow CI machine passes.
    expect(loadTime).toBeLessThan(15_000);
    console.log(`aws-models: loaded ${modelFiles.length} models in ${Math.round(loadTime)} ms`);
  }, 60_000);
});

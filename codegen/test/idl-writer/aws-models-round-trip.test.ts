/**
 * Every official AWS model (`../shared/models/aws`, 153 JSON ASTs) written as IDL 2.0 loads back
 * to the same model: the JSON AST of the loaded IDL is the JSON AST of the loaded JSON, byte for
 * byte, in the one-file-per-namespace layout and in model-update's service layout; and the model
 * loaded from the IDL is written as the same IDL text.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel, loadModelFromSources, type LoadResult } from "../../src/assembly/load.js";
import { modelToIdl } from "../../src/idl-writer/index.js";
import { modelToJsonAst } from "../../src/model/json-ast.js";
import { nodeToJson } from "../../src/model/node-json.js";
import { AWS_MODELS_DIR } from "../support/paths.js";

const MODELS = readdirSync(AWS_MODELS_DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();

const astText = (result: LoadResult): string => nodeToJson(modelToJsonAst(result.model, { shapeFilter: (id) => !result.bundledShapeIds.has(id) }), 2);

/** The first line where two texts differ, with a little context. */
function firstDifference(a: string, b: string): string {
  const left = a.split("\n");
  const right = b.split("\n");
  const at = left.findIndex((line, i) => line !== right[i]);
  return `line ${at + 1}:\n- ${left.slice(Math.max(0, at - 3), at + 2).join("\n- ")}\n+ ${right.slice(Math.max(0, at - 3), at + 2).join("\n+ ")}`;
}

describe("IDL writer over the AWS models", () => {
  it("writes each of the 153 models as IDL that loads back to the same JSON AST", () => {
    expect(MODELS.length).toBe(153);
    const problems: string[] = [];
    let idlBytes = 0;
    let splitFiles = 0;
    for (const name of MODELS) {
      const original = loadModel([join(AWS_MODELS_DIR, name)]);
      const files = modelToIdl(original.model, { shapeFilter: (id) => !original.bundledShapeIds.has(id) });
      idlBytes += files.reduce((sum, f) => sum + f.text.length, 0);
      let reloaded: LoadResult;
      try {
        reloaded = loadModelFromSources(files.map((f) => ({ path: f.path, text: f.text })));
      } catch (error) {
        problems.push(`${name}: the written IDL does not load: ${String(error).slice(0, 500)}`);
        continue;
      }
      const expected = astText(original);
      const actual = astText(reloaded);
      if (actual !== expected) problems.push(`${name}: ${firstDifference(expected, actual)}`);
      // the service layout (what model-update writes) loads back the same too
      const services = original.model.shapesOfType("service").filter((shape) => !original.bundledShapeIds.has(shape.id));
      if (services.length === 1) {
        const split = modelToIdl(original.model, { shapeFilter: (id) => !original.bundledShapeIds.has(id), layout: "service" });
        const fromSplit = astText(loadModelFromSources(split.map((f) => ({ path: f.path, text: f.text }))));
        if (fromSplit !== expected) problems.push(`${name} (service layout): ${firstDifference(expected, fromSplit)}`);
        splitFiles += split.length;
      }
      // byte-stable: the reloaded model is written as the same text
      const again = modelToIdl(reloaded.model, { shapeFilter: (id) => !reloaded.bundledShapeIds.has(id) });
      if (again.map((f) => f.text).join("\n") !== files.map((f) => f.text).join("\n")) problems.push(`${name}: written twice, the IDL differs`);
    }
    expect(problems, problems.join("\n\n")).toEqual([]);
    expect(idlBytes).toBeGreaterThan(0);
    expect(splitFiles).toBeGreaterThan(153);
  }, 300_000);
});

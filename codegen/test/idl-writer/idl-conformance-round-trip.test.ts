/**
 * Every valid case of Smithy's IDL loader tests (`../shared/smithy/idl-conformance/valid`) that
 * loads on its own, written as IDL, loads back to the same model: resources, `for` and elided
 * members, IDL 1.0 files, text blocks and traits of every shape the test suite has. A set (IDL
 * 1.0) comes back as Smithy 2.0's form of it, a list with `@uniqueItems`.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModelFromSources, type LoadResult } from "../../src/assembly/load.js";
import { modelToIdl } from "../../src/idl-writer/index.js";
import { ModelError } from "../../src/model/diagnostics.js";
import { modelToJsonAst } from "../../src/model/json-ast.js";
import { nodeToJson } from "../../src/model/node-json.js";
import { sortNode, type NodeObject } from "../../src/model/node.js";
import { IDL_CONFORMANCE_DIR, listFiles } from "../support/paths.js";

const CASES = listFiles(`${IDL_CONFORMANCE_DIR}/valid`).filter((f) => f.endsWith(".smithy") || f.endsWith(".json"));
/** The JSON AST text; with `setsAsLists`, a set is the list with `@uniqueItems` that the IDL writer makes of it. */
function astText(result: LoadResult, setsAsLists = false): string {
  const ast = modelToJsonAst(result.model, { shapeFilter: (id) => !result.bundledShapeIds.has(id) });
  if (setsAsLists) {
    for (const shape of Object.values(ast.shapes as NodeObject) as NodeObject[]) {
      if (shape.type !== "set") continue;
      shape.type = "list";
      shape.traits = sortNode({ ...((shape.traits as NodeObject | undefined) ?? {}), "smithy.api#uniqueItems": {} });
    }
  }
  return nodeToJson(ast, 2);
}

describe("IDL writer over the IDL conformance cases", () => {
  it("writes every case that loads as IDL that loads back the same", () => {
    const problems: string[] = [];
    let written = 0;
    for (const file of CASES) {
      const name = relative(IDL_CONFORMANCE_DIR, file);
      let original: LoadResult;
      try {
        original = loadModelFromSources([{ path: file, text: readFileSync(file, "utf8") }]);
      } catch (error) {
        if (error instanceof ModelError) continue; // a case that needs other files
        throw error;
      }
      written++;
      const files = modelToIdl(original.model, { shapeFilter: (id) => !original.bundledShapeIds.has(id) });
      try {
        const reloaded = loadModelFromSources(files.map((f) => ({ path: f.path, text: f.text })));
        if (astText(reloaded) !== astText(original, true)) problems.push(`${name}: loads back differently`);
      } catch (error) {
        problems.push(`${name}: ${String(error).slice(0, 300)}`);
      }
    }
    expect(problems, problems.join("\n")).toEqual([]);
    expect(written).toBeGreaterThan(100);
  }, 120_000);
});

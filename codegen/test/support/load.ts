import { loadModelFromSources, type LoadOptions, type LoadResult } from "../../src/assembly/load.js";
import { ModelError, type Diagnostic } from "../../src/model/diagnostics.js";
import { modelToJsonAst } from "../../src/model/json-ast.js";
import type { NodeObject } from "../../src/model/node.js";

/** Loads in-memory files, given as `{ "name.smithy": text }`. */
export function load(files: Record<string, string>, options?: LoadOptions): LoadResult {
  return loadModelFromSources(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    options,
  );
}

/** The errors a load fails with (the test fails if it does not). */
export function loadErrors(files: Record<string, string>, options?: LoadOptions): Diagnostic[] {
  try {
    load(files, options);
  } catch (error) {
    if (error instanceof ModelError) return error.diagnostics.filter((d) => d.severity === "error");
    throw error;
  }
  throw new Error("expected the model to be invalid");
}

/** The user's shapes of a loaded model as the JSON AST writes them. */
export function userShapes(result: LoadResult): NodeObject {
  return modelToJsonAst(result.model, { shapeFilter: (id) => !result.bundledShapeIds.has(id) }).shapes as NodeObject;
}

// Loading both Lightsail models and walking an operation's closure, shared by the tests.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadModel, membersOf, Model, PRELUDE_NAMESPACE, readJsonAst, shapeIdNamespace, type LoadResult, type ShapeId } from "@smithy-gen/codegen";

export const NAMESPACE = "com.amazonaws.lightsail";
export const SERVICE_ID: ShapeId = `${NAMESPACE}#Lightsail_20161128`;
export const OPERATION_ID: ShapeId = `${NAMESPACE}#GetExportSnapshotRecords`;

export const MODEL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** shared/ sits beside the repository, both in a work tree and in CI's clone. */
export const SHARED_DIR = resolve(MODEL_DIR, "..", "..", "shared");
export const OFFICIAL_FILE = join(SHARED_DIR, "models", "aws", "lightsail-2016-11-28.json");
export const SEED_FILE = join(SHARED_DIR, "seed", "lightsail-get-export-snapshot-records.rst");

/**
 * The `.smithy` files of model/ and model/operations/, named one by one so that package.json,
 * node_modules and the tests stay out.
 */
export function modelFiles(): string[] {
  const smithyFiles = (dir: string): string[] =>
    readdirSync(dir)
      .filter((name) => name.endsWith(".smithy"))
      .sort()
      .map((name) => join(dir, name));
  return [...smithyFiles(MODEL_DIR), ...smithyFiles(join(MODEL_DIR, "operations"))];
}

/** model/, strictly: a trait without a definition is an error, not a warning. */
export function loadOurModel(): LoadResult {
  return loadModel(modelFiles(), { strict: true });
}

export function loadOfficialModel(): Model {
  const fragment = readJsonAst(OFFICIAL_FILE, readFileSync(OFFICIAL_FILE, "utf8"));
  return new Model(new Map(fragment.shapes.map((shape) => [shape.id, shape])), fragment.metadata);
}

/**
 * The shapes an operation needs, in visit order: the operation, its input, output and errors,
 * and every member target, recursively. Prelude shapes (`smithy.api#...`) are left out.
 */
export function closureOf(model: Model, root: ShapeId): ShapeId[] {
  const seen = new Set<ShapeId>();
  const visit = (id: ShapeId): void => {
    if (shapeIdNamespace(id) === PRELUDE_NAMESPACE || seen.has(id)) return;
    seen.add(id);
    const shape = model.expectShape(id);
    if (shape.type === "operation") {
      if (shape.input !== undefined) visit(shape.input);
      if (shape.output !== undefined) visit(shape.output);
      shape.errors.forEach(visit);
    }
    for (const member of membersOf(shape)) visit(member.target);
  };
  visit(root);
  return [...seen];
}

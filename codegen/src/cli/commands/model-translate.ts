import { basename } from "node:path";
import { loadModel } from "../../assembly/load.js";
import { modelToIdl } from "../../idl-writer/index.js";
import { serviceClosureIds } from "../../knowledge/service-closure.js";
import { ModelError } from "../../model/diagnostics.js";
import type { Model } from "../../model/model.js";
import type { ShapeId } from "../../model/shape-id.js";
import { filterOperations } from "../../transforms/filter-operations.js";
import type { ServiceEntry } from "../../config/config-file.js";

/**
 * The project's own additions to the official model, in the model directory: `apply` statements
 * (and shapes) that every update keeps as they are, loaded on top of the new model.
 */
export const ADDITIONS_FILE = "additions.smithy";

/** A file model-update writes into the model directory: its relative path and text. */
export interface TranslatedFile {
  readonly relativePath: string;
  readonly text: string;
}

/**
 * A new model given as a JSON AST (AWS publishes its models so), made into the IDL files of the
 * model directory: loaded, the entry's operation filter applied (the other operations are
 * unbound, and the shapes only they reached are left out), then written in the service layout
 * of `idl-writer/service-layout.ts` (service, endpoints, endpoint tests, one file per operation
 * with its input and output, errors, shared shapes). Throws the loader's ModelError, or an
 * UnknownOperationsError when the configuration lists an operation the model lacks.
 */
export function translateModel(paths: readonly string[], entry: ServiceEntry): { files: TranslatedFile[]; warnings: ModelError["diagnostics"] } {
  const result = loadModel(paths);
  const service = result.model.getShape(entry.service);
  if (service?.type !== "service") {
    const services = result.model.shapesOfType("service").filter((s) => !result.bundledShapeIds.has(s.id));
    const has = services.length ? `it has: ${services.map((s) => s.id).join(", ")}` : "it has no service";
    throw ModelError.at(undefined, `no service ${entry.service} in the new model; ${has}`, "Service");
  }
  const model: Model = entry.operations ? filterOperations(result.model, entry.service, entry.operations) : result.model;
  const closure = serviceClosureIds(model, entry.service);
  const keep = (id: ShapeId): boolean => closure.has(id) && !result.bundledShapeIds.has(id);
  const sources = paths.map((p) => basename(p)).join(", ");
  const header =
    `Written by \`smithy-gen model-update\` from ${sources}${entry.operations ? ` (operations: ${entry.operations.join(", ")})` : ""}.\n` +
    `The next update rewrites this file: put the project's own changes in ${ADDITIONS_FILE}.`;
  const files = modelToIdl(model, { layout: "service", service: entry.service, shapeFilter: keep, header });
  return { files: files.map((f) => ({ relativePath: f.path, text: f.text })), warnings: result.warnings };
}

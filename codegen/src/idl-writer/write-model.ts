import type { Model } from "../model/model.js";
import { compareCodeUnits } from "../model/node.js";
import { PRELUDE_NAMESPACE, shapeIdNamespace, type ShapeId } from "../model/shape-id.js";
import { writeIdlFile, type IdlFileSpec } from "./idl-file.js";
import { namespaceNames } from "./references.js";
import { serviceLayout } from "./service-layout.js";
import { statementOrder } from "./statement-order.js";

/**
 * How the written model is split into files:
 * - `namespace`: one file per namespace, `<namespace>.smithy` (a model of metadata alone: `metadata.smithy`);
 * - `service`: the reviewer's layout of one service (see `service-layout.ts`).
 */
export type IdlLayout = "namespace" | "service";

export interface IdlWriteOptions {
  /** The shapes to write; default every shape outside the prelude. */
  readonly shapeFilter?: (id: ShapeId) => boolean;
  readonly layout?: IdlLayout;
  /** The service the `service` layout is built around; default the only service written. */
  readonly service?: ShapeId;
  /** A `//` comment at the top of every file. */
  readonly header?: string;
}

/** A written file: its path relative to the output directory, and its text. */
export interface IdlOutputFile {
  readonly path: string;
  readonly text: string;
}

/** The model as IDL 2.0 files, sorted by path; loading them gives back the same model. */
export function modelToIdl(model: Model, options: IdlWriteOptions = {}): IdlOutputFile[] {
  const ids = [...model.shapes.keys()]
    .filter((id) => shapeIdNamespace(id) !== PRELUDE_NAMESPACE && (options.shapeFilter?.(id) ?? true))
    .sort(compareCodeUnits);
  const specs = options.layout === "service" ? serviceLayout(model, ids, options.service) : namespaceLayout(model, ids);
  const names = namespaceNames(model);
  return specs
    .map(({ path, spec }) => ({ path, text: writeIdlFile(model, names, options.header ? { ...spec, header: options.header } : spec) }))
    .sort((a, b) => compareCodeUnits(a.path, b.path));
}

function namespaceLayout(model: Model, ids: readonly ShapeId[]): { path: string; spec: IdlFileSpec }[] {
  const byNamespace = new Map<string, ShapeId[]>();
  for (const id of ids) {
    const namespace = shapeIdNamespace(id);
    byNamespace.set(namespace, [...(byNamespace.get(namespace) ?? []), id]);
  }
  const namespaces = [...byNamespace.keys()].sort(compareCodeUnits);
  if (namespaces.length === 0) return Object.keys(model.metadata).length ? [{ path: "metadata.smithy", spec: { shapes: [], metadata: model.metadata } }] : [];
  return namespaces.map((namespace, index) => ({
    path: `${namespace}.smithy`,
    spec: { namespace, shapes: statementOrder(model, byNamespace.get(namespace)!), ...(index === 0 ? { metadata: model.metadata } : {}) },
  }));
}

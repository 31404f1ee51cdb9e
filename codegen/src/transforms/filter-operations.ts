import { Model } from "../model/model.js";
import { compareCodeUnits } from "../model/node.js";
import { shapeIdName, type ShapeId } from "../model/shape-id.js";
import type { ResourceShape, ServiceShape, Shape } from "../model/shapes.js";

/** Names given to `filterOperations` that are no operation of the service. */
export class UnknownOperationsError extends Error {
  override readonly name = "UnknownOperationsError";
  constructor(
    readonly service: ShapeId,
    /** The unknown names, in the order given. */
    readonly unknown: readonly string[],
    /** The service's operations, by name, sorted. */
    readonly available: readonly string[],
  ) {
    super(`${service} has no operation ${unknown.map((n) => `"${n}"`).join(", ")}`);
  }
}

export interface FilterOperationsOptions {
  /**
   * `error` (the default): a name the service does not have is an UnknownOperationsError.
   * `ignore`: such names are skipped (the old side of a model update may predate them).
   */
  readonly unknown?: "error" | "ignore";
}

const LIFECYCLE = ["create", "put", "read", "update", "delete", "list"] as const;

/**
 * Keeps only the named operations of `service`: they stay bound to the service and its resources
 * as before, every other operation is unbound from them (a resource keeps its identifiers and
 * child resources). Shapes are not removed: what the service no longer reaches is not generated.
 * A name is an operation's shape name (`GetItem`) or its absolute id. Pure: returns a new model.
 */
export function filterOperations(model: Model, service: ShapeId, names: readonly string[], options: FilterOperationsOptions = {}): Model {
  const serviceShape = model.expectShapeOfType(service, "service");
  const bound = operationsOf(model, serviceShape);
  const byName = new Map<string, ShapeId>();
  for (const id of bound) {
    byName.set(id, id);
    byName.set(shapeIdName(id), id);
  }
  const keep = new Set<ShapeId>();
  const unknown: string[] = [];
  for (const name of names) {
    const id = byName.get(name);
    if (id) keep.add(id);
    else unknown.push(name);
  }
  if (unknown.length && options.unknown !== "ignore") {
    throw new UnknownOperationsError(service, unknown, [...bound].map(shapeIdName).sort(compareCodeUnits));
  }

  const shapes = new Map<ShapeId, Shape>(model.shapes);
  const kept = (ids: readonly ShapeId[]): ShapeId[] => ids.filter((id) => keep.has(id));
  shapes.set(service, { ...serviceShape, operations: kept(serviceShape.operations) } satisfies ServiceShape);
  for (const id of resourcesOf(model, serviceShape)) {
    const resource = model.expectShapeOfType(id, "resource");
    const next: ResourceShape = { ...resource, operations: kept(resource.operations), collectionOperations: kept(resource.collectionOperations) };
    for (const key of LIFECYCLE) {
      const operation = resource[key];
      if (operation !== undefined && !keep.has(operation)) delete next[key];
    }
    shapes.set(id, next);
  }
  return new Model(shapes, model.metadata);
}

/** Every resource the service binds, directly or through other resources. */
function resourcesOf(model: Model, service: ServiceShape): ShapeId[] {
  const seen = new Set<ShapeId>();
  const visit = (id: ShapeId): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const resource = model.getShape(id);
    if (resource?.type === "resource") for (const child of resource.resources) visit(child);
  };
  for (const id of service.resources) visit(id);
  return [...seen].filter((id) => model.getShape(id)?.type === "resource");
}

/** Every operation the service binds, directly or through its resources. */
export function operationsOf(model: Model, service: ServiceShape): Set<ShapeId> {
  const out = new Set<ShapeId>(service.operations);
  for (const id of resourcesOf(model, service)) {
    const resource = model.expectShapeOfType(id, "resource");
    for (const key of LIFECYCLE) if (resource[key] !== undefined) out.add(resource[key]!);
    for (const op of [...resource.operations, ...resource.collectionOperations]) out.add(op);
  }
  return out;
}

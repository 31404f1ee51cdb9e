import type { Model } from "../model/model.js";
import { compareCodeUnits } from "../model/node.js";
import { shapeIdName, shapeIdNamespace, type ShapeId } from "../model/shape-id.js";
import type { IdlFileSpec } from "./idl-file.js";
import { statementOrder } from "./statement-order.js";

export const ENDPOINT_RULE_SET = "smithy.rules#endpointRuleSet";
export const ENDPOINT_TESTS = "smithy.rules#endpointTests";

/**
 * The files of one service's model, laid out for review (what `model-update` writes into `model/`):
 *
 * | file | holds |
 * | --- | --- |
 * | `service.smithy` | the service shape and its traits (but the two below), the model's metadata |
 * | `endpoints.smithy` | `apply <service> @smithy.rules#endpointRuleSet(...)` |
 * | `endpoint-tests.smithy` | `apply <service> @smithy.rules#endpointTests(...)` |
 * | `operations/<operation>.smithy` | each operation, with its input and output when no other operation uses them |
 * | `errors.smithy` | the structures with `@error` |
 * | `shapes.smithy` | every other shape of the service's namespace (resources, shared structures, enums, ...) |
 * | `<namespace>.smithy` | the shapes of any other namespace |
 *
 * File names are kebab case (`GetExportSnapshotRecords` -> `get-export-snapshot-records.smithy`).
 */
export function serviceLayout(model: Model, ids: readonly ShapeId[], serviceId?: ShapeId): { path: string; spec: IdlFileSpec }[] {
  const services = ids.filter((id) => model.getShape(id)?.type === "service");
  const service = serviceId ?? (services.length === 1 ? services[0]! : undefined);
  if (service === undefined || !ids.includes(service)) {
    throw new Error(`the service layout needs one service to write, got ${services.length ? services.join(", ") : "none"}`);
  }
  const namespace = shapeIdNamespace(service);
  const serviceShape = model.expectShape(service);
  const files: { path: string; spec: IdlFileSpec }[] = [];
  const placed = new Set<ShapeId>([service]);

  const omitted = new Set<ShapeId>();
  for (const [path, trait] of [
    ["endpoints.smithy", ENDPOINT_RULE_SET],
    ["endpoint-tests.smithy", ENDPOINT_TESTS],
  ] as const) {
    const value = serviceShape.traits[trait];
    if (value === undefined) continue;
    omitted.add(trait);
    files.push({ path, spec: { namespace, shapes: [], applies: [{ target: service, traits: { [trait]: value } }] } });
  }
  files.push({
    path: "service.smithy",
    spec: { namespace, shapes: [service], omitTraits: new Map([[service, omitted]]), metadata: model.metadata },
  });

  // An input or output goes with its operation when that operation is the only one to name it.
  const ioUsers = new Map<ShapeId, number>();
  const operations = ids.filter((id) => model.getShape(id)?.type === "operation" && shapeIdNamespace(id) === namespace);
  for (const id of operations) {
    const op = model.expectShapeOfType(id, "operation");
    for (const io of new Set([op.input, op.output])) if (io !== undefined) ioUsers.set(io, (ioUsers.get(io) ?? 0) + 1);
  }
  const idSet = new Set(ids);
  for (const id of operations) {
    const op = model.expectShapeOfType(id, "operation");
    const shapes = [id];
    for (const io of [op.input, op.output]) {
      if (io !== undefined && idSet.has(io) && !placed.has(io) && ioUsers.get(io) === 1 && shapeIdNamespace(io) === namespace) shapes.push(io);
    }
    for (const shape of shapes) placed.add(shape);
    files.push({ path: `operations/${kebab(shapeIdName(id))}.smithy`, spec: { namespace, shapes } });
  }

  const errors = ids.filter((id) => !placed.has(id) && shapeIdNamespace(id) === namespace && model.expectShape(id).traits["smithy.api#error"] !== undefined);
  for (const id of errors) placed.add(id);
  if (errors.length) files.push({ path: "errors.smithy", spec: { namespace, shapes: errors } });

  const byNamespace = new Map<string, ShapeId[]>();
  for (const id of ids) {
    if (placed.has(id)) continue;
    const of = shapeIdNamespace(id);
    byNamespace.set(of, [...(byNamespace.get(of) ?? []), id]);
  }
  for (const [of, shapes] of [...byNamespace].sort(([a], [b]) => compareCodeUnits(a, b))) {
    files.push({ path: of === namespace ? "shapes.smithy" : `${of}.smithy`, spec: { namespace: of, shapes: statementOrder(model, shapes) } });
  }
  return files;
}

/** `GetExportSnapshotRecords` -> `get-export-snapshot-records`, `ListTagsForARN` -> `list-tags-for-arn`. */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .replace(/_/g, "-")
    .toLowerCase();
}

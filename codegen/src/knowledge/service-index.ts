import { ModelError } from "../model/diagnostics.js";
import { getTrait, type Model } from "../model/model.js";
import { compareCodeUnits, isNodeObject } from "../model/node.js";
import type { ShapeId } from "../model/shape-id.js";
import { membersOf, UNIT, type OperationShape, type ServiceShape, type Shape } from "../model/shapes.js";

/**
 * What a generator needs to know about one service, computed once: its operations, the errors
 * each can return, and the closure of shapes it uses. Everything is sorted by shape id.
 */
export interface ServiceIndex {
  readonly model: Model;
  readonly service: ServiceShape;
  /** Every operation of the service, including those bound through resources, sorted by id. */
  readonly operations: readonly OperationShape[];
  /** Every shape reachable from the service (prelude shapes included), sorted by id. */
  readonly closure: readonly Shape[];
  /** Operation errors followed by the service's common errors, without duplicates. */
  errorsOf(operation: OperationShape): ShapeId[];
  /** The structure ids of an operation's input and output; `smithy.api#Unit` when absent. */
  inputOf(operation: OperationShape): ShapeId;
  outputOf(operation: OperationShape): ShapeId;
  /** Every error shape any operation of the service can return, sorted by id. */
  readonly errors: readonly ShapeId[];
}

export function findServices(model: Model): ServiceShape[] {
  return model.shapesOfType("service").sort((a, b) => compareCodeUnits(a.id, b.id));
}

/** The services a user can generate: the model's, without those of the bundled definitions. */
export function userServices(model: Model): ServiceShape[] {
  return findServices(model).filter((s) => !s.id.startsWith("smithy.") && !s.id.startsWith("aws."));
}

/**
 * The service to generate: the given id, or the model's only service. A wrong id is the user's
 * choice, not a place in the model, so its error has no location and lists the services there are.
 */
export function selectService(model: Model, serviceId?: ShapeId): ServiceShape {
  if (serviceId) {
    const shape = model.getShape(serviceId);
    if (shape?.type === "service") return shape;
    const services = userServices(model).map((s) => s.id);
    const what = shape ? ` (it is ${/^[aeiou]/.test(shape.type) ? "an" : "a"} ${shape.type})` : "";
    const has = services.length ? `it has: ${services.join(", ")}` : "it has no service";
    throw ModelError.at(undefined, `no service ${serviceId} in the model${what}; ${has}`, "Service");
  }
  const services = userServices(model);
  if (services.length === 1) return services[0]!;
  if (services.length === 0) throw ModelError.at(undefined, "the model defines no service shape", "Service");
  throw ModelError.at(
    services[1]!.location,
    `the model defines ${services.length} services (${services.map((s) => s.id).join(", ")}); choose one with --service`,
    "Service",
  );
}

export function createServiceIndex(model: Model, service: ServiceShape): ServiceIndex {
  const operationIds = new Set<ShapeId>();
  const visitedResources = new Set<ShapeId>();
  const visitResource = (id: ShapeId): void => {
    if (visitedResources.has(id)) return;
    visitedResources.add(id);
    const resource = model.expectShapeOfType(id, "resource", service.location);
    for (const key of ["create", "put", "read", "update", "delete", "list"] as const) {
      const op = resource[key];
      if (op) operationIds.add(op);
    }
    for (const op of resource.operations) operationIds.add(op);
    for (const op of resource.collectionOperations) operationIds.add(op);
    for (const child of resource.resources) visitResource(child);
  };
  for (const op of service.operations) operationIds.add(op);
  for (const resource of service.resources) visitResource(resource);

  const operations = [...operationIds]
    .sort(compareCodeUnits)
    .map((id) => model.expectShapeOfType(id, "operation", service.location));

  const errorsOf = (operation: OperationShape): ShapeId[] => {
    const out: ShapeId[] = [];
    for (const id of [...operation.errors, ...service.errors]) if (!out.includes(id)) out.push(id);
    return out;
  };

  const closureIds = new Set<ShapeId>();
  const visit = (id: ShapeId): void => {
    if (closureIds.has(id)) return;
    const shape = model.getShape(id);
    if (!shape) return;
    closureIds.add(id);
    for (const member of membersOf(shape)) visit(member.target);
    if (shape.type === "operation") {
      visit(shape.input ?? UNIT);
      visit(shape.output ?? UNIT);
      for (const error of errorsOf(shape)) visit(error);
    }
  };
  for (const operation of operations) visit(operation.id);
  for (const error of service.errors) visit(error);
  visit(UNIT);

  const closure = [...closureIds].sort(compareCodeUnits).map((id) => model.shapes.get(id)!);
  const errors = new Set<ShapeId>(service.errors);
  for (const operation of operations) for (const error of operation.errors) errors.add(error);

  return {
    model,
    service,
    operations,
    closure,
    errorsOf,
    inputOf: (operation) => operation.input ?? UNIT,
    outputOf: (operation) => operation.output ?? UNIT,
    errors: [...errors].sort(compareCodeUnits),
  };
}

/** The `aws.api#service` sdkId, or the service shape's name when the trait is absent. */
export function sdkIdOf(service: ServiceShape): string {
  const trait = getTrait(service, "aws.api#service");
  if (isNodeObject(trait) && typeof trait.sdkId === "string" && trait.sdkId.trim()) return trait.sdkId;
  return service.id.slice(service.id.indexOf("#") + 1);
}

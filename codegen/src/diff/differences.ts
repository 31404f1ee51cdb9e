import type { Model } from "../model/model.js";
import { shapeToNode } from "../model/json-ast.js";
import { compareCodeUnits, nodeEquals } from "../model/node.js";
import { PRELUDE_NAMESPACE, shapeIdNamespace, type ShapeId } from "../model/shape-id.js";
import { membersOf, type MemberShape, type ServiceShape, type Shape } from "../model/shapes.js";
import { createProtocolView, type ProtocolView } from "./protocol-view.js";

/** A shape present on both sides whose definition differs. */
export interface ShapeChange<S extends Shape = Shape> {
  readonly id: ShapeId;
  readonly old: S;
  readonly new: S;
}

/** A member present on both sides (same container id and name) whose definition differs. */
export interface MemberChange {
  readonly container: ShapeId;
  readonly name: string;
  readonly old: MemberShape;
  readonly new: MemberShape;
  readonly oldContainer: Shape;
  readonly newContainer: Shape;
}

/** A member on one side only, with its container on that side. */
export interface MemberOnOneSide {
  readonly container: Shape;
  readonly member: MemberShape;
}

/**
 * The structural differences between the service closures of two models, computed once and read
 * by every rule (smithy-diff's `Differences`). Prelude shapes are left out: they generate nothing.
 */
export interface Differences {
  readonly oldModel: Model;
  readonly newModel: Model;
  /** The two services compared; `id` is the new one's. */
  readonly service: ShapeChange<ServiceShape>;
  readonly oldClosure: ReadonlySet<ShapeId>;
  readonly newClosure: ReadonlySet<ShapeId>;
  /** In the new closure only, sorted by id. */
  readonly addedShapes: readonly Shape[];
  /** In the old closure only, sorted by id. */
  readonly removedShapes: readonly Shape[];
  /** In both closures and different, sorted by id (the service included when its id is unchanged). */
  readonly changedShapes: readonly ShapeChange[];
  /** Members in both versions of a changed shape that differ, sorted by container then name. */
  readonly changedMembers: readonly MemberChange[];
  /** Members of changed shapes present on one side only; members of added or removed shapes are not listed. */
  readonly addedMembers: readonly MemberOnOneSide[];
  readonly removedMembers: readonly MemberOnOneSide[];
  readonly oldProtocol: ProtocolView;
  readonly newProtocol: ProtocolView;
}

/** Every shape a service's generated code can reach: operations, resources, their data shapes, errors. */
export function serviceClosure(model: Model, service: ServiceShape): Set<ShapeId> {
  const closure = new Set<ShapeId>();
  const visit = (id: ShapeId): void => {
    if (closure.has(id)) return;
    const shape = model.getShape(id);
    if (!shape) return;
    closure.add(id);
    for (const member of membersOf(shape)) visit(member.target);
    switch (shape.type) {
      case "service":
        shape.operations.forEach(visit);
        shape.resources.forEach(visit);
        shape.errors.forEach(visit);
        break;
      case "resource":
        for (const key of ["create", "put", "read", "update", "delete", "list"] as const) {
          const op = shape[key];
          if (op) visit(op);
        }
        shape.operations.forEach(visit);
        shape.collectionOperations.forEach(visit);
        shape.resources.forEach(visit);
        Object.values(shape.identifiers).forEach(visit);
        Object.values(shape.properties).forEach(visit);
        break;
      case "operation":
        if (shape.input) visit(shape.input);
        if (shape.output) visit(shape.output);
        shape.errors.forEach(visit);
        service.errors.forEach(visit);
        break;
      default:
        break;
    }
  };
  visit(service.id);
  return closure;
}

const isPrelude = (id: ShapeId): boolean => shapeIdNamespace(id) === PRELUDE_NAMESPACE;

function sameMember(a: MemberShape, b: MemberShape): boolean {
  return a.target === b.target && nodeEquals(a.traits, b.traits);
}

export function computeDifferences(
  oldModel: Model,
  newModel: Model,
  oldService: ServiceShape,
  newService: ServiceShape,
): Differences {
  const oldClosure = serviceClosure(oldModel, oldService);
  const newClosure = serviceClosure(newModel, newService);
  const sortedIds = (ids: Iterable<ShapeId>): ShapeId[] => [...ids].filter((id) => !isPrelude(id)).sort(compareCodeUnits);

  const addedShapes = sortedIds(newClosure)
    .filter((id) => !oldClosure.has(id) && id !== newService.id)
    .map((id) => newModel.getShape(id)!);
  const removedShapes = sortedIds(oldClosure)
    .filter((id) => !newClosure.has(id) && id !== oldService.id)
    .map((id) => oldModel.getShape(id)!);

  const changedShapes: ShapeChange[] = [];
  const changedMembers: MemberChange[] = [];
  const addedMembers: MemberOnOneSide[] = [];
  const removedMembers: MemberOnOneSide[] = [];
  const pairs: ShapeChange[] = sortedIds(oldClosure)
    .filter((id) => newClosure.has(id) && id !== oldService.id)
    .map((id) => ({ id, old: oldModel.getShape(id)!, new: newModel.getShape(id)! }));
  pairs.push({ id: newService.id, old: oldService, new: newService });
  pairs.sort((a, b) => compareCodeUnits(a.id, b.id));

  for (const pair of pairs) {
    const oldMembers = new Map(membersOf(pair.old).map((m) => [m.name, m]));
    const newMembers = new Map(membersOf(pair.new).map((m) => [m.name, m]));
    const sameOrder = [...oldMembers.keys()].join(",") === [...newMembers.keys()].join(",");
    if (sameOrder && pair.old.id === pair.new.id && nodeEquals(shapeToNode(pair.old), shapeToNode(pair.new))) continue;
    changedShapes.push(pair);
    // members of a shape that changed type are not compared (except list <-> set): the type change says it all
    if (pair.old.type !== pair.new.type && !(isCollection(pair.old) && isCollection(pair.new))) continue;
    for (const name of [...new Set([...oldMembers.keys(), ...newMembers.keys()])].sort(compareCodeUnits)) {
      const before = oldMembers.get(name);
      const after = newMembers.get(name);
      if (!after) removedMembers.push({ container: pair.old, member: before! });
      else if (!before) addedMembers.push({ container: pair.new, member: after });
      else if (!sameMember(before, after)) {
        changedMembers.push({ container: pair.id, name, old: before, new: after, oldContainer: pair.old, newContainer: pair.new });
      }
    }
  }

  return {
    oldModel,
    newModel,
    service: { id: newService.id, old: oldService, new: newService },
    oldClosure,
    newClosure,
    addedShapes,
    removedShapes,
    changedShapes,
    changedMembers,
    addedMembers,
    removedMembers,
    oldProtocol: createProtocolView(oldModel, oldService),
    newProtocol: createProtocolView(newModel, newService),
  };
}

function isCollection(shape: Shape): boolean {
  return shape.type === "list" || shape.type === "set";
}

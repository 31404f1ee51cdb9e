import type { Model } from "../model/model.js";
import type { ShapeId } from "../model/shape-id.js";
import { membersOf } from "../model/shapes.js";

/**
 * Every shape a service's model needs, as the model is written (mixins not flattened): the
 * service, its resources and operations, their inputs, outputs and errors, member targets,
 * mixins, resource identifiers and properties, and the shapes that define the traits applied
 * to any of them (a custom trait's definition). What a file of the service must hold for the
 * service alone to load the same.
 */
export function serviceClosureIds(model: Model, service: ShapeId): Set<ShapeId> {
  const out = new Set<ShapeId>();
  const visit = (id: ShapeId): void => {
    if (out.has(id)) return;
    const shape = model.getShape(id);
    if (!shape) return;
    out.add(id);
    const next: ShapeId[] = [...shape.mixins, ...Object.keys(shape.traits)];
    for (const member of membersOf(shape)) {
      if (!member) continue;
      next.push(member.target, ...Object.keys(member.traits));
    }
    switch (shape.type) {
      case "service":
        next.push(...shape.operations, ...shape.resources, ...shape.errors);
        break;
      case "operation":
        if (shape.input) next.push(shape.input);
        if (shape.output) next.push(shape.output);
        next.push(...shape.errors);
        break;
      case "resource":
        next.push(...Object.values(shape.identifiers), ...Object.values(shape.properties), ...shape.operations, ...shape.collectionOperations, ...shape.resources);
        for (const key of ["create", "put", "read", "update", "delete", "list"] as const) if (shape[key]) next.push(shape[key]);
        break;
      default:
        break;
    }
    for (const target of next) visit(target);
  };
  visit(service);
  return out;
}

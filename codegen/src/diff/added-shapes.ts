import { compareCodeUnits } from "../model/node.js";
import { membersOf, type Shape } from "../model/shapes.js";
import type { ShapeId } from "../model/shape-id.js";
import type { ModelChange, ModelFact } from "./change.js";
import type { Differences } from "./differences.js";

/** The shapes a shape refers to: member targets, and an operation's input, output and errors. */
function references(shape: Shape): ShapeId[] {
  const out = membersOf(shape).map((m) => m.target);
  if (shape.type === "operation") {
    if (shape.input) out.push(shape.input);
    if (shape.output) out.push(shape.output);
    out.push(...shape.errors);
  }
  return out;
}

/**
 * New shapes are no change of their own: they come with the change that first refers to them (a
 * new member's target, a new operation's input, a new error). This adds them to what that change
 * alters, so that the files generated for them are tied to it.
 */
export function withAddedShapes(differences: Differences, changes: readonly ModelChange[]): ModelChange[] {
  const added = new Set(differences.addedShapes.map((s) => s.id));
  if (added.size === 0) return [...changes];
  const model = differences.newModel;
  return changes.map((change) => {
    const reached = new Set<ShapeId>();
    const visit = (id: ShapeId): void => {
      if (!added.has(id) || reached.has(id)) return;
      reached.add(id);
      const shape = model.getShape(id);
      if (shape) references(shape).forEach(visit);
    };
    for (const fact of change.alters) {
      const member = model.getMember(fact.id);
      const shape = member ? undefined : model.getShape(fact.id);
      if (member) visit(member.target);
      else if (shape && (fact.aspect === "*" || fact.aspect === "errors" || fact.aspect === "input" || fact.aspect === "output")) {
        if (added.has(shape.id)) visit(shape.id);
        else references(shape).forEach(visit);
      }
    }
    if (reached.size === 0) return change;
    const extra: ModelFact[] = [...reached].sort(compareCodeUnits).map((id) => ({ id, aspect: "*" }));
    return { ...change, alters: [...change.alters, ...extra] };
  });
}

import { getTrait, hasTrait, type Model } from "../../../model/model.js";
import type { ShapeId } from "../../../model/shape-id.js";
import { membersOf, type MemberShape, type Shape } from "../../../model/shapes.js";

/** Whether a value of the shape can contain a timestamp written as an http-date (whole seconds only). */
export function containsHttpDate(model: Model, root: Shape): boolean {
  const seen = new Set<ShapeId>();
  const visit = (shape: Shape): boolean => {
    if (seen.has(shape.id)) return false;
    seen.add(shape.id);
    for (const member of membersOf(shape)) {
      const target = model.expectShape(member.target);
      if (target.type === "timestamp") {
        const format = getTrait(member, "smithy.api#timestampFormat") ?? getTrait(target, "smithy.api#timestampFormat");
        if (format === "http-date") return true;
      } else if (visit(target)) return true;
    }
    return false;
  };
  return visit(root);
}

/** The members of a structure that the serializer fills with a fresh token when absent. */
export function idempotencyTokenMembers(shape: Shape): MemberShape[] {
  if (shape.type !== "structure") return [];
  return [...shape.members.values()].filter((member) => hasTrait(member, "smithy.api#idempotencyToken"));
}

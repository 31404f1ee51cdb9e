import { getTrait, hasTrait, type Model } from "../model/model.js";
import type { NodeValue } from "../model/node.js";
import type { ShapeId } from "../model/shape-id.js";
import type { MemberShape, Shape } from "../model/shapes.js";

/** The types a `@default` can have a value for (structures and unions cannot have one). */
const DEFAULTABLE: ReadonlySet<string> = new Set([
  "string",
  "enum",
  "boolean",
  "byte",
  "short",
  "integer",
  "long",
  "intEnum",
  "float",
  "double",
  "bigInteger",
  "bigDecimal",
  "timestamp",
  "blob",
  "list",
  "set",
  "map",
  "document",
]);

/**
 * The `@default` a client fills in for a member the data leaves out: the trait's value, unless it
 * is `null` (which only says the member has no default), the member is `@clientOptional` (clients
 * treat it as optional whatever its default) or its type takes no default.
 */
export function filledDefault(model: Model, member: MemberShape): NodeValue | undefined {
  if (hasTrait(member, "smithy.api#clientOptional")) return undefined;
  const value = getTrait(member, "smithy.api#default");
  if (value === undefined || value === null) return undefined;
  return DEFAULTABLE.has(model.getShape(member.target)?.type ?? "") ? value : undefined;
}

/**
 * The shapes whose values can leave out a member with a filled default, at any depth: a structure
 * with such a member, or a structure, union, list or map holding one of those shapes. Found as a
 * fixed point, since shapes may refer to each other in cycles.
 */
export function shapesHoldingFilledDefaults(model: Model, roots: Iterable<ShapeId>): Set<ShapeId> {
  const shapes: Shape[] = [];
  const seen = new Set<ShapeId>();
  const visit = (id: ShapeId): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const shape = model.getShape(id);
    if (!shape) return;
    shapes.push(shape);
    children(shape).forEach(visit);
  };
  for (const root of roots) visit(root);
  const holding = new Set<ShapeId>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const shape of shapes) {
      if (holding.has(shape.id)) continue;
      const own = shape.type === "structure" && [...shape.members.values()].some((member) => filledDefault(model, member) !== undefined);
      if (own || children(shape).some((id) => holding.has(id))) {
        holding.add(shape.id);
        changed = true;
      }
    }
  }
  return holding;
}

function children(shape: Shape): ShapeId[] {
  switch (shape.type) {
    case "structure":
    case "union":
      return [...shape.members.values()].map((member) => member.target);
    case "list":
    case "set":
      return [shape.member.target];
    case "map":
      return [shape.value.target];
    default:
      return [];
  }
}

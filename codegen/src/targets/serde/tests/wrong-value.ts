import type { Model } from "../../../model/model.js";
import { UNIT, type MemberShape, type Shape } from "../../../model/shapes.js";
import { isEnumLike } from "../../types/enum-values.js";

/** A value with one wrong leaf, and the JSON path of that leaf. */
export interface WrongValue {
  /** A JavaScript expression of the value (plain data: objects, arrays, literals). */
  readonly expression: string;
  /** `$.exportSnapshotRecords[0].name` */
  readonly path: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A leaf of the wrong type for a simple shape, in either direction; undefined where any value is fine. */
function wrongLeaf(target: Shape, direction: "input" | "output"): string | undefined {
  if (isEnumLike(target)) return target.type === "intEnum" ? `"1"` : "42";
  switch (target.type) {
    case "string":
      return "42";
    case "boolean":
      return `"yes"`;
    case "byte":
    case "short":
    case "integer":
    case "long":
      return `"1"`;
    case "float":
    case "double":
      return "true";
    case "blob":
      return "42";
    case "timestamp":
      return direction === "input" ? `"yesterday"` : "true";
    default:
      return undefined;
  }
}

/**
 * The first member path (in model order, depth first) from `root` down to a simple member, with a
 * value of the wrong type there: `{ exportSnapshotRecords: [{ name: 42 }] }` at
 * `$.exportSnapshotRecords[0].name`. Undefined when the shape has no such member.
 */
export function wrongValue(
  model: Model,
  root: Shape,
  direction: "input" | "output",
  propertyName: (container: Shape, member: MemberShape) => string,
): WrongValue | undefined {
  const visiting = new Set<string>();
  const memberKey = (name: string): string => (IDENTIFIER.test(name) && name !== "__proto__" ? name : JSON.stringify(name));
  const visit = (shape: Shape, path: string): WrongValue | undefined => {
    if (visiting.has(shape.id) || visiting.size > 6) return undefined;
    visiting.add(shape.id);
    try {
      const inside = (member: MemberShape, childPath: string, wrap: (inner: string) => string): WrongValue | undefined => {
        if (member.target === UNIT) return undefined;
        const target = model.expectShape(member.target);
        const leaf = wrongLeaf(target, direction);
        if (leaf !== undefined) return { expression: wrap(leaf), path: childPath };
        if (target.type === "document" || target.type === "bigInteger" || target.type === "bigDecimal") return undefined;
        const nested = visit(target, childPath);
        return nested && { expression: wrap(nested.expression), path: nested.path };
      };
      switch (shape.type) {
        case "structure":
        case "union":
          for (const member of shape.members.values()) {
            // JSON keys are member names; TypeScript properties may be renamed (`constructor_`).
            const key = direction === "input" ? propertyName(shape, member) : member.name;
            const childPath = IDENTIFIER.test(member.name) ? `${path}.${member.name}` : `${path}[${JSON.stringify(member.name)}]`;
            const found = inside(member, childPath, (inner) => `{ ${memberKey(key)}: ${inner} }`);
            if (found) return found;
          }
          return undefined;
        case "list":
        case "set":
          return inside(shape.member, `${path}[0]`, (inner) => `[${inner}]`);
        case "map":
          return inside(shape.value, `${path}.key`, (inner) => `{ key: ${inner} }`);
        default:
          return undefined;
      }
    } finally {
      visiting.delete(shape.id);
    }
  };
  return visit(root, "$");
}

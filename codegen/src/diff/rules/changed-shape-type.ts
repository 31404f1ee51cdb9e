import { getTrait } from "../../model/model.js";
import { isNodeArray } from "../../model/node.js";
import { shapeIdName } from "../../model/shape-id.js";
import type { Shape } from "../../model/shapes.js";
import type { DiffRule } from "./rule.js";
import { code, everything } from "./support.js";
import { enumValuesOf } from "./enum-values.js";

function sameValues(a: Shape, b: Shape): boolean {
  const left = enumValuesOf(a);
  const right = enumValuesOf(b);
  if (!left || !right || left.size !== right.size) return false;
  for (const [name, value] of left) if (right.get(name) !== value) return false;
  return true;
}

/** Whether the change of type leaves the generated TypeScript type the same. */
function isCompatible(oldShape: Shape, newShape: Shape): string | undefined {
  const collections = new Set(["list", "set"]);
  if (collections.has(oldShape.type) && collections.has(newShape.type)) return "both generate arrays";
  const legacyEnum = (s: Shape): boolean => s.type === "string" && isNodeArray(getTrait(s, "smithy.api#enum"));
  if (((legacyEnum(oldShape) && newShape.type === "enum") || (oldShape.type === "enum" && legacyEnum(newShape))) && sameValues(oldShape, newShape)) {
    return "an `@enum` string and an enum shape with the same values generate the same type";
  }
  return undefined;
}

export const changedShapeType: DiffRule = {
  id: "ChangedShapeType",
  severities: ["breaking", "patch"],
  reason:
    "A different shape type generates a different TypeScript type (an interface becomes a union, a string an " +
    "object, ...). Two conversions keep the type and are patches: list <-> set (both arrays) and a string with " +
    "`@enum` <-> an enum shape with the same names and values (Smithy 2.0's own migration).",
  evaluate(d, report) {
    for (const change of d.changedShapes) {
      if (change.old.type === change.new.type) continue;
      const compatible = isCompatible(change.old, change.new);
      const what = `The type of ${code(shapeIdName(change.id))} changed from ${change.old.type} to ${change.new.type}`;
      report({
        severity: compatible ? "patch" : "breaking",
        shape: change.id,
        member: null,
        message: compatible ? `${what} (${compatible}).` : `${what}.`,
        alters: [everything(change.id)],
      });
    }
  },
};

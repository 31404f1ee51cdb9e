import { hasTrait } from "../../model/model.js";
import { shapeIdName } from "../../model/shape-id.js";
import { SIMPLE_TYPES, type Shape } from "../../model/shapes.js";
import type { DiffRule } from "./rule.js";
import { code, everything } from "./support.js";

/** Scalars generate no exported type (a member targeting one is typed `string`, `number`, ...). */
export function isScalar(shape: Shape): boolean {
  return SIMPLE_TYPES.has(shape.type) && !hasTrait(shape, "smithy.api#enum");
}

export const removedShape: DiffRule = {
  id: "RemovedShape",
  severities: ["breaking", "patch"],
  reason:
    "A structure, union, enum, list or map that leaves the service closure takes its exported type (or error class) " +
    "with it. A scalar (string, number, blob, timestamp, ...) has no exported type of its own: only the members that " +
    "targeted it matter, and they are reported by their own rules, so its removal is a patch (smithy-diff: WARNING).",
  evaluate(d, report) {
    for (const shape of d.removedShapes) {
      if (shape.type === "operation" || shape.type === "resource" || shape.type === "service") continue;
      const scalar = isScalar(shape);
      report({
        severity: scalar ? "patch" : "breaking",
        shape: shape.id,
        member: null,
        message: scalar
          ? `The ${shape.type} shape ${code(shapeIdName(shape.id))} is no longer used by the service.`
          : `The ${shape.type} ${code(shapeIdName(shape.id))} was removed from the service.`,
        alters: [everything(shape.id)],
      });
    }
  },
};

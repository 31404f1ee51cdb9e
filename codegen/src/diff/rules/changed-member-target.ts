import { hasTrait, type Model } from "../../model/model.js";
import { shapeIdName, type ShapeId } from "../../model/shape-id.js";
import { SIMPLE_TYPES } from "../../model/shapes.js";
import type { DiffRule } from "./rule.js";
import { code } from "./support.js";

/**
 * Why a new target generates the same TypeScript type as the old one, or undefined when it does not.
 * Named shapes (structures, unions, enums) are never interchangeable: their name is the type.
 */
function sameGeneratedType(oldModel: Model, newModel: Model, oldId: ShapeId, newId: ShapeId): string | undefined {
  if (oldId === newId) return "same target";
  const before = oldModel.getShape(oldId);
  const after = newModel.getShape(newId);
  if (!before || !after || before.type !== after.type) return undefined;
  if (hasTrait(before, "smithy.api#sparse") !== hasTrait(after, "smithy.api#sparse")) return undefined;
  if (hasTrait(before, "smithy.api#streaming") || hasTrait(after, "smithy.api#streaming")) return undefined;
  if (SIMPLE_TYPES.has(before.type)) {
    return hasTrait(before, "smithy.api#enum") || hasTrait(after, "smithy.api#enum") ? undefined : `both are ${before.type} shapes`;
  }
  if ((before.type === "list" || before.type === "set") && (after.type === "list" || after.type === "set")) {
    return sameGeneratedType(oldModel, newModel, before.member.target, after.member.target) ? `both are ${before.type}s of the same type` : undefined;
  }
  if (before.type === "map" && after.type === "map") {
    const keys = sameGeneratedType(oldModel, newModel, before.key.target, after.key.target);
    const values = sameGeneratedType(oldModel, newModel, before.value.target, after.value.target);
    return keys && values ? "both are maps of the same types" : undefined;
  }
  return undefined;
}

export const changedMemberTarget: DiffRule = {
  id: "ChangedMemberTarget",
  severities: ["breaking", "patch"],
  reason:
    "A member that targets another shape changes type, unless both targets generate the same TypeScript type: " +
    "two scalars of the same kind (`string` -> `string`), or lists/maps whose members are such (smithy-diff's " +
    "compatible case, WARNING); that is a patch. Structures, unions and enums are never compatible: their name is the type. " +
    "Timestamp formats and constraints of the new target are judged by their own rules.",
  evaluate(d, report) {
    for (const change of d.changedMembers) {
      if (change.old.target === change.new.target) continue;
      const same = sameGeneratedType(d.oldModel, d.newModel, change.old.target, change.new.target);
      const from = `${code(shapeIdName(change.old.target))} (${d.oldModel.getShape(change.old.target)?.type ?? "undefined"})`;
      const to = `${code(shapeIdName(change.new.target))} (${d.newModel.getShape(change.new.target)?.type ?? "undefined"})`;
      report({
        severity: same ? "patch" : "breaking",
        shape: change.container,
        member: change.name,
        message: `The target of ${code(change.name)} changed from ${from} to ${to}${same ? `; ${same}, so the generated type is unchanged` : ""}.`,
        alters: [{ id: change.new.id, aspect: "target" }],
      });
    }
  },
};

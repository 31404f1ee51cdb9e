import { hasTrait } from "../../model/model.js";
import { shapeIdName } from "../../model/shape-id.js";
import { isMembersShape, type MemberShape } from "../../model/shapes.js";
import type { DiffRule } from "./rule.js";
import { code, everything } from "./support.js";

const REQUIRED = "smithy.api#required";
const DEFAULT = "smithy.api#default";
const CLIENT_OPTIONAL = "smithy.api#clientOptional";

/** A member callers must now set: `@required`, no `@default` to fall back on, not `@clientOptional`. */
export function mustBeSet(member: MemberShape): boolean {
  return hasTrait(member, REQUIRED) && !hasTrait(member, DEFAULT) && !hasTrait(member, CLIENT_OPTIONAL);
}

const memberFacts = (member: MemberShape) => [{ id: member.container, aspect: "members" }, everything(member.id)];

export const removedMember: DiffRule = {
  id: "RemovedMember",
  severities: ["breaking"],
  reason: "The property disappears from the generated interface (or the variant from the union); code reading or setting it stops compiling.",
  evaluate(d, report) {
    for (const { container, member } of d.removedMembers) {
      if (container.type !== "structure" && container.type !== "union") continue;
      report({
        severity: "breaking",
        shape: container.id,
        member: member.name,
        message: `${container.type === "union" ? "Union variant" : "Member"} ${code(member.name)} was removed from ${code(shapeIdName(container.id))}.`,
        alters: memberFacts(member),
      });
    }
  },
};

export const addedRequiredMember: DiffRule = {
  id: "AddedRequiredMember",
  severities: ["breaking"],
  reason:
    "A new `@required` member without `@default` becomes a property every caller must now set (and every " +
    "hand-built value of the type must now have); code that compiled before does not.",
  evaluate(d, report) {
    for (const { container, member } of d.addedMembers) {
      if (container.type !== "structure" || !mustBeSet(member)) continue;
      report({
        severity: "breaking",
        shape: container.id,
        member: member.name,
        message: `Required member ${code(member.name)} (no default) was added to ${code(shapeIdName(container.id))}.`,
        alters: memberFacts(member),
      });
    }
  },
};

export const addedOptionalMember: DiffRule = {
  id: "AddedOptionalMember",
  severities: ["feature"],
  reason: "A new optional property (or a required one with a default the serializer fills in); existing code keeps compiling.",
  evaluate(d, report) {
    for (const { container, member } of d.addedMembers) {
      if (container.type !== "structure" || mustBeSet(member)) continue;
      report({
        severity: "feature",
        shape: container.id,
        member: member.name,
        message: `Optional member ${code(member.name)} was added to ${code(shapeIdName(container.id))}.`,
        alters: memberFacts(member),
      });
    }
  },
};

export const addedUnionMember: DiffRule = {
  id: "AddedUnionMember",
  severities: ["feature"],
  reason:
    "A new union variant; generated unions keep an `$unknown` variant, so code that handles the union already " +
    "copes with values it does not know (the AWS SDK treats this as non-breaking too).",
  evaluate(d, report) {
    for (const { container, member } of d.addedMembers) {
      if (container.type !== "union") continue;
      report({
        severity: "feature",
        shape: container.id,
        member: member.name,
        message: `Union variant ${code(member.name)} was added to ${code(shapeIdName(container.id))}.`,
        alters: memberFacts(member),
      });
    }
  },
};

export const changedMemberOrder: DiffRule = {
  id: "ChangedMemberOrder",
  severities: ["patch"],
  reason:
    "TypeScript object types and JSON objects do not depend on member order; only the order of generated " +
    "declarations and documentation changes (smithy-diff flags it for languages with positional constructors).",
  evaluate(d, report) {
    for (const change of d.changedShapes) {
      if (change.old.type !== change.new.type || !isMembersShape(change.old) || !isMembersShape(change.new)) continue;
      const kept = new Set(change.new.members.keys());
      const before = [...change.old.members.keys()].filter((name) => kept.has(name));
      const existed = new Set(change.old.members.keys());
      const after = [...change.new.members.keys()].filter((name) => existed.has(name));
      if (before.join("\u0000") === after.join("\u0000")) continue;
      report({
        severity: "patch",
        shape: change.id,
        member: null,
        message: `The members of ${code(shapeIdName(change.id))} were reordered.`,
        alters: [{ id: change.id, aspect: "members" }],
      });
    }
  },
};

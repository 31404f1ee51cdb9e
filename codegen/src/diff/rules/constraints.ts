import type { ShapeId } from "../../model/shape-id.js";
import type { DiffRule } from "./rule.js";
import { formatNode, locate, traitBearers, traitChange, traitFact, traitLabel } from "./support.js";

const CONSTRAINT_TRAITS: readonly ShapeId[] = ["smithy.api#length", "smithy.api#range", "smithy.api#pattern", "smithy.api#uniqueItems"];

export const changedConstraint: DiffRule = {
  id: "ChangedConstraint",
  severities: ["patch"],
  reason:
    "Constraint traits do not change generated types: `string` stays `string` whatever its `@length`, and the " +
    "client does not validate them (the service does, as before). Only documentation and the fast-check " +
    "arbitraries of the types package follow them. A tighter constraint can make the service reject values it " +
    "accepted, which the message says; the generated code is as compatible as before (smithy-diff: WARNING/NOTE).",
  traits: CONSTRAINT_TRAITS,
  evaluate(d, report) {
    for (const pair of traitBearers(d)) {
      for (const traitId of CONSTRAINT_TRAITS) {
        const kind = traitChange(pair.old.traits, pair.new.traits, traitId);
        if (!kind) continue;
        const before = formatNode(pair.old.traits[traitId]);
        const after = formatNode(pair.new.traits[traitId]);
        const what =
          kind === "added" ? `${traitLabel(traitId)} ${after} was added` : kind === "removed" ? `${traitLabel(traitId)} ${before} was removed` : `${traitLabel(traitId)} changed from ${before} to ${after}`;
        report({
          severity: "patch",
          ...locate(pair.new),
          message: `${what}; constraints do not change generated types (the service enforces them).`,
          alters: [traitFact(pair.id, traitId)],
        });
      }
    }
  },
};

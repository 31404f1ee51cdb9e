import type { ShapeId } from "../../model/shape-id.js";
import type { DiffRule } from "./rule.js";
import { locate, traitBearers, traitChange, traitFact, traitLabel } from "./support.js";

const DOC_TRAITS: readonly ShapeId[] = [
  "smithy.api#documentation",
  "smithy.api#externalDocumentation",
  "smithy.api#examples",
  "smithy.api#title",
  "smithy.api#since",
  "smithy.api#recommended",
];

export const changedDocumentation: DiffRule = {
  id: "ChangedDocumentation",
  severities: ["patch"],
  reason: "Documentation becomes TSDoc and READMEs; no type, value or behaviour changes.",
  traits: DOC_TRAITS,
  evaluate(d, report) {
    for (const pair of traitBearers(d)) {
      for (const traitId of DOC_TRAITS) {
        const kind = traitChange(pair.old.traits, pair.new.traits, traitId);
        if (!kind) continue;
        const what = traitId === "smithy.api#documentation" ? "Documentation" : traitLabel(traitId);
        report({ severity: "patch", ...locate(pair.new), message: `${what} ${kind === "changed" ? "changed" : `was ${kind}`}.`, alters: [traitFact(pair.id, traitId)] });
      }
    }
  },
};

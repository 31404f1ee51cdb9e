import type { DiffRule } from "./rule.js";
import { formatNode, locate, traitBearers, traitChange, traitFact } from "./support.js";

const DEPRECATED = "smithy.api#deprecated";

export const changedDeprecated: DiffRule = {
  id: "ChangedDeprecated",
  severities: ["feature", "patch"],
  reason:
    "Semver asks for a minor release when API is deprecated: the symbol gains a `@deprecated` TSDoc tag that " +
    "editors and linters flag. Un-deprecating, or changing the message, is a patch.",
  traits: [DEPRECATED],
  evaluate(d, report) {
    for (const pair of traitBearers(d)) {
      const kind = traitChange(pair.old.traits, pair.new.traits, DEPRECATED);
      if (!kind) continue;
      report({
        severity: kind === "added" ? "feature" : "patch",
        ...locate(pair.new),
        message:
          kind === "added"
            ? `Deprecated (${formatNode(pair.new.traits[DEPRECATED])}).`
            : kind === "removed"
              ? "No longer deprecated."
              : `The deprecation changed from ${formatNode(pair.old.traits[DEPRECATED])} to ${formatNode(pair.new.traits[DEPRECATED])}.`,
        alters: [traitFact(pair.id, DEPRECATED)],
      });
    }
  },
};

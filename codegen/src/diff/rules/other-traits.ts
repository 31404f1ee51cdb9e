import type { ShapeId } from "../../model/shape-id.js";
import type { DiffRule } from "./rule.js";
import { changedTraitIds, formatNode, locate, traitBearers, traitChange, traitFact, traitLabel } from "./support.js";

/**
 * The catch-all for traits no other rule judges (`@sensitive`, `@tags`, `@retryable`, `@readonly`,
 * waiters, IAM and CloudFormation metadata, ...): patch, after smithy-diff's defaults (NOTE/WARNING).
 * The traits of the rules before it (`owned`) and the service's protocol traits are left to those rules.
 */
export function createOtherTraitsRule(owned: ReadonlySet<ShapeId>): DiffRule {
  return {
    id: "ChangedTrait",
    severities: ["patch"],
    reason:
      "Any other trait: they document, tag or tune behaviour callers do not program against (`@sensitive` " +
      "only hides values from logs, `@retryable` only changes retries, waiters are not generated). smithy-diff " +
      "rates such changes NOTE or WARNING.",
    evaluate(d, report) {
      const protocols = new Set([...d.oldProtocol.protocols, ...d.newProtocol.protocols]);
      for (const pair of traitBearers(d)) {
        for (const traitId of changedTraitIds(pair)) {
          if (owned.has(traitId) || (pair.id === d.service.id && protocols.has(traitId))) continue;
          const kind = traitChange(pair.old.traits, pair.new.traits, traitId)!;
          const message =
            kind === "changed"
              ? `${traitLabel(traitId)} changed from ${formatNode(pair.old.traits[traitId])} to ${formatNode(pair.new.traits[traitId])}.`
              : `${traitLabel(traitId)} was ${kind}${kind === "added" ? ` (${formatNode(pair.new.traits[traitId])})` : ""}.`;
          report({ severity: "patch", ...locate(pair.new), message, alters: [traitFact(pair.id, traitId)] });
        }
      }
    },
  };
}

import type { DiffRule } from "./rule.js";
import { code, traitChange, traitFact } from "./support.js";

const IDEMPOTENCY_TOKEN = "smithy.api#idempotencyToken";

export const changedIdempotencyToken: DiffRule = {
  id: "ChangedIdempotencyToken",
  severities: ["breaking", "feature"],
  reason:
    "Removing `@idempotencyToken` stops the client from filling in a token when the caller leaves it out, so " +
    "retries of calls that relied on it are no longer idempotent. Adding it makes the client fill one in: a " +
    "feature (smithy-diff flags only the removal).",
  traits: [IDEMPOTENCY_TOKEN],
  evaluate(d, report) {
    for (const change of d.changedMembers) {
      const kind = traitChange(change.old.traits, change.new.traits, IDEMPOTENCY_TOKEN);
      if (!kind || kind === "changed") continue;
      report({
        severity: kind === "removed" ? "breaking" : "feature",
        shape: change.container,
        member: change.name,
        message:
          kind === "removed"
            ? `Member ${code(change.name)} is no longer an @idempotencyToken: the client stops generating it.`
            : `Member ${code(change.name)} became an @idempotencyToken: the client generates it when unset.`,
        alters: [traitFact(change.new.id, IDEMPOTENCY_TOKEN)],
      });
    }
  },
};

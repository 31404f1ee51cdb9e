import { hasTrait } from "../../model/model.js";
import { shapeIdName } from "../../model/shape-id.js";
import type { DiffRule } from "./rule.js";
import { code, formatNode, locate, traitBearers, traitChange, traitFact } from "./support.js";

const REQUIRED = "smithy.api#required";
const DEFAULT = "smithy.api#default";
const CLIENT_OPTIONAL = "smithy.api#clientOptional";
const INPUT = "smithy.api#input";

export const addedRequiredTrait: DiffRule = {
  id: "AddedRequiredTrait",
  severities: ["breaking", "patch"],
  reason:
    "`@required` on an existing member without `@default` turns an optional property into one every caller must " +
    "set. With `@default` or `@clientOptional` the generated property stays as it was for callers: a patch.",
  traits: [REQUIRED],
  evaluate(d, report) {
    for (const change of d.changedMembers) {
      if (traitChange(change.old.traits, change.new.traits, REQUIRED) !== "added") continue;
      const softened = hasTrait(change.new, DEFAULT) ? "@default" : hasTrait(change.new, CLIENT_OPTIONAL) ? "@clientOptional" : undefined;
      report({
        severity: softened ? "patch" : "breaking",
        shape: change.container,
        member: change.name,
        message: softened
          ? `Member ${code(change.name)} became @required; it has ${softened}, so callers need not set it.`
          : `Member ${code(change.name)} became @required without a default: callers must now set it.`,
        alters: [traitFact(change.new.id, REQUIRED)],
      });
    }
  },
};

export const removedRequiredTrait: DiffRule = {
  id: "RemovedRequiredTrait",
  severities: ["breaking", "patch"],
  reason:
    "Without `@required` a member becomes optional: code reading it from an output must now handle `undefined`. " +
    "Replacing `@required` by `@default` keeps it always present (smithy-diff allows exactly that), and a member " +
    "that was `@clientOptional` was already optional for clients: both are patches.",
  traits: [REQUIRED],
  evaluate(d, report) {
    for (const change of d.changedMembers) {
      if (traitChange(change.old.traits, change.new.traits, REQUIRED) !== "removed") continue;
      const kept = hasTrait(change.new, DEFAULT) ? "it now has a @default" : hasTrait(change.old, CLIENT_OPTIONAL) ? "it was @clientOptional" : undefined;
      report({
        severity: kept ? "patch" : "breaking",
        shape: change.container,
        member: change.name,
        message: kept
          ? `Member ${code(change.name)} is no longer @required; ${kept}, so it stays present.`
          : `Member ${code(change.name)} is no longer @required: it may now be absent.`,
        alters: [traitFact(change.new.id, REQUIRED)],
      });
    }
  },
};

export const changedDefault: DiffRule = {
  id: "ChangedDefault",
  severities: ["breaking", "patch"],
  reason:
    "Removing or changing `@default` changes what a caller gets when the value is absent, and whether the " +
    "property can be `undefined`. Adding one to a member that was not `@required` makes a nullable member " +
    "non-nullable (smithy-diff: ERROR); adding one to a `@required` member keeps it present: a patch.",
  traits: [DEFAULT],
  evaluate(d, report) {
    for (const change of d.changedMembers) {
      const kind = traitChange(change.old.traits, change.new.traits, DEFAULT);
      if (!kind) continue;
      const before = formatNode(change.old.traits[DEFAULT]);
      const after = formatNode(change.new.traits[DEFAULT]);
      const wasRequired = hasTrait(change.old, REQUIRED);
      const severity = kind === "added" && wasRequired ? "patch" : "breaking";
      const message =
        kind === "removed"
          ? `The default of ${code(change.name)} (${before}) was removed.`
          : kind === "changed"
            ? `The default of ${code(change.name)} changed from ${before} to ${after}.`
            : wasRequired
              ? `Member ${code(change.name)} got the default ${after}; it was @required, so it stays present.`
              : `Member ${code(change.name)} got the default ${after}: an optional member became non-nullable.`;
      report({ severity, shape: change.container, member: change.name, message, alters: [traitFact(change.new.id, DEFAULT)] });
    }
  },
};

export const changedNullability: DiffRule = {
  id: "ChangedNullability",
  severities: ["breaking"],
  reason:
    "`@clientOptional` on a member and `@input` on a structure decide whether generated properties may be " +
    "`undefined`; adding or removing either changes the property types (smithy-diff's ChangedNullability).",
  traits: [CLIENT_OPTIONAL, INPUT],
  evaluate(d, report) {
    for (const pair of traitBearers(d)) {
      for (const traitId of [CLIENT_OPTIONAL, INPUT]) {
        const kind = traitChange(pair.old.traits, pair.new.traits, traitId);
        if (!kind || kind === "changed") continue;
        const name = pair.new.type === "member" ? `member ${code(pair.new.name)}` : code(shapeIdName(pair.id));
        report({
          severity: "breaking",
          ...locate(pair.new),
          message:
            traitId === INPUT
              ? `@input was ${kind} on ${name}: the optionality of its members changes.`
              : `@clientOptional was ${kind} on ${name}: its optionality changes.`,
          alters: [traitFact(pair.id, traitId)],
        });
      }
    }
  },
};

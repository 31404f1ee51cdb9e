import type { ShapeId } from "../../model/shape-id.js";
import type { DiffRule } from "./rule.js";
import { formatNode, locate, traitBearers, traitChange, traitFact, traitLabel } from "./support.js";

const api = (name: string): ShapeId => `smithy.api#${name}`;

/** Traits that change a generated type or the class of a value, whatever the protocol. */
const TYPE_SHAPING: Readonly<Record<ShapeId, string>> = {
  [api("sparse")]: "the element type gains or loses `null`",
  [api("streaming")]: "the member's type becomes or stops being a stream",
  [api("requiresLength")]: "streams must or need not have a known length",
  [api("error")]: "the structure becomes or stops being an error class, or its fault changes",
  [api("mixin")]: "the shape becomes or stops being a mixin, which generates nothing",
};

export const changedTypeShapingTrait: DiffRule = {
  id: "ChangedTypeShapingTrait",
  severities: ["breaking"],
  reason:
    "`@sparse` adds `null` to list and map element types; `@streaming` and `@requiresLength` turn a blob into a " +
    "stream; `@error` makes a structure an exception class and its value sets `$fault`; `@mixin` removes a " +
    "shape from generation. Each changes a type callers compile against (smithy-diff: ERROR/DANGER).",
  traits: Object.keys(TYPE_SHAPING),
  evaluate(d, report) {
    for (const pair of traitBearers(d)) {
      for (const [traitId, effect] of Object.entries(TYPE_SHAPING)) {
        const kind = traitChange(pair.old.traits, pair.new.traits, traitId);
        if (!kind) continue;
        const what =
          kind === "changed"
            ? `${traitLabel(traitId)} changed from ${formatNode(pair.old.traits[traitId])} to ${formatNode(pair.new.traits[traitId])}`
            : `${traitLabel(traitId)} was ${kind}`;
        report({ severity: "breaking", ...locate(pair.new), message: `${what}: ${effect}.`, alters: [traitFact(pair.id, traitId)] });
      }
    }
  },
};

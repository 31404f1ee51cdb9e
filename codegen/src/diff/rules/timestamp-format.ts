import { getTrait, type Model } from "../../model/model.js";
import { compareCodeUnits } from "../../model/node.js";
import { membersOf, type MemberShape } from "../../model/shapes.js";
import type { ProtocolView } from "../protocol-view.js";
import type { DiffRule } from "./rule.js";
import { code, traitFact } from "./support.js";

const TIMESTAMP_FORMAT = "smithy.api#timestampFormat";

/** The format a member's timestamps travel in: its own trait, its target's, or the protocol's default. */
function effectiveFormat(model: Model, member: MemberShape, protocol: ProtocolView): { format: string; explicit: boolean } | undefined {
  const target = model.getShape(member.target);
  if (target?.type !== "timestamp") return undefined;
  const own = getTrait(member, TIMESTAMP_FORMAT) ?? getTrait(target, TIMESTAMP_FORMAT);
  return typeof own === "string" ? { format: own, explicit: true } : { format: protocol.defaultTimestampFormat, explicit: false };
}

export const changedTimestampFormat: DiffRule = {
  id: "ChangedTimestampFormat",
  severities: ["breaking", "patch"],
  reason:
    "The serializer writes, and the deserializer expects, a different timestamp encoding: old clients and the " +
    "service disagree on the wire. Judged on the effective format (member trait, else target trait, else the " +
    "protocol's default), so restating the default is no change; under a protocol that ignores `@timestampFormat` it is a patch.",
  traits: [TIMESTAMP_FORMAT],
  evaluate(d, report) {
    const ids = [...d.oldClosure].filter((id) => d.newClosure.has(id)).sort(compareCodeUnits);
    for (const id of ids) {
      const before = d.oldModel.getShape(id);
      const after = d.newModel.getShape(id);
      if (!before || !after) continue;
      const newMembers = new Map(membersOf(after).map((m) => [m.name, m]));
      for (const oldMember of membersOf(before)) {
        const newMember = newMembers.get(oldMember.name);
        if (!newMember) continue;
        const was = effectiveFormat(d.oldModel, oldMember, d.oldProtocol);
        const is = effectiveFormat(d.newModel, newMember, d.newProtocol);
        if (!was || !is || was.format === is.format) continue;
        const used = d.oldProtocol.uses(TIMESTAMP_FORMAT) || d.newProtocol.uses(TIMESTAMP_FORMAT);
        const describe = (f: { format: string; explicit: boolean }): string => `${code(f.format)}${f.explicit ? "" : " (protocol default)"}`;
        report({
          severity: used ? "breaking" : "patch",
          shape: id,
          member: oldMember.name,
          message:
            `The timestamp format of ${code(oldMember.name)} changed from ${describe(was)} to ${describe(is)}` +
            (used ? "." : `; ${d.newProtocol.label} does not use @timestampFormat.`),
          alters: [
            traitFact(newMember.id, TIMESTAMP_FORMAT),
            traitFact(newMember.target, TIMESTAMP_FORMAT),
            traitFact(oldMember.target, TIMESTAMP_FORMAT),
            { id: newMember.id, aspect: "target" },
          ],
        });
      }
    }
  },
};

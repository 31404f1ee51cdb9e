import type { ShapeId } from "../../model/shape-id.js";
import type { DiffRule } from "./rule.js";
import { code, formatNode, locate, traitBearers, traitChange, traitFact, traitLabel } from "./support.js";

const api = (name: string): ShapeId => `smithy.api#${name}`;

/** Traits that only say how a value is bound to the wire; which of them matter depends on the protocol. */
export const BINDING_TRAITS: readonly ShapeId[] = [
  ...[
    "jsonName",
    "http",
    "httpError",
    "httpHeader",
    "httpLabel",
    "httpPayload",
    "httpPrefixHeaders",
    "httpQuery",
    "httpQueryParams",
    "httpResponseCode",
    "xmlAttribute",
    "xmlFlattened",
    "xmlName",
    "xmlNamespace",
    "endpoint",
    "hostLabel",
  ].map(api),
  "aws.protocols#ec2QueryName",
  "aws.protocols#awsQueryError",
];

export const changedProtocolBinding: DiffRule = {
  id: "ChangedProtocolBinding",
  severities: ["breaking", "patch"],
  reason:
    "`@jsonName`, the HTTP binding traits (`@http`, `@httpLabel`, `@httpQuery`, ...), the XML traits and " +
    "`@endpoint`/`@hostLabel` move a value on the wire, so a change is breaking under a protocol that uses the " +
    "trait (smithy-diff: ERROR). The service's protocol decides: its `@protocolDefinition` lists the traits it " +
    "uses. awsJson1_0/1_1 use none of the HTTP bindings and not `@jsonName` (they send member names), so there " +
    "such a change moves nothing and is a patch.",
  traits: BINDING_TRAITS,
  evaluate(d, report) {
    for (const pair of traitBearers(d)) {
      for (const traitId of BINDING_TRAITS) {
        const kind = traitChange(pair.old.traits, pair.new.traits, traitId);
        if (!kind) continue;
        const used = d.oldProtocol.uses(traitId) || d.newProtocol.uses(traitId);
        const what =
          kind === "added"
            ? `${traitLabel(traitId)} ${formatNode(pair.new.traits[traitId])} was added`
            : kind === "removed"
              ? `${traitLabel(traitId)} ${formatNode(pair.old.traits[traitId])} was removed`
              : `${traitLabel(traitId)} changed from ${formatNode(pair.old.traits[traitId])} to ${formatNode(pair.new.traits[traitId])}`;
        report({
          severity: used ? "breaking" : "patch",
          ...locate(pair.new),
          message: used ? `${what}: the value moves on the wire.` : `${what}; ${code(d.newProtocol.label)} does not use it, so nothing on the wire changes.`,
          alters: [traitFact(pair.id, traitId)],
        });
      }
    }
  },
};

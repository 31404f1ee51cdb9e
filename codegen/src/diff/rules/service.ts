import { getTrait } from "../../model/model.js";
import { compareCodeUnits, isNodeObject, nodeEquals, type NodeObject } from "../../model/node.js";
import type { ShapeId } from "../../model/shape-id.js";
import type { DiffRule } from "./rule.js";
import { code, formatNode, traitChange, traitFact, traitLabel } from "./support.js";

const SERVICE_TRAIT = "aws.api#service";
const SIGV4 = "aws.auth#sigv4";
const AUTH_TRAITS: readonly ShapeId[] = [
  SIGV4,
  "aws.auth#sigv4a",
  "smithy.api#auth",
  "smithy.api#httpBasicAuth",
  "smithy.api#httpDigestAuth",
  "smithy.api#httpBearerAuth",
  "smithy.api#httpApiKeyAuth",
  "smithy.api#optionalAuth",
  "aws.auth#unsignedPayload",
];

export const changedProtocol: DiffRule = {
  id: "ChangedProtocol",
  severities: ["breaking", "patch"],
  reason:
    "Another protocol (awsJson1_0 <-> awsJson1_1, or to restJson1) changes headers, error parsing and " +
    "serialization: the serde package is a different package. A change of the protocol's settings only (its " +
    "`http` versions) changes no generated behaviour and is a patch.",
  evaluate(d, report) {
    const before = d.oldProtocol.protocols;
    const after = d.newProtocol.protocols;
    if (before.join() !== after.join()) {
      report({
        severity: "breaking",
        shape: d.service.id,
        member: null,
        message: `The service's protocol changed from ${code(d.oldProtocol.label)} to ${code(d.newProtocol.label)}.`,
        alters: [...new Set([...before, ...after])].sort(compareCodeUnits).map((p) => traitFact(d.service.id, p)),
      });
      return;
    }
    for (const protocol of after) {
      if (nodeEquals(d.service.old.traits[protocol], d.service.new.traits[protocol])) continue;
      report({
        severity: "patch",
        shape: d.service.id,
        member: null,
        message: `The settings of ${traitLabel(protocol)} changed from ${formatNode(d.service.old.traits[protocol])} to ${formatNode(d.service.new.traits[protocol])}.`,
        alters: [traitFact(d.service.id, protocol)],
      });
    }
  },
};

export const changedAuth: DiffRule = {
  id: "ChangedAuth",
  severities: ["breaking"],
  reason:
    "The client signs requests with the schemes the model lists, and SigV4 signs with the signing name of " +
    "`@aws.auth#sigv4`: a new name, a scheme removed or added, or a changed `@auth`/`@optionalAuth` makes " +
    "requests the service rejects, or changes the credentials the client config needs.",
  traits: AUTH_TRAITS,
  evaluate(d, report) {
    const pairs = [{ id: d.service.id, old: d.service.old.traits, new: d.service.new.traits }];
    for (const change of d.changedShapes) if (change.new.type === "operation") pairs.push({ id: change.id, old: change.old.traits, new: change.new.traits });
    for (const pair of pairs) {
      for (const traitId of AUTH_TRAITS) {
        const kind = traitChange(pair.old, pair.new, traitId);
        if (!kind) continue;
        const before = getTrait({ traits: pair.old }, traitId);
        const after = getTrait({ traits: pair.new }, traitId);
        const signingName = (node: typeof before): string | undefined => (isNodeObject(node) && typeof node.name === "string" ? node.name : undefined);
        const message =
          traitId === SIGV4 && kind === "changed" && signingName(before) !== signingName(after)
            ? `The SigV4 signing name changed from ${code(signingName(before) ?? "none")} to ${code(signingName(after) ?? "none")}.`
            : kind === "changed"
              ? `${traitLabel(traitId)} changed from ${formatNode(before)} to ${formatNode(after)}.`
              : `${traitLabel(traitId)} was ${kind}${kind === "removed" ? ` (it was ${formatNode(before)})` : ` (${formatNode(after)})`}.`;
        report({ severity: "breaking", shape: pair.id, member: null, message, alters: [traitFact(pair.id, traitId)] });
      }
    }
  },
};

function serviceTraitField(traits: NodeObject | undefined, field: string): string | undefined {
  return traits && typeof traits[field] === "string" ? (traits[field] as string) : undefined;
}

export const changedServiceIdentity: DiffRule = {
  id: "ChangedServiceIdentity",
  severities: ["breaking", "patch"],
  reason:
    "The sdkId of `@aws.api#service` names the packages, the client class and the service exception; the " +
    "service's shape id and `rename` name generated types: changing any renames the public API. The trait's " +
    "other fields (endpointPrefix, arnNamespace, cloudFormationName, ...) generate nothing that callers use: patch.",
  traits: [SERVICE_TRAIT],
  evaluate(d, report) {
    const { old: before, new: after } = d.service;
    const base = { shape: d.service.id, member: null };
    if (before.id !== after.id) {
      report({ ...base, severity: "breaking", message: `The service's shape id changed from ${code(before.id)} to ${code(after.id)}.`, alters: [{ id: after.id, aspect: "id" }] });
    }
    if (!nodeEquals(before.rename, after.rename)) {
      report({ ...base, severity: "breaking", message: `The service's \`rename\` changed from ${formatNode(before.rename)} to ${formatNode(after.rename)}.`, alters: [{ id: after.id, aspect: "rename" }] });
    }
    const was = getTrait(before, SERVICE_TRAIT);
    const is = getTrait(after, SERVICE_TRAIT);
    if (nodeEquals(was, is)) return;
    const oldFields = isNodeObject(was) ? was : undefined;
    const newFields = isNodeObject(is) ? is : undefined;
    const fields = [...new Set([...Object.keys(oldFields ?? {}), ...Object.keys(newFields ?? {})])].sort(compareCodeUnits);
    for (const field of fields) {
      const a = oldFields?.[field];
      const b = newFields?.[field];
      if (nodeEquals(a, b)) continue;
      const severity = field === "sdkId" ? "breaking" : "patch";
      report({
        ...base,
        severity,
        message:
          field === "sdkId"
            ? `The sdkId changed from ${code(serviceTraitField(oldFields, field) ?? "none")} to ${code(serviceTraitField(newFields, field) ?? "none")}: packages and classes are renamed.`
            : `The ${field} of @aws.api#service changed from ${formatNode(a)} to ${formatNode(b)}.`,
        alters: [traitFact(after.id, SERVICE_TRAIT)],
      });
    }
  },
};

export const changedServiceVersion: DiffRule = {
  id: "ChangedServiceVersion",
  severities: ["patch"],
  reason:
    "awsJson protocols do not send the version; it appears only in the generated files' header and docs. (Query " +
    "protocols send it, but they are not generated here.)",
  evaluate(d, report) {
    if (d.service.old.version === d.service.new.version) return;
    report({
      severity: "patch",
      shape: d.service.id,
      member: null,
      message: `The service version changed from ${code(d.service.old.version ?? "none")} to ${code(d.service.new.version ?? "none")}.`,
      alters: [{ id: d.service.id, aspect: "version" }],
    });
  },
};

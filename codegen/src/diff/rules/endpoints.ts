import { compareCodeUnits, isNodeObject, nodeEquals, type NodeObject, type NodeValue } from "../../model/node.js";
import type { ShapeId } from "../../model/shape-id.js";
import type { ChangeSeverity } from "../change.js";
import type { DiffRule } from "./rule.js";
import { code, formatNode, locate, traitBearers, traitChange, traitFact, traitLabel } from "./support.js";

const RULE_SET = "smithy.rules#endpointRuleSet";
const TESTS = "smithy.rules#endpointTests";
const CLIENT_CONTEXT_PARAMS = "smithy.rules#clientContextParams";
const BINDINGS: readonly ShapeId[] = ["smithy.rules#contextParam", "smithy.rules#staticContextParams", "smithy.rules#operationContextParams"];

function objectField(node: NodeValue | undefined, field: string): NodeObject {
  return isNodeObject(node) && isNodeObject(node[field]) ? node[field] : {};
}

/** Parameter definitions compared without regard to the case of `type` (`String` and `string` are one type). */
function sameParameter(a: NodeValue | undefined, b: NodeValue | undefined): boolean {
  const normal = (node: NodeValue | undefined): NodeValue | undefined =>
    isNodeObject(node) && typeof node.type === "string" ? { ...node, type: node.type.toLowerCase() } : node;
  return nodeEquals(normal(a), normal(b));
}

interface ParameterChange {
  readonly severity: ChangeSeverity;
  readonly message: string;
}

/** Added parameters become client config options (feature); removed ones take an option away (breaking). */
function parameterChanges(before: NodeObject, after: NodeObject, what: string): ParameterChange[] {
  const out: ParameterChange[] = [];
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(compareCodeUnits);
  for (const name of names) {
    const was = before[name];
    const is = after[name];
    if (was === undefined) out.push({ severity: "feature", message: `${what} ${code(name)} was added.` });
    else if (is === undefined) out.push({ severity: "breaking", message: `${what} ${code(name)} was removed.` });
    else if (!sameParameter(was, is)) {
      const builtInChanged = isNodeObject(was) && isNodeObject(is) && was.builtIn !== is.builtIn;
      const nowRequired = isNodeObject(is) && is.required === true && is.default === undefined && !(isNodeObject(was) && was.required === true);
      out.push({
        severity: builtInChanged || nowRequired ? "breaking" : "patch",
        message: `${what} ${code(name)} changed from ${formatNode(was)} to ${formatNode(is)}.`,
      });
    }
  }
  return out;
}

export const changedEndpointRules: DiffRule = {
  id: "ChangedEndpointRules",
  severities: ["breaking", "feature", "patch"],
  reason:
    "The client embeds the rule set. New rules for new Regions or partitions are a patch (same config, " +
    "endpoints only where there were errors or other hosts). Parameters are client config options: a new one " +
    "(or a new `@clientContextParams` entry) is a feature, a removed one, a changed built-in or a newly required " +
    "one without default breaks configs that compiled. Member and operation bindings of parameters only feed " +
    "endpoint resolution: a patch.",
  traits: [RULE_SET, CLIENT_CONTEXT_PARAMS, ...BINDINGS],
  evaluate(d, report) {
    const base = { shape: d.service.id, member: null };
    const oldSet = d.service.old.traits[RULE_SET];
    const newSet = d.service.new.traits[RULE_SET];
    if (!nodeEquals(oldSet, newSet)) {
      const changes = parameterChanges(objectField(oldSet, "parameters"), objectField(newSet, "parameters"), "Endpoint parameter");
      for (const change of changes) report({ ...base, ...change, alters: [traitFact(d.service.id, RULE_SET)] });
      const rulesOf = (node: NodeValue | undefined): NodeValue | undefined => (isNodeObject(node) ? { ...node, parameters: {} } : node);
      const parametersOnly = changes.length > 0 && nodeEquals(rulesOf(oldSet), rulesOf(newSet));
      const typeCaseOnly = changes.length === 0 && nodeEquals(rulesOf(oldSet), rulesOf(newSet));
      if (!parametersOnly) {
        report({
          ...base,
          severity: "patch",
          message: typeCaseOnly
            ? "The endpoint rule set changed only in how parameter types are spelled."
            : oldSet === undefined
              ? "An endpoint rule set was added."
              : newSet === undefined
                ? "The endpoint rule set was removed."
                : "The endpoint rules changed (same parameters).",
          alters: [traitFact(d.service.id, RULE_SET)],
        });
      }
    }
    const asObject = (node: NodeValue | undefined): NodeObject => (isNodeObject(node) ? node : {});
    const oldParams = asObject(d.service.old.traits[CLIENT_CONTEXT_PARAMS]);
    const newParams = asObject(d.service.new.traits[CLIENT_CONTEXT_PARAMS]);
    for (const change of parameterChanges(oldParams, newParams, "Client context parameter")) {
      report({ ...base, ...change, alters: [traitFact(d.service.id, CLIENT_CONTEXT_PARAMS)] });
    }
    for (const pair of traitBearers(d)) {
      for (const traitId of BINDINGS) {
        const kind = traitChange(pair.old.traits, pair.new.traits, traitId);
        if (!kind) continue;
        report({
          severity: "patch",
          ...locate(pair.new),
          message: `${traitLabel(traitId)} was ${kind}${kind === "removed" ? "" : ` (${formatNode(pair.new.traits[traitId])})`}.`,
          alters: [traitFact(pair.id, traitId)],
        });
      }
    }
  },
};

export const changedEndpointTests: DiffRule = {
  id: "ChangedEndpointTests",
  severities: ["patch"],
  reason: "Endpoint test cases only become generated tests; nothing a caller uses changes.",
  traits: [TESTS],
  evaluate(d, report) {
    const count = (node: NodeValue | undefined): number => {
      const cases = isNodeObject(node) ? node.testCases : undefined;
      return Array.isArray(cases) ? cases.length : 0;
    };
    const before = d.service.old.traits[TESTS];
    const after = d.service.new.traits[TESTS];
    if (nodeEquals(before, after)) return;
    report({
      severity: "patch",
      shape: d.service.id,
      member: null,
      message: `The endpoint test cases changed (${count(before)} before, ${count(after)} now).`,
      alters: [traitFact(d.service.id, TESTS)],
    });
  },
};

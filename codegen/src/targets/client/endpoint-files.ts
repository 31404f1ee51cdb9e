import { propertyKey } from "../../core/naming.js";
import { isNodeArray, isNodeObject, type NodeObject, type NodeValue } from "../../model/node.js";
import { runtimeSymbol } from "../../core/runtime-symbols.js";
import type { PackageBuilder } from "../../core/generated-package.js";
import { docToTsdoc } from "../../core/tsdoc.js";
import type { TargetContext } from "../../core/target.js";
import type { ClientSymbols } from "./client-symbols.js";
import type { EndpointModel, EndpointParameter } from "./endpoint-model.js";
import { ruleSetLiteral } from "./node-literal.js";

const TS_TYPES: Readonly<Record<EndpointParameter["type"], string>> = { string: "string", boolean: "boolean", stringArray: "string[]" };

/** `src/endpoint/rule-set.ts`: the model's `@endpointRuleSet`, as data for `resolveEndpoint`. */
export function writeRuleSetFile(context: TargetContext, pkg: PackageBuilder, names: ClientSymbols, endpoints: EndpointModel): void {
  const file = pkg.tsFile(names.ruleSet.from);
  file.declare(names.ruleSet.name);
  const ruleSetObject = file.type({ name: "RuleSetObject", from: "@smithy/types" });
  file.doc(
    endpoints.fromModel
      ? [
          `The endpoint rules of \`${context.index.service.id}\` (its \`smithy.rules#endpointRuleSet\`): the parameters on one line,`,
          "then each top-level rule on one line.",
        ]
      : [`\`${context.index.service.id}\` has no endpoint rules: requests go to the configured \`endpoint\`, which is required.`],
  );
  const hasStringArray = endpoints.parameters.some((parameter) => parameter.type === "stringArray");
  if (hasStringArray) {
    const parameterObject = file.type({ name: "ParameterObject", from: "@smithy/types" });
    file.doc([
      "The type of `stringArray` parameters: the rules engine evaluates them, but the `RuleSetObject`",
      "type of `@smithy/types` does not list them yet.",
    ]);
    file.line(`const STRING_ARRAY = "stringArray" as string as ${parameterObject}["type"];`);
    file.line();
  }
  const override = (path: readonly string[], value: unknown): string | undefined =>
    path.length === 3 && path[0] === "parameters" && path[2] === "type" && value === "stringArray" ? "STRING_ARRAY" : undefined;
  file.line(`export const ruleSet: ${ruleSetObject} = ${ruleSetLiteral(withoutDocumentation(endpoints.ruleSet), override)};`);
  file.line();
  file.declare(names.commonEndpointParameters.name);
  const optionsOf = (builtIn: boolean): string => {
    const entries = endpoints.parameters.filter((parameter) => parameter.option && Boolean(parameter.builtIn) === builtIn);
    return `{ ${entries.map((parameter) => `${propertyKey(parameter.name)}: ${JSON.stringify(parameter.option)}`).join(", ")} }`;
  };
  const clientContext = endpoints.parameters.some((parameter) => parameter.option && !parameter.builtIn) ? `, ${optionsOf(false)}` : "";
  file.doc(["Where every operation takes the client-level parameters from: built-ins and client context parameters, by the client option each reads."]);
  const instructions = file.value(runtimeSymbol("@smithy-gen/aws-client", "endpointParameterInstructions"));
  file.line(`export const ${names.commonEndpointParameters.name} = /* @__PURE__ */ ${instructions}(${optionsOf(true).replace("{  }", "{}")}${clientContext});`);
}

/**
 * The rule set without the `documentation` of its parameters and rules: the rules engine does not
 * read it (the parameters' documentation is the TSDoc of `EndpointParameters`), and every client
 * would carry it in its bundle.
 */
export function withoutDocumentation(ruleSet: NodeObject): NodeObject {
  const rule = (node: NodeValue): NodeValue => {
    if (!isNodeObject(node)) return node;
    const { documentation: _documentation, ...rest } = node;
    return isNodeArray(rest.rules) ? { ...rest, rules: rest.rules.map(rule) } : rest;
  };
  // `required: false` is what the engine assumes of a parameter that does not say.
  const parameter = (node: NodeValue): NodeValue =>
    isNodeObject(node) ? Object.fromEntries(Object.entries(node).filter(([key, value]) => key !== "documentation" && !(key === "required" && value === false))) : node;
  const parameters = isNodeObject(ruleSet.parameters)
    ? Object.fromEntries(Object.entries(ruleSet.parameters).map(([name, node]) => [name, parameter(node)]))
    : ruleSet.parameters;
  const { documentation: _documentation, ...rest } = ruleSet;
  return { ...rest, ...(parameters === undefined ? {} : { parameters }), ...(isNodeArray(ruleSet.rules) ? { rules: ruleSet.rules.map(rule) } : {}) };
}

/** `src/endpoint/endpoint-parameters.ts`: the parameters interface. */
export function writeEndpointParametersFile(pkg: PackageBuilder, names: ClientSymbols, endpoints: EndpointModel): void {
  const file = pkg.tsFile(names.endpointParameters.from);
  file.declare(names.endpointParameters.name);
  const base = file.type({ name: "EndpointParameters", from: "@smithy/types" });
  file.doc(["The parameters of the endpoint rule set."]);
  file.block(`export interface EndpointParameters extends ${base} {`, () => {
    for (const parameter of endpoints.parameters) {
      const docs = [...docToTsdoc(parameter.documentation)];
      if (parameter.builtIn) docs.push(...(docs.length ? [""] : []), `Built-in \`${parameter.builtIn}\`${parameter.option ? `: the client's \`${parameter.option}\` option` : " (not supplied by this client)"}.`);
      file.doc(docs);
      const optional = parameter.required && parameter.default === undefined ? "" : "?";
      file.line(`${parameter.name}${optional}: ${TS_TYPES[parameter.type]};`);
    }
  });
}

/** `src/endpoint/endpoint-resolver.ts`: the rule set's resolver, made by the AWS client runtime. */
export function writeEndpointResolverFile(pkg: PackageBuilder, names: ClientSymbols, endpoints: EndpointModel): void {
  const file = pkg.tsFile(names.defaultEndpointResolver.from);
  file.declare(names.defaultEndpointResolver.name);
  const create = file.value(runtimeSymbol("@smithy-gen/aws-client", "createEndpointResolver"));
  const parameters = file.type(names.endpointParameters);
  const ruleSet = file.value(names.ruleSet);
  // The cache keys on every parameter; it cannot key on a string array.
  const cacheable = endpoints.parameters.every((parameter) => parameter.type !== "stringArray");
  file.doc([
    "Resolves the endpoint of a request by evaluating the rule set" + (cacheable ? ", remembering recent endpoints by their parameters." : "."),
    "Throws an `EndpointError` with the rule set's message when the parameters match an error rule (e.g. FIPS with",
    "a custom endpoint).",
  ]);
  const cache = cacheable ? `, [${endpoints.parameters.map((parameter) => JSON.stringify(parameter.name)).join(", ")}]` : "";
  file.line(`export const ${names.defaultEndpointResolver.name} = /* @__PURE__ */ ${create}<${parameters}>(${ruleSet}${cache});`);
}

import type { PackageBuilder } from "../../core/generated-package.js";
import { docToTsdoc } from "../../core/tsdoc.js";
import type { TargetContext } from "../../core/target.js";
import type { ClientSymbols } from "./client-symbols.js";
import type { EndpointModel, EndpointParameter } from "./endpoint-model.js";
import { nodeLiteral } from "./node-literal.js";

const TS_TYPES: Readonly<Record<EndpointParameter["type"], string>> = { string: "string", boolean: "boolean", stringArray: "string[]" };

/** `src/endpoint/rule-set.ts`: the model's `@endpointRuleSet`, as data for `resolveEndpoint`. */
export function writeRuleSetFile(context: TargetContext, pkg: PackageBuilder, names: ClientSymbols, endpoints: EndpointModel): void {
  const file = pkg.tsFile(names.ruleSet.from);
  file.declare(names.ruleSet.name);
  const ruleSetObject = file.type({ name: "RuleSetObject", from: "@smithy/types" });
  file.doc(
    endpoints.fromModel
      ? [`The endpoint rules of \`${context.index.service.id}\` (its \`smithy.rules#endpointRuleSet\`).`]
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
  file.line(`export const ruleSet: ${ruleSetObject} = ${nodeLiteral(endpoints.ruleSet, "", override)};`);
}

/** `src/endpoint/endpoint-parameters.ts`: the parameters interface and where the client takes them from. */
export function writeEndpointParametersFile(pkg: PackageBuilder, names: ClientSymbols, endpoints: EndpointModel): void {
  const file = pkg.tsFile(names.endpointParameters.from);
  file.declare(names.endpointParameters.name);
  file.declare(names.commonEndpointParameters.name);
  const base = file.type({ name: "EndpointParameters", from: "@smithy/types" });
  const instructions = file.type({ name: "EndpointParameterInstructions", from: "@smithy/types" });
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
  file.line();
  file.doc(["Where every operation takes the client-level parameters from: built-ins and client context parameters."]);
  file.block(`export const commonEndpointParameters: ${instructions} = {`, () => {
    for (const parameter of endpoints.parameters) {
      if (!parameter.option) continue;
      const type = parameter.builtIn ? "builtInParams" : "clientContextParams";
      file.line(`${parameter.name}: { type: "${type}", name: ${JSON.stringify(parameter.option)} },`);
    }
  }, "};");
}

/** `src/endpoint/endpoint-resolver.ts`: evaluates the rule set, with the AWS partition functions. */
export function writeEndpointResolverFile(pkg: PackageBuilder, names: ClientSymbols, endpoints: EndpointModel): void {
  const file = pkg.tsFile(names.defaultEndpointResolver.from);
  file.declare(names.defaultEndpointResolver.name);
  const endpointsModule = "@smithy/core/endpoints";
  const awsFunctions = file.value({ name: "awsEndpointFunctions", from: "@aws-sdk/util-endpoints" });
  const custom = file.value({ name: "customEndpointFunctions", from: endpointsModule });
  const cacheClass = file.value({ name: "EndpointCache", from: endpointsModule });
  const resolve = file.value({ name: "resolveEndpoint", from: endpointsModule });
  const endpointV2 = file.type({ name: "EndpointV2", from: "@smithy/types" });
  const logger = file.type({ name: "Logger", from: "@smithy/types" });
  const parameters = file.type(names.endpointParameters);
  const ruleSet = file.value(names.ruleSet);
  const cacheable = endpoints.parameters.every((parameter) => parameter.type !== "stringArray");
  if (cacheable) {
    const keys = endpoints.parameters.map((parameter) => JSON.stringify(parameter.name)).join(", ");
    file.line("/** Resolved endpoints by parameters: most clients only ever use one or two. */");
    file.line(`const cache = new ${cacheClass}({ size: 50, params: [${keys}] });`);
    file.line();
  }
  file.doc([
    "Resolves the endpoint of a request by evaluating the rule set. Throws an `EndpointError` with",
    "the rule set's message when the parameters match an error rule (e.g. FIPS with a custom endpoint).",
  ]);
  file.block(`export function defaultEndpointResolver(endpointParams: ${parameters}, context: { logger?: ${logger} } = {}): ${endpointV2} {`, () => {
    file.line("// Registered here rather than at import, so that the module has no side effects.");
    file.line(`${custom}.aws ??= ${awsFunctions};`);
    file.line("const params = setParameters(endpointParams);");
    const evaluate = `${resolve}(${ruleSet}, { endpointParams: params, ...(context.logger ? { logger: context.logger } : {}) })`;
    file.line(cacheable ? `return cache.get(params, () => ${evaluate});` : `return ${evaluate};`);
  });
  file.line();
  const endpointParams = file.type({ name: "EndpointParams", from: endpointsModule });
  file.doc(["The parameters that are set, as the rules engine takes them: an absent parameter is unset."]);
  file.block(`function setParameters(endpointParams: ${parameters}): ${endpointParams} {`, () => {
    file.line(`const params: ${endpointParams} = {};`);
    file.block("for (const [name, value] of Object.entries(endpointParams)) {", () => {
      file.line('if (typeof value === "string" || typeof value === "boolean") params[name] = value;');
      if (!cacheable) file.line("// The engine evaluates string arrays too, though its parameter type does not say so.");
      if (!cacheable) file.line("else if (Array.isArray(value)) Object.assign(params, { [name]: value });");
    });
    file.line("return params;");
  });
}

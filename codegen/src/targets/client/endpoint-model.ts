import { ModelError } from "../../model/diagnostics.js";
import { getTrait, type Model } from "../../model/model.js";
import { compareCodeUnits, isNodeArray, isNodeObject, type NodeObject, type NodeValue } from "../../model/node.js";
import type { OperationShape, ServiceShape } from "../../model/shapes.js";
import { lowerFirst } from "../../core/naming.js";

const RULE_SET = "smithy.rules#endpointRuleSet";
const TESTS = "smithy.rules#endpointTests";
const CLIENT_CONTEXT_PARAMS = "smithy.rules#clientContextParams";
const CONTEXT_PARAM = "smithy.rules#contextParam";
const STATIC_CONTEXT_PARAMS = "smithy.rules#staticContextParams";
const OPERATION_CONTEXT_PARAMS = "smithy.rules#operationContextParams";

/** The client configuration option each supported built-in reads (the official SDK's names). */
export const BUILT_IN_OPTIONS: Readonly<Record<string, string>> = {
  "AWS::Region": "region",
  "AWS::UseFIPS": "useFipsEndpoint",
  "AWS::UseDualStack": "useDualstackEndpoint",
  "SDK::Endpoint": "endpoint",
  "AWS::Auth::AccountId": "accountId",
  "AWS::Auth::AccountIdEndpointMode": "accountIdEndpointMode",
  "AWS::Auth::CredentialScope": "credentialScope",
};

export type ParameterType = "string" | "boolean" | "stringArray";

/** One parameter of the rule set, as the client fills it in. */
export interface EndpointParameter {
  readonly name: string;
  readonly type: ParameterType;
  readonly required: boolean;
  readonly default?: NodeValue;
  readonly documentation?: string;
  readonly builtIn?: string;
  /** The client configuration option that supplies it, for built-ins and client context params. */
  readonly option?: string;
}

/** Where an operation takes a parameter from: an input member, a constant, or an input path. */
export type OperationParameter =
  | { readonly kind: "context"; readonly name: string; readonly member: string }
  | { readonly kind: "static"; readonly name: string; readonly value: NodeValue }
  | { readonly kind: "path"; readonly name: string; readonly path: string };

/** The endpoint rules of a service, or the fallback that only accepts an `endpoint` override. */
export interface EndpointModel {
  /** The rule set to evaluate: the model's own, or a generated one that requires `endpoint`. */
  readonly ruleSet: NodeObject;
  readonly fromModel: boolean;
  /** Sorted by name. */
  readonly parameters: readonly EndpointParameter[];
  /** Built-ins the client cannot supply (they stay unset). */
  readonly unsupportedBuiltIns: readonly string[];
  readonly testCases: readonly NodeObject[];
  /** Parameters an operation supplies itself, sorted by name. */
  operationParameters(operation: OperationShape): OperationParameter[];
}

function noRuleSet(serviceName: string): NodeObject {
  return {
    version: "1.0",
    parameters: {
      Endpoint: { type: "string", builtIn: "SDK::Endpoint", required: false, documentation: "The endpoint to send requests to." },
    },
    rules: [
      {
        type: "endpoint",
        conditions: [{ fn: "isSet", argv: [{ ref: "Endpoint" }] }],
        endpoint: { url: { ref: "Endpoint" }, properties: {}, headers: {} },
      },
      {
        type: "error",
        conditions: [],
        error: `The ${serviceName} model has no endpoint rules: set \`endpoint\` in the client configuration`,
      },
    ],
  };
}

export function createEndpointModel(model: Model, service: ServiceShape, serviceName: string): EndpointModel {
  const modelled = getTrait(service, RULE_SET);
  const fromModel = isNodeObject(modelled);
  const ruleSet = fromModel ? modelled : noRuleSet(serviceName);
  const rawParameters = isNodeObject(ruleSet.parameters) ? ruleSet.parameters : {};
  const clientContext = getTrait(service, CLIENT_CONTEXT_PARAMS);
  const unsupportedBuiltIns: string[] = [];
  const parameters: EndpointParameter[] = [];
  for (const name of Object.keys(rawParameters).sort(compareCodeUnits)) {
    const raw = rawParameters[name];
    if (!isNodeObject(raw)) throw ModelError.at(service.location, `endpoint rule set parameter \`${name}\` is not an object`, "Endpoints");
    const type = String(raw.type).toLowerCase() === "stringarray" ? "stringArray" : String(raw.type).toLowerCase() === "boolean" ? "boolean" : "string";
    const builtIn = typeof raw.builtIn === "string" ? raw.builtIn : undefined;
    let option: string | undefined;
    if (builtIn) {
      option = BUILT_IN_OPTIONS[builtIn];
      if (!option) unsupportedBuiltIns.push(builtIn);
    } else if (isNodeObject(clientContext) && clientContext[name] !== undefined) {
      option = lowerFirst(name);
    }
    parameters.push({
      name,
      type,
      required: raw.required === true,
      ...(raw.default !== undefined ? { default: raw.default } : {}),
      ...(typeof raw.documentation === "string" ? { documentation: raw.documentation } : {}),
      ...(builtIn ? { builtIn } : {}),
      ...(option ? { option } : {}),
    });
  }
  const tests = getTrait(service, TESTS);
  const testCases = isNodeObject(tests) && isNodeArray(tests.testCases) ? tests.testCases.filter(isNodeObject) : [];
  const known = new Set(parameters.map((p) => p.name));

  const operationParameters = (operation: OperationShape): OperationParameter[] => {
    const out: OperationParameter[] = [];
    const staticParams = getTrait(operation, STATIC_CONTEXT_PARAMS);
    if (isNodeObject(staticParams)) {
      for (const [name, value] of Object.entries(staticParams)) {
        if (known.has(name) && isNodeObject(value)) out.push({ kind: "static", name, value: value.value ?? null });
      }
    }
    const pathParams = getTrait(operation, OPERATION_CONTEXT_PARAMS);
    if (isNodeObject(pathParams)) {
      for (const [name, value] of Object.entries(pathParams)) {
        if (known.has(name) && isNodeObject(value) && typeof value.path === "string") out.push({ kind: "path", name, path: value.path });
      }
    }
    const input = operation.input ? model.getShape(operation.input) : undefined;
    if (input?.type === "structure") {
      for (const member of input.members.values()) {
        const trait = getTrait(member, CONTEXT_PARAM);
        if (isNodeObject(trait) && typeof trait.name === "string" && known.has(trait.name)) {
          out.push({ kind: "context", name: trait.name, member: member.name });
        }
      }
    }
    return out.sort((a, b) => compareCodeUnits(a.name, b.name));
  };

  return { ruleSet, fromModel, parameters, unsupportedBuiltIns, testCases, operationParameters };
}

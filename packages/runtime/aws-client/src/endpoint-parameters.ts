import type { EndpointParameterInstructions, RuleSetObject } from "@smithy/types";

/**
 * The client option each AWS SDK built-in endpoint parameter reads, by its `builtIn` name: the
 * official SDK's names, so that a rule set's `AWS::Region` parameter takes the client's `region`.
 */
export const BUILT_IN_OPTIONS: Readonly<Record<string, string>> = {
  "AWS::Region": "region",
  "AWS::UseFIPS": "useFipsEndpoint",
  "AWS::UseDualStack": "useDualstackEndpoint",
  "SDK::Endpoint": "endpoint",
  "AWS::Auth::AccountId": "accountId",
  "AWS::Auth::AccountIdEndpointMode": "accountIdEndpointMode",
  "AWS::Auth::CredentialScope": "credentialScope",
};

/**
 * Where every operation takes the client-level endpoint parameters from, read off the rule set: a
 * built-in from the client option of that built-in, and each of `clientContextParameters` (the
 * service's `@clientContextParams`) from the client option of its name with a lower-case first
 * letter (`DisableMultiRegionAccessPoints` from `disableMultiRegionAccessPoints`). A built-in this
 * client does not supply stays unset.
 */
export function endpointParameterInstructions(ruleSet: RuleSetObject, clientContextParameters: readonly string[] = []): EndpointParameterInstructions {
  const instructions: EndpointParameterInstructions = {};
  for (const [name, parameter] of Object.entries(ruleSet.parameters)) {
    const option = parameter.builtIn === undefined ? undefined : BUILT_IN_OPTIONS[parameter.builtIn];
    if (option !== undefined) instructions[name] = { type: "builtInParams", name: option };
    else if (clientContextParameters.includes(name)) instructions[name] = { type: "clientContextParams", name: `${name.charAt(0).toLowerCase()}${name.slice(1)}` };
  }
  return instructions;
}

import type { EndpointParameterInstructions } from "@smithy/types";

/**
 * Where every operation takes the client-level endpoint parameters from: each of `builtIns` (a
 * built-in parameter of the rule set) from the client option it names, and each of
 * `clientContext` (the service's `@clientContextParams`) from the client option it names.
 */
export function endpointParameterInstructions(
  builtIns: Readonly<Record<string, string>>,
  clientContext: Readonly<Record<string, string>> = {},
): EndpointParameterInstructions {
  const instructions: EndpointParameterInstructions = {};
  for (const [parameter, option] of Object.entries(builtIns)) instructions[parameter] = { type: "builtInParams", name: option };
  for (const [parameter, option] of Object.entries(clientContext)) instructions[parameter] = { type: "clientContextParams", name: option };
  return instructions;
}

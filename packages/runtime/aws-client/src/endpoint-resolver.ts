import { awsEndpointFunctions } from "@aws-sdk/util-endpoints";
import { EndpointCache, customEndpointFunctions, resolveEndpoint, type EndpointParams } from "@smithy/core/endpoints";
import type { EndpointParameters, EndpointV2, Logger, RuleSetObject } from "@smithy/types";

/** Resolves the endpoint of a request from the rule set's parameters. */
export type EndpointResolver<Parameters extends EndpointParameters> = (endpointParams: Parameters, context?: { logger?: Logger }) => EndpointV2;

/** Resolved endpoints kept per resolver: most clients only ever use one or two. */
const CACHE_SIZE = 50;

/**
 * The resolver of a service's endpoint rule set: it evaluates the rules (with the AWS functions
 * such as `aws.partition`) and, given `cacheParameters` (every parameter of the rule set, when
 * none is a string array, which the cache cannot key on), remembers the last endpoints by them.
 * Throws an `EndpointError` with the rule set's message when the parameters match an error rule
 * (e.g. FIPS with a custom endpoint).
 */
export function createEndpointResolver<Parameters extends EndpointParameters>(ruleSet: RuleSetObject, cacheParameters?: readonly string[]): EndpointResolver<Parameters> {
  let cache: EndpointCache | undefined;
  return (endpointParams, context = {}) => {
    // Registered here rather than at import, so that the module has no side effects.
    customEndpointFunctions.aws ??= awsEndpointFunctions;
    const params = setParameters(endpointParams);
    const evaluate = () => resolveEndpoint(ruleSet, { endpointParams: params, ...(context.logger ? { logger: context.logger } : {}) });
    if (!cacheParameters) return evaluate();
    cache ??= new EndpointCache({ size: CACHE_SIZE, params: [...cacheParameters] });
    return cache.get(params, evaluate);
  };
}

/** The parameters that are set, as the rules engine takes them: an absent parameter is unset. */
function setParameters(endpointParams: EndpointParameters): EndpointParams {
  const params: EndpointParams = {};
  for (const [name, value] of Object.entries(endpointParams)) {
    if (typeof value === "string" || typeof value === "boolean") params[name] = value;
    // The engine evaluates string arrays too, though its parameter type does not say so.
    else if (Array.isArray(value)) Object.assign(params, { [name]: value });
  }
  return params;
}

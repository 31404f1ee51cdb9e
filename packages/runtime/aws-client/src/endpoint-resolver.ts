import { awsEndpointFunctions } from "@aws-sdk/util-endpoints";
import { EndpointCache, customEndpointFunctions, resolveEndpoint, type EndpointParams } from "@smithy/core/endpoints";
import type { EndpointParameters, EndpointV2, Logger, RuleSetObject } from "@smithy/types";

/** Resolves the endpoint of a request from the rule set's parameters. */
export type EndpointResolver<Parameters extends EndpointParameters> = (endpointParams: Parameters, context?: { logger?: Logger }) => EndpointV2;

/** Resolved endpoints kept per resolver: most clients only ever use one or two. */
const CACHE_SIZE = 50;

/**
 * The resolver of a service's endpoint rule set: it evaluates the rules (with the AWS functions
 * such as `aws.partition`) and remembers the last endpoints by the parameters named in
 * `cacheParameters`. Throws an `EndpointError` with the rule set's message when the parameters
 * match an error rule (e.g. FIPS with a custom endpoint).
 */
export function createEndpointResolver<Parameters extends EndpointParameters>(ruleSet: RuleSetObject, cacheParameters: readonly string[]): EndpointResolver<Parameters> {
  let cache: EndpointCache | undefined;
  return (endpointParams, context = {}) => {
    // Registered here rather than at import, so that the module has no side effects.
    customEndpointFunctions.aws ??= awsEndpointFunctions;
    cache ??= new EndpointCache({ size: CACHE_SIZE, params: [...cacheParameters] });
    const params = setParameters(endpointParams);
    return cache.get(params, () => resolveEndpoint(ruleSet, { endpointParams: params, ...(context.logger ? { logger: context.logger } : {}) }));
  };
}

/** The parameters that are set, as the rules engine takes them: an absent parameter is unset. */
function setParameters(endpointParams: EndpointParameters): EndpointParams {
  const params: EndpointParams = {};
  for (const [name, value] of Object.entries(endpointParams)) {
    if (typeof value === "string" || typeof value === "boolean") params[name] = value;
  }
  return params;
}

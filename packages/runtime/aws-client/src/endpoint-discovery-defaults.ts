import { NODE_ENDPOINT_DISCOVERY_CONFIG_OPTIONS } from "@aws-sdk/middleware-endpoint-discovery";
import { loadConfig } from "@smithy/core/config";
import type { Provider } from "@smithy/types";

/**
 * Node.js: `AWS_ENABLE_ENDPOINT_DISCOVERY` / `AWS_ENDPOINT_DISCOVERY_ENABLED` or the profile's
 * `endpoint_discovery_enabled` (read on first use); unset means "only where an operation requires it".
 */
export function getEndpointDiscoveryDefault(config: { readonly profile?: string }): Provider<boolean | undefined> {
  return loadConfig(NODE_ENDPOINT_DISCOVERY_CONFIG_OPTIONS, { profile: config.profile });
}

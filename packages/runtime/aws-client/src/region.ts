import { isValidHostLabel } from "@smithy/core/endpoints";
import type { Provider } from "@smithy/types";
import { ClientConfigurationError } from "./client-configuration-error.js";

/**
 * The Region as a provider that checks each value: a Region is a host label of the endpoint URL,
 * so anything else (`us-east-1.attacker.example#`) is rejected instead of reaching the network.
 * A string is checked at once, so that a bad value fails when the client is built.
 */
export function resolveRegion(region: string | Provider<string> | undefined, client: string): Provider<string> {
  if (typeof region === "string") {
    const checked = checkRegion(region, client);
    return async () => checked;
  }
  return async () => {
    let value: string | undefined;
    try {
      value = region === undefined ? undefined : await region();
    } catch (cause) {
      throw new ClientConfigurationError(client, "region", `no Region could be loaded (${cause instanceof Error ? cause.message : String(cause)}); set \`region\` or AWS_REGION`, { cause });
    }
    return checkRegion(value, client);
  };
}

function checkRegion(region: string | undefined, client: string): string {
  if (!region) throw new ClientConfigurationError(client, "region", 'no Region is configured; set `region` (e.g. "us-east-1") or AWS_REGION');
  if (!isValidHostLabel(region)) {
    throw new ClientConfigurationError(client, "region", `${JSON.stringify(region)} is not a valid Region: a Region must be a host label (letters, digits and hyphens)`);
  }
  return region;
}

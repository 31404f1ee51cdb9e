import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";
import { ClientConfigurationError } from "./client-configuration-error.js";

/** Credentials are refreshed this long before they expire. */
const REFRESH_MARGIN_MS = 5 * 60 * 1000;

/**
 * The credentials as one memoized provider: static credentials (checked at once), a provider
 * function (called again only when its credentials are about to expire), or, when absent, the
 * runtime's default chain, which is created on first use so that building a client stays cheap.
 */
export function resolveCredentials(
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined,
  defaultChain: () => AwsCredentialIdentityProvider,
  client: string,
): AwsCredentialIdentityProvider {
  if (credentials === undefined) return memoize(() => defaultChain(), true, client);
  if (typeof credentials === "function") return memoize(() => credentials, false, client);
  const checked = checkCredentials(credentials, client);
  return async () => checked;
}

function memoize(source: () => AwsCredentialIdentityProvider, lazy: boolean, client: string): AwsCredentialIdentityProvider {
  let provider: AwsCredentialIdentityProvider | undefined = lazy ? undefined : source();
  let current: Promise<AwsCredentialIdentity> | undefined;
  let resolved: AwsCredentialIdentity | undefined;
  return async (options) => {
    const expiration = resolved?.expiration?.getTime();
    if (!current || (expiration !== undefined && expiration - REFRESH_MARGIN_MS <= Date.now()) || options?.forceRefresh) {
      provider ??= source();
      resolved = undefined;
      // The check runs before the failure handler, so that malformed credentials are not kept either.
      current = provider(options)
        .then((identity) => checkCredentials(identity, client))
        .then(
          (identity) => (resolved = identity),
          (error: unknown) => {
            current = undefined;
            throw error;
          },
        );
    }
    return current;
  };
}

function checkCredentials(credentials: AwsCredentialIdentity, client: string): AwsCredentialIdentity {
  const valid = typeof credentials === "object" && credentials !== null && typeof credentials.accessKeyId === "string" && typeof credentials.secretAccessKey === "string";
  if (!valid) throw new ClientConfigurationError(client, "credentials", "credentials need a string `accessKeyId` and `secretAccessKey`");
  return credentials;
}

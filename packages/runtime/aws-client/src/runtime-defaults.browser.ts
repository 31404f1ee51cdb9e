import { DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_MODE } from "@smithy/core/retry";
import { calculateBodyLength } from "@smithy/core/serde";
import { FetchHttpHandler, streamCollector } from "@smithy/fetch-http-handler";
import { ClientConfigurationError } from "./client-configuration-error.js";
import { requestHandlerInput, type RuntimeDefaults, type RuntimeDefaultsInput } from "./runtime-defaults-types.js";

/**
 * Defaults for browsers (and other runtimes bundled with the `browser` field): `fetch`, no
 * environment or files to read, and no default credentials: pass `credentials` explicitly.
 */
export function getRuntimeDefaults(config: RuntimeDefaultsInput, client: string): RuntimeDefaults {
  return {
    runtime: "browser",
    http2EventStreams: undefined,
    requestHandler: FetchHttpHandler.create(requestHandlerInput(config)),
    region: config.region,
    useFipsEndpoint: config.useFipsEndpoint ?? false,
    useDualstackEndpoint: config.useDualstackEndpoint ?? false,
    maxAttempts: config.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    retryMode: config.retryMode ?? DEFAULT_RETRY_MODE,
    defaultCredentials: () => async () => {
      throw new ClientConfigurationError(client, "credentials", "browsers have no default credential chain; pass `credentials` (e.g. from Amazon Cognito)");
    },
    streamCollector,
    bodyLengthChecker: calculateBodyLength,
    userAgentSections: { platform: [["ua", "2.1"], ["os/other"], ["lang/js"], ["md/browser"]], environment: [] },
    userAgentAppId: typeof config.userAgentAppId === "function" ? config.userAgentAppId : async () => config.userAgentAppId as string | undefined,
  };
}

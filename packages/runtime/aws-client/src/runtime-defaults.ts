import type { defaultProvider } from "@aws-sdk/credential-provider-node";
import {
  loadConfig,
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
} from "@smithy/core/config";
import { DEFAULT_RETRY_MODE, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, NODE_RETRY_MODE_CONFIG_OPTIONS } from "@smithy/core/retry";
import { calculateBodyLength } from "@smithy/core/serde";
import { NodeHttpHandler, streamCollector } from "@smithy/node-http-handler";
import { platform, release } from "node:os";
import type { AwsCredentialIdentityProvider, Logger } from "@smithy/types";
import { requestHandlerInput, type RuntimeDefaults, type RuntimeDefaultsInput } from "./runtime-defaults-types.js";

/**
 * Defaults for Node.js: the `http`/`https` handler, and Region, FIPS, dual-stack and retry settings
 * from the environment and the shared config files (read on first use). Bundlers that honour the
 * package.json `browser` field load `runtime-defaults.browser.js` instead.
 */
export function getRuntimeDefaults(config: RuntimeDefaultsInput, _client: string): RuntimeDefaults {
  const files = { profile: config.profile };
  const handler = requestHandlerInput(config);
  const requestTimeout = "handle" in handler ? undefined : handler.requestTimeout;
  return {
    // The client's own handler serves every operation; else event streams that want HTTP/2 get it, with the same timeout.
    http2EventStreams: "handle" in handler ? undefined : requestTimeout === undefined ? {} : { requestTimeout },
    runtime: "node",
    // Without throwOnRequestTimeout the handler only logs a warning when a request outlasts requestTimeout.
    requestHandler: NodeHttpHandler.create(requestHandlerInput(config, { throwOnRequestTimeout: true })),
    region: config.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...files }),
    useFipsEndpoint: config.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, files),
    useDualstackEndpoint: config.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, files),
    maxAttempts: config.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, files),
    retryMode: config.retryMode ?? loadConfig({ ...NODE_RETRY_MODE_CONFIG_OPTIONS, default: DEFAULT_RETRY_MODE }, files),
    defaultCredentials: () => defaultCredentialChain(config),
    streamCollector,
    bodyLengthChecker: calculateBodyLength,
    userAgentSections: {
      platform: [["ua", "2.1"], [`os/${platform()}`, release()], ["lang/js"], ["md/nodejs", nodeProcess?.versions?.node ?? ""]],
      environment: nodeProcess?.env?.AWS_EXECUTION_ENV ? [[`exec-env/${nodeProcess.env.AWS_EXECUTION_ENV}`]] : [],
    },
    userAgentAppId:
      typeof config.userAgentAppId === "function"
        ? config.userAgentAppId
        : config.userAgentAppId !== undefined
          ? async () => config.userAgentAppId as string
          : loadConfig<string | undefined>(
              { environmentVariableSelector: (env) => env.AWS_SDK_UA_APP_ID, configFileSelector: (profile) => profile.sdk_ua_app_id ?? profile["sdk-ua-app-id"], default: undefined },
              files,
            ),
  };
}

/** Node.js's `process` (typed here: the package builds without @types/node). */
const nodeProcess = (globalThis as { process?: { versions?: { node?: string }; env?: Record<string, string | undefined> } }).process;

/**
 * The AWS SDK's default credential chain (environment, SSO, shared files, web identity, ECS, EC2),
 * imported on the first request, not when the client is built.
 */
function defaultCredentialChain(config: RuntimeDefaultsInput): AwsCredentialIdentityProvider {
  let chain: Promise<ReturnType<typeof defaultProvider>> | undefined;
  return async (options) => {
    chain ??= import("@aws-sdk/credential-provider-node").then((module) =>
      module.defaultProvider({ profile: config.profile, ...(config.logger ? { logger: config.logger as Logger } : {}) }),
    );
    return (await chain)(options);
  };
}

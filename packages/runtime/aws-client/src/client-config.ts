import { Sha256 } from "@smithy/core/checksum";
import { NoOpLogger } from "@smithy/core/client";
import { resolveRegionConfig, type RegionResolvedConfig } from "@smithy/core/config";
import { resolveEndpointConfig, type EndpointResolvedConfig } from "@smithy/core/endpoints";
import { getContentLengthPlugin, parseUrl } from "@smithy/core/protocols";
import { getRetryPlugin, resolveRetryConfig, type RetryResolvedConfig } from "@smithy/core/retry";
import { fromBase64, fromUtf8, toBase64, toUtf8 } from "@smithy/core/serde";
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  ChecksumConstructor,
  Decoder,
  Encoder,
  Endpoint,
  EndpointParameters,
  EndpointV2,
  HashConstructor,
  Logger,
  MetadataBearer,
  MiddlewareStack,
  Provider,
  RetryStrategy,
  RetryStrategyV2,
  UrlParser,
  UserAgent,
} from "@smithy/types";
import { ClientConfigurationError } from "./client-configuration-error.js";
import { resolveCredentials } from "./credentials.js";
import type { EndpointResolver } from "./endpoint-resolver.js";
import { resolveRegion } from "./region.js";
import { getRuntimeDefaults } from "./runtime-defaults.js";
import type { RequestHandlerInput, RuntimeDefaults } from "./runtime-defaults-types.js";
import { getSigV4SigningPlugin, type SigV4SigningConfig } from "./sigv4-signing.js";
import { getUserAgentPlugin } from "./user-agent.js";

/**
 * The options every AWS client takes. Every option is optional; the defaults are the AWS SDK's. A
 * client's configuration (`LightsailClientConfig`) extends it with the options its model adds.
 */
export interface AwsClientConfig<Parameters extends EndpointParameters = EndpointParameters> {
  /**
   * Whether to leave out the host prefix that some operations add to the endpoint's host (an
   * `@endpoint(hostPrefix)` such as CloudWatch Logs StartLiveTail's `stream-`), as the AWS SDK's
   * option of the same name does: for an endpoint that serves every operation on one host, such as
   * a local emulator. Default: false.
   */
  disableHostPrefix?: boolean;
  /**
   * The AWS Region to send requests to, e.g. `us-east-1`. It must be a valid host label. Default (Node.js):
   * `AWS_REGION` or the profile's `region` in the shared config files.
   */
  region?: string | Provider<string>;
  /**
   * Static credentials or a credential provider. Default (Node.js): the AWS SDK's default chain
   * (`@aws-sdk/credential-provider-node`), loaded on the first request.
   */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** The shared config profile to read Region, credentials and settings from (Node.js). */
  profile?: string;
  /** A URL to send requests to instead of the endpoint the rules resolve (`SDK::Endpoint`). */
  endpoint?: string | Endpoint | Provider<Endpoint> | EndpointV2 | Provider<EndpointV2>;
  /** Send requests to FIPS-compliant endpoints. Default: `false`. */
  useFipsEndpoint?: boolean | Provider<boolean>;
  /** Send requests to dual-stack (IPv4 and IPv6) endpoints. Default: `false`. */
  useDualstackEndpoint?: boolean | Provider<boolean>;
  /** How many times a request is tried in all (first attempt included). Default: 3. */
  maxAttempts?: number | Provider<number>;
  /** `standard` (default) or `adaptive` (client-side rate limiting as well). */
  retryMode?: string | Provider<string>;
  /** A retry strategy of your own; overrides `maxAttempts` and `retryMode`. */
  retryStrategy?: RetryStrategy | RetryStrategyV2;
  /**
   * The HTTP handler, or options for the default one (`NodeHttpHandler` in Node.js, `FetchHttpHandler` in browsers).
   */
  requestHandler?: RequestHandlerInput;
  /**
   * Milliseconds after which a request of the default handler is abandoned: the attempt fails with a `TimeoutError`,
   * which is retried as a transient error.
   */
  requestTimeout?: number;
  /** Where the client logs (nothing by default). */
  logger?: Logger;
  /** Text (or name/version pairs) appended to the user agent. */
  customUserAgent?: string | UserAgent;
  /**
   * Your application's id in the user agent (`app/<id>`), at most 50 characters. Default (Node.js):
   * `AWS_SDK_UA_APP_ID` or the profile's `sdk_ua_app_id`.
   */
  userAgentAppId?: string | Provider<string | undefined>;
  /** Resolves endpoints from the rule set's parameters; the default evaluates the model's rules. */
  endpointProvider?: (params: Parameters, context?: { logger?: Logger }) => EndpointV2;
  /** Ignore endpoint URLs from `AWS_ENDPOINT_URL*` variables and the shared config files. */
  ignoreConfiguredEndpointUrls?: boolean;
  /** The SHA-256 implementation used for signing. */
  sha256?: ChecksumConstructor | HashConstructor;
  /**
   * Milliseconds to add to the local clock when signing; corrected automatically when the service reports skew.
   */
  systemClockOffset?: number;
  /** Reuse each command's middleware stack between calls without per-call options. */
  cacheMiddleware?: boolean;
}

/** What a client tells {@link resolveAwsClientConfig} about its service. */
export interface AwsClientService<Parameters extends EndpointParameters = EndpointParameters> {
  /** The client class's name, e.g. `LightsailClient`: configuration errors start with it. */
  readonly clientName: string;
  /** The service's `sdkId`, e.g. `Lightsail`. */
  readonly serviceId: string;
  /** The model's service version, e.g. `2016-11-28`. */
  readonly apiVersion: string;
  /** The `aws.auth#sigv4` signing name (the package name stem for a service without one). */
  readonly signingName: string;
  /** The service has no `aws.auth#sigv4` trait: its requests are sent unsigned. */
  readonly unsigned?: boolean;
  /** This client's part of the user agent, e.g. `smithy-gen api/lightsail#2016-11-28`. */
  readonly userAgent: string;
  /** The resolver of the model's endpoint rules. */
  readonly endpointProvider: EndpointResolver<Parameters>;
}

/** The configuration of a client once defaults are filled in and every value the middleware reads is resolved. */
export type AwsClientResolvedConfig<Parameters extends EndpointParameters = EndpointParameters> = Omit<
  RuntimeDefaults,
  "region" | "useFipsEndpoint" | "useDualstackEndpoint" | "maxAttempts" | "defaultCredentials"
> &
  RegionResolvedConfig &
  EndpointResolvedConfig<Parameters> &
  RetryResolvedConfig &
  SigV4SigningConfig & {
    readonly apiVersion: string;
    readonly serviceId: string;
    readonly base64Decoder: Decoder;
    readonly base64Encoder: Encoder;
    readonly utf8Decoder: Decoder;
    readonly utf8Encoder: Encoder;
    readonly urlParser: UrlParser;
    readonly disableHostPrefix: boolean;
    readonly logger: Logger;
    /** Whether requests are signed with SigV4 (the service has an `aws.auth#sigv4` trait). */
    readonly signRequests: boolean;
    readonly userAgent: string;
    readonly customUserAgent?: string | UserAgent;
    readonly cacheMiddleware?: boolean;
  };

const RETRY_MODES = ["standard", "adaptive", "legacy"];

/** Fills in the runtime's defaults and resolves every option the middleware reads. */
export function resolveAwsClientConfig<Parameters extends EndpointParameters>(
  input: AwsClientConfig<Parameters>,
  service: AwsClientService<Parameters>,
): AwsClientResolvedConfig<Parameters> {
  const client = service.clientName;
  if (typeof input.maxAttempts === "number" && !(Number.isInteger(input.maxAttempts) && input.maxAttempts >= 1)) {
    throw new ClientConfigurationError(client, "maxAttempts", `maxAttempts must be an integer of at least 1, not ${input.maxAttempts}`);
  }
  if (typeof input.userAgentAppId === "string" && input.userAgentAppId.length > 50) {
    throw new ClientConfigurationError(client, "userAgentAppId", `userAgentAppId must be at most 50 characters, not ${input.userAgentAppId.length}`);
  }
  if (typeof input.retryMode === "string" && !RETRY_MODES.includes(input.retryMode)) {
    throw new ClientConfigurationError(client, "retryMode", `retryMode must be "standard" or "adaptive", not ${JSON.stringify(input.retryMode)}`);
  }
  const { defaultCredentials, ...runtime } = getRuntimeDefaults(input, client);
  const shared = {
    ...runtime,
    apiVersion: service.apiVersion,
    serviceId: service.serviceId,
    base64Decoder: fromBase64,
    base64Encoder: toBase64,
    utf8Decoder: fromUtf8,
    utf8Encoder: toUtf8,
    urlParser: parseUrl,
    sha256: input.sha256 ?? Sha256,
    disableHostPrefix: input.disableHostPrefix ?? false,
    endpointProvider: input.endpointProvider ?? service.endpointProvider,
    logger: input.logger ?? new NoOpLogger(),
  };
  const withRegion = resolveRegionConfig({ ...shared, region: resolveRegion(runtime.region, client) });
  const withEndpoint = resolveEndpointConfig<typeof withRegion, Parameters>({
    ...withRegion,
    ...(input.endpoint === undefined ? {} : { endpoint: input.endpoint }),
    ...(input.ignoreConfiguredEndpointUrls === undefined ? {} : { ignoreConfiguredEndpointUrls: input.ignoreConfiguredEndpointUrls }),
    useDualstackEndpoint: runtime.useDualstackEndpoint,
  });
  const withRetry = resolveRetryConfig({
    ...withEndpoint,
    maxAttempts: runtime.maxAttempts,
    ...(input.retryStrategy === undefined ? {} : { retryStrategy: input.retryStrategy }),
  });
  return {
    ...withRetry,
    credentials: resolveCredentials(input.credentials, defaultCredentials, client),
    signingName: service.signingName,
    signRequests: service.unsigned !== true,
    systemClockOffset: input.systemClockOffset ?? 0,
    userAgent: service.userAgent,
    customUserAgent: input.customUserAgent,
    cacheMiddleware: input.cacheMiddleware,
  };
}

/**
 * Adds the middleware every AWS client runs, in the AWS SDK's order: the user agent, retries, the
 * `content-length` header and, when the service signs its requests, SigV4 signing of every attempt.
 */
export function useAwsClientMiddleware<Input extends object, Output extends MetadataBearer>(
  stack: MiddlewareStack<Input, Output>,
  config: AwsClientResolvedConfig<EndpointParameters>,
): void {
  stack.use(getUserAgentPlugin(config));
  stack.use(getRetryPlugin(config));
  stack.use(getContentLengthPlugin(config));
  if (config.signRequests) stack.use(getSigV4SigningPlugin(config));
}

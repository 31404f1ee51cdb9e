import {
  getEndpointDiscoveryPlugin,
  resolveEndpointDiscoveryConfig,
  type EndpointDiscoveryResolvedConfig,
} from "@aws-sdk/middleware-endpoint-discovery";
import type {
  AwsCredentialIdentityProvider,
  BuildMiddleware,
  HttpHandlerOptions,
  MetadataBearer,
  MiddlewareStack,
  Pluggable,
  Provider,
} from "@smithy/types";
import { ClientConfigurationError } from "./client-configuration-error.js";
import { getEndpointDiscoveryDefault } from "./endpoint-discovery-defaults.js";

/** The options of a client whose service has `aws.api#clientEndpointDiscovery`. */
export interface EndpointDiscoveryConfig {
  /**
   * `true`: discover the endpoint of every operation that can use one; `false`: never (operations that
   * require it then fail); unset (default): only for operations that require it. Default (Node.js):
   * `AWS_ENABLE_ENDPOINT_DISCOVERY`, `AWS_ENDPOINT_DISCOVERY_ENABLED` or the profile's `endpoint_discovery_enabled`.
   */
  endpointDiscoveryEnabled?: boolean;
  /** How many discovered endpoints the client keeps (least recently used first out). Default: 1000. */
  endpointCacheSize?: number;
}

/** The resolved endpoint discovery options (`@aws-sdk/middleware-endpoint-discovery`'s), with what its middleware reads. */
export interface EndpointDiscoveryClientResolvedConfig extends EndpointDiscoveryResolvedConfig {
  readonly isCustomEndpoint?: boolean;
  readonly credentials: AwsCredentialIdentityProvider;
  readonly endpointDiscoveryEnabledProvider: Provider<boolean | undefined>;
}

/**
 * Resolves the endpoint discovery options on the AWS SDK's own building block
 * (`resolveEndpointDiscoveryConfig` of `@aws-sdk/middleware-endpoint-discovery`, whose endpoint cache
 * keeps each discovered endpoint for its `CachePeriodInMinutes`). `discoveryCommand` is the command of
 * the service's discovery operation (`DescribeEndpointsCommand`). `resolved` is the client's configuration
 * resolved so far (its credentials and whether the endpoint is a custom one).
 */
export function resolveClientEndpointDiscoveryConfig(
  input: EndpointDiscoveryConfig & { readonly profile?: string },
  resolved: { readonly isCustomEndpoint?: boolean; readonly credentials: AwsCredentialIdentityProvider },
  discoveryCommand: new (input: { Operation?: string; Identifiers?: Record<string, string> }) => unknown,
  client: string,
): EndpointDiscoveryClientResolvedConfig {
  const size = input.endpointCacheSize;
  if (size !== undefined && !(Number.isInteger(size) && size >= 1)) {
    throw new ClientConfigurationError(client, "endpointCacheSize", `endpointCacheSize must be an integer of at least 1, not ${size}`);
  }
  if (resolved.isCustomEndpoint && input.endpointDiscoveryEnabled === true) {
    throw new ClientConfigurationError(
      client,
      "endpointDiscoveryEnabled",
      "endpointDiscoveryEnabled must not be true when a custom endpoint is given: requests go to that endpoint",
    );
  }
  // Only the options the resolver reads: it assigns its results onto the object it is given.
  return resolveEndpointDiscoveryConfig(
    {
      isCustomEndpoint: resolved.isCustomEndpoint,
      credentials: resolved.credentials,
      endpointDiscoveryEnabledProvider: getEndpointDiscoveryDefault(input),
      ...(input.endpointCacheSize === undefined ? {} : { endpointCacheSize: input.endpointCacheSize }),
      ...(input.endpointDiscoveryEnabled === undefined ? {} : { endpointDiscoveryEnabled: input.endpointDiscoveryEnabled }),
    },
    { endpointDiscoveryCommandCtor: discoveryCommand },
  );
}

/**
 * Endpoint discovery failed for an operation: the discovery call failed (`cause`) for an operation that
 * requires a discovered endpoint, or discovery is disabled (`endpointDiscoveryEnabled: false`) for one
 * that requires it.
 */
export class EndpointDiscoveryError extends Error {
  override readonly name = "EndpointDiscoveryError";
  /** The operation whose endpoint could not be discovered, e.g. `WriteRecords`. */
  declare readonly operation: string;
  /** The client, e.g. `TimestreamWriteClient`. */
  declare readonly client: string;

  constructor(client: string, operation: string, message: string, options?: { cause?: unknown }) {
    super(`${client}: ${operation}: ${message}`, options);
    this.client = client;
    this.operation = operation;
  }
}

/** How the command of an operation with `aws.api#clientDiscoveredEndpoint` discovers its endpoint. */
export interface DiscoveredEndpointOptions {
  /** The client's name, e.g. `TimestreamWriteClient`, for errors. */
  readonly client: string;
  /** The operation's name, e.g. `WriteRecords`, for errors. */
  readonly operation: string;
  /** `aws.api#clientDiscoveredEndpoint`'s `required`. */
  readonly required: boolean;
  /** The client's middleware stack, which the discovery command is sent through. */
  readonly clientStack: MiddlewareStack<any, any>;
  /** The call's handler options (its abort signal). */
  readonly options?: HttpHandlerOptions;
  /** The input members marked `aws.api#clientEndpointDiscoveryId`, by name. */
  readonly identifiers?: Record<string, string>;
}

const DISCOVERY_FAILED = "The operation to discover endpoint failed.";
const DISCOVERY_DISABLED = "Endpoint Discovery is disabled but ";

/**
 * The middleware of `@aws-sdk/middleware-endpoint-discovery` for one command (the discovered endpoint's
 * host replaces the request's, in the build step, before signing), preceded by a middleware that turns
 * its untyped failures into {@link EndpointDiscoveryError}s naming the operation.
 */
export function getDiscoveredEndpointPlugin<Input extends object, Output extends MetadataBearer>(
  config: EndpointDiscoveryClientResolvedConfig,
  options: DiscoveredEndpointOptions,
): Pluggable<Input, Output> {
  const discovery = getEndpointDiscoveryPlugin(config, {
    isDiscoveredEndpointRequired: options.required,
    clientStack: options.clientStack,
    ...(options.options === undefined ? {} : { options: options.options }),
    ...(options.identifiers === undefined ? {} : { identifiers: options.identifiers }),
  });
  const typedErrors: BuildMiddleware<Input, Output> = (next) => async (args) => {
    try {
      return await next(args);
    } catch (error) {
      throw typedDiscoveryError(error, options) ?? error;
    }
  };
  return {
    applyToStack(stack) {
      discovery.applyToStack(stack);
      stack.addRelativeTo(typedErrors, { name: "endpointDiscoveryErrorsMiddleware", relation: "before", toMiddleware: "endpointDiscoveryMiddleware", override: true });
    },
  };
}

function typedDiscoveryError(error: unknown, options: DiscoveredEndpointOptions): EndpointDiscoveryError | undefined {
  if (!(error instanceof Error) || error instanceof EndpointDiscoveryError) return undefined;
  if (error.message.startsWith(DISCOVERY_FAILED)) {
    const reason = (error as { reason?: unknown }).reason;
    const detail = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
    return new EndpointDiscoveryError(options.client, options.operation, `the endpoint discovery call failed (${detail}); retry, or give an endpoint and endpointDiscoveryEnabled: false`, { cause: reason ?? error });
  }
  if (error.message.startsWith(DISCOVERY_DISABLED)) {
    return new EndpointDiscoveryError(options.client, options.operation, "the operation requires endpoint discovery, which endpointDiscoveryEnabled (or the environment) disables", { cause: error });
  }
  return undefined;
}

export type { EndpointDiscoveryResolvedConfig };

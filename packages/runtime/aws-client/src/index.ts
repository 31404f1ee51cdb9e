export { AwsClient } from "./aws-client.js";
export {
  resolveAwsClientConfig,
  useAwsClientMiddleware,
  type AwsClientConfig,
  type AwsClientResolvedConfig,
  type AwsClientService,
} from "./client-config.js";
export { ClientConfigurationError } from "./client-configuration-error.js";
export { resolveClientProtocol } from "./client-protocol.js";
export { resolveCredentials } from "./credentials.js";
export { endpointParameterInstructions } from "./endpoint-parameters.js";
export { createEndpointResolver, type EndpointResolver } from "./endpoint-resolver.js";
export { resolveRegion } from "./region.js";
export { getRuntimeDefaults } from "./runtime-defaults.js";
export type { RequestHandlerInput, RuntimeDefaults, RuntimeDefaultsInput } from "./runtime-defaults-types.js";
export { getSigV4SigningPlugin, type SigV4SigningConfig } from "./sigv4-signing.js";
export { escapeUserAgent, getUserAgentPlugin, type UserAgentConfig } from "./user-agent.js";
export { getHttp2EventStreamPlugin, type EventStreamTransportConfig } from "./event-stream-transport.js";

import { Client } from "@smithy/core/client";
import type { EndpointParameters, HttpHandlerOptions, MetadataBearer } from "@smithy/types";
import { useAwsClientMiddleware, type AwsClientResolvedConfig } from "./client-config.js";

/**
 * The base of every generated AWS client (`LightsailClient extends AwsClient<...>`): a Smithy
 * `Client` with the middleware every AWS client runs (user agent, retries, `content-length`, SigV4
 * signing). A client passes its resolved configuration (`resolveAwsClientConfig`) to it.
 */
export class AwsClient<
  Input extends object,
  Output extends MetadataBearer,
  ResolvedConfig extends AwsClientResolvedConfig<EndpointParameters>,
> extends Client<HttpHandlerOptions, Input, Output, ResolvedConfig> {
  constructor(config: ResolvedConfig) {
    super(config);
    useAwsClientMiddleware(this.middlewareStack, config);
  }
}

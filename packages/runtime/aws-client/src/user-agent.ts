import { HttpRequest } from "@smithy/core/protocols";
import type { BuildMiddleware, MetadataBearer, Pluggable, UserAgent } from "@smithy/types";

/** What the user agent middleware reads from the client configuration. */
export interface UserAgentConfig {
  /** This client's part of the user agent, e.g. `smithy-gen api/lightsail#2016-11-28`. */
  readonly userAgent: string;
  /** Text (or name/version pairs) appended to it. */
  readonly customUserAgent?: string | UserAgent;
}

/**
 * Sends `x-amz-user-agent`: this client's name plus the configured `customUserAgent`. It is a
 * small stand-in for the AWS SDK's user agent middleware, which gathers much more (and costs more).
 */
export function getUserAgentPlugin<Input extends object, Output extends MetadataBearer>(config: UserAgentConfig): Pluggable<Input, Output> {
  const custom = typeof config.customUserAgent === "string" ? [config.customUserAgent] : (config.customUserAgent ?? []).map(([name, version]) => (version ? `${name}/${version}` : name));
  const value = [config.userAgent, ...custom].join(" ");
  const middleware: BuildMiddleware<Input, Output> = (next) => async (args) => {
    if (HttpRequest.isInstance(args.request)) args.request.headers["x-amz-user-agent"] = value;
    return next(args);
  };
  return {
    applyToStack(stack) {
      stack.add(middleware, { step: "build", name: "userAgentMiddleware", override: true });
    },
  };
}

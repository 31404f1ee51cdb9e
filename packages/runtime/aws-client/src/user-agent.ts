import { HttpRequest } from "@smithy/core/protocols";
import type { BuildMiddleware, Logger, MetadataBearer, Pluggable, Provider, UserAgent } from "@smithy/types";

/** What the user agent middleware reads from the client configuration. */
export interface UserAgentConfig {
  /** This client's part of the user agent, e.g. `smithy-gen api/lightsail#2016-11-28`: the SDK and the API metadata. */
  readonly userAgent: string;
  /** Text (or name/version pairs) appended to it. */
  readonly customUserAgent?: string | UserAgent;
  /** The application's id (`userAgentAppId`, or `AWS_SDK_UA_APP_ID` / the profile's `sdk_ua_app_id` on Node.js). */
  readonly userAgentAppId?: Provider<string | undefined>;
  /** The runtime's sections: `ua/2.1 os/... lang/js md/...`, then `exec-env/...` when set. */
  readonly userAgentSections?: { readonly platform: UserAgent; readonly environment: UserAgent };
  /** Browsers may not set `user-agent`: they send everything in `x-amz-user-agent`. */
  readonly runtime?: "node" | "browser";
  readonly logger?: Logger;
}

/**
 * The AWS SDKs' escaping and layout of a user agent pair: characters a token may not hold become `-`; `[name]`
 * is `name`, `[name, version]` is `name/version`, `[prefix/name, version]` is `prefix/name#version` (`api/`
 * names lower-cased), as `@aws-sdk/middleware-user-agent` writes them.
 */
export function escapeUserAgent([name, version]: readonly [string, string?] | readonly string[]): string {
  const escapedName = name!.split("/").map((part) => part.replace(/[^!$%&'*+\-.^_`|~\w]/g, "-")).join("/");
  const slash = escapedName.indexOf("/");
  const prefix = slash < 0 ? "" : escapedName.slice(0, slash);
  const rest = escapedName.slice(slash + 1);
  const items = [prefix, prefix === "api" ? rest.toLowerCase() : rest, version?.replace(/[^!$%&'*+\-.^_`|~\w#]/g, "-")].filter((item): item is string => !!item);
  return items.reduce((text, item, index) => (index === 0 ? item : `${text}${index === 1 ? "/" : "#"}${item}`), "");
}

/**
 * The AWS SDK's user agent (the rules of `@aws-sdk/middleware-user-agent`): `user-agent` with the SDK, the
 * user agent version, the OS, the language, the runtime, the API, the execution environment, the app id and
 * the custom user agent, and `x-amz-user-agent` with the SDK and the custom user agent; browsers, which may
 * not set `user-agent`, send the whole of it in `x-amz-user-agent`.
 */
export function getUserAgentPlugin<Input extends object, Output extends MetadataBearer>(config: UserAgentConfig): Pluggable<Input, Output> {
  const custom = (typeof config.customUserAgent === "string" ? [[config.customUserAgent] as [string]] : (config.customUserAgent ?? [])).map((pair) => escapeUserAgent(pair));
  const own = config.userAgent.split(" ");
  const sdk = own.filter((section) => !section.startsWith("api/"));
  const api = own.filter((section) => section.startsWith("api/"));
  const sections = config.userAgentSections ?? { platform: [], environment: [] };
  const middleware: BuildMiddleware<Input, Output> = (next) => async (args) => {
    if (!HttpRequest.isInstance(args.request)) return next(args);
    let appId = await config.userAgentAppId?.();
    if (appId !== undefined && (typeof appId !== "string" || appId.length > 50)) {
      config.logger?.warn?.("userAgentAppId must be a string of at most 50 characters; it is left out of the user agent");
      appId = undefined;
    }
    const full = [...sdk, ...sections.platform.map((pair) => escapeUserAgent(pair)), ...api, ...sections.environment.map((pair) => escapeUserAgent(pair)), ...(appId ? [escapeUserAgent([`app/${appId}`])] : []), ...custom].join(" ");
    const headers = args.request.headers;
    if (config.runtime === "browser") headers["x-amz-user-agent"] = full;
    else {
      headers["user-agent"] = full;
      headers["x-amz-user-agent"] = [...sdk, ...custom].join(" ");
    }
    return next(args);
  };
  return {
    applyToStack(stack) {
      stack.add(middleware, { step: "build", name: "userAgentMiddleware", override: true });
    },
  };
}

import { HttpRequest } from "@smithy/core/protocols";
import { constructStack } from "@smithy/core/client";
import { describe, expect, it } from "vitest";
import { getRuntimeDefaults as getBrowserDefaults } from "../src/runtime-defaults.browser.js";
import { escapeUserAgent, getUserAgentPlugin, type UserAgentConfig } from "../src/user-agent.js";

async function headersSent(config: UserAgentConfig): Promise<Record<string, string>> {
  const stack = constructStack<object, { $metadata: object }>();
  stack.use(getUserAgentPlugin(config));
  let headers: Record<string, string> = {};
  const handler = stack.resolve(async (args) => {
    headers = (args.request as HttpRequest).headers;
    return { output: { $metadata: {} }, response: {} };
  }, {});
  await handler({ input: {}, request: new HttpRequest({ headers: {} }) } as Parameters<typeof handler>[0]);
  return headers;
}

describe("the user agent", () => {
  it("escapes and lays out pairs as the AWS SDKs do", () => {
    expect(escapeUserAgent(["lang/js"])).toBe("lang/js");
    expect(escapeUserAgent(["md/nodejs", "20.1.0"])).toBe("md/nodejs#20.1.0");
    expect(escapeUserAgent(["api/Lightsail Service", "2016-11-28"])).toBe("api/lightsail-service#2016-11-28");
    expect(escapeUserAgent(["app", "2.0"])).toBe("app/2.0");
    expect(escapeUserAgent(["my app(1)"])).toBe("my-app-1-");
    expect(escapeUserAgent(["os/linux", "6.1.0-13 (amd64)"])).toBe("os/linux#6.1.0-13--amd64-");
  });

  it("sends everything in x-amz-user-agent in browsers, which may not set user-agent", async () => {
    const defaults = getBrowserDefaults({ userAgentAppId: "web" }, "TestClient");
    const headers = await headersSent({ userAgent: "smithy-gen api/test#2024-01-01", runtime: "browser", userAgentSections: defaults.userAgentSections, userAgentAppId: defaults.userAgentAppId, customUserAgent: "shop/1" });
    expect(headers["user-agent"]).toBeUndefined();
    expect(headers["x-amz-user-agent"]).toBe("smithy-gen ua/2.1 os/other lang/js md/browser api/test#2024-01-01 app/web shop/1");
  });
});

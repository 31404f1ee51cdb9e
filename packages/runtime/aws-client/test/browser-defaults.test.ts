import { existsSync, readFileSync } from "node:fs";
import { FetchHttpHandler } from "@smithy/fetch-http-handler";
import { describe, expect, it } from "vitest";
import { ClientConfigurationError } from "../src/index.js";
import { getCompressionDefaults as getBrowserCompressionDefaults } from "../src/compression-defaults.browser.js";
import { getEndpointDiscoveryDefault as getBrowserEndpointDiscoveryDefault } from "../src/endpoint-discovery-defaults.browser.js";
import { getRuntimeDefaults as getBrowserDefaults } from "../src/runtime-defaults.browser.js";
import { getRuntimeDefaults as getNodeDefaults } from "../src/runtime-defaults.js";
import { StubHandler } from "./fixtures.js";

describe("browser runtime defaults", () => {
  it("use fetch and the AWS SDK's fixed defaults, reading no environment", () => {
    const defaults = getBrowserDefaults({}, "TestClient");
    expect(defaults.runtime).toBe("browser");
    expect(defaults.requestHandler).toBeInstanceOf(FetchHttpHandler);
    expect(defaults.region).toBeUndefined();
    expect(defaults.useFipsEndpoint).toBe(false);
    expect(defaults.useDualstackEndpoint).toBe(false);
    expect(defaults.maxAttempts).toBe(3);
    expect(defaults.retryMode).toBe("standard");
  });

  it("keep the options given", () => {
    const handler = new StubHandler();
    const defaults = getBrowserDefaults({ region: "eu-west-1", useFipsEndpoint: true, maxAttempts: 5, retryMode: "adaptive", requestHandler: handler }, "TestClient");
    expect(defaults).toMatchObject({ region: "eu-west-1", useFipsEndpoint: true, maxAttempts: 5, retryMode: "adaptive" });
    expect(defaults.requestHandler).toBe(handler);
  });

  it("have no default credentials: the first request fails with a configuration error naming the client", async () => {
    const defaults = getBrowserDefaults({}, "TestClient");
    const provider = defaults.defaultCredentials();
    const error = await provider().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ClientConfigurationError);
    expect(error).toMatchObject({ client: "TestClient", option: "credentials" });
    expect((error as Error).message).toMatch(/^TestClient: browsers have no default credential chain; pass `credentials`/);
  });

  it("compress with the AWS SDK's fixed defaults", () => {
    expect(getBrowserCompressionDefaults({})).toEqual({ disableRequestCompression: false, requestMinCompressionSizeBytes: 10240 });
  });
});

describe("Node.js runtime defaults", () => {
  it("are those of Node.js, and create the default credential chain only when asked", () => {
    const defaults = getNodeDefaults({ region: "us-east-1" }, "TestClient");
    expect(defaults.runtime).toBe("node");
    expect(defaults.region).toBe("us-east-1");
    expect(typeof defaults.defaultCredentials).toBe("function");
  });
});

describe("the package.json browser field", () => {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { browser: Record<string, string> };

  it("swaps each runtime-specific module for its browser twin, in both builds", () => {
    expect(manifest.browser).toEqual({
      "./dist/esm/runtime-defaults.js": "./dist/esm/runtime-defaults.browser.js",
      "./dist/cjs/runtime-defaults.js": "./dist/cjs/runtime-defaults.browser.js",
      "./dist/esm/compression-defaults.js": "./dist/esm/compression-defaults.browser.js",
      "./dist/cjs/compression-defaults.js": "./dist/cjs/compression-defaults.browser.js",
      "./dist/esm/endpoint-discovery-defaults.js": "./dist/esm/endpoint-discovery-defaults.browser.js",
      "./dist/cjs/endpoint-discovery-defaults.js": "./dist/cjs/endpoint-discovery-defaults.browser.js",
      "./dist/esm/event-stream-transport-defaults.js": "./dist/esm/event-stream-transport-defaults.browser.js",
      "./dist/cjs/event-stream-transport-defaults.js": "./dist/cjs/event-stream-transport-defaults.browser.js",
    });
  });

  it("leaves endpoint discovery to the operations that require it in browsers (no environment to read)", async () => {
    expect(await getBrowserEndpointDiscoveryDefault({})()).toBeUndefined();
  });

  it("names modules whose sources exist", () => {
    for (const [from, to] of Object.entries(manifest.browser)) {
      for (const file of [from, to]) {
        const source = file.replace(/^\.\/dist\/(esm|cjs)\//, "../src/").replace(/\.js$/, ".ts");
        expect(existsSync(new URL(source, import.meta.url)), source).toBe(true);
      }
    }
  });

  it("swaps modules that export the same names", async () => {
    const pairs: [Record<string, unknown>, Record<string, unknown>][] = [
      [await import("../src/runtime-defaults.js"), await import("../src/runtime-defaults.browser.js")],
      [await import("../src/compression-defaults.js"), await import("../src/compression-defaults.browser.js")],
    ];
    for (const [node, browser] of pairs) expect(Object.keys(browser).sort()).toEqual(Object.keys(node).sort());
  });
});

import { describe, expect, it } from "vitest";
import { ClientConfigurationError } from "../src/client-configuration-error.js";
import { EndpointDiscoveryError, resolveClientEndpointDiscoveryConfig } from "../src/endpoint-discovery.js";

class DescribeEndpointsCommand {
  constructor(readonly input: unknown) {}
}
const resolved = { isCustomEndpoint: false, credentials: async () => ({ accessKeyId: "AKID", secretAccessKey: "SECRET" }) };

describe("resolveClientEndpointDiscoveryConfig", () => {
  it("resolves the AWS SDK's endpoint discovery options: the cache, the discovery command, whether it is enabled", async () => {
    const config = resolveClientEndpointDiscoveryConfig({ endpointDiscoveryEnabled: true, endpointCacheSize: 5 }, resolved, DescribeEndpointsCommand, "TestClient");
    expect(config.endpointDiscoveryCommandCtor).toBe(DescribeEndpointsCommand);
    expect(await config.endpointDiscoveryEnabled()).toBe(true);
    expect(config.isClientEndpointDiscoveryEnabled).toBe(true);
    config.endpointCache.set("key", [{ Address: "cell.example.com", CachePeriodInMinutes: 1 }]);
    expect(config.endpointCache.getEndpoint("key")).toBe("cell.example.com");
  });

  it("leaves discovery to the environment when the option is not given", async () => {
    const previous = process.env.AWS_ENABLE_ENDPOINT_DISCOVERY;
    process.env.AWS_ENABLE_ENDPOINT_DISCOVERY = "false";
    try {
      const config = resolveClientEndpointDiscoveryConfig({}, resolved, DescribeEndpointsCommand, "TestClient");
      expect(config.isClientEndpointDiscoveryEnabled).toBe(false);
      expect(await config.endpointDiscoveryEnabled()).toBe(false);
    } finally {
      if (previous === undefined) delete process.env.AWS_ENABLE_ENDPOINT_DISCOVERY;
      else process.env.AWS_ENABLE_ENDPOINT_DISCOVERY = previous;
    }
  });

  it("rejects a bad cache size and discovery forced on beside a custom endpoint, with typed errors naming the option", () => {
    for (const endpointCacheSize of [0, 1.5, -1]) {
      expect(() => resolveClientEndpointDiscoveryConfig({ endpointCacheSize }, resolved, DescribeEndpointsCommand, "TestClient")).toThrow(
        expect.objectContaining({ name: "ClientConfigurationError", option: "endpointCacheSize" }),
      );
    }
    const custom = { ...resolved, isCustomEndpoint: true };
    expect(() => resolveClientEndpointDiscoveryConfig({ endpointDiscoveryEnabled: true }, custom, DescribeEndpointsCommand, "TestClient")).toThrow(ClientConfigurationError);
    expect(() => resolveClientEndpointDiscoveryConfig({ endpointDiscoveryEnabled: false }, custom, DescribeEndpointsCommand, "TestClient")).not.toThrow();
  });
});

describe("EndpointDiscoveryError", () => {
  it("names the client and the operation", () => {
    const error = new EndpointDiscoveryError("TestClient", "Query", "it failed", { cause: new Error("down") });
    expect(error).toMatchObject({ name: "EndpointDiscoveryError", client: "TestClient", operation: "Query", message: "TestClient: Query: it failed" });
    expect((error.cause as Error).message).toBe("down");
  });
});

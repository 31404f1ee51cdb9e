import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_MIN_COMPRESSION_SIZE_BYTES, resolveRequestCompressionConfig } from "../src/compression.js";
import { ClientConfigurationError } from "../src/index.js";
import { isolateAwsEnvironment } from "./env.js";

beforeEach(isolateAwsEnvironment);
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("resolveRequestCompressionConfig", () => {
  it.each([-1, 1.5, MAX_MIN_COMPRESSION_SIZE_BYTES + 1, Number.NaN, Number.POSITIVE_INFINITY])(
    "rejects requestMinCompressionSizeBytes %d, naming the client and the option",
    (requestMinCompressionSizeBytes) => {
      let error: unknown;
      try {
        resolveRequestCompressionConfig({ requestMinCompressionSizeBytes }, "TestClient");
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(ClientConfigurationError);
      expect(error).toMatchObject({ client: "TestClient", option: "requestMinCompressionSizeBytes" });
      expect((error as Error).message).toBe(`TestClient: requestMinCompressionSizeBytes must be an integer from 0 to 10485760, not ${requestMinCompressionSizeBytes}`);
    },
  );

  it.each([0, 1, 10240, MAX_MIN_COMPRESSION_SIZE_BYTES])("accepts requestMinCompressionSizeBytes %d", async (requestMinCompressionSizeBytes) => {
    const config = resolveRequestCompressionConfig({ requestMinCompressionSizeBytes }, "TestClient");
    expect(await config.requestMinCompressionSizeBytes()).toBe(requestMinCompressionSizeBytes);
  });

  it("is 10 MiB at most", () => {
    expect(MAX_MIN_COMPRESSION_SIZE_BYTES).toBe(10 * 1024 * 1024);
  });

  it("keeps the options given", async () => {
    const config = resolveRequestCompressionConfig({ disableRequestCompression: true, requestMinCompressionSizeBytes: 128 }, "TestClient");
    expect(await config.disableRequestCompression()).toBe(true);
    expect(await config.requestMinCompressionSizeBytes()).toBe(128);
  });

  it("defaults to compressing bodies of 10240 bytes and more", async () => {
    const config = resolveRequestCompressionConfig({}, "TestClient");
    expect(await config.disableRequestCompression()).toBe(false);
    expect(await config.requestMinCompressionSizeBytes()).toBe(10240);
  });

  it("reads the defaults from the environment in Node.js", async () => {
    vi.stubEnv("AWS_DISABLE_REQUEST_COMPRESSION", "true");
    vi.stubEnv("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", "512");
    const config = resolveRequestCompressionConfig({}, "TestClient");
    expect(await config.disableRequestCompression()).toBe(true);
    expect(await config.requestMinCompressionSizeBytes()).toBe(512);
  });

  it("accepts providers, checking their range when they are read", async () => {
    const config = resolveRequestCompressionConfig({ requestMinCompressionSizeBytes: async () => MAX_MIN_COMPRESSION_SIZE_BYTES + 1 }, "TestClient");
    await expect(config.requestMinCompressionSizeBytes()).rejects.toThrow(RangeError);
  });
});

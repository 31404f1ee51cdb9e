import { NoOpLogger } from "@smithy/core/client";
import { FetchHttpHandler } from "@smithy/fetch-http-handler";
import { NodeHttp2Handler, NodeHttpHandler } from "@smithy/node-http-handler";
import type { EndpointV2 } from "@smithy/types";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ClientConfigurationError, getRuntimeDefaults, resolveAwsClientConfig } from "../src/index.js";
import { isolateAwsEnvironment } from "./env.js";
import { staticCredentials, StubHandler, testService, type TestEndpointParameters } from "./fixtures.js";

beforeEach(isolateAwsEnvironment);
afterEach(() => {
  vi.unstubAllEnvs();
});

function configurationError(run: () => unknown): ClientConfigurationError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ClientConfigurationError);
  return thrown as ClientConfigurationError;
}

describe("resolveAwsClientConfig: validation", () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects maxAttempts %d, naming the client and the option", (maxAttempts) => {
    const error = configurationError(() => resolveAwsClientConfig({ region: "us-east-1", maxAttempts }, testService));
    expect(error).toMatchObject({ client: "TestClient", option: "maxAttempts" });
    expect(error.message).toBe(`TestClient: maxAttempts must be an integer of at least 1, not ${maxAttempts}`);
  });

  it.each([1, 3, 10])("accepts maxAttempts %d", async (maxAttempts) => {
    const config = resolveAwsClientConfig({ region: "us-east-1", maxAttempts, credentials: staticCredentials }, testService);
    expect(await config.maxAttempts()).toBe(maxAttempts);
  });

  it.each(["fast", "STANDARD", ""])("rejects retryMode %j", (retryMode) => {
    const error = configurationError(() => resolveAwsClientConfig({ region: "us-east-1", retryMode }, testService));
    expect(error).toMatchObject({ client: "TestClient", option: "retryMode" });
    expect(error.message).toBe(`TestClient: retryMode must be "standard" or "adaptive", not ${JSON.stringify(retryMode)}`);
  });

  it.each(["standard", "adaptive", "legacy"])("accepts retryMode %j", (retryMode) => {
    expect(() => resolveAwsClientConfig({ region: "us-east-1", retryMode, credentials: staticCredentials }, testService)).not.toThrow();
  });

  it("rejects an invalid Region and malformed static credentials when the client is built", () => {
    expect(configurationError(() => resolveAwsClientConfig({ region: "us-east-1/evil" }, testService))).toMatchObject({ option: "region" });
    expect(
      configurationError(() => resolveAwsClientConfig({ region: "us-east-1", credentials: { accessKeyId: "A" } as typeof staticCredentials }, testService)),
    ).toMatchObject({ option: "credentials", client: "TestClient" });
  });
});

describe("resolveAwsClientConfig: defaults", () => {
  it("fills in the Node.js runtime's defaults and the service's description", async () => {
    const config = resolveAwsClientConfig({ region: "us-west-2", credentials: staticCredentials }, testService);
    expect(config.runtime).toBe("node");
    expect(config.requestHandler).toBeInstanceOf(NodeHttpHandler);
    expect(config.apiVersion).toBe("2024-01-01");
    expect(config.serviceId).toBe("Test");
    expect(config.signingName).toBe("testservice");
    expect(config.userAgent).toBe("smithy-gen api/test#2024-01-01");
    expect(config.signRequests).toBe(true);
    expect(config.systemClockOffset).toBe(0);
    expect(config.disableHostPrefix).toBe(false);
    expect(config.logger).toBeInstanceOf(NoOpLogger);
    expect(config.endpointProvider).toBe(testService.endpointProvider);
    expect(await config.region()).toBe("us-west-2");
    expect(await config.useFipsEndpoint()).toBe(false);
    expect(await config.useDualstackEndpoint()).toBe(false);
    expect(await config.maxAttempts()).toBe(3);
    expect(await config.credentials()).toEqual(staticCredentials);
    expect(config.utf8Encoder(new TextEncoder().encode("é"))).toBe("é");
    expect(config.base64Encoder(new Uint8Array([104, 105]))).toBe("aGk=");
  });

  it("does not sign the requests of a service without SigV4", () => {
    expect(resolveAwsClientConfig({ region: "us-west-2" }, { ...testService, unsigned: true }).signRequests).toBe(false);
  });

  it("uses an endpointProvider, logger, clock offset, request handler and disableHostPrefix given", () => {
    const endpointProvider = (_params: TestEndpointParameters): EndpointV2 => ({ url: new URL("https://override.example.com") });
    const logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
    const requestHandler = new StubHandler();
    const config = resolveAwsClientConfig({ region: "us-west-2", endpointProvider, logger, systemClockOffset: 1234, requestHandler, disableHostPrefix: true }, testService);
    expect(config.disableHostPrefix).toBe(true);
    expect(config.endpointProvider).toBe(endpointProvider);
    expect(config.logger).toBe(logger);
    expect(config.systemClockOffset).toBe(1234);
    expect(config.requestHandler).toBe(requestHandler);
  });

  it("takes the smithy request handlers users construct (typechecked: tsc runs on the tests)", () => {
    for (const requestHandler of [new NodeHttpHandler({ connectionTimeout: 100 }), new NodeHttp2Handler({}), new FetchHttpHandler({})]) {
      expect(resolveAwsClientConfig({ region: "us-west-2", requestHandler }, testService).requestHandler).toBe(requestHandler);
    }
  });

  it("reads the Region, FIPS, dual-stack, attempts and retry mode from the environment", async () => {
    vi.stubEnv("AWS_REGION", "eu-west-3");
    vi.stubEnv("AWS_USE_FIPS_ENDPOINT", "true");
    vi.stubEnv("AWS_USE_DUALSTACK_ENDPOINT", "true");
    vi.stubEnv("AWS_MAX_ATTEMPTS", "7");
    vi.stubEnv("AWS_RETRY_MODE", "adaptive");
    const config = resolveAwsClientConfig({ credentials: staticCredentials }, testService);
    expect(await config.region()).toBe("eu-west-3");
    expect(await config.useFipsEndpoint()).toBe(true);
    expect(await config.useDualstackEndpoint()).toBe(true);
    expect(await config.maxAttempts()).toBe(7);
    const defaults = getRuntimeDefaults({}, "TestClient");
    expect(typeof defaults.retryMode === "function" ? await defaults.retryMode() : defaults.retryMode).toBe("adaptive");
  });

  it("prefers the options given to the environment", async () => {
    vi.stubEnv("AWS_REGION", "eu-west-3");
    vi.stubEnv("AWS_MAX_ATTEMPTS", "7");
    const config = resolveAwsClientConfig({ region: "ap-south-1", maxAttempts: 2, useFipsEndpoint: true, credentials: staticCredentials }, testService);
    expect(await config.region()).toBe("ap-south-1");
    expect(await config.maxAttempts()).toBe(2);
    expect(await config.useFipsEndpoint()).toBe(true);
  });

  it("checks a Region from the environment on first use", async () => {
    vi.stubEnv("AWS_REGION", "us-east-1.attacker.example#");
    const config = resolveAwsClientConfig({ credentials: staticCredentials }, testService);
    const error = await config.region().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ClientConfigurationError);
    expect(error).toMatchObject({ client: "TestClient", option: "region" });
  });

  it("reports a missing Region on first use, not when the client is built", async () => {
    const config = resolveAwsClientConfig({ credentials: staticCredentials }, testService);
    const error = await config.region().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ClientConfigurationError);
    expect((error as Error).message).toMatch(/^TestClient: no Region/);
  });
});

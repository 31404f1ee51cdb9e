import { LightsailClient, type LightsailClientConfig } from "@smithy-gen/lightsail-client";
import { ConfiguredRetryStrategy } from "@smithy/core/retry";
import type { FakeLightsail } from "../../src/fake-lightsail/index.js";

/**
 * A generated client pointed at the fake service: static credentials, Region `us-east-1`, the
 * fake's endpoint; `config` adds or overrides options.
 */
export function createTestClient(fake: FakeLightsail, config: LightsailClientConfig = {}): LightsailClient {
  return new LightsailClient({
    region: "us-east-1",
    endpoint: fake.endpoint,
    credentials: { accessKeyId: fake.credentials.accessKeyId, secretAccessKey: fake.credentials.secretAccessKey },
    ...config,
  });
}

/**
 * The standard retry strategy (same retryable errors, same quota) with a 1 ms backoff, so that a
 * test of what is retried does not wait for the real backoff; one test keeps the default strategy.
 */
export function quickRetries(maxAttempts: number): ConfiguredRetryStrategy {
  return new ConfiguredRetryStrategy(maxAttempts, () => 1);
}

/** The rejection of `promise`, failing the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}


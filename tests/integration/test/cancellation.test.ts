import { GetExportSnapshotRecordsCommand } from "@smithy-gen/lightsail-client";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeLightsail, startFakeLightsail } from "../src/fake-lightsail/index.js";
import { createTestClient, quickRetries, rejectionOf } from "./support/test-client.js";

/** How long the fake service sits on a request before answering: far longer than any case here waits. */
const SERVER_DELAY_MS = 5_000;
/** What "promptly" means: a small fraction of the server's delay. */
const PROMPT_MS = 1_000;

let fake: FakeLightsail;

beforeAll(async () => {
  fake = await startFakeLightsail({ recordCount: 5 });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());
afterEach(() => expect(fake.problems()).toEqual([]));

const listRecords = new GetExportSnapshotRecordsCommand({});

describe("aborting a call", () => {
  it("rejects promptly while the server delays, and sends no retry", async () => {
    fake.enqueue({ kind: "delay", ms: SERVER_DELAY_MS, then: { kind: "page" } });
    // Retries would come at once with this strategy, so a retry of the aborted call could not hide.
    const client = createTestClient(fake, { retryStrategy: quickRetries(3) });
    const controller = new AbortController();
    const call = rejectionOf(client.send(listRecords, { abortSignal: controller.signal }));
    await fake.requestsReceived(1);
    const abortedAt = performance.now();
    controller.abort();
    const error = await call;
    const elapsed = performance.now() - abortedAt;

    expect(error).toMatchObject({ name: "AbortError" });
    expect(elapsed).toBeLessThan(PROMPT_MS);
    // The call is over (its retry loop with it); a next call is the second request the server sees.
    const next = await client.send(listRecords);
    expect(next.$metadata.attempts).toBe(1);
    expect(fake.requests).toHaveLength(2);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await rejectionOf(createTestClient(fake).send(listRecords, { abortSignal: controller.signal }));
    expect(error).toMatchObject({ name: "AbortError" });
    expect(fake.requests).toHaveLength(0);
  });
});

describe("request timeouts", () => {
  it("fires the handler's requestTimeout (with throwOnRequestTimeout) while the server delays", async () => {
    fake.enqueue({ kind: "delay", ms: SERVER_DELAY_MS, then: { kind: "page" } });
    const client = createTestClient(fake, { requestHandler: { requestTimeout: 200, throwOnRequestTimeout: true }, maxAttempts: 1 });
    const started = performance.now();
    const error = await rejectionOf(client.send(listRecords));
    const elapsed = performance.now() - started;

    expect(error).toMatchObject({ name: "TimeoutError" });
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(PROMPT_MS);
    expect(fake.requests).toHaveLength(1);
  });

  it("retries a timed-out request, which then succeeds", async () => {
    fake.enqueue({ kind: "delay", ms: SERVER_DELAY_MS, then: { kind: "page" } });
    const client = createTestClient(fake, {
      requestHandler: { requestTimeout: 200, throwOnRequestTimeout: true },
      retryStrategy: quickRetries(2),
    });
    const output = await client.send(listRecords);
    expect(output.exportSnapshotRecords).toHaveLength(5);
    expect(output.$metadata.attempts).toBe(2);
    expect(fake.requests).toHaveLength(2);
  });

  it("fires the client's requestTimeout option", async () => {
    fake.enqueue({ kind: "delay", ms: SERVER_DELAY_MS, then: { kind: "page" } });
    const client = createTestClient(fake, { requestTimeout: 200, maxAttempts: 1 });
    const started = performance.now();
    const error = await rejectionOf(client.send(listRecords));
    expect(error).toMatchObject({ name: "TimeoutError" });
    expect(performance.now() - started).toBeLessThan(PROMPT_MS);
  });

  it("fires a per-call requestTimeout", async () => {
    fake.enqueue({ kind: "delay", ms: SERVER_DELAY_MS, then: { kind: "page" } });
    const client = createTestClient(fake, { maxAttempts: 1 });
    const started = performance.now();
    const error = await rejectionOf(client.send(listRecords, { requestTimeout: 200 }));
    expect(error).toMatchObject({ name: "TimeoutError" });
    expect(performance.now() - started).toBeLessThan(PROMPT_MS);
  });
});

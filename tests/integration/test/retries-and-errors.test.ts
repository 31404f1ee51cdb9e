import {
  GetExportSnapshotRecordsCommand,
  LightsailDeserializationError,
  LightsailServiceException,
  NotFoundException,
} from "@smithy-gen/lightsail-client";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type FakeLightsail, startFakeLightsail } from "../src/fake-lightsail/index.js";
import { createTestClient, quickRetries, rejectionOf } from "./support/test-client.js";

let fake: FakeLightsail;

beforeAll(async () => {
  fake = await startFakeLightsail({ recordCount: 5 });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());
afterEach(() => expect(fake.problems()).toEqual([]));

const listRecords = new GetExportSnapshotRecordsCommand({});

describe("retryable responses are retried, then succeed", () => {
  it("retries a 500 InternalFailure", async () => {
    fake.enqueue({ kind: "error", status: 500, type: "InternalFailure", message: "We encountered an internal error." });
    const output = await createTestClient(fake, { retryStrategy: quickRetries(3) }).send(listRecords);
    expect(output.exportSnapshotRecords).toHaveLength(5);
    expect(output.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 2 });
    expect(fake.requests).toHaveLength(2);
  });

  it("retries two 503s whose body is not even JSON", async () => {
    const unavailable = { kind: "raw", status: 503, body: "Service Unavailable", headers: { "content-type": "text/plain" } } as const;
    fake.enqueue(unavailable, unavailable);
    const output = await createTestClient(fake, { retryStrategy: quickRetries(3) }).send(listRecords);
    expect(output.exportSnapshotRecords).toHaveLength(5);
    expect(output.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 3 });
    expect(fake.requests).toHaveLength(3);
  });

  it("retries a ThrottlingException (HTTP 400)", async () => {
    fake.enqueue({ kind: "error", status: 400, type: "ThrottlingException", message: "Rate exceeded" });
    const output = await createTestClient(fake, { retryStrategy: quickRetries(3) }).send(listRecords);
    expect(output.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 2 });
    expect(fake.requests).toHaveLength(2);
  });

  it("retries with the default strategy and its backoff when none is configured", async () => {
    fake.enqueue({ kind: "error", status: 503, type: "ServiceUnavailable" });
    // The default backoff has full jitter (a random share of 2^attempt x 100 ms), which can round
    // down to 0 ms: the draw is fixed at one half, so the delay is the strategy's and never 0.
    const random = vi.spyOn(Math, "random").mockReturnValue(0.5);
    try {
      const output = await createTestClient(fake).send(listRecords);
      expect(output.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 2 });
      expect(output.$metadata.totalRetryDelay).toBeGreaterThan(0);
    } finally {
      random.mockRestore();
    }
    expect(fake.requests).toHaveLength(2);
  });

  it("gives up after maxAttempts and throws the last error with its attempts", async () => {
    const unavailable = { kind: "error", status: 503, type: "ServiceUnavailable", message: "try later" } as const;
    fake.enqueue(unavailable, unavailable, unavailable, unavailable);
    const error = await rejectionOf(createTestClient(fake, { retryStrategy: quickRetries(3) }).send(listRecords));
    expect(error).toBeInstanceOf(LightsailServiceException);
    expect(error).toMatchObject({ name: "ServiceUnavailable", $fault: "server", message: "try later" });
    expect((error as LightsailServiceException).$metadata).toMatchObject({ httpStatusCode: 503, attempts: 3, requestId: "fake-000003" });
    expect(fake.requests).toHaveLength(3);
  });
});

describe("errors that are not retryable", () => {
  it("throws a modelled NotFoundException with its members after one request", async () => {
    fake.enqueue({
      kind: "error",
      status: 404,
      type: "NotFoundException",
      message: "No export snapshot records found",
      members: { code: "NotFound", docs: "https://lightsail.aws.amazon.com/ls/docs", tip: "Check the Region" },
    });
    const error = await rejectionOf(createTestClient(fake, { retryStrategy: quickRetries(3) }).send(listRecords));
    expect(error).toBeInstanceOf(NotFoundException);
    expect(error).toBeInstanceOf(LightsailServiceException);
    expect(error).toMatchObject({
      name: "NotFoundException",
      $fault: "client",
      message: "No export snapshot records found",
      code: "NotFound",
      docs: "https://lightsail.aws.amazon.com/ls/docs",
      tip: "Check the Region",
    });
    expect((error as NotFoundException).$metadata).toMatchObject({ httpStatusCode: 404, requestId: "fake-000001", attempts: 1 });
    expect(fake.requests).toHaveLength(1);
  });

  it("throws an error code the model does not know as a LightsailServiceException named after it", async () => {
    fake.enqueue({ kind: "error", status: 400, type: "com.amazonaws.lightsail#BrandNewException", message: "new in 2031" });
    const error = await rejectionOf(createTestClient(fake, { retryStrategy: quickRetries(3) }).send(listRecords));
    expect(error).toBeInstanceOf(LightsailServiceException);
    expect(error).toMatchObject({ name: "BrandNewException", $fault: "client", message: "new in 2031" });
    expect(fake.requests).toHaveLength(1);
  });

  it("keeps every field of an unknown error's body on the thrown LightsailServiceException (issue 14)", async () => {
    const body = { __type: "ThrottlingException", message: "it failed", code: "DoesNotExist", docs: "https://lightsail.aws.amazon.com/ls/docs", tip: "Slow down" };
    // A throttling code is retried: the error thrown after the last attempt is the one checked.
    const throttled = { kind: "raw", status: 400, body: JSON.stringify(body) } as const;
    fake.enqueue(throttled, throttled);
    const error = await rejectionOf(createTestClient(fake, { retryStrategy: quickRetries(2) }).send(listRecords));
    expect(error).toBeInstanceOf(LightsailServiceException);
    expect(error).not.toBeInstanceOf(NotFoundException);
    expect(error).toMatchObject({ ...body, name: "ThrottlingException", $fault: "client", $metadata: { httpStatusCode: 400, attempts: 2 } });
    expect(fake.requests).toHaveLength(2);
  });

  it("keeps the fields a modelled error's shape does not model", async () => {
    fake.enqueue({ kind: "raw", status: 404, body: JSON.stringify({ __type: "NotFoundException", message: "gone", tip: "t", resourceName: "snap-1" }) });
    const error = await rejectionOf(createTestClient(fake, { retryStrategy: quickRetries(3) }).send(listRecords));
    expect(error).toBeInstanceOf(NotFoundException);
    expect(error).toMatchObject({ name: "NotFoundException", message: "gone", tip: "t", resourceName: "snap-1", __type: "NotFoundException" });
  });

  it("reports a modelled error whose member has the wrong type as a deserialization error", async () => {
    fake.enqueue({ kind: "raw", status: 404, body: JSON.stringify({ __type: "NotFoundException", message: "gone", tip: 42 }) });
    const error = await rejectionOf(createTestClient(fake, { retryStrategy: quickRetries(3) }).send(listRecords));
    expect(error).toBeInstanceOf(LightsailDeserializationError);
    expect(error).toMatchObject({ operation: "GetExportSnapshotRecords", path: "$.tip", expected: "string", received: "number 42", $fault: "client" });
    expect(fake.requests).toHaveLength(1);
  });
});

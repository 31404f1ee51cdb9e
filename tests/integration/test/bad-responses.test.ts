import { GetExportSnapshotRecordsCommand, LightsailDeserializationError, LightsailServiceException } from "@smithy-gen/lightsail-client";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeLightsail, exportSnapshotRecords, startFakeLightsail } from "../src/fake-lightsail/index.js";
import { createTestClient, quickRetries, rejectionOf } from "./support/test-client.js";

let fake: FakeLightsail;

beforeAll(async () => {
  fake = await startFakeLightsail({ recordCount: 5 });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());
afterEach(() => expect(fake.problems()).toEqual([]));

const OPERATION = "GetExportSnapshotRecords";

/** The error of a call whose (only) response is `body` with HTTP `status`. */
async function errorFor(body: string, status = 200): Promise<unknown> {
  fake.enqueue({ kind: "raw", status, body });
  return rejectionOf(createTestClient(fake, { maxAttempts: 1 }).send(new GetExportSnapshotRecordsCommand({})));
}

/** A good page body with `edit` applied to its JSON. */
function pageWith(edit: (page: { exportSnapshotRecords: Record<string, unknown>[] }) => void): string {
  const page = JSON.parse(JSON.stringify({ exportSnapshotRecords: exportSnapshotRecords(5) })) as { exportSnapshotRecords: Record<string, unknown>[] };
  edit(page);
  return JSON.stringify(page);
}

function expectDeserializationError(error: unknown, fields: { path: string; expected?: string; received?: string; httpStatusCode?: number }): void {
  expect(error).not.toBeInstanceOf(TypeError);
  expect(error).toBeInstanceOf(LightsailDeserializationError);
  expect(error).toBeInstanceOf(LightsailServiceException);
  const { httpStatusCode = 200, ...rest } = fields;
  expect(error).toMatchObject({ name: "LightsailDeserializationError", operation: OPERATION, ...rest });
  const typed = error as LightsailDeserializationError;
  expect(typed.$metadata).toMatchObject({ httpStatusCode, requestId: "fake-000001" });
  expect(typed.message).toContain(OPERATION);
  expect(typed.message).toContain(fields.path);
}

describe("bodies that are not JSON", () => {
  it("reports a body that is not JSON at all", async () => {
    const error = await errorFor("<html><body>Bad gateway</body></html>");
    expectDeserializationError(error, { path: "$", expected: "a JSON document" });
    expect((error as LightsailDeserializationError).received).toContain("<html>");
  });

  it("reports a JSON body cut short (a complete HTTP message)", async () => {
    const full = pageWith(() => {});
    const error = await errorFor(full.slice(0, Math.floor(full.length / 2)));
    expectDeserializationError(error, { path: "$", expected: "a JSON document" });
  });

  it("reports a connection cut before the announced Content-Length arrived", async () => {
    const full = pageWith(() => {});
    fake.enqueue({ kind: "cut", declaredLength: full.length, body: full.slice(0, 200) });
    const error = await rejectionOf(createTestClient(fake, { maxAttempts: 1 }).send(new GetExportSnapshotRecordsCommand({})));
    expectDeserializationError(error, { path: "$" });
    // The network error stays as the cause, which is what lets the retry strategy see it.
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(fake.requests).toHaveLength(1);
  });

  it("retries a connection cut short, which then succeeds", async () => {
    const full = pageWith(() => {});
    fake.enqueue({ kind: "cut", declaredLength: full.length, body: full.slice(0, 200) });
    const output = await createTestClient(fake, { retryStrategy: quickRetries(2) }).send(new GetExportSnapshotRecordsCommand({}));
    expect(output.exportSnapshotRecords).toHaveLength(5);
    expect(output.$metadata.attempts).toBe(2);
    expect(fake.requests).toHaveLength(2);
  });

  it("reports a non-JSON error response with its status", async () => {
    const error = await errorFor("Forbidden", 403);
    expectDeserializationError(error, { path: "$", expected: "a JSON document", httpStatusCode: 403 });
    expect(error).toMatchObject({ $fault: "client" });
  });
});

describe("JSON of the wrong shape", () => {
  it("names the record and member of a timestamp that is not one", async () => {
    const error = await errorFor(pageWith((page) => (page.exportSnapshotRecords[3]!.createdAt = "yesterday")));
    expectDeserializationError(error, { path: "$.exportSnapshotRecords[3].createdAt", expected: "epoch-seconds timestamp", received: 'string "yesterday"' });
  });

  it("names a deeply nested integer that came as a string", async () => {
    const error = await errorFor(
      pageWith((page) => {
        const sourceInfo = page.exportSnapshotRecords[0]!.sourceInfo as { instanceSnapshotInfo: { fromDiskInfo: Record<string, unknown>[] } };
        sourceInfo.instanceSnapshotInfo.fromDiskInfo[1]!.sizeInGb = "8";
      }),
    );
    expectDeserializationError(error, {
      path: "$.exportSnapshotRecords[0].sourceInfo.instanceSnapshotInfo.fromDiskInfo[1].sizeInGb",
      expected: "integer",
      received: 'string "8"',
    });
  });

  it("reports a list that came as an object", async () => {
    const error = await errorFor(JSON.stringify({ exportSnapshotRecords: { name: "export-00000" } }));
    expectDeserializationError(error, { path: "$.exportSnapshotRecords", expected: "array", received: "object" });
  });

  it("reports a structure that came as a string", async () => {
    const error = await errorFor(pageWith((page) => (page.exportSnapshotRecords[2]!.location = "us-east-1")));
    expectDeserializationError(error, { path: "$.exportSnapshotRecords[2].location", expected: "object" });
  });

  it("reports a body that is an array or null instead of an object", async () => {
    expectDeserializationError(await errorFor("[]"), { path: "$", expected: "object", received: "array (length 0)" });
    fake.reset();
    expectDeserializationError(await errorFor("null"), { path: "$", expected: "object", received: "null" });
  });
});

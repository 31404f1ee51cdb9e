import type { GetExportSnapshotRecordsCommandOutput } from "@smithy-gen/lightsail-client";
import {
  RepeatedPageTokenError,
  paginateGetExportSnapshotRecords,
  paginateGetExportSnapshotRecordsItems,
} from "@smithy-gen/lightsail-paginators";
import type { ExportSnapshotRecord } from "@smithy-gen/lightsail-types";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeLightsail, exportSnapshotRecordName, pageToken, startFakeLightsail } from "../src/fake-lightsail/index.js";
import { expectedRecord } from "./support/expected-records.js";
import { createTestClient, rejectionOf } from "./support/test-client.js";

const RECORDS = 10_000;
const PAGE_SIZE = 100;
const ALL_NAMES = Array.from({ length: RECORDS }, (_, index) => exportSnapshotRecordName(index));

let fake: FakeLightsail;

beforeAll(async () => {
  fake = await startFakeLightsail({ recordCount: RECORDS, pageSize: PAGE_SIZE });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());
// Every request the client sent was signed right, aimed at the operation and well formed.
afterEach(() => expect(fake.problems()).toEqual([]));

describe("listing 10,000 export snapshot records over 100 pages", () => {
  it("yields every page in order, each record once, following the service's tokens", async () => {
    const client = createTestClient(fake);
    const pages: GetExportSnapshotRecordsCommandOutput[] = [];
    for await (const page of paginateGetExportSnapshotRecords({ client }, {})) pages.push(page);

    expect(pages).toHaveLength(RECORDS / PAGE_SIZE);
    expect(pages.map((page) => page.exportSnapshotRecords?.length)).toEqual(pages.map(() => PAGE_SIZE));
    const names = pages.flatMap((page) => (page.exportSnapshotRecords ?? []).map((record) => record.name));
    expect(names).toEqual(ALL_NAMES);
    expect(new Set(names).size).toBe(RECORDS);
    expect(pages.at(-1)?.nextPageToken).toBeUndefined();
    expect(pages.every((page) => page.$metadata.httpStatusCode === 200 && page.$metadata.attempts === 1)).toBe(true);

    // One request per page: the first without a token, then each page's next token as it came.
    expect(fake.requests.map((request) => request.pageToken)).toEqual([
      undefined,
      ...Array.from({ length: RECORDS / PAGE_SIZE - 1 }, (_, page) => pageToken((page + 1) * PAGE_SIZE)),
    ]);
  });

  it("yields every record through the item iterator, nested members and dates included", async () => {
    const client = createTestClient(fake);
    const records: ExportSnapshotRecord[] = [];
    for await (const record of paginateGetExportSnapshotRecordsItems({ client }, {})) records.push(record);

    expect(records.map((record) => record.name)).toEqual(ALL_NAMES);
    for (const index of [0, 1, 2, 4_999, 9_998, 9_999]) expect(records[index]).toEqual(expectedRecord(index));
    const wrongDates = records.filter((record, index) => record.createdAt?.getTime() !== expectedRecord(index).createdAt?.getTime());
    expect(wrongDates).toEqual([]);
    expect(fake.requests).toHaveLength(RECORDS / PAGE_SIZE);
  });

  it("starts from startingToken and can stop early without fetching the rest", async () => {
    const client = createTestClient(fake);
    const names: string[] = [];
    for await (const record of paginateGetExportSnapshotRecordsItems({ client, startingToken: pageToken(9_800) }, {})) {
      names.push(record.name ?? "");
      if (names.length === 150) break;
    }
    expect(names).toEqual(ALL_NAMES.slice(9_800, 9_950));
    expect(fake.requests.map((request) => request.pageToken)).toEqual([pageToken(9_800), pageToken(9_900)]);
  });
});

describe("a page token the service repeats", () => {
  it("throws the paginator's RepeatedPageTokenError instead of fetching the same pages forever", async () => {
    // Page 1 names page 2 (offset 100); page 2 names page 2 again.
    fake.enqueue({ kind: "page" }, { kind: "page", nextPageToken: pageToken(100) });
    const client = createTestClient(fake);
    const seen: number[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const page of paginateGetExportSnapshotRecords({ client }, {})) seen.push(page.exportSnapshotRecords?.length ?? 0);
      })(),
    );

    expect(error).toBeInstanceOf(RepeatedPageTokenError);
    expect(error).toMatchObject({ name: "RepeatedPageTokenError", operationName: "GetExportSnapshotRecords", pageNumber: 2, token: pageToken(100) });
    expect(String((error as Error).message)).toContain("GetExportSnapshotRecords");
    expect(seen).toEqual([100, 100]);
    expect(fake.requests).toHaveLength(2);
  });

  it("notices a token repeated from any earlier page, not only the last one", async () => {
    // Pages at offsets 0, 100 and 200; the third names offset 100 again.
    fake.enqueue({ kind: "page" }, { kind: "page" }, { kind: "page", nextPageToken: pageToken(100) });
    const client = createTestClient(fake);
    const error = await rejectionOf(
      (async () => {
        for await (const _ of paginateGetExportSnapshotRecordsItems({ client }, {})) {
          // Reading the items is enough.
        }
      })(),
    );
    expect(error).toBeInstanceOf(RepeatedPageTokenError);
    expect(error).toMatchObject({ pageNumber: 3, token: pageToken(100) });
    expect(fake.requests).toHaveLength(3);
  });

  it("ends quietly after the repeating page with stopOnSameToken", async () => {
    fake.enqueue({ kind: "page" }, { kind: "page", nextPageToken: pageToken(100) });
    const client = createTestClient(fake);
    const pages: GetExportSnapshotRecordsCommandOutput[] = [];
    for await (const page of paginateGetExportSnapshotRecords({ client, stopOnSameToken: true }, {})) pages.push(page);
    expect(pages).toHaveLength(2);
    expect(fake.requests).toHaveLength(2);
  });
});

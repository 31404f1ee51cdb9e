/**
 * A Lightsail account served by the generated server (`@smithy-gen/lightsail-server`): the fake
 * service's export snapshot records, paged by its opaque tokens, behind SigV4 verification of the
 * test credentials. The demo runs on it; the records are the hand-written fake's, so that both
 * describe the same account.
 */
import { createLightsailServer } from "@smithy-gen/lightsail-server";
import { InvalidInputException, type ExportSnapshotRecord } from "@smithy-gen/lightsail-types";
import type { ListeningServer } from "@smithy-gen/aws-json-server";
import { exportSnapshotRecords, offsetOfPageToken, pageToken, TEST_CREDENTIALS, type WireExportSnapshotRecord } from "../fake-lightsail/index.js";

export interface LightsailAccountOptions {
  readonly recordCount: number;
  readonly pageSize: number;
}

export interface LightsailAccount {
  readonly endpoint: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  /** Errors the server answered with a 500 (a handler's bug), for the caller to report. */
  problems(): readonly string[];
  close(): Promise<void>;
}

/** Starts the generated server on a free port of 127.0.0.1, answering `GetExportSnapshotRecords`. */
export async function startLightsailAccount(options: LightsailAccountOptions): Promise<LightsailAccount> {
  const records = exportSnapshotRecords(options.recordCount).map(toRecord);
  const problems: string[] = [];
  const server = createLightsailServer(
    {
      async getExportSnapshotRecords({ pageToken: token }) {
        const offset = token === undefined ? 0 : offsetOfPageToken(token);
        if (offset === undefined || offset > records.length) {
          throw new InvalidInputException({ $metadata: {}, message: `pageToken ${JSON.stringify(token)} was not issued by this service` });
        }
        const end = offset + options.pageSize;
        return { exportSnapshotRecords: records.slice(offset, end), ...(end < records.length ? { nextPageToken: pageToken(end) } : {}) };
      },
    },
    {
      credentials: { [TEST_CREDENTIALS.accessKeyId]: TEST_CREDENTIALS.secretAccessKey },
      onUnmodelledError: (error, context) => problems.push(`${context.operation}: ${error instanceof Error ? error.message : String(error)}`),
    },
  );
  const listening: ListeningServer = await server.listen(0);
  return { endpoint: listening.url, credentials: TEST_CREDENTIALS, problems: () => [...problems], close: () => listening.close() };
}

/** A record as the types describe it: the wire's epoch seconds as dates. */
function toRecord(wire: WireExportSnapshotRecord): ExportSnapshotRecord {
  const seconds = (value: number) => new Date(Math.round(value * 1000));
  return { ...wire, createdAt: seconds(wire.createdAt), sourceInfo: { ...wire.sourceInfo, createdAt: seconds(wire.sourceInfo.createdAt) } };
}

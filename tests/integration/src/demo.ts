/**
 * The README's demo: lists every export snapshot record of a fake Lightsail account with the
 * generated client and paginator, over real HTTP on 127.0.0.1 (signed with SigV4, which the fake
 * service checks), and prints a few of them.
 */
import { LightsailClient } from "@smithy-gen/lightsail-client";
import { paginateGetExportSnapshotRecords } from "@smithy-gen/lightsail-paginators";
import type { ExportSnapshotRecord } from "@smithy-gen/lightsail-types";
import { startFakeLightsail } from "./fake-lightsail/index.js";

const RECORD_COUNT = 2_500;
const SHOWN = 3;

const fake = await startFakeLightsail({ recordCount: RECORD_COUNT, pageSize: 100 });
try {
  console.log(`fake Lightsail service on ${fake.endpoint} (${RECORD_COUNT} export snapshot records)`);
  const client = new LightsailClient({ region: "us-east-1", endpoint: fake.endpoint, credentials: fake.credentials });

  const started = performance.now();
  const records: ExportSnapshotRecord[] = [];
  let pages = 0;
  for await (const page of paginateGetExportSnapshotRecords({ client }, {})) {
    pages += 1;
    records.push(...(page.exportSnapshotRecords ?? []));
  }
  const elapsed = performance.now() - started;

  for (const record of [...records.slice(0, SHOWN), records.at(-1)]) {
    if (record !== undefined) console.log(`  ${describe(record)}`);
  }
  console.log(`listed ${records.length} export snapshot records in ${pages} pages (${elapsed.toFixed(0)} ms)`);
  const problems = fake.problems();
  if (problems.length > 0) {
    console.error(`the fake service rejected requests:\n  ${problems.join("\n  ")}`);
    process.exitCode = 1;
  }
  client.destroy();
} finally {
  await fake.close();
}

function describe(record: ExportSnapshotRecord): string {
  const source = record.sourceInfo;
  const size = source?.instanceSnapshotInfo?.fromDiskInfo?.reduce((sum, disk) => sum + (disk.sizeInGb ?? 0), 0) ?? source?.diskSnapshotInfo?.sizeInGb;
  return [
    record.name,
    (record.state ?? "").padEnd(9),
    record.createdAt?.toISOString(),
    (record.location?.regionName ?? "").padEnd(14),
    `${source?.resourceType} ${source?.name} (${size} GB)`,
    `-> ${record.destinationInfo?.id}`,
  ].join("  ");
}

/**
 * The README's demo: lists every export snapshot record of a Lightsail account served by the
 * generated server (`@smithy-gen/lightsail-server`) with the generated client and paginator, over
 * real HTTP on 127.0.0.1 (signed with SigV4, which the server verifies), and prints a few of them.
 * Then a second operation's paginator, against the generated fake (`createFakeLightsail`): the
 * blueprints of a fake account, drawn from the model for a seed, in process.
 */
import { LightsailClient } from "@smithy-gen/lightsail-client";
import { paginateGetBlueprintsItems, paginateGetExportSnapshotRecords } from "@smithy-gen/lightsail-paginators";
import { createFakeLightsail } from "@smithy-gen/lightsail-server";
import type { ExportSnapshotRecord } from "@smithy-gen/lightsail-types";
import { startLightsailAccount } from "./generated-server/lightsail-account.js";

const RECORD_COUNT = 2_500;
const SHOWN = 3;

const account = await startLightsailAccount({ recordCount: RECORD_COUNT, pageSize: 100 });
try {
  console.log(`generated Lightsail server on ${account.endpoint} (${RECORD_COUNT} export snapshot records, SigV4-verified)`);
  const client = new LightsailClient({ region: "us-east-1", endpoint: account.endpoint, credentials: account.credentials });

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
  const problems = account.problems();
  if (problems.length > 0) {
    console.error(`the server failed requests:\n  ${problems.join("\n  ")}`);
    process.exitCode = 1;
  }
  client.destroy();
} finally {
  await account.close();
}

// Another of the 28 paginated operations, against the fake: deterministic for its seed.
const fake = createFakeLightsail({ seed: 2016, pageSize: 10 });
const fakeClient = new LightsailClient({ region: "us-east-1", credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" }, requestHandler: fake.requestHandler });
const blueprints: string[] = [];
for await (const blueprint of paginateGetBlueprintsItems({ client: fakeClient }, {})) blueprints.push(blueprint.blueprintId ?? "(no id)");
console.log(`listed ${blueprints.length} blueprints of a fake account (seed 2016) with paginateGetBlueprintsItems: ${blueprints.slice(0, 3).join(", ")}, ...`);
fakeClient.destroy();

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

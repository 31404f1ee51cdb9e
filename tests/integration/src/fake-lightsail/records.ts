/**
 * Export snapshot records as the Lightsail service writes them on the wire (awsJson1_1: timestamps
 * in epoch seconds with a millisecond fraction). Record `i` is the same in every run, so that a
 * test can say which record it expects where.
 */

/** One `ExportSnapshotRecord` as JSON, with every member the model has set. */
export interface WireExportSnapshotRecord {
  name: string;
  arn: string;
  createdAt: number;
  location: { availabilityZone: string; regionName: string };
  resourceType: string;
  state: string;
  sourceInfo: {
    resourceType: string;
    createdAt: number;
    name: string;
    arn: string;
    fromResourceName: string;
    fromResourceArn: string;
    instanceSnapshotInfo?: {
      fromBundleId: string;
      fromBlueprintId: string;
      fromDiskInfo: { name: string; path: string; sizeInGb: number; isSystemDisk: boolean }[];
    };
    diskSnapshotInfo?: { sizeInGb: number };
  };
  destinationInfo: { id: string; service: string };
}

const ACCOUNT = "123456789012";
const REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "ap-northeast-1"];
const STATES = ["Succeeded", "Started", "Failed"];
/** 2023-11-14T22:13:20Z, in seconds. */
const FIRST_CREATED_AT = 1_700_000_000;

/** The name of record `index` (from 0): `export-00042`. */
export function exportSnapshotRecordName(index: number): string {
  return `export-${String(index).padStart(5, "0")}`;
}

/** When record `index` was created, as the Date a client should read from the wire. */
export function exportSnapshotRecordCreatedAt(index: number): Date {
  return new Date(Math.round(createdAtSeconds(index) * 1000));
}

function createdAtSeconds(index: number): number {
  // A whole minute apart, plus a millisecond fraction, so that fractions are exercised too.
  return FIRST_CREATED_AT + index * 60 + (index % 1000) / 1000;
}

/** Record `index` (from 0): instance snapshots with two disks for even indexes, disk snapshots for odd ones. */
export function exportSnapshotRecord(index: number): WireExportSnapshotRecord {
  const name = exportSnapshotRecordName(index);
  const region = REGIONS[index % REGIONS.length]!;
  const createdAt = createdAtSeconds(index);
  const isInstance = index % 2 === 0;
  const sourceName = `${isInstance ? "instance" : "disk"}-snapshot-${index}`;
  const sourceArn = `arn:aws:lightsail:${region}:${ACCOUNT}:${isInstance ? "InstanceSnapshot" : "DiskSnapshot"}/${sourceName}`;
  return {
    name,
    arn: `arn:aws:lightsail:${region}:${ACCOUNT}:ExportSnapshotRecord/${name}`,
    createdAt,
    location: { availabilityZone: "all", regionName: region },
    resourceType: "ExportSnapshotRecord",
    state: STATES[index % STATES.length]!,
    sourceInfo: {
      resourceType: isInstance ? "InstanceSnapshot" : "DiskSnapshot",
      createdAt: createdAt - 3600,
      name: sourceName,
      arn: sourceArn,
      fromResourceName: isInstance ? `instance-${index}` : `disk-${index}`,
      fromResourceArn: `arn:aws:lightsail:${region}:${ACCOUNT}:${isInstance ? "Instance" : "Disk"}/${isInstance ? "instance" : "disk"}-${index}`,
      ...(isInstance
        ? {
            instanceSnapshotInfo: {
              fromBundleId: "small_3_0",
              fromBlueprintId: "amazon_linux_2023",
              fromDiskInfo: [
                { name: `system-disk-${index}`, path: "/dev/xvda", sizeInGb: 40, isSystemDisk: true },
                { name: `data-disk-${index}`, path: "/dev/xvdf", sizeInGb: 8 + (index % 120), isSystemDisk: false },
              ],
            },
          }
        : { diskSnapshotInfo: { sizeInGb: 8 + (index % 120) } }),
    },
    destinationInfo: { id: `ami-${(index * 2654435761 >>> 0).toString(16).padStart(8, "0")}`, service: "Aws::EC2::Image" },
  };
}

/** Records `0 .. count - 1`. */
export function exportSnapshotRecords(count: number): WireExportSnapshotRecord[] {
  return Array.from({ length: count }, (_, index) => exportSnapshotRecord(index));
}

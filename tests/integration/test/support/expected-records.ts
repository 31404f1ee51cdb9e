import type { ExportSnapshotRecord } from "@smithy-gen/lightsail-types";
import { exportSnapshotRecord } from "../../src/fake-lightsail/index.js";

/**
 * Record `index` as the client should give it: the fake's wire record with its epoch-seconds
 * timestamps read as Dates (to the millisecond), every other member as it came.
 */
export function expectedRecord(index: number): ExportSnapshotRecord {
  const wire = exportSnapshotRecord(index);
  return {
    ...wire,
    createdAt: secondsToDate(wire.createdAt),
    sourceInfo: { ...wire.sourceInfo, createdAt: secondsToDate(wire.sourceInfo.createdAt) },
  };
}

function secondsToDate(seconds: number): Date {
  return new Date(Math.round(seconds * 1000));
}

export { offsetOfPageToken, pageToken } from "./page-tokens.js";
export {
  type WireExportSnapshotRecord,
  exportSnapshotRecord,
  exportSnapshotRecordCreatedAt,
  exportSnapshotRecordName,
  exportSnapshotRecords,
} from "./records.js";
export type { CutResponse, DelayedResponse, ErrorResponse, PageResponse, RawResponse, ScriptedResponse } from "./responses.js";
export {
  CONTENT_TYPE,
  type FakeLightsail,
  type FakeLightsailOptions,
  type ReceivedRequest,
  TARGET,
  TEST_CREDENTIALS,
  startFakeLightsail,
} from "./server.js";
export { type SignedRequest, type SigningExpectations, checkSignature } from "./signature-check.js";

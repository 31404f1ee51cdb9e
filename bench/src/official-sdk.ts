/**
 * The official AWS SDK for JavaScript v3 client, without its notice that releases after January
 * 2027 will need Node.js 22 (it is printed once per process on Node.js 20 and says nothing about
 * what is measured here). Import the SDK through this module only.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

export const OFFICIAL_SDK_ENV = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" } as const;

export {
  GetExportSnapshotRecords$,
  GetExportSnapshotRecordsCommand,
  LightsailClient,
  type LightsailClientConfig,
} from "@aws-sdk/client-lightsail";

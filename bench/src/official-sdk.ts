/**
 * The official AWS SDK for JavaScript v3 client, without its notice that releases after January
 * 2027 will need Node.js 22 (it is printed once per process on Node.js 20 and says nothing about
 * what is measured here). Import the SDK through this module only.
 */
import { createRequire } from "node:module";
import type { CloudWatchClientConfig } from "@aws-sdk/client-cloudwatch";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

export const OFFICIAL_SDK_ENV = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" } as const;

export {
  GetExportSnapshotRecords$,
  GetExportSnapshotRecordsCommand,
  LightsailClient,
  type LightsailClientConfig,
} from "@aws-sdk/client-lightsail";

export { CloudWatchClient, GetMetricData$, GetMetricDataCommand } from "@aws-sdk/client-cloudwatch";

/**
 * The AWS SDK's RPC v2 CBOR protocol (`AwsSmithyRpcV2CborProtocol` of `@aws-sdk/core/protocols`),
 * the class a client takes as its `protocol` option (the client constructs it with its own
 * `protocolSettings`). Loaded from the `@aws-sdk/core` that `@aws-sdk/client-cloudwatch` depends
 * on, so that the protocol and the client's schemas share one copy of `@smithy/core`; the bench
 * does not list `@aws-sdk/core` itself (a range of its own would move every client's copy).
 */
export function officialRpcV2CborProtocol(): NonNullable<CloudWatchClientConfig["protocol"]> {
  const fromCloudWatch = createRequire(createRequire(import.meta.url).resolve("@aws-sdk/client-cloudwatch"));
  const protocols = fromCloudWatch("@aws-sdk/core/protocols") as { AwsSmithyRpcV2CborProtocol?: NonNullable<CloudWatchClientConfig["protocol"]> };
  if (protocols.AwsSmithyRpcV2CborProtocol === undefined) throw new Error("@aws-sdk/core/protocols (of @aws-sdk/client-cloudwatch) has no AwsSmithyRpcV2CborProtocol");
  return protocols.AwsSmithyRpcV2CborProtocol;
}

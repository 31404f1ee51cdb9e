import { createRequire } from "node:module";
import { defineDifferentialSuite } from "../../src/differential/differential-suite.js";

// rpcv2Cbor: CloudWatch (awsJson1_0 by default, rpcv2Cbor declared beside it, @awsQueryCompatible)
// generated with --protocol rpcv2Cbor, against @aws-sdk/client-cloudwatch configured with the CBOR
// protocol class of the @aws-sdk/core it depends on (its protocolSettings, awsQueryCompatible
// included, stay the client's own: the official client constructs the class with them).
const require = createRequire(import.meta.url);

defineDifferentialSuite({
  label: "cloudwatch-rpcv2cbor",
  modelFile: "cloudwatch-2010-08-01.json",
  protocol: "rpcv2Cbor",
  packagePrefix: "cloudwatch-rpcv2cbor",
  official: () => import("@aws-sdk/client-cloudwatch") as Promise<Record<string, unknown>>,
  officialConfig: async () => {
    const fromClient = createRequire(require.resolve("@aws-sdk/client-cloudwatch"));
    const { AwsSmithyRpcV2CborProtocol } = (await import(fromClient.resolve("@aws-sdk/core/protocols"))) as { AwsSmithyRpcV2CborProtocol: unknown };
    if (typeof AwsSmithyRpcV2CborProtocol !== "function") throw new Error("@aws-sdk/core/protocols exports no AwsSmithyRpcV2CborProtocol");
    return { protocol: AwsSmithyRpcV2CborProtocol };
  },
});

import { describe, expect, it } from "vitest";
import { readResponseCase } from "../../src/cases.js";
import { readVendorParams, UnsupportedVendorParams } from "../../src/vendor-params.js";

function vendorOf(vendorParamsShape: string | undefined, vendorParams: Record<string, unknown> | undefined) {
  const node = { id: "Case", protocol: "aws.protocols#awsJson1_0", code: 200, ...(vendorParams ? { vendorParams } : {}), ...(vendorParamsShape ? { vendorParamsShape } : {}) };
  return readVendorParams(readResponseCase(node as never, "Case"));
}

describe("readVendorParams", () => {
  it("reads nothing from a case without vendorParams", () => {
    expect(vendorOf(undefined, undefined)).toEqual({ kind: "none" });
  });

  it("reads the error code and type of ErrorCodeParams", () => {
    expect(vendorOf("aws.protocoltests.config#ErrorCodeParams", { code: "Customized", type: "Sender" })).toEqual({ kind: "error-code", code: "Customized", type: "Sender" });
    expect(vendorOf("aws.protocoltests.config#ErrorCodeParams", { code: "Plain" })).toEqual({ kind: "error-code", code: "Plain" });
  });

  it("turns an AwsConfig into client options, the client scope winning over the environment", () => {
    const vendor = vendorOf("aws.protocoltests.config#AwsConfig", {
      scopedConfig: {
        environment: { AWS_DEFAULT_REGION: "eu-west-1", AWS_ACCESS_KEY_ID: "env-key", AWS_SECRET_ACCESS_KEY: "env-secret" },
        client: { region: "ap-south-1", retry_config: { max_attempts: 4, mode: "adaptive" } },
      },
    });
    expect(vendor).toEqual({
      kind: "client-config",
      config: { region: "ap-south-1", retryMode: "adaptive", maxAttempts: 4, credentials: { accessKeyId: "env-key", secretAccessKey: "env-secret" } },
    });
  });

  it("sets the signing clock from clockTime", () => {
    const vendor = vendorOf("aws.protocoltests.config#AwsConfig", { clockTime: 0 });
    if (vendor.kind !== "client-config") throw new Error(`expected client options, got ${vendor.kind}`);
    const offset = vendor.config.systemClockOffset as number;
    expect(Math.abs(offset + Date.now())).toBeLessThan(60_000);
  });

  it("refuses settings it cannot honour, naming them", () => {
    expect(() => vendorOf("aws.protocoltests.config#AwsConfig", { scopedConfig: { configFile: {}, client: { s3: {} } } })).toThrow(
      new UnsupportedVendorParams("Case", "scopedConfig.configFile"),
    );
    expect(() => vendorOf("aws.protocoltests.config#AwsConfig", { scopedConfig: { client: { s3: {} } } })).toThrow(/scopedConfig\.client\.s3 are not supported/);
    expect(() => vendorOf("example#Other", { x: 1 })).toThrow("Case: vendorParams of shape example#Other are not supported by the protocol test harness");
  });
});

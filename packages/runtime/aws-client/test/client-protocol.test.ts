import { describe, expect, it } from "vitest";
import { ClientConfigurationError, resolveClientProtocol } from "../src/index.js";

const PROTOCOLS = ["awsJson1_0", "rpcv2Cbor"] as const;

describe("resolveClientProtocol", () => {
  it("gives the first declared protocol when the option is not set", () => {
    expect(resolveClientProtocol("CloudWatchClient", undefined, PROTOCOLS)).toBe("awsJson1_0");
  });

  it("gives the protocol asked for when the service declares it", () => {
    expect(resolveClientProtocol("CloudWatchClient", "rpcv2Cbor", PROTOCOLS)).toBe("rpcv2Cbor");
    expect(resolveClientProtocol("CloudWatchClient", "awsJson1_0", PROTOCOLS)).toBe("awsJson1_0");
  });

  it.each([["awsQuery"], ["RPCV2CBOR"], [""], [null], [1]])("refuses %j, naming the client, the option and the protocols it speaks", (value) => {
    let thrown: unknown;
    try {
      resolveClientProtocol("CloudWatchClient", value, PROTOCOLS);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ClientConfigurationError);
    const error = thrown as ClientConfigurationError;
    expect(error.client).toBe("CloudWatchClient");
    expect(error.option).toBe("protocol");
    expect(error.message).toMatch(/^CloudWatchClient: protocol must be "awsJson1_0" or "rpcv2Cbor" \(the protocols the service declares\), not /);
    expect(error.message).toContain(typeof value === "string" ? JSON.stringify(value) : String(value));
  });
});

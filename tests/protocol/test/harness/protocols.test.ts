import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { clientCases, servicesOf } from "../../src/cases.js";
import { loadSuite, suiteFiles } from "../../src/load-suite.js";
import { SHARED_SMITHY_DIR, WORKSPACE_DIR } from "../../src/paths.js";
import { hasSide, parseSuiteName, PROTOCOL_NAMES, PROTOCOLS, suiteName } from "../../src/protocols.js";

describe("the protocol table", () => {
  it("loads every suite from shared/ beside the repository, each file there", () => {
    const repository = resolve(WORKSPACE_DIR, "../..");
    expect(relative(repository, SHARED_SMITHY_DIR)).toBe(join("..", "shared", "smithy"));
    for (const protocol of PROTOCOL_NAMES) {
      for (const file of suiteFiles(protocol)) {
        expect(file.startsWith(`${SHARED_SMITHY_DIR}/`), file).toBe(true);
        expect(existsSync(file), `${file} of ${protocol}`).toBe(true);
      }
    }
  });

  it("names each protocol's suites and test file after it", () => {
    for (const protocol of PROTOCOL_NAMES) {
      expect(PROTOCOLS[protocol].name).toBe(protocol);
      expect(PROTOCOLS[protocol].sides).toContain("client");
      for (const side of PROTOCOLS[protocol].sides) expect(parseSuiteName(suiteName(protocol, side))).toEqual({ protocol, side });
    }
    expect(new Set(PROTOCOL_NAMES.map((protocol) => PROTOCOLS[protocol].testFile)).size).toBe(PROTOCOL_NAMES.length);
    expect(parseSuiteName("restJson1")).toBeUndefined();
  });

  it("runs rpcv2Cbor on the client side only: smithy-gen has no rpcv2Cbor server", () => {
    expect(hasSide("rpcv2Cbor", "server")).toBe(false);
    expect(hasSide("awsJson1_0", "server")).toBe(true);
  });

  it("finds the rpcv2Cbor services of Smithy's suite (smithy.*) and of the AWS one, and their client cases only", () => {
    const { model, warnings } = loadSuite("rpcv2Cbor");
    expect(warnings).toEqual([]);
    expect(servicesOf(model, "rpcv2Cbor").map((service) => service.id)).toEqual([
      "aws.protocoltests.rpcv2cbor#NonQueryCompatibleRpcV2Protocol",
      "aws.protocoltests.rpcv2cbor#QueryCompatibleRpcV2Protocol",
      "smithy.protocoltests.rpcv2Cbor#RpcV2Protocol",
    ]);
    const cases = clientCases(model, "rpcv2Cbor");
    expect(cases.length).toBeGreaterThan(70);
    expect(cases.filter((c) => c.test.appliesTo === "server")).toEqual([]);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(["request", "response", "error"]));
  });
});

import { describe, expect, it } from "vitest";
import { summaryLines } from "../../src/summary.js";

// The line CI's counter (.ci/count-tests.mjs) sums.
const COUNTED = /^(?:[\w.-]+: )?(\d+) passed, (\d+) failed(?:, \d+ skipped)?$/;

describe("summaryLines", () => {
  it("ends with exactly one counted line per protocol and side it has", () => {
    const lines = summaryLines(
      [
        { protocol: "awsJson1_0", name: "A:Request", state: "passed" },
        { protocol: "awsJson1_0", name: "B:Response", state: "failed", detail: "body: expected 1, got 2" },
        { protocol: "awsJson1_1", name: "C:Error", state: "skipped", detail: "known failure: serde drops defaults" },
        { protocol: "awsJson1_1", name: "D:Request", state: "passed" },
        { protocol: "awsJson1_1", side: "server", name: "D:Request", state: "passed" },
        { protocol: "awsJson1_1", side: "server", name: "E:Response", state: "failed", detail: "status: expected 200, got 400" },
        { protocol: "rpcv2Cbor", name: "F:Request", state: "passed" },
        { protocol: "rpcv2Cbor", name: "G:Response", state: "failed", detail: "$.value: expected 1.5, got 2" },
      ],
      [],
    );
    expect(lines).toEqual([
      "FAIL awsJson1_0 B:Response",
      "    body: expected 1, got 2",
      "FAIL awsJson1_1-server E:Response",
      "    status: expected 200, got 400",
      "FAIL rpcv2Cbor G:Response",
      "    $.value: expected 1.5, got 2",
      "SKIP awsJson1_1 C:Error: known failure: serde drops defaults",
      "",
      "awsJson1_0: 1 passed, 1 failed, 0 skipped",
      "awsJson1_0-server: 0 passed, 0 failed, 0 skipped",
      "awsJson1_1: 1 passed, 0 failed, 1 skipped",
      "awsJson1_1-server: 1 passed, 1 failed, 0 skipped",
      "rpcv2Cbor: 1 passed, 1 failed, 0 skipped",
    ]);
    expect(lines.filter((line) => COUNTED.test(line))).toEqual(lines.slice(-5));
  });

  it("gives a protocol without a server side no server line, unless a server case was reported", () => {
    expect(summaryLines([], []).filter((line) => line.startsWith("rpcv2Cbor"))).toEqual(["rpcv2Cbor: 0 passed, 0 failed, 0 skipped"]);
    const lines = summaryLines([{ protocol: "rpcv2Cbor", side: "server", name: "H:Request", state: "failed", detail: "no server" }], []);
    expect(lines.slice(-2)).toEqual(["rpcv2Cbor: 0 passed, 0 failed, 0 skipped", "rpcv2Cbor-server: 0 passed, 1 failed, 0 skipped"]);
  });

  it("counts a suite that did not run as a failure", () => {
    const lines = summaryLines([], [{ protocol: "awsJson1_1", message: "ModelError: x.smithy:1:1: bad" }]);
    expect(lines.slice(-5)).toEqual([
      "awsJson1_0: 0 passed, 0 failed, 0 skipped",
      "awsJson1_0-server: 0 passed, 0 failed, 0 skipped",
      "awsJson1_1: 0 passed, 1 failed, 0 skipped",
      "awsJson1_1-server: 0 passed, 0 failed, 0 skipped",
      "rpcv2Cbor: 0 passed, 0 failed, 0 skipped",
    ]);
    expect(lines[0]).toBe("FAIL awsJson1_1 (the suite did not run)");
  });
});

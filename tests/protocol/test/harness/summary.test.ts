import { describe, expect, it } from "vitest";
import { summaryLines } from "../../src/summary.js";

// The line CI's counter (.ci/count-tests.mjs) sums.
const COUNTED = /^(?:[\w.-]+: )?(\d+) passed, (\d+) failed(?:, \d+ skipped)?$/;

describe("summaryLines", () => {
  it("ends with exactly one counted line per protocol", () => {
    const lines = summaryLines(
      [
        { protocol: "awsJson1_0", name: "A:Request", state: "passed" },
        { protocol: "awsJson1_0", name: "B:Response", state: "failed", detail: "body: expected 1, got 2" },
        { protocol: "awsJson1_1", name: "C:Error", state: "skipped", detail: "known failure: serde drops defaults" },
        { protocol: "awsJson1_1", name: "D:Request", state: "passed" },
      ],
      [],
    );
    expect(lines).toEqual([
      "FAIL awsJson1_0 B:Response",
      "    body: expected 1, got 2",
      "SKIP awsJson1_1 C:Error: known failure: serde drops defaults",
      "",
      "awsJson1_0: 1 passed, 1 failed, 0 skipped",
      "awsJson1_1: 1 passed, 0 failed, 1 skipped",
    ]);
    expect(lines.filter((line) => COUNTED.test(line))).toEqual(lines.slice(-2));
  });

  it("counts a suite that did not run as a failure", () => {
    const lines = summaryLines([], [{ protocol: "awsJson1_1", message: "ModelError: x.smithy:1:1: bad" }]);
    expect(lines.slice(-2)).toEqual(["awsJson1_0: 0 passed, 0 failed, 0 skipped", "awsJson1_1: 0 passed, 1 failed, 0 skipped"]);
    expect(lines[0]).toBe("FAIL awsJson1_1 (the suite did not run)");
  });
});

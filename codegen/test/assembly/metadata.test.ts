import { describe, expect, it } from "vitest";
import { load, loadErrors } from "../support/load.js";

describe("metadata merging across files", () => {
  it("concatenates arrays, accepts equal values and keeps distinct keys", () => {
    const { model } = load({
      "a.smithy": 'metadata list = [1, 2]\nmetadata same = {a: "b"}\nmetadata onlyA = "x"\n',
      "b.smithy": 'metadata list = [3]\nmetadata same = {a: "b"}\n',
      "c.json": '{ "smithy": "2.0", "metadata": { "list": [4], "onlyC": true } }',
    });
    expect(model.metadata).toEqual({ list: [1, 2, 3, 4], same: { a: "b" }, onlyA: "x", onlyC: true });
  });

  it("rejects conflicting values, naming both places", () => {
    const [error, ...rest] = loadErrors({ "a.smithy": 'metadata k = "a"\n', "b.smithy": 'metadata k = "b"\n' });
    expect(rest).toEqual([]);
    expect(error!.location).toEqual({ file: "b.smithy", line: 1, column: 1 });
    expect(error!.message).toBe("Metadata conflict for key `k`. Defined in both `a.smithy:1:1` and `b.smithy:1:1`");
  });

  it("treats an array and a non-array under the same key as a conflict", () => {
    expect(loadErrors({ "a.smithy": "metadata k = [1]\n", "b.smithy": "metadata k = 1\n" })).toHaveLength(1);
  });
});

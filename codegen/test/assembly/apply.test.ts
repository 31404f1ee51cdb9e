import { describe, expect, it } from "vitest";
import { load, loadErrors, userShapes } from "../support/load.js";

const header = '$version: "2"\nnamespace ex\n';

describe("apply", () => {
  it("applies single traits and blocks, to shapes and members, from another file", () => {
    const result = load({
      "a.smithy": `${header}structure S { m: String }\n`,
      "b.smithy": `${header}apply S @deprecated\napply S$m {\n  @documentation("doc")\n  @since("1")\n}\n`,
    });
    expect(userShapes(result)["ex#S"]).toEqual({
      type: "structure",
      members: { m: { target: "smithy.api#String", traits: { "smithy.api#documentation": "doc", "smithy.api#since": "1" } } },
      traits: { "smithy.api#deprecated": {} },
    });
  });

  it("applies traits from JSON AST `apply` entries", () => {
    const result = load({
      "a.smithy": `${header}string S\n`,
      "b.json": '{"smithy": "2.0", "shapes": {"ex#S": {"type": "apply", "traits": {"smithy.api#sensitive": {}}}}}',
    });
    expect(userShapes(result)["ex#S"]).toEqual({ type: "string", traits: { "smithy.api#sensitive": {} } });
  });

  it("concatenates list values and ignores an equal value applied again", () => {
    const result = load({ "a.smithy": `${header}@tags(["a"])\n@documentation("d")\nstring S\napply S @tags(["b"])\napply S @documentation("d")\n` });
    expect(userShapes(result)["ex#S"]).toEqual({ type: "string", traits: { "smithy.api#tags": ["a", "b"], "smithy.api#documentation": "d" } });
  });

  it("rejects a conflicting value, including a doc comment against @documentation", () => {
    const [error] = loadErrors({ "a.smithy": `${header}/// one\nstring S\napply S @documentation("two")\n` });
    expect(error!.location).toEqual({ file: "a.smithy", line: 5, column: 9 });
    expect(error!.message).toMatch(/^Conflicting `smithy.api#documentation` trait found on shape `ex#S`/);
  });

  it("rejects traits applied to shapes or members that do not exist", () => {
    const errors = loadErrors({ "a.smithy": `${header}structure S {}\napply Nope @sensitive\napply S$nope @required\n` });
    expect(errors.map((e) => e.message)).toEqual([
      "Trait `smithy.api#sensitive` applied to unknown shape `ex#Nope`",
      "Trait `smithy.api#required` applied to unknown shape `ex#S$nope`",
    ]);
  });

  it("does not let a model change the prelude", () => {
    expect(loadErrors({ "a.smithy": `${header}apply String @sensitive\n` })[0]!.message).toBe(
      "Cannot apply `smithy.api#sensitive` to an immutable prelude shape defined in `smithy.api`.",
    );
  });
});

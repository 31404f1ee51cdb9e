import { describe, expect, it } from "vitest";
import { load, loadErrors, userShapes } from "../support/load.js";

const v2 = '$version: "2"\n';

describe("relative shape id resolution", () => {
  it("prefers a use statement, then the namespace (any file, forward references too), then the prelude", () => {
    const result = load({
      "a.smithy": `${v2}namespace ex\nuse other#Imported\nstructure S {\n  a: Imported\n  b: Later\n  c: Elsewhere\n  d: String\n  e: Integer\n}\nstring Later\n`,
      "b.smithy": `${v2}namespace ex\nstring Elsewhere\ninteger Integer\n`,
      "c.smithy": `${v2}namespace other\nstring Imported\n`,
    });
    const members = (userShapes(result)["ex#S"] as { members: Record<string, { target: string }> }).members;
    expect(Object.fromEntries(Object.entries(members).map(([k, v]) => [k, v.target]))).toEqual({
      a: "other#Imported",
      b: "ex#Later",
      c: "ex#Elsewhere",
      d: "smithy.api#String",
      e: "ex#Integer",
    });
  });

  it("resolves trait names and unquoted shape ids in trait values the same way", () => {
    const result = load({
      "a.smithy": `${v2}namespace ex\n@trait\nstructure deprecated {}\n@trait\nstring ref\n@deprecated\n@smithy.api#since("1")\n@ref(Target$member)\nstring S\nstructure Target { member: String }\n`,
    });
    expect(userShapes(result)["ex#S"]).toEqual({
      type: "string",
      traits: { "ex#deprecated": {}, "smithy.api#since": "1", "ex#ref": "ex#Target$member" },
    });
  });

  it("reports targets and unquoted ids that resolve to nothing", () => {
    const errors = loadErrors({ "a.smithy": `${v2}namespace ex\nstructure S { a: Missing }\napply S @documentation(nowhere)\n` });
    expect(errors.map((e) => [e.location?.line, e.location?.column, e.message])).toEqual([
      [3, 15, "ex#S$a: member targets `ex#Missing`, which is not defined in the model"],
      [
        4,
        24,
        "Syntactic shape ID `nowhere` does not resolve to a valid shape ID: `ex#nowhere`. Did you mean to quote this string? Are you missing a model file?",
      ],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load, loadErrors, userShapes } from "../support/load.js";
import { REFERENCE_TRAITS_DIR } from "../support/paths.js";

const v2 = '$version: "2"\nnamespace ex\n';

describe("shape definitions", () => {
  it("accepts a shape defined twice the same way", () => {
    const text = `${v2}@documentation("d")\nstructure S { @required a: String }\n`;
    const result = load({ "a.smithy": text, "b.smithy": text });
    expect(userShapes(result)["ex#S"]).toEqual({
      type: "structure",
      members: { a: { target: "smithy.api#String", traits: { "smithy.api#required": {} } } },
      traits: { "smithy.api#documentation": "d" },
    });
  });

  it("rejects a shape defined twice differently, naming both places", () => {
    const [error] = loadErrors({ "a.smithy": `${v2}string S\n`, "b.smithy": `${v2}integer S\n` });
    expect(error!.message).toBe("Conflicting shape definition for `ex#S` found at `a.smithy:3:1` and `b.smithy:3:1`");
    expect(error!.location).toEqual({ file: "b.smithy", line: 3, column: 1 });
  });

  it("lets the user's files redefine a bundled trait definition", () => {
    const sigv4 = readFileSync(join(REFERENCE_TRAITS_DIR, "aws.auth.smithy"), "utf8");
    const result = load({ "aws.auth.smithy": sigv4, "a.smithy": `${v2}@aws.auth#sigv4(name: "x")\nservice S {}\n` }, { strict: true });
    expect(result.warnings).toEqual([]);
    expect(result.bundledShapeIds.has("aws.auth#sigv4")).toBe(false);
    expect(result.bundledShapeIds.has("aws.api#service")).toBe(true);
    expect(userShapes(result)["aws.auth#sigv4"]).toBeDefined();
  });

  it("gives an operation without input or output `smithy.api#Unit`, written out like Smithy does", () => {
    const result = load({ "a.smithy": `${v2}operation A {}\noperation B { input: Unit }\n` });
    const shapes = userShapes(result);
    expect(shapes["ex#A"]).toEqual(shapes["ex#B"]);
    expect(shapes["ex#A"]).toEqual({ type: "operation", input: { target: "smithy.api#Unit" }, output: { target: "smithy.api#Unit" } });
    expect(result.model.expectShapeOfType("ex#B", "operation").input).toBeUndefined();
  });
});

describe("1.0 models", () => {
  it("get the 2.0 meaning of their zero values, as Smithy upgrades them", () => {
    const result = load({
      "a.smithy":
        "namespace ex\ninteger Count\n@box\ninteger Boxed\nstructure S {\n  a: Count\n  b: Boxed\n  c: PrimitiveBoolean\n  d: Integer\n  @box e: Count\n}\n",
    });
    const shapes = userShapes(result);
    expect(shapes["ex#Count"]).toEqual({ type: "integer", traits: { "smithy.api#default": 0 } });
    expect(shapes["ex#Boxed"]).toEqual({ type: "integer", traits: { "smithy.api#box": {} } });
    expect(shapes["ex#S"]).toEqual({
      type: "structure",
      members: {
        a: { target: "ex#Count", traits: { "smithy.api#default": 0 } },
        b: { target: "ex#Boxed" },
        c: { target: "smithy.api#PrimitiveBoolean", traits: { "smithy.api#default": false } },
        d: { target: "smithy.api#Integer" },
        e: { target: "ex#Count", traits: { "smithy.api#box": {}, "smithy.api#default": null } },
      },
    });
  });

  it("cannot use 2.0 traits, and 2.0 models cannot use @box", () => {
    expect(loadErrors({ "a.smithy": "namespace ex\n@default(1)\ninteger I\n" })[0]!.message).toBe("The @default trait can only be used in Smithy 2.0 or later");
    expect(loadErrors({ "a.smithy": `${v2}@box\ninteger I\n` })[0]!.message).toBe("@box is not supported in Smithy IDL 2.0");
  });
});

import { describe, expect, it } from "vitest";
import { load, loadErrors, userShapes } from "../support/load.js";

const model = { "a.smithy": '$version: "2"\nnamespace ex\n@unknownThing\n@other.ns#custom(1)\nstring S\n' };

describe("trait definitions", () => {
  it("warns about unknown traits by default and keeps their values", () => {
    const result = load(model);
    expect(result.warnings.map((w) => [w.severity, w.code, w.location?.line, w.message])).toEqual([
      ["warning", "UnknownTrait", 3, "Unable to resolve trait `ex#unknownThing`. If this is a custom trait, then it must be defined before it can be used in a model."],
      ["warning", "UnknownTrait", 4, "Unable to resolve trait `other.ns#custom`. If this is a custom trait, then it must be defined before it can be used in a model."],
    ]);
    expect(userShapes(result)["ex#S"]).toEqual({ type: "string", traits: { "ex#unknownThing": {}, "other.ns#custom": 1 } });
  });

  it("makes unknown traits errors in strict mode", () => {
    const errors = loadErrors(model, { strict: true });
    expect(errors.map((e) => [e.code, e.location?.line])).toEqual([
      ["UnknownTrait", 3],
      ["UnknownTrait", 4],
    ]);
  });

  it("rejects a trait whose shape is not marked @trait", () => {
    const [error] = loadErrors({ "a.smithy": 'namespace ex\nstructure notATrait {}\n@notATrait\nstring S\n' });
    expect(error!.message).toBe("Trait `ex#notATrait` applied to `ex#S` is not a trait: its shape is not marked with @trait");
  });

  it("gives an annotation trait the empty value of its shape: {} for structures, [] for lists", () => {
    const result = load({ "a.smithy": 'namespace ex\n@trait\nlist flags { member: String }\n@flags\n@sensitive\nstring S\n' });
    expect(userShapes(result)["ex#S"]).toEqual({ type: "string", traits: { "ex#flags": [], "smithy.api#sensitive": {} } });
  });

  it("covers the traits AWS models use (no warnings in strict mode)", () => {
    const result = load(
      {
        "a.smithy":
          '$version: "2"\nnamespace ex\nuse aws.api#service\nuse aws.auth#sigv4\nuse aws.protocols#awsJson1_1\nuse smithy.rules#endpointRuleSet\nuse smithy.waiters#waitable\n' +
          '@service(sdkId: "Ex")\n@sigv4(name: "ex")\n@awsJson1_1\n@endpointRuleSet({})\nservice Ex { operations: [Op] }\n' +
          '@waitable(Ready: { acceptors: [{ state: "success", matcher: { success: true } }] })\n@smithy.test#smokeTests([])\noperation Op {}\n',
      },
      { strict: true },
    );
    expect(result.warnings).toEqual([]);
  });
});

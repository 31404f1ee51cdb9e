import { describe, expect, it } from "vitest";
import { load, loadErrors } from "../support/load.js";

const v2 = '$version: "2"\nnamespace ex\n';
const messages = (text: string): string[] => loadErrors({ "a.smithy": v2 + text }).map((e) => e.message);

describe("validation", () => {
  it("checks what operations reference", () => {
    expect(messages("string Str\nstructure Plain {}\noperation Op { input: Str, errors: [Plain] }\n")).toEqual([
      "ex#Op: input must target a structure shape, but `ex#Str` is a string",
      "ex#Op: error `ex#Plain` must be a structure marked with the @error trait",
    ]);
  });

  it("checks what services and resources bind", () => {
    expect(messages("string Str\nservice Svc { operations: [Str], resources: [Missing] }\n")).toEqual([
      "ex#Svc: operation must target a operation shape, but `ex#Str` is a string",
      "ex#Svc: resource `ex#Missing` is not defined in the model",
    ]);
  });

  it("checks member targets", () => {
    expect(messages("operation Op {}\nstructure S { a: Op, b: Unit }\nmap M { key: Integer, value: String }\n")).toEqual([
      "ex#S$a: members cannot target operation shapes, but found `ex#Op`",
      "ex#S$b: only union members can target `smithy.api#Unit` (besides enum members and operation input and output)",
      "ex#M$key: map keys must target a string or enum shape, but `smithy.api#Integer` is a integer",
    ]);
  });

  it("checks default values against their targets", () => {
    expect(messages('enum E { A }\nlist L { member: String }\nstructure S {\n  a: Integer = "x"\n  b: E = "B"\n  c: L = ["x"]\n  d: Byte = 300\n  e: String = null\n  @addedDefault f: String\n}\n')).toEqual([
      'ex#S$a: invalid @default value "x": expected an integer',
      'ex#S$b: invalid @default value "B": expected one of the values of `ex#E`',
      'ex#S$c: invalid @default value ["x"]: a list can only default to an empty list',
      "ex#S$d: invalid @default value 300: expected a byte between -128 and 127",
      "ex#S$f: @addedDefault can only be used with @default",
    ]);
  });

  it("checks enum values", () => {
    expect(messages('enum E {\n A = "x"\n B = "x"\n}\nintEnum I {\n A = 1\n B\n}\n')).toEqual([
      'ex#E$B: the value "x" is already used by member `A`',
      "ex#I$B: intEnum members require integer values, but found: null",
    ]);
  });

  it("checks that members elided with `$` find their target", () => {
    expect(messages("structure S { $a }\n")).toEqual([
      "ex#S$a: Member target was elided, but no bound resource or mixin contained a matching identifier or member name.",
    ]);
    expect(messages("structure S for Nowhere { $a }\n")).toEqual([
      "ex#S: the resource `ex#Nowhere` named by `for` is not defined in the model",
      "ex#S$a: Member target was elided, but no bound resource or mixin contained a matching identifier or member name.",
    ]);
  });

  it("checks trait values against their definitions", () => {
    expect(
      messages(
        '@http(method: "GET")\noperation A {}\n@error("oops")\nstructure E {}\n@paginated(items: 1)\noperation B {}\n@tags("x")\nstring S\n@aws.api#service(sdkId: "X", unknownKey: 1)\nservice Svc {}\n',
      ),
    ).toEqual([
      "ex#A: invalid value for trait `smithy.api#http`: @smithy.api#http: missing required member `uri`",
      'ex#E: invalid value for trait `smithy.api#error`: @smithy.api#error: expected one of "client", "server", but found string "oops"',
      "ex#B: invalid value for trait `smithy.api#paginated`: @smithy.api#paginated.items: expected a string, but found number 1",
      'ex#S: invalid value for trait `smithy.api#tags`: @smithy.api#tags: expected an array, but found string "x"',
    ]);
  });

  it("checks trait values against the constraints of their definitions", () => {
    const definition = [
      "@trait",
      "structure limits {",
      "  @length(min: 2, max: 3) name: String",
      "  @range(min: 1, max: 5) count: Integer",
      '  @pattern("^[a-z]+$") slug: String',
      '  @idRef(failWhenMissing: true, selector: "operation") op: String',
      "  @idRef ref: String",
      "  tags: Tags",
      "  labels: Labels",
      "}",
      "@length(max: 1)",
      "list Tags { member: String }",
      "map Labels { key: Key, value: String }",
      '@pattern("^k")',
      "string Key",
      "operation Op {}",
    ].join("\n");
    const cases = [
      '@limits(name: "a") string A',
      "@limits(count: 9) string B",
      '@limits(slug: "X") string C',
      '@limits(op: "ex#A") string D',
      '@limits(op: "ex#Missing") string E',
      '@limits(tags: ["a", "b"]) string F',
      '@limits(labels: { x: "y" }) string G',
      '@limits(op: "Op") string H',
      '@limits(name: "ab", count: 5, slug: "ok", op: Op, ref: "ex#Op", tags: ["a"], labels: { k1: "v" }) string Valid',
    ].join("\n");
    expect(messages(`${definition}\n${cases}\n`)).toEqual([
      'ex#A: invalid value for trait `ex#limits`: @ex#limits.name: "a" has 1 character, less than the @length minimum 2',
      "ex#B: invalid value for trait `ex#limits`: @ex#limits.count: 9 is more than the @range maximum 5",
      'ex#C: invalid value for trait `ex#limits`: @ex#limits.slug: "X" does not match the @pattern "^[a-z]+$"',
      "ex#D: invalid value for trait `ex#limits`: @ex#limits.op: shape `ex#A` is a string, which does not match the selector `operation`",
      "ex#E: invalid value for trait `ex#limits`: @ex#limits.op: shape `ex#Missing` is not defined in the model",
      "ex#F: invalid value for trait `ex#limits`: @ex#limits.tags: the list has 2 elements, more than the @length maximum 1",
      'ex#G: invalid value for trait `ex#limits`: @ex#limits.labels key "x": "x" does not match the @pattern "^k"',
      'ex#H: invalid value for trait `ex#limits`: @ex#limits.op: "Op" is not an absolute shape id',
    ]);
  });

  it("warns about an @idRef to a missing shape without failWhenMissing", () => {
    const text = `${v2}@trait\nstructure refs { @idRef ref: String }\n@refs(ref: "ex#Nowhere")\nstring S\n`;
    expect(load({ "a.smithy": text }).warnings.map((w) => w.message)).toEqual([
      "ex#S: invalid value for trait `ex#refs`: @ex#refs.ref: shape `ex#Nowhere` is not defined in the model",
    ]);
  });

  it("reports mixin cycles", () => {
    expect(messages("@mixin\nstructure A with [B] {}\n@mixin\nstructure B with [A] {}\n")[0]).toMatch(/^Unable to resolve mixins; cycles detected/);
  });
});

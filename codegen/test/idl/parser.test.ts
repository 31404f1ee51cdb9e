import { describe, expect, it } from "vitest";
import type { IdlShape } from "../../src/idl/ast.js";
import { parseIdl } from "../../src/idl/parser.js";

const parse = (text: string) => parseIdl("test.smithy", text);
const shape = (text: string, id: string): IdlShape => {
  const found = parse(text).shapes.find((s) => s.id === id);
  if (!found) throw new Error(`no shape ${id}`);
  return found;
};
const errors = (text: string) => parse(text).diagnostics.filter((d) => d.severity === "error");

describe("IDL parser", () => {
  it("reads control statements: version, operation suffixes, unknown ones as warnings", () => {
    const file = parse('$version: "2"\n$operationInputSuffix: "Request"\n$foo: true\nnamespace a.b\noperation Op { input := {} }\n');
    expect(file.version).toBe("2.0");
    expect(file.shapes.map((s) => s.id)).toEqual(["a.b#OpRequest", "a.b#Op"]);
    expect(file.diagnostics).toEqual([
      { severity: "warning", code: "Model", message: "Unknown control statement `foo` with value `true`", location: { file: "test.smithy", line: 3, column: 7 } },
    ]);
  });

  it("assumes version 1.0 without a $version statement", () => {
    expect(parse("namespace a.b\nstring S\n").version).toBe("1.0");
  });

  it("attaches doc comments to the next shape or member, only when they come before its traits", () => {
    const s = shape(
      '$version: "2"\nnamespace a\n\n/// Doc\n/// lines\n@deprecated\n/// ignored\nstructure S {\n    /// Member doc\n    m: String\n}\n',
      "a#S",
    );
    expect(s.traits.map((t) => [t.name, t.value?.kind === "string" ? t.value.value : undefined])).toEqual([
      ["deprecated", undefined],
      ["smithy.api#documentation", "Doc\nlines"],
    ]);
    if (s.kind !== "aggregate") throw new Error("not an aggregate");
    expect(s.members[0]!.traits[0]!.value).toMatchObject({ kind: "string", value: "Member doc" });
  });

  it("turns `= value` into @default, enum assignments into @enumValue and `$m` into an elided member", () => {
    const struct = shape('$version: "2"\nnamespace a\nstructure S {\n  a: Integer = 1,\n  $b\n}\n', "a#S");
    if (struct.kind !== "aggregate") throw new Error("not an aggregate");
    expect(struct.members[0]!.traits).toMatchObject([{ name: "smithy.api#default", value: { kind: "number", value: 1 } }]);
    expect(struct.members[1]!.target).toBeUndefined();
    const enumShape = shape('$version: "2"\nnamespace a\nenum E { A = "x"\n B }\n', "a#E");
    if (enumShape.kind !== "aggregate") throw new Error("not an aggregate");
    expect(enumShape.members.map((m) => m.traits.map((t) => t.name))).toEqual([["smithy.api#enumValue"], []]);
  });

  it("reads structured trait values without braces and unquoted shape ids", () => {
    const s = shape('namespace a\n@paginated(inputToken: "t", items: Foo$bar)\nstring S\n', "a#S");
    expect(s.traits[0]!.value).toMatchObject({
      kind: "object",
      entries: [
        { key: "inputToken", value: { kind: "string", value: "t" } },
        { key: "items", value: { kind: "string", value: "Foo$bar", shapeId: true } },
      ],
    });
  });

  it("reports a syntax error at the offending token and carries on with the next statement", () => {
    const found = errors("namespace a\nstring A B\nstring C\nstructure D {\n  x: \n}\n");
    expect(found.map((d) => [d.location?.line, d.location?.column, d.message])).toEqual([
      [2, 10, "Expected a line break, but found IDENTIFIER('B')"],
      [5, 6, "Expected IDENTIFIER but found NEWLINE('\\n')"],
    ]);
  });

  it("rejects 2.0 features in 1.0 files", () => {
    expect(errors("namespace a\nstructure S with [M] {}\n")[0]!.message).toMatch(/^Mixins can only be used with Smithy version 2 or later/);
    expect(errors("namespace a\nstructure S { a: String = \"\" }\n")[0]!.message).toBe("@default assignment is only supported in IDL version 2 or later");
  });

  it("rejects conflicting use statements and shapes named like an imported one", () => {
    expect(errors("namespace a\nuse b#X\nuse c#X\n")[0]!.message).toBe("Cannot use name `c#X` because it conflicts with `b#X`");
    expect(errors("namespace a\nuse b#X\nstring X\n")[0]!.message).toBe("Shape name `X` conflicts with imported shape `b#X`");
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { astCommand } from "../../src/cli/commands/ast.js";
import { idlCommand } from "../../src/cli/commands/idl.js";
import { createDiffCommand } from "../../src/cli/commands/diff.js";
import { modelToIdl } from "../../src/idl-writer/index.js";
import { kebab } from "../../src/idl-writer/service-layout.js";
import { quoteString, textBlock } from "../../src/idl-writer/strings.js";
import { TARGETS } from "../../src/targets/index.js";
import { runCommand } from "../diff/support/cli.js";
import { load } from "../support/load.js";

const write = (files: Record<string, string>, options = {}) => {
  const result = load(files);
  return modelToIdl(result.model, { shapeFilter: (id) => !result.bundledShapeIds.has(id), ...options });
};

const MODEL = `$version: "2.0"
namespace com.example

use aws.api#service

/// The service.
@service(sdkId: "Example")
service Example {
    version: "2024-01-01"
    operations: [GetThing]
}

operation GetThing {
    input: GetThingInput
    output: GetThingOutput
    errors: [NotFound]
}

@input
structure GetThingInput {
    @required
    id: smithy.api#String

    limit: Integer = 10
}

@output
structure GetThingOutput with [Common] {
    colour: Colour = "red"
}

@mixin
structure Common {
    /// Line one.
    ///   indented "quoted"
    note: smithy.api#String
}

apply GetThingOutput$note @since("1.1")

enum Colour {
    RED = "red"
    GREEN = "green"
}

@error("client")
structure NotFound {
    message: smithy.api#String
}

structure String {}
`;

describe("IDL writer", () => {
  it("writes a small model as readable IDL, exactly", () => {
    const [file, ...others] = write({ "a.smithy": MODEL });
    expect(others).toEqual([]);
    expect(file!.path).toBe("com.example.smithy");
    expect(file!.text).toBe(`$version: "2.0"

namespace com.example

use aws.api#service

/// The service.
@service(sdkId: "Example")
service Example {
    version: "2024-01-01"
    operations: [GetThing]
}

operation GetThing {
    input: GetThingInput
    output: GetThingOutput
    errors: [NotFound]
}

enum Colour {
    RED = "red"
    GREEN = "green"
}

@mixin
structure Common {
    /// Line one.
    ///   indented "quoted"
    note: smithy.api#String
}

@input
structure GetThingInput {
    @required
    id: smithy.api#String

    limit: Integer = 10
}

@output
structure GetThingOutput with [Common] {
    colour: Colour = "red"
}

apply GetThingOutput$note @since("1.1")

@error("client")
structure NotFound {
    message: smithy.api#String
}

structure String {}
`);
  });

  it("writes multi-line strings as text blocks and keeps what they cannot say as escapes", () => {
    expect(textBlock("a\nb", "    ")).toBe('"""\n    a\n    b"""');
    expect(textBlock("a\n", "    ")).toBe('"""\n    a\n    """');
    expect(textBlock('say """hi"""\n  x \n', "  ")).toBe('"""\n  say \\"\\""hi\\"\\""\n    x\\u0020\n  """');
    expect(textBlock("  a\n  b", "  ")).toBe('"""\n  \\u0020 a\n    b"""');
    expect(textBlock("one line", "  ")).toBeUndefined();
    expect(quoteString('a"b\\c\n\u0001\uD800')).toBe('"a\\"b\\\\c\\n\\u0001\\uD800"');
    const [file] = write({
      "a.json": JSON.stringify({
        smithy: "2.0",
        shapes: { "com.example#A": { type: "string", traits: { "smithy.api#documentation": "tab\there\r\nCRLF", "smithy.api#pattern": "^a\nb$" } } },
      }),
    });
    // a carriage return cannot be in a doc comment: the documentation is a trait, here a text block
    expect(file!.text).toContain('@documentation("""\n    tab\there\\r\n    CRLF""")\n@pattern("""\n    ^a\n    b$""")\nstring A\n');
  });

  it("names operation files in kebab case", () => {
    expect(kebab("GetExportSnapshotRecords")).toBe("get-export-snapshot-records");
    expect(kebab("ListTagsForARN")).toBe("list-tags-for-arn");
    expect(kebab("DescribeDBInstances")).toBe("describe-db-instances");
  });

  it("lays a service out for review: service, endpoints, operations with their input and output, errors, shapes", () => {
    const files = write({ "a.smithy": MODEL }, { layout: "service" });
    expect(files.map((f) => f.path)).toEqual(["errors.smithy", "operations/get-thing.smithy", "service.smithy", "shapes.smithy"]);
    const byPath = Object.fromEntries(files.map((f) => [f.path, f.text]));
    expect(byPath["operations/get-thing.smithy"]).toContain("operation GetThing {");
    expect(byPath["operations/get-thing.smithy"]).toContain("structure GetThingInput {");
    expect(byPath["operations/get-thing.smithy"]).toContain("apply GetThingOutput$note @since(\"1.1\")");
    expect(byPath["errors.smithy"]).toContain("structure NotFound {");
    expect(byPath["shapes.smithy"]).toContain("enum Colour {");
    const reloaded = load(Object.fromEntries(files.map((f) => [f.path, f.text])));
    expect(reloaded.model.getShape("com.example#GetThingOutput")).toBeDefined();
  });

  it("keeps integers beyond 2^53 exact", () => {
    const [file] = write({
      "a.json": `{"smithy": "2.0", "shapes": {"com.example#Big": {"type": "long", "traits": {"smithy.api#range": {"min": -9223372036854775808, "max": 9223372036854775807}}}}}`,
    });
    expect(file!.text).toContain("@range(min: -9223372036854775808, max: 9223372036854775807)\nlong Big\n");
  });
});

describe("smithy-gen idl", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "smithy-gen-idl-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("prints a one-namespace model on stdout, and writes files with --out", async () => {
    writeFileSync(join(dir, "a.smithy"), MODEL);
    const printed = await runCommand(idlCommand, [join(dir, "a.smithy")]);
    expect(printed.stderr).toBe("");
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain("service Example {");
    const written = await runCommand(idlCommand, ["--layout", "service", "--out", join(dir, "out"), join(dir, "a.smithy")]);
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/^Wrote 4 files \(\d+ bytes\) into .*out\/\.\n$/);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["errors.smithy", "operations", "service.smithy", "shapes.smithy"]);
  });

  it("reports a bad model with file:line:col, exit code 1", async () => {
    writeFileSync(join(dir, "bad.smithy"), '$version: "2.0"\nnamespace com.example\nstructure A {\n  a: Nope\n}\n');
    const run = await runCommand(idlCommand, [join(dir, "bad.smithy")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.smithy:4:\d+: /);
  });

  it("refuses an unknown layout and a service layout without a service (exit code 2)", async () => {
    writeFileSync(join(dir, "a.smithy"), '$version: "2.0"\nnamespace com.example\nstring A\n');
    expect((await runCommand(idlCommand, ["--layout", "nope", join(dir, "a.smithy")])).code).toBe(2);
    const run = await runCommand(idlCommand, ["--layout", "service", join(dir, "a.smithy")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--layout service needs one service; the model has 0");
  });

  it("keeps big integers exact from IDL and JSON AST through ast, idl and diff", async () => {
    const idl = (max: string) => `$version: "2.0"
namespace com.example
use aws.protocols#awsJson1_1
@awsJson1_1
service S { version: "1", operations: [Op] }
operation Op { input: OpInput }
structure OpInput { big: Big }
@range(min: -9223372036854775808, max: ${max})
long Big
`;
    writeFileSync(join(dir, "old.smithy"), idl("9223372036854775806"));
    writeFileSync(join(dir, "new.smithy"), idl("9223372036854775807"));
    // IDL -> JSON AST (ast) -> IDL (idl): the values stay exact
    const ast = await runCommand(astCommand, [join(dir, "new.smithy")]);
    expect(ast.stdout).toContain('"max": 9223372036854775807,\n          "min": -9223372036854775808');
    writeFileSync(join(dir, "new.json"), ast.stdout);
    const written = await runCommand(idlCommand, [join(dir, "new.json")]);
    // (the JSON AST that ast prints has its keys sorted)
    expect(written.stdout).toContain("@range(max: 9223372036854775807, min: -9223372036854775808)\nlong Big\n");
    writeFileSync(join(dir, "written.smithy"), written.stdout);
    const diff = createDiffCommand({ targets: TARGETS });
    const expected = '@range changed from {"max":9223372036854775806,"min":-9223372036854775808} to {"max":9223372036854775807,"min":-9223372036854775808}';
    for (const side of ["new.smithy", "new.json", "written.smithy"]) {
      const run = await runCommand(diff, [join(dir, "old.smithy"), join(dir, side)]);
      expect(run.stdout, side).toContain(expected);
    }
    expect((await runCommand(diff, [join(dir, "new.json"), join(dir, "written.smithy")])).stdout).toContain("no changes");
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { docExamples, markdownBlocks, tsdocBlocks } from "../../src/core/doc-examples.js";
import { createSymbolProvider } from "../../src/core/symbols.js";
import type { TargetContext } from "../../src/core/target.js";
import { createServiceIndex, selectService } from "../../src/knowledge/service-index.js";
import type { Model } from "../../src/model/model.js";
import { printExample } from "../../src/targets/examples/example-literal.js";
import { chooseExampleOperation } from "../../src/targets/examples/example-operation.js";
import { exampleString, fitLength } from "../../src/targets/examples/example-string.js";
import { exampleValue } from "../../src/targets/examples/example-value.js";
import { ecmaPattern } from "../../src/targets/types/patterns.js";
import { AWS_MODELS_DIR } from "../support/paths.js";
import { loadIdl, unitModel } from "./types-support.js";

/** The example input of `example.unit#Run`, printed on one line where it fits. */
function runInput(shapes: string): string {
  const model = loadIdl(unitModel(shapes, { input: "RunInput" }));
  return printExample(exampleValue(model, "example.unit#RunInput")).text;
}

function contextOf(model: Model): TargetContext {
  const index = createServiceIndex(model, selectService(model));
  return { model, index, symbols: createSymbolProvider(index), note: () => undefined };
}

describe("example strings", () => {
  it("are `example` when nothing constrains them, fitted to @length", () => {
    expect(exampleString({})).toEqual({ value: "example", satisfied: true });
    expect(exampleString({ length: { min: 10, max: 20 } }).value).toBe("exampleexa");
    expect(exampleString({ length: { max: 3 } }).value).toBe("exa");
    expect(fitLength("example", { min: 0, max: 0 })).toBe("");
  });

  it("match @pattern with readable text: example words, 12-digit account ids, literal parts kept", () => {
    expect(exampleString({ pattern: "^[a-z]+$" }).value).toBe("example");
    expect(exampleString({ pattern: "^[A-Z]{3,10}$" }).value).toBe("EXAMPLE");
    expect(exampleString({ pattern: "^arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@-]+$" }).value).toBe("arn:aws:iam::123456789012:role/example");
    expect(exampleString({ pattern: "^sg-[0-9a-f]{8}$" }).value).toBe("sg-e2a456ee");
    expect(exampleString({ pattern: "^(DEFAULT|CUSTOM)$" }).value).toBe("DEFAULT");
    // Case-insensitive Java flags, lookarounds (checked, not generated from) and \p{...}.
    expect(exampleString({ pattern: "^(?i)yes|no$" }).value).toBe("yes");
    expect(exampleString({ pattern: "^(?!aws:)[\\p{L}\\p{N}:]+$" }).value).toBe("example");
  });

  it("meet a minimum length the pattern's quantifiers must add up to", () => {
    const { value, satisfied } = exampleString({ pattern: "^[0-9]+$", length: { min: 20, max: 30 } });
    expect(satisfied).toBe(true);
    expect(value).toMatch(/^[0-9]{20,30}$/);
  });

  it("say when no candidate satisfies the constraints, and are still strings", () => {
    // 36 characters by the pattern, 32 by @length: App Runner's kind of model.
    expect(exampleString({ pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", length: { min: 32, max: 32 } })).toEqual({
      value: "exampleexampleexampleexampleexam",
      satisfied: false,
    });
  });

  // Reads the 153 models: seconds, more on a busy machine.
  it("satisfy nearly every @pattern and @length of the official AWS models, deterministically", { timeout: 60_000 }, () => {
    const pairs = new Map<string, { pattern: string; length?: { min?: number; max?: number } }>();
    for (const name of readdirSync(AWS_MODELS_DIR).filter((file) => file.endsWith(".json")).sort()) {
      const shapes = JSON.parse(readFileSync(join(AWS_MODELS_DIR, name), "utf8")).shapes as Record<string, { traits?: Record<string, unknown> }>;
      for (const shape of Object.values(shapes)) {
        const pattern = shape.traits?.["smithy.api#pattern"];
        const length = shape.traits?.["smithy.api#length"] as { min?: number; max?: number } | undefined;
        if (typeof pattern === "string") pairs.set(JSON.stringify([pattern, length]), { pattern, ...(length ? { length } : {}) });
      }
    }
    let satisfied = 0;
    for (const constraints of pairs.values()) {
      const example = exampleString(constraints);
      expect(exampleString(constraints)).toEqual(example);
      if (!example.satisfied) continue;
      satisfied++;
      // Checked here independently of the builder's own check.
      const pattern = ecmaPattern(constraints.pattern)!;
      expect(new RegExp(pattern.source, pattern.flags).test(example.value), `${constraints.pattern} ${example.value}`).toBe(true);
      const length = [...example.value].length;
      expect(length).toBeGreaterThanOrEqual(constraints.length?.min ?? 0);
      expect(length).toBeLessThanOrEqual(constraints.length?.max ?? Infinity);
    }
    // 2,301 of 2,314 when written; the rest are Java-only syntax, patterns @length contradicts and password rules.
    expect(satisfied / pairs.size).toBeGreaterThan(0.99);
  });
});

describe("example values", () => {
  it("set exactly the members the generated type requires: @required without @clientOptional", () => {
    expect(
      runInput(`
structure RunInput {
    @required
    name: String
    optional: String
    @required
    @clientOptional
    clientOptional: String
    @required
    @default(0)
    defaulted: Integer
}`),
    ).toBe('{ name: "example", defaulted: 1 }');
  });

  it("fill nested structures, one union member, @length items and entries, enum and intEnum values", () => {
    expect(
      runInput(`
structure RunInput {
    @required
    nested: Nested
    @required
    choice: Choice
    @required
    items: Items
    @required
    entries: Entries
    @required
    level: Level
}
structure Nested {
    @required
    colour: Colour
    other: String
}
union Choice {
    first: Nested
    second: String
}
@length(min: 2)
list Items {
    member: String
}
@length(min: 2, max: 5)
map Entries {
    key: Key
    value: Integer
}
@pattern("^[a-z]+$")
string Key
enum Colour {
    RED = "red"
    GREEN = "green"
}
intEnum Level {
    HIGH = 3
    LOW = 1
}`),
    ).toBe(
      [
        "{",
        '  nested: { colour: "red" },',
        '  choice: { first: { colour: "red" } },',
        '  items: ["example", "example"],',
        "  entries: { example: 1, examplea: 1 },",
        "  level: 3,",
        "}",
      ].join("\n"),
    );
  });

  it("respect @range, with the member's constraints over the target's", () => {
    expect(
      runInput(`
structure RunInput {
    @required
    small: Small
    @required
    @range(min: -5, max: -2)
    negative: Small
    @required
    ratio: Ratio
    @required
    big: Big
    @required
    @length(min: 3)
    @pattern("^[0-9]+$")
    digits: String
}
@range(min: 5, max: 10)
integer Small
@range(min: 0.1, max: 0.5)
float Ratio
@range(min: -100, max: -10)
bigInteger Big`),
    ).toBe('{ small: 5, negative: -2, ratio: 0.5, big: -10n, digits: "1234567" }');
  });

  it("print timestamps, blobs, documents, bigDecimals (with their import) and renamed members", () => {
    const model = loadIdl(
      unitModel(
        `
structure RunInput {
    @required
    at: Timestamp
    @required
    bytes: Bytes
    @required
    document: Document
    @required
    decimal: BigDecimal
    @required
    constructor: Boolean
    @required
    __proto__: String
}
@length(max: 4)
blob Bytes`,
        { input: "RunInput" },
      ),
    );
    const printed = printExample(exampleValue(model, "example.unit#RunInput"));
    expect(printed.text).toBe(
      [
        "{",
        '  at: new Date("2024-01-01T00:00:00.000Z"),',
        '  bytes: new TextEncoder().encode("exam"),',
        "  document: {},",
        '  decimal: new NumericValue("1", "bigDecimal"),',
        "  constructor_: true,",
        '  ["__proto__"]: "example",',
        "}",
      ].join("\n"),
    );
    expect(printed.imports).toEqual([{ name: "NumericValue", from: "@smithy/core/serde" }]);
  });

  it("end on recursive shapes: a collection stays empty, a union takes a member that ends", () => {
    expect(
      runInput(`
structure RunInput {
    @required
    tree: Tree
    @required
    expression: Expression
}
structure Tree {
    @required
    children: Forest
}
@length(min: 1)
list Forest {
    member: Tree
}
union Expression {
    not: Expression
    and: Expressions
    literal: Boolean
}
list Expressions {
    member: Expression
}`),
    ).toBe("{ tree: { children: [] }, expression: { and: [] } }");
  });

  it("break lines that do not fit in 100 columns, one member or item per line, trailing commas", () => {
    const model = loadIdl(
      unitModel(
        `
structure RunInput {
    @required
    first: Long
    @required
    second: Long
    @required
    items: Items
}
@length(min: 45)
string Long
@length(min: 1)
list Items {
    member: Long
}`,
        { input: "RunInput" },
      ),
    );
    const long = `"${"example".repeat(7).slice(0, 45)}"`;
    expect(printExample(exampleValue(model, "example.unit#RunInput"), { column: 10, suffix: "));" }).text).toBe(
      ["{", `  first: ${long},`, `  second: ${long},`, `  items: [${long}],`, "}"].join("\n"),
    );
  });
});

describe("the operation a README shows", () => {
  const service = (operations: string): Model =>
    loadIdl(`$version: "2"
namespace example.pick
use aws.protocols#awsJson1_0
@awsJson1_0
service Pick {
    version: "2024-01-01"
    operations: [${operations}]
}
operation CreateThing {
    input := {}
}
@readonly
operation FetchThing {
    input := {
        @required
        id: String
    }
}
operation GetThing {
    input := {
        @required
        id: String
    }
}
operation ListThings {
    input := {
        @required
        id: String
    }
}
operation DescribeThings {
    input := {}
}
operation ListAll {
    input := {}
}
`);
  const pick = (operations: string): string | undefined => {
    const context = contextOf(service(operations));
    return chooseExampleOperation(context, context.index.operations)?.id;
  };

  it("is read-only, has the smallest input, prefers List, then Describe, then Get", () => {
    expect(pick("CreateThing, FetchThing, GetThing, ListThings, DescribeThings, ListAll")).toBe("example.pick#ListAll");
    expect(pick("CreateThing, FetchThing, GetThing, ListThings, DescribeThings")).toBe("example.pick#DescribeThings");
    expect(pick("CreateThing, FetchThing, GetThing, ListThings")).toBe("example.pick#ListThings");
    expect(pick("CreateThing, FetchThing, GetThing")).toBe("example.pick#GetThing");
    // @readonly counts as read-only whatever the name: the smaller non-read-only input does not win.
    expect(pick("CreateThing, FetchThing")).toBe("example.pick#FetchThing");
    expect(pick("CreateThing")).toBe("example.pick#CreateThing");
  });

  it("does not depend on the order it is offered the operations in", () => {
    const context = contextOf(service("CreateThing, FetchThing, GetThing, ListThings, DescribeThings, ListAll"));
    const reversed = [...context.index.operations].reverse();
    expect(chooseExampleOperation(context, reversed)?.id).toBe(chooseExampleOperation(context, context.index.operations)?.id);
  });
});

describe("documentation examples", () => {
  it("are the ```ts blocks of READMEs and of TSDoc comments, indentation kept", () => {
    expect(markdownBlocks("# x\n\n```ts\nconst a = 1;\n```\n\n```sh\nls\n```\n```ts\nconst b = 2;\n```\n")).toEqual(["const a = 1;\n", "const b = 2;\n"]);
    const source = [
      "/** One line. */",
      "/**",
      " * Sends it.",
      " *",
      " * @example",
      " * ```ts",
      " * const output = await send({",
      ' *   text: "*\\/",',
      " * });",
      " * ```",
      " */",
      "export class X {}",
    ].join("\n");
    expect(tsdocBlocks(source)).toEqual(['const output = await send({\n  text: "*\\/",\n});\n']);
  });

  it("are written as ES modules under examples/, one per block", () => {
    const files = [
      { path: "x-client/README.md", content: "```ts\na;\n```\n```ts\nb;\n```\n" },
      { path: "x-client/src/commands/run-command.ts", content: "/**\n * ```ts\n * c;\n * ```\n */\n" },
      { path: "x-client/package.json", content: "```ts\nnot markdown\n```\n" },
    ];
    expect(docExamples(files)).toEqual([
      { path: "examples/x-client/README.1.mts", from: "x-client/README.md", text: "a;\n" },
      { path: "examples/x-client/README.2.mts", from: "x-client/README.md", text: "b;\n" },
      { path: "examples/x-client/src/commands/run-command.1.mts", from: "x-client/src/commands/run-command.ts", text: "c;\n" },
    ]);
  });
});

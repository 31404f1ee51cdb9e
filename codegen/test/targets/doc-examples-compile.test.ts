import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadModel } from "../../src/assembly/load.js";
import { docExamples, type DocExample } from "../../src/core/doc-examples.js";
import { generateService, type GenerateResult } from "../../src/core/pipeline.js";
import { TARGETS } from "../../src/targets/index.js";
import { AWS_MODELS_DIR, REPO_ROOT } from "../support/paths.js";
import { loadIdl, removeDir, tempDir, typecheck, unitModel } from "./types-support.js";

/**
 * Compile: every ```ts block of the generated READMEs and of the commands' TSDoc, written as a
 * module of its own, type-checks strictly against the generated packages (their sources, through
 * `paths`, as the conformance sweep does). Three models, one tsc program: the naming obstacle
 * course, a model whose operation requires a member of every kind, and DynamoDB.
 */

const OBSTACLE_COURSE = join(REPO_ROOT, "codegen/test/fixtures/obstacle-course.smithy");
const DYNAMODB = join(AWS_MODELS_DIR, "dynamodb-2012-08-10.json");

/** An operation whose input requires a value of every kind the example builder knows. */
const EVERY_KIND = unitModel(
  `
structure RunInput {
    @required
    name: Name
    @required
    count: Count
    @required
    ratio: Ratio
    @required
    big: Big
    @required
    decimal: BigDecimal
    @required
    flag: Boolean
    @required
    at: Timestamp
    @required
    bytes: Bytes
    @required
    document: Document
    @required
    colour: Colour
    @required
    level: Level
    @required
    choice: Choice
    @required
    tags: Tags
    @required
    labels: Labels
    @required
    tree: Tree
    @required
    constructor: String
    @required
    __proto__: String
    @required
    @clientOptional
    optionalInTypes: String
    @required
    @default("x")
    defaulted: String
}

@pattern("^arn:aws:example:[a-z0-9-]+:\\\\d{12}:thing/[A-Za-z0-9]+$")
@length(min: 20, max: 100)
string Name

@range(min: 5, max: 10)
integer Count

@range(min: 0.1, max: 0.5)
double Ratio

@range(min: 3)
bigInteger Big

@length(min: 2, max: 4)
blob Bytes

enum Colour {
    RED = "red"
    GREEN = "green"
}

intEnum Level {
    LOW = 1
    HIGH = 2
}

union Choice {
    nothing: Unit
    text: String
}

@length(min: 2)
list Tags {
    member: Tag
}

structure Tag {
    @required
    key: String
}

@length(min: 2)
map Labels {
    key: LabelKey
    value: Colour
}

@pattern("^[a-z]+$")
string LabelKey

/// Recursive through a required list that must not be empty: the example must still end.
structure Tree {
    @required
    children: Forest
}

@length(min: 1)
list Forest {
    member: Tree
}
`,
  { input: "RunInput" },
);

/** Names of the generated packages (and their subpaths), mapped to their source files, for `paths`. */
function entryPoints(dir: string, result: GenerateResult): Record<string, string[]> {
  const paths: Record<string, string[]> = {};
  for (const pkg of result.packages) for (const [specifier, source] of Object.entries(pkg.sources)) paths[specifier] = [`./${dir}/${pkg.dir}/${source}`];
  return paths;
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe("generated documentation examples compile", () => {
  let root: string;
  const generated = new Map<string, { result: GenerateResult; examples: DocExample[] }>();

  beforeAll(() => {
    root = tempDir("doc-examples");
    const models = { "obstacle-course": loadModel([OBSTACLE_COURSE]).model, "every-kind": loadIdl(EVERY_KIND), dynamodb: loadModel([DYNAMODB]).model };
    let paths: Record<string, string[]> = {};
    for (const [name, model] of Object.entries(models)) {
      const result = generateService(model, TARGETS);
      for (const file of result.files) write(join(root, name), file.path, file.content);
      const examples = docExamples(result.files);
      for (const example of examples) write(join(root, name), example.path, example.text);
      generated.set(name, { result, examples });
      paths = { ...paths, ...entryPoints(name, result) };
    }
    // Proves that the program resolves the packages' real types: without them this line would not be an error.
    write(
      root,
      "canary/required-member.mts",
      [
        'import { BatchExecuteStatementCommand } from "@smithy-gen/dynamodb-client";',
        "",
        "// @ts-expect-error Statements is required",
        "new BatchExecuteStatementCommand({});",
        "",
      ].join("\n"),
    );
    const compilerOptions = {
      // As in each generated package's tsconfig.json.
      target: "ES2022",
      lib: ["ES2022", "DOM"],
      strict: true,
      noImplicitOverride: true,
      skipLibCheck: true,
      isolatedModules: true,
      forceConsistentCasingInFileNames: true,
      module: "NodeNext",
      moduleResolution: "NodeNext",
      types: ["node"],
      noEmit: true,
      paths,
    };
    write(root, "tsconfig.json", JSON.stringify({ compilerOptions, include: [...Object.keys(models).map((name) => `${name}/examples`), "canary"] }, null, 2));
  }, 120_000);
  afterAll(() => removeDir(root));

  it("finds the README blocks of every package and the example of every command", () => {
    for (const [name, { result, examples }] of generated) {
      const paginated = result.files.some((file) => file.path.endsWith("-paginator.ts"));
      for (const pkg of result.packages) {
        // A paginators package without paginators has nothing to show.
        const expected = pkg.role === "paginators" && !paginated ? 0 : 1;
        expect(examples.filter((example) => example.from === `${pkg.dir}/README.md`).length, `${name} ${pkg.dir}`).toBeGreaterThanOrEqual(expected);
      }
      const commands = result.files.filter((file) => /-client\/src\/commands\/.*-command\.ts$/.test(file.path)).map((file) => file.path);
      expect(commands.length).toBeGreaterThan(0);
      expect([...new Set(examples.filter((example) => commands.includes(example.from)).map((example) => example.from))]).toEqual(commands);
    }
  });

  it("fills the required members of the operation's input, recursively", () => {
    const dynamodb = generated.get("dynamodb")!.examples.find((example) => example.from.endsWith("/batch-execute-statement-command.ts"))!;
    expect(dynamodb.text).toContain('new BatchExecuteStatementCommand({\n  Statements: [{ Statement: "example" }],\n}));');
    const everyKind = generated.get("every-kind")!.examples.find((example) => example.from.endsWith("/run-command.ts"))!;
    expect(everyKind.text).toContain('name: "arn:aws:example:example:123456789012:thing/example",');
    expect(everyKind.text).toContain('import { NumericValue } from "@smithy/core/serde";');
    expect(everyKind.text).not.toContain("optionalInTypes");
  });

  it("type-checks every block strictly against the generated packages", () => {
    const { status, output } = typecheck(root);
    expect(output).toBe("");
    expect(status).toBe(0);
  }, 300_000);
});

import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/command.js";
import { createGenerateCommand, modelFiles, parseGenerateArguments } from "../../src/cli/commands/generate.js";
import { main } from "../../src/cli/main.js";
import { typesTarget } from "../../src/targets/types/index.js";
import { listFiles, REPO_ROOT } from "../support/paths.js";
import { removeDir, tempDir } from "../targets/types-support.js";

const OBSTACLE_COURSE = join(REPO_ROOT, "codegen/test/fixtures/obstacle-course.smithy");

function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}

const dirs: string[] = [];
/** A working directory with `model/` holding the obstacle course (and the clutter of a package). */
function project(): string {
  const dir = tempDir("generate-cli");
  dirs.push(dir);
  mkdirSync(join(dir, "model/node_modules/dep"), { recursive: true });
  copyFileSync(OBSTACLE_COURSE, join(dir, "model/obstacle-course.smithy"));
  writeFileSync(join(dir, "model/package.json"), '{ "name": "model", "private": true }\n');
  writeFileSync(join(dir, "model/tsconfig.json"), "{}\n");
  writeFileSync(join(dir, "model/node_modules/dep/broken.smithy"), "this is not smithy\n");
  return dir;
}

async function generate(cwd: string, args: string[] = []): Promise<{ code: number; out: string; err: string }> {
  const io = capture();
  const code = await main(["generate", ...args], io, [createGenerateCommand({ targets: [typesTarget], cwd })]);
  return { code, out: io.out, err: io.err };
}

function tree(root: string): Map<string, string> {
  return new Map(listFiles(root).map((path) => [relative(root, path), readFileSync(path, "utf8")]));
}

afterAll(() => dirs.forEach(removeDir));

describe("smithy-gen generate", () => {
  it("reads model/ and writes packages/ by default, with one summary line per package", async () => {
    const cwd = project();
    const { code, out, err } = await generate(cwd);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toMatch(/^@smithy-gen\/obstacle-course-types {2}packages\/obstacle-course-types {2}\d+ files: \d+ written, 0 unchanged, 0 removed\n$/);
    expect(existsSync(join(cwd, "packages/obstacle-course-types/src/models/object.ts"))).toBe(true);
    expect(JSON.parse(readFileSync(join(cwd, "packages/obstacle-course-types/package.json"), "utf8")).version).toBe("0.1.0");
  });

  it("gives the same bytes when generating twice, and writes nothing the second time", async () => {
    const [first, second] = [project(), project()];
    expect((await generate(first)).code).toBe(0);
    expect((await generate(second)).code).toBe(0);
    expect(tree(join(second, "packages"))).toEqual(tree(join(first, "packages")));
    const again = await generate(first);
    expect(again.out).toMatch(/ 0 written, \d+ unchanged, 0 removed\n$/);
  });

  it("keeps each package's version and CHANGELOG.md, and removes files it no longer generates", async () => {
    const cwd = project();
    const pkg = join(cwd, "out/obstacle-course-types");
    mkdirSync(join(pkg, "src/models"), { recursive: true });
    writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "@acme/obstacle-course-types", version: "3.1.4" }));
    writeFileSync(join(pkg, "CHANGELOG.md"), "# changes\n");
    writeFileSync(join(pkg, "src/models/gone.ts"), "export {};\n");
    const { code, out } = await generate(cwd, ["--out", "out", "--scope", "@acme", "--model", "model/obstacle-course.smithy"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^@acme\/obstacle-course-types {2}out\/obstacle-course-types .* 1 removed\n$/);
    expect(JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"))).toMatchObject({ name: "@acme/obstacle-course-types", version: "3.1.4" });
    expect(readFileSync(join(pkg, "CHANGELOG.md"), "utf8")).toBe("# changes\n");
    expect(existsSync(join(pkg, "src/models/gone.ts"))).toBe(false);
  });

  it("exits 1 with located errors when the model is invalid", async () => {
    const cwd = project();
    writeFileSync(join(cwd, "model/broken.smithy"), '$version: "2"\nnamespace example.obstacle\nstructure Broken {\n    member: NoSuchShape\n}\n');
    const { code, out, err } = await generate(cwd);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toMatch(/model\/broken\.smithy:4:\d+: .*NoSuchShape/);
  });

  it("exits 1 naming the services when the model has several and --service is missing, and generates the one chosen", async () => {
    const cwd = project();
    writeFileSync(join(cwd, "model/other.smithy"), '$version: "2"\nnamespace example.other\nservice Other {}\n');
    const ambiguous = await generate(cwd);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.err).toMatch(/2 services \(example\.obstacle#ObstacleCourse, example\.other#Other\); choose one with --service/);
    const chosen = await generate(cwd, ["--service", "example.other#Other"]);
    expect(chosen.code).toBe(0);
    expect(chosen.out).toMatch(/^@smithy-gen\/other-types /);
  });

  it("names a --service the model lacks, and the services it has, without a made-up location", async () => {
    const cwd = project();
    const { code, err } = await generate(cwd, ["--service", "com.x#Y"]);
    expect(code).toBe(1);
    expect(err).toBe("smithy-gen generate: no service com.x#Y in the model; it has: example.obstacle#ObstacleCourse\n");
    const operation = await generate(cwd, ["--service", "example.obstacle#GetObject"]);
    expect(operation.err).toBe("smithy-gen generate: no service example.obstacle#GetObject in the model (it is an operation); it has: example.obstacle#ObstacleCourse\n");
  });

  it("exits 2 with the usage on bad usage: unknown options, malformed --service or --scope", async () => {
    const cwd = project();
    for (const [args, message] of [
      [["--modle", "x"], /Unknown option '--modle'/],
      [["--service", "Weather"], /--service expects an absolute shape id/],
      [["--scope", "acme"], /--scope expects an npm scope/],
      [["--out"], /--out/],
    ] as const) {
      const { code, err } = await generate(cwd, [...args]);
      expect(code).toBe(2);
      expect(err).toMatch(message);
      expect(err).toContain("usage: smithy-gen generate [--model <path>...]");
    }
  });

  it("prints its usage for --help", async () => {
    const { code, out } = await generate(project(), ["--help"]);
    expect(code).toBe(0);
    expect(out).toContain("usage: smithy-gen generate");
  });

  it("takes repeated --model options and paths after them", () => {
    expect(parseGenerateArguments(["--model", "a.smithy", "b.smithy", "--model=c.json"]).models).toEqual(["a.smithy", "c.json", "b.smithy"]);
    expect(parseGenerateArguments([])).toMatchObject({ models: ["model"], out: "packages", scope: "@smithy-gen", strict: false });
  });

  it("reads only Smithy files from a directory: .smithy files and JSON ASTs, not package.json or node_modules", () => {
    const cwd = project();
    writeFileSync(join(cwd, "model/extra.json"), '{ "smithy": "2.0", "shapes": {} }\n');
    expect(modelFiles(join(cwd, "model")).map((p) => relative(cwd, p))).toEqual(["model/extra.json", "model/obstacle-course.smithy"]);
  });
});

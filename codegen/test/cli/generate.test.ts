import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/command.js";
import { createGenerateCommand, parseGenerateArguments } from "../../src/cli/commands/generate.js";
import { main } from "../../src/cli/main.js";
import { modelFiles } from "../../src/assembly/model-files.js";
import { serdeTarget } from "../../src/targets/serde/index.js";
import { typesTarget } from "../../src/targets/types/index.js";
import type { Target } from "../../src/core/target.js";
import { AWS_MODELS_DIR, listFiles, REPO_ROOT } from "../support/paths.js";
import { removeDir, tempDir } from "../targets/types-support.js";

const OBSTACLE_COURSE = join(REPO_ROOT, "codegen/test/fixtures/obstacle-course.smithy");
const OBSTACLE = "example.obstacle#ObstacleCourse";
const OTHER_MODEL = '$version: "2"\nnamespace example.other\n\nuse aws.api#service\n\n@service(sdkId: "Other Thing")\nservice Other {\n    version: "2024-01-01"\n    operations: [Ping]\n}\n\noperation Ping {}\n';

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

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const dirs: string[] = [];
/** A working directory with `model/` holding the obstacle course (and the clutter of a package) and `other/` another service. */
function project(): string {
  const dir = tempDir("generate-cli");
  dirs.push(dir);
  mkdirSync(join(dir, "model/node_modules/dep"), { recursive: true });
  copyFileSync(OBSTACLE_COURSE, join(dir, "model/obstacle-course.smithy"));
  writeFileSync(join(dir, "model/package.json"), '{ "name": "model", "private": true }\n');
  writeFileSync(join(dir, "model/tsconfig.json"), "{}\n");
  writeFileSync(join(dir, "model/node_modules/dep/broken.smithy"), "this is not smithy\n");
  write(join(dir, "other/other.smithy"), OTHER_MODEL);
  return dir;
}

/** A configuration in `dir`; its services default to the obstacle course. */
function configure(dir: string, config: Record<string, unknown> = {}): void {
  const value = { output: "packages", runtime: "workspace", services: [{ models: ["model"], service: OBSTACLE, scope: "@smithy-gen" }], ...config };
  writeFileSync(join(dir, "smithy-gen.config.json"), `${JSON.stringify(value, null, 2)}\n`);
}

/** A tiny runtime package to copy around, with what must not be copied: tests, builds, dependencies. */
function runtimeFixture(dir: string, tsconfig = '{ "extends": "./tsconfig.base.json", "include": ["src"] }\n'): string {
  const root = join(dir, "runtime-source");
  write(join(root, "tiny/package.json"), `${JSON.stringify({ name: "@smithy-gen/tiny-runtime", version: "1.2.3", type: "module", scripts: { build: "tsc" } }, null, 2)}\n`);
  write(join(root, "tiny/README.md"), "# tiny\n");
  write(join(root, "tiny/LICENSE"), "Apache-2.0\n");
  write(join(root, "tiny/tsconfig.json"), tsconfig);
  write(join(root, "tiny/tsconfig.base.json"), '{ "compilerOptions": { "strict": true } }\n');
  write(join(root, "tiny/src/index.ts"), "export const tiny = 1;\n");
  write(join(root, "tiny/src/nested/deep.ts"), "export const deep = 2;\n");
  write(join(root, "tiny/test/index.test.ts"), "not copied\n");
  write(join(root, "tiny/dist/index.js"), "not copied\n");
  write(join(root, "tiny/node_modules/dep/index.js"), "not copied\n");
  write(join(root, "tiny/.eslintrc"), "not copied\n");
  write(join(root, "not-a-package/notes.md"), "no package.json, not a package\n");
  return root;
}

interface RunOptions {
  readonly runtimeDir?: string;
  readonly targets?: readonly Target[];
}

async function generate(cwd: string, args: string[] = [], options: RunOptions = {}): Promise<{ code: number; out: string; err: string }> {
  const io = capture();
  const command = createGenerateCommand({ targets: options.targets ?? [typesTarget], cwd, runtimeDir: options.runtimeDir ?? join(cwd, "no-runtime") });
  const code = await main(["generate", ...args], io, [command]);
  return { code, out: io.out, err: io.err };
}

function tree(root: string): Map<string, string> {
  return new Map(listFiles(root).map((path) => [relative(root, path), readFileSync(path, "utf8")]));
}

afterAll(() => dirs.forEach(removeDir));

describe("smithy-gen generate with a configuration file", () => {
  it("generates every listed service into the output directory, one summary line per package", async () => {
    const cwd = project();
    configure(cwd, { services: [{ models: ["model"], service: OBSTACLE, scope: "@smithy-gen" }, { models: ["other"], service: "example.other#Other", scope: "@acme", prefix: "thing" }] });
    const { code, out, err } = await generate(cwd);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out.split("\n")).toEqual([
      expect.stringMatching(/^@smithy-gen\/obstacle-course-types {2}packages\/obstacle-course-types {2}\d+ files: \d+ written, 0 unchanged, 0 removed$/),
      expect.stringMatching(/^@acme\/thing-types +packages\/thing-types {2}\d+ files: \d+ written, 0 unchanged, 0 removed$/),
      "",
    ]);
    expect(JSON.parse(readFileSync(join(cwd, "packages/thing-types/package.json"), "utf8"))).toMatchObject({ name: "@acme/thing-types", version: "0.1.0" });
    expect(existsSync(join(cwd, "packages/obstacle-course-types/src/models/object.ts"))).toBe(true);
    // a monorepo's packages directory gets no workspace files
    expect(readdirSync(join(cwd, "packages")).sort()).toEqual(["obstacle-course-types", "thing-types"]);
  });

  it("gives the same bytes twice, writes nothing the second time, and never touches <output>/runtime/", async () => {
    const [first, second] = [project(), project()];
    for (const cwd of [first, second]) {
      configure(cwd);
      write(join(cwd, "packages/runtime/hand-written/package.json"), '{ "name": "@smithy-gen/hand-written" }\n');
      write(join(cwd, "packages/runtime/hand-written/src/index.ts"), "export {};\n");
    }
    expect((await generate(first, [], { runtimeDir: runtimeFixture(first) })).code).toBe(0);
    expect((await generate(second)).code).toBe(0);
    expect(tree(join(second, "packages"))).toEqual(tree(join(first, "packages")));
    const again = await generate(first, [], { runtimeDir: runtimeFixture(first) });
    expect(again.out).toMatch(/^\S+ +\S+ +\d+ files: 0 written, \d+ unchanged, 0 removed\n$/);
    expect(tree(join(first, "packages/runtime"))).toEqual(
      new Map([
        ["hand-written/package.json", '{ "name": "@smithy-gen/hand-written" }\n'],
        ["hand-written/src/index.ts", "export {};\n"],
      ]),
    );
  });

  it("keeps each package's version and CHANGELOG.md, and removes files it no longer generates", async () => {
    const cwd = project();
    configure(cwd, { output: "out", services: [{ models: ["model/obstacle-course.smithy"], service: OBSTACLE, scope: "@acme" }] });
    const pkg = join(cwd, "out/obstacle-course-types");
    write(join(pkg, "package.json"), JSON.stringify({ name: "@acme/obstacle-course-types", version: "3.1.4" }));
    write(join(pkg, "CHANGELOG.md"), "# changes\n");
    write(join(pkg, "src/models/gone.ts"), "export {};\n");
    const { code, out } = await generate(cwd);
    expect(code).toBe(0);
    expect(out).toMatch(/^@acme\/obstacle-course-types {2}out\/obstacle-course-types .* 1 removed\n$/);
    expect(JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"))).toMatchObject({ name: "@acme/obstacle-course-types", version: "3.1.4" });
    expect(readFileSync(join(pkg, "CHANGELOG.md"), "utf8")).toBe("# changes\n");
    expect(existsSync(join(pkg, "src/models/gone.ts"))).toBe(false);
  });

  it("writes into --out instead of the configured output, and --service picks entries", async () => {
    const cwd = project();
    configure(cwd, { services: [{ models: ["model"], service: OBSTACLE, scope: "@smithy-gen" }, { models: ["other"], service: "example.other#Other", scope: "@acme" }] });
    const { code, out } = await generate(cwd, ["--out", "elsewhere", "--service", "example.other#Other"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^@acme\/other-thing-types {2}elsewhere\/other-thing-types /);
    expect(existsSync(join(cwd, "packages"))).toBe(false);
    expect(readdirSync(join(cwd, "elsewhere"))).toEqual(["other-thing-types"]);
    const unknown = await generate(cwd, ["--service", "example.other#Nope"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(`smithy-gen.config.json lists no service example.other#Nope; it lists: ${OBSTACLE}, example.other#Other`);
  });

  it("reads another configuration file with --config, its paths relative to it", async () => {
    const cwd = project();
    mkdirSync(join(cwd, "conf"));
    writeFileSync(join(cwd, "conf/sdk.json"), JSON.stringify({ output: "../gen", runtime: "workspace", services: [{ models: ["../other"], service: "example.other#Other", scope: "@acme" }] }));
    const { code, out } = await generate(cwd, ["--config", "conf/sdk.json"]);
    expect(code).toBe(0);
    expect(out).toMatch(/ gen\/other-thing-types /);
  });

  it("generates only the operations a service entry lists", async () => {
    const cwd = project();
    configure(cwd, { services: [{ models: ["model"], service: OBSTACLE, scope: "@smithy-gen", operations: ["GetObject"] }] });
    const { code } = await generate(cwd, [], { targets: [typesTarget, serdeTarget] });
    expect(code).toBe(0);
    expect(readdirSync(join(cwd, "packages/obstacle-course-serde/src/operations")).sort()).toEqual(["get-object.ts"]);
  });

  it("copies the runtime packages into <output>/runtime/ with \"runtime\": \"vendor\"", async () => {
    const cwd = project();
    configure(cwd, { runtime: "vendor" });
    const { code, out } = await generate(cwd, [], { runtimeDir: runtimeFixture(cwd) });
    expect(code).toBe(0);
    expect(out).toMatch(/\n@smithy-gen\/tiny-runtime +packages\/runtime\/tiny {2}7 files: 7 written, 0 unchanged, 0 removed\n$/);
    expect([...tree(join(cwd, "packages/runtime")).keys()].sort()).toEqual([
      "tiny/LICENSE",
      "tiny/README.md",
      "tiny/package.json",
      "tiny/src/index.ts",
      "tiny/src/nested/deep.ts",
      "tiny/tsconfig.base.json",
      "tiny/tsconfig.json",
    ]);
  });

  it("reports a bad configuration at its file, line, column and JSON path, and writes nothing", async () => {
    const cwd = project();
    writeFileSync(
      join(cwd, "smithy-gen.config.json"),
      '{\n  "output": "packages",\n  "runtime": "workspace",\n  "services": [\n    { "models": ["model"], "service": "example.obstacle#ObstacleCourse", "scope": "x", "scpoe": "@a" }\n  ]\n}\n',
    );
    const { code, out, err } = await generate(cwd);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toBe(
      'smithy-gen.config.json:5:83: services[0].scope: expected an npm scope such as @my-org, got "x"\n' +
        'smithy-gen.config.json:5:88: services[0].scpoe: unknown key "scpoe"; expected one of "models", "service", "scope", "prefix", "protocol", "operations"\n',
    );
    expect(existsSync(join(cwd, "packages"))).toBe(false);
  });

  it("names the entry of an unknown operation or a service its model lacks", async () => {
    const cwd = project();
    configure(cwd, {
      services: [
        { models: ["model"], service: OBSTACLE, scope: "@smithy-gen", operations: ["GetObject", "getobject", "Frobnicate"] },
        { models: ["other"], service: "example.other#Missing", scope: "@acme" },
      ],
    });
    const { code, err } = await generate(cwd);
    expect(code).toBe(1);
    expect(err.split("\n")).toEqual([
      expect.stringMatching(/^smithy-gen\.config\.json:\d+:\d+: services\[0\]\.operations\[1\]: no operation "getobject" in example\.obstacle#ObstacleCourse; did you mean "GetObject"\?$/),
      expect.stringMatching(/^smithy-gen\.config\.json:\d+:\d+: services\[0\]\.operations\[2\]: no operation "Frobnicate" in example\.obstacle#ObstacleCourse; it has 3 operations: Delete, GetObject, PutRecord$/),
      expect.stringMatching(/^smithy-gen\.config\.json:\d+:\d+: services\[1\]\.service: no service example\.other#Missing in the model of services\[1\]\.models; it has: example\.other#Other$/),
      "",
    ]);
  });

  it("names an entry whose protocol its service does not declare, at its place in the file", async () => {
    const cwd = project();
    configure(cwd, { services: [{ models: ["model"], service: OBSTACLE, scope: "@smithy-gen", protocol: "rpcv2Cbor" }] });
    const { code, err } = await generate(cwd);
    expect(code).toBe(1);
    expect(err).toMatch(new RegExp(`^smithy-gen\\.config\\.json:\\d+:\\d+: services\\[0\\]\\.protocol: ${OBSTACLE} does not declare the protocol rpcv2Cbor; it declares awsJson1_0\\n`));
    expect(existsSync(join(cwd, "packages"))).toBe(false);
  });

  it("refuses two entries that would write the same packages, before writing anything", async () => {
    const cwd = project();
    configure(cwd, { services: [{ models: ["model"], service: OBSTACLE, scope: "@smithy-gen" }, { models: ["other"], service: "example.other#Other", scope: "@smithy-gen", prefix: "obstacle-course" }] });
    const { code, err } = await generate(cwd);
    expect(code).toBe(1);
    expect(err).toMatch(/^smithy-gen\.config\.json:\d+:\d+: services\[1\]: services\[0\] \(example\.obstacle#ObstacleCourse\) already writes the directory obstacle-course-types; give one of them another prefix\n$/);
    expect(existsSync(join(cwd, "packages"))).toBe(false);
  });
});

describe("smithy-gen generate --model --out: a self-contained workspace", () => {
  it("writes the packages of every service of the models, the runtime packages once, and the workspace files", async () => {
    const cwd = project();
    const { code, out, err } = await generate(cwd, ["--model", "model", "other/other.smithy", "--out", "sdk"], { runtimeDir: runtimeFixture(cwd) });
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out.trimEnd().split("\n").map((line) => line.split(/ {2,}/).slice(0, 2))).toEqual([
      ["@smithy-gen/obstacle-course-types", "sdk/obstacle-course-types"],
      ["@smithy-gen/other-thing-types", "sdk/other-thing-types"],
      ["@smithy-gen/tiny-runtime", "sdk/runtime/tiny"],
      ["(workspace root)", "sdk"],
    ]);
    expect(readdirSync(join(cwd, "sdk")).sort()).toEqual([
      ".gitignore",
      "README.md",
      "obstacle-course-types",
      "other-thing-types",
      "package.json",
      "pnpm-workspace.yaml",
      "runtime",
    ]);
    expect(readdirSync(join(cwd, "sdk/runtime"))).toEqual(["tiny"]);
    expect(readFileSync(join(cwd, "sdk/runtime/tiny/src/nested/deep.ts"), "utf8")).toBe("export const deep = 2;\n");
    expect(existsSync(join(cwd, "sdk/runtime/tiny/test"))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(cwd, "sdk/package.json"), "utf8"));
    expect(manifest).toMatchObject({ private: true, scripts: { build: "pnpm -r build", test: 'pnpm -r --filter "!./runtime/**" test' } });
    expect(readFileSync(join(cwd, "sdk/pnpm-workspace.yaml"), "utf8")).toContain('packages:\n  - "*"\n  - "runtime/*"\n');
    expect(readFileSync(join(cwd, "sdk/README.md"), "utf8")).toContain("pnpm install");
  });

  it("keeps versions and reports written, unchanged and removed files when regenerating into the same directory", async () => {
    const cwd = project();
    const runtimeDir = runtimeFixture(cwd);
    expect((await generate(cwd, ["--model", "model", "--out", "sdk"], { runtimeDir })).code).toBe(0);
    const manifest = join(cwd, "sdk/obstacle-course-types/package.json");
    writeFileSync(manifest, readFileSync(manifest, "utf8").replace('"version": "0.1.0"', '"version": "2.0.0"'));
    write(join(cwd, "sdk/runtime/tiny/src/stale.ts"), "export {};\n");
    const again = await generate(cwd, ["--model", "model", "--out", "sdk"], { runtimeDir });
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^@smithy-gen\/obstacle-course-types +sdk\/obstacle-course-types {2}\d+ files: 0 written, \d+ unchanged, 0 removed\n/);
    expect(again.out).toContain("sdk/runtime/tiny  7 files: 0 written, 7 unchanged, 1 removed\n");
    expect(again.out).toMatch(/\(workspace root\) +sdk {2}4 files: 0 written, 4 unchanged, 0 removed\n$/);
    expect(JSON.parse(readFileSync(manifest, "utf8")).version).toBe("2.0.0");
  });

  it("--service picks services of the model; a service it lacks is named with those it has, without a made-up location", async () => {
    const cwd = project();
    const picked = await generate(cwd, ["--model", "model", "other", "--out", "sdk", "--service", "example.other#Other"]);
    expect(picked.code).toBe(0);
    expect(picked.out).toMatch(/^@smithy-gen\/other-thing-types /);
    const missing = await generate(cwd, ["--model", "model", "--out", "sdk", "--service", "com.x#Y"]);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`smithy-gen generate: no service com.x#Y in the model; it has: ${OBSTACLE}\n`);
    const operation = await generate(cwd, ["--model", "model", "--out", "sdk", "--service", "example.obstacle#GetObject"]);
    expect(operation.err).toBe(`smithy-gen generate: no service example.obstacle#GetObject in the model (it is an operation); it has: ${OBSTACLE}\n`);
  });

  it("--protocol picks a protocol the service declares: Marketplace Entitlement over rpcv2Cbor, not its default awsJson1_1", async () => {
    const cwd = project();
    const model = join(AWS_MODELS_DIR, "marketplace-entitlement-service-2017-01-11.json");
    const targets = [typesTarget, serdeTarget];
    const protocolFile = (out: string): string => readFileSync(join(cwd, out, "marketplace-entitlement-service-serde/src/protocol.ts"), "utf8");
    expect((await generate(cwd, ["--model", model, "--out", "json"], { targets })).code).toBe(0);
    expect(protocolFile("json")).toContain('contentType: "application/x-amz-json-1.1"');
    expect((await generate(cwd, ["--model", model, "--out", "cbor", "--protocol", "rpcv2Cbor"], { targets })).code).toBe(0);
    expect(protocolFile("cbor")).toContain('from "@smithy-gen/rpcv2-cbor-protocol"');
    expect(protocolFile("cbor")).toContain('serviceName: "AWSMPEntitlementService"');
    const undeclared = await generate(cwd, ["--model", "model", "--out", "sdk", "--protocol", "rpcv2Cbor"]);
    expect(undeclared.code).toBe(1);
    expect(undeclared.err).toBe(`smithy-gen generate: ${OBSTACLE} does not declare the protocol rpcv2Cbor; it declares awsJson1_0\n`);
    expect(existsSync(join(cwd, "sdk"))).toBe(false);
  });

  it("writes a workspace only into a new or empty directory, or one it generated before", async () => {
    const cwd = project();
    write(join(cwd, "mine/package.json"), '{ "name": "mine" }\n');
    const refused = await generate(cwd, ["--model", "model", "--out", "mine"]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("smithy-gen generate: --out mine is neither empty nor a workspace smithy-gen generated; choose a new or empty directory");
    expect(readdirSync(join(cwd, "mine"))).toEqual(["package.json"]);
    mkdirSync(join(cwd, "empty"));
    expect((await generate(cwd, ["--model", "model", "--out", "empty"])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, "empty/package.json"), "utf8"))["smithy-gen"]).toEqual({ workspace: true });
    expect((await generate(cwd, ["--model", "model", "--out", "empty"])).code).toBe(0);
  });

  it("exits 1 with located errors when the model is invalid", async () => {
    const cwd = project();
    writeFileSync(join(cwd, "model/broken.smithy"), '$version: "2"\nnamespace example.obstacle\nstructure Broken {\n    member: NoSuchShape\n}\n');
    const { code, out, err } = await generate(cwd, ["model", "--out", "sdk"]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toMatch(/model\/broken\.smithy:4:\d+: .*NoSuchShape/);
    expect(existsSync(join(cwd, "sdk"))).toBe(false);
  });

  it("refuses a runtime package that is not self-contained", async () => {
    const cwd = project();
    const runtimeDir = runtimeFixture(cwd, '{ "extends": "../../tsconfig.base.json" }\n');
    const { code, err } = await generate(cwd, ["--model", "model", "--out", "sdk"], { runtimeDir });
    expect(code).toBe(1);
    expect(err).toBe(
      "smithy-gen generate: smithy-gen's runtime packages/tiny/tsconfig.json extends \"../../tsconfig.base.json\", outside the package; " +
        "a runtime package must be self-contained to be copied into generated workspaces\n",
    );
  });
});

describe("what generate does without a place to write", () => {
  it("is a usage error without --out and without a configuration file, saying what to do", async () => {
    const cwd = project();
    const none = await generate(cwd);
    expect(none.code).toBe(2);
    expect(none.err).toContain(`smithy-gen generate: no smithy-gen.config.json in ${cwd}: write one listing the services to generate, or generate a self-contained workspace with \`smithy-gen generate --model <model path> --out <dir>\``);
    const modelOnly = await generate(cwd, ["--model", "model"]);
    expect(modelOnly.code).toBe(2);
    expect(modelOnly.err).toContain("--model needs --out <dir>, the workspace to write");
    expect(existsSync(join(cwd, "packages"))).toBe(false);
  });

  it("asks for --out when --model is given beside a configuration, which names its own models", async () => {
    const cwd = project();
    configure(cwd);
    const { code, err } = await generate(cwd, ["--model", "other"]);
    expect(code).toBe(2);
    expect(err).toContain("--model needs --out <dir>, the workspace to write; smithy-gen.config.json names its own models (run `smithy-gen generate` without --model to generate them)");
    expect((await generate(cwd, ["--scope", "@acme"])).err).toContain("--scope goes with --model; smithy-gen.config.json names each service's scope");
    expect((await generate(cwd, ["--config", "smithy-gen.config.json", "--model", "x", "--out", "y"])).err).toContain("--config and --model exclude each other");
  });
});

describe("warnings", () => {
  // Two operations whose input is an event stream, which no awsJson model has and smithy-gen does not send.
  const UPLOADS = `$version: "2"
namespace example.uploads

use aws.protocols#awsJson1_1

@awsJson1_1
service Uploads {
    version: "2026-01-01"
    operations: [SendChunks, SendParts]
}

operation SendChunks {
    input := { stream: Chunks }
}

operation SendParts {
    input := { stream: Chunks }
}

@streaming
union Chunks {
    chunk: Chunk
}

structure Chunk {
    data: Blob
}
`;

  it("groups the same warning about many operations into one line with the count and the operations; --quiet drops it", async () => {
    const cwd = project();
    writeFileSync(join(cwd, "uploads.smithy"), UPLOADS);
    const { code, err } = await generate(cwd, ["--model", "uploads.smithy", "--out", "sdk"], { targets: [typesTarget, serdeTarget] });
    expect(code).toBe(0);
    const lines = err.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^smithy-gen generate: warning: generated functions throw at runtime, because the operation needs input event streams, which smithy-gen does not support \(2 operations: SendChunks, SendParts\)$/,
    );
    const quiet = await generate(cwd, ["--model", "uploads.smithy", "--out", "sdk", "--quiet"], { targets: [typesTarget, serdeTarget] });
    expect(quiet.code).toBe(0);
    expect(quiet.err).toBe("");
  });

  it("has nothing to say about CloudWatch Logs, whose two event stream operations are sendable", async () => {
    const cwd = project();
    const { code, err } = await generate(cwd, ["--model", join(AWS_MODELS_DIR, "cloudwatch-logs-2014-03-28.json"), "--out", "sdk"], { targets: [typesTarget, serdeTarget] });
    expect(code).toBe(0);
    expect(err).toBe("");
  });
});

describe("arguments", () => {
  it("exits 2 with the usage on bad usage: unknown options, malformed --service or --scope, a missing value", async () => {
    const cwd = project();
    for (const [args, message] of [
      [["--modle", "x"], /unknown option `--modle`/],
      [["--service", "Weather"], /--service expects an absolute shape id/],
      [["--scope", "acme"], /--scope expects an npm scope/],
      [["--protocol", "cbor"], /--protocol expects one of awsJson1_0, awsJson1_1, rpcv2Cbor, got "cbor"/],
      [["--out"], /option --out needs a value: --out <dir>/],
      [["--out", "a", "--out", "b"], /option --out is given twice/],
    ] as const) {
      const { code, err } = await generate(cwd, [...args]);
      expect(code).toBe(2);
      expect(err).toMatch(message);
      expect(err).toContain("usage: smithy-gen generate [options] [<model path>...]");
    }
  });

  it("takes repeated --model options, and paths after them", () => {
    expect(parseGenerateArguments(["--model", "a.smithy", "b.smithy", "--model=c.json", "--out", "o", "d.smithy"]).models).toEqual(["a.smithy", "b.smithy", "c.json", "d.smithy"]);
    expect(parseGenerateArguments([])).toEqual({ models: [], services: [], strict: false, quiet: false });
    expect(parseGenerateArguments(["--service", "a#B", "--service", "c#D", "-q"])).toMatchObject({ services: ["a#B", "c#D"], quiet: true });
  });

  it("reads only Smithy files from a directory: .smithy files and JSON ASTs, not package.json or node_modules", () => {
    const cwd = project();
    writeFileSync(join(cwd, "model/extra.json"), '{ "smithy": "2.0", "shapes": {} }\n');
    expect(modelFiles(join(cwd, "model")).map((p) => relative(cwd, p))).toEqual(["model/extra.json", "model/obstacle-course.smithy"]);
    rmSync(join(cwd, "model/extra.json"));
  });
});

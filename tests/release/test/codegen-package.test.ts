import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bin, repoRoot, run } from "./support/workspace.js";

// The generator itself is published as @smithy-gen/codegen: it must pass the same linters as the
// packages it generates, and its tarball must run with `npx` in a directory that knows nothing of
// this workspace (its dependencies from the registry, its runtime packages inside the tarball).

const codegen = join(repoRoot, "codegen");
const manifest = JSON.parse(readFileSync(join(codegen, "package.json"), "utf8")) as { name: string; version: string };
const scratch = mkdtempSync(join(tmpdir(), "smithy-gen-codegen-release-"));
const tarballs = join(scratch, "tarballs");
const elsewhere = join(scratch, "elsewhere");
let tarball: string;
let contents: string[];

/** `npx --yes file:<tarball> ...` in `cwd`; a bare path would be run as a command by npx. */
const npx = (spec: string, args: readonly string[], cwd = elsewhere): string =>
  run("npx", ["--yes", `file:${spec}`, ...args], { cwd, env: { npm_config_update_notifier: "false" } });

const tarballFiles = (file: string): string[] =>
  run("tar", ["-tzf", file])
    .split("\n")
    .filter(Boolean)
    .map((path) => path.replace(/^package\//, ""))
    .sort();

beforeAll(() => {
  expect(existsSync(join(codegen, "dist/cli/main.js")), "build @smithy-gen/codegen first (pnpm install builds it)").toBe(true);
  mkdirSync(tarballs, { recursive: true });
  mkdirSync(elsewhere, { recursive: true });
  run("pnpm", ["pack", "--pack-destination", tarballs], { cwd: codegen });
  tarball = join(tarballs, readdirSync(tarballs).find((f) => f.endsWith(".tgz"))!);
  contents = tarballFiles(tarball);
}, 600_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("@smithy-gen/codegen", () => {
  it("passes publint --strict with no errors or warnings", () => {
    let output: string;
    try {
      output = run(bin("publint"), ["--strict", codegen]);
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`publint failed for ${manifest.name}:\n${stdout ?? ""}${stderr ?? ""}`);
    }
    expect(output).not.toMatch(/^Errors:|^Warnings:/m);
  });

  it("passes @arethetypeswrong/cli as the ES-module-only package it is", () => {
    let output: string;
    try {
      // esm-only: Node 20 programs import it; CommonJS `require` and node10 resolution are not offered.
      output = run(bin("attw"), ["--pack", codegen, "--profile", "esm-only", "--format", "json"]);
    } catch (error) {
      output = (error as { stdout?: string }).stdout ?? "";
    }
    const report = JSON.parse(output) as { analysis: { problems?: Array<{ resolutionKind?: string }>; entrypoints: Record<string, unknown> } };
    // The JSON lists every problem whatever the profile; esm-only leaves out those of the two
    // resolutions it does not offer, as the tool's own verdict (its exit code) does.
    const problems = (report.analysis.problems ?? []).filter((p) => p.resolutionKind !== "node10" && p.resolutionKind !== "node16-cjs");
    expect(problems, JSON.stringify(problems, null, 2)).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints)).toContain(".");
  });

  it("packs the bin, the compiled code, the schema and the README, and no sources, tests or build scripts", () => {
    for (const file of ["package.json", "README.md", "bin/smithy-gen.js", "dist/cli/main.js", "dist/index.js", "dist/index.d.ts", "smithy-gen.config.schema.json"]) {
      expect(contents, file).toContain(file);
    }
    expect(contents.filter((file) => /^(src|test|scripts)\/|\.tsbuildinfo$|^ARCHITECTURE\.md$|^vitest|^tsconfig/.test(file))).toEqual([]);
  });

  it("runs with npx from its tarball outside the workspace: --version and generate --help", () => {
    expect(npx(tarball, ["--version"]).trim()).toBe(manifest.version);
    const help = npx(tarball, ["generate", "--help"]);
    expect(help).toMatch(/^usage: smithy-gen generate \[options\]/);
    for (const option of ["--model <path>...", "--out <dir>", "--service <shape id>", "--scope <@scope>", "--config <file>", "--strict", "-q, --quiet"]) {
      expect(help).toContain(`\n  ${option}`);
    }
  });

  it("generates a workspace from the tarball, and validates a configuration against its packed schema", () => {
    npx(tarball, ["generate", "--quiet", "--model", join(repoRoot, "model"), "--out", "sdk"]);
    for (const path of ["package.json", "pnpm-workspace.yaml", "README.md", "lightsail-client/src/index.ts", "lightsail-types/package.json"]) {
      expect(existsSync(join(elsewhere, "sdk", path)), path).toBe(true);
    }
    writeFileSync(join(elsewhere, "smithy-gen.config.json"), JSON.stringify({ output: "out", runtime: "workspace", services: [{ models: [join(repoRoot, "model")], service: "x", scope: "@a" }] }));
    let stderr = "";
    try {
      npx(tarball, ["generate"]);
    } catch (error) {
      stderr = (error as { stderr?: string }).stderr ?? "";
    }
    expect(stderr).toContain("smithy-gen.config.json:1:");
    expect(stderr).toContain('services[0].service: expected an absolute shape id such as com.example#Weather, got "x"');
  });
});

describe("runtime packages inside the tarball", () => {
  // A copy of the codegen package beside a throwaway packages/runtime/ holding one tiny package,
  // standing in for the hand-written runtime packages: its build bundles them, its tarball
  // carries them, and `generate --out` writes them into the workspace.
  const copy = join(scratch, "repo-copy");

  it("are bundled by the build, packed, and written once into every generated workspace", () => {
    const fixture = join(copy, "packages/runtime/tiny");
    for (const [path, text] of Object.entries({
      "package.json": `${JSON.stringify({ name: "@smithy-gen/tiny-runtime", version: "0.0.1", type: "module" }, null, 2)}\n`,
      "README.md": "# tiny\n",
      "tsconfig.json": '{ "compilerOptions": { "strict": true }, "include": ["src"] }\n',
      "src/index.ts": "export const tiny = true;\n",
      "test/index.test.ts": "// not bundled\n",
    })) {
      mkdirSync(dirname(join(fixture, path)), { recursive: true });
      writeFileSync(join(fixture, path), text);
    }
    cpSync(codegen, join(copy, "codegen"), { recursive: true, filter: (source) => !/[\\/](node_modules|\.tmp|\.turbo|runtime|src|test)$/.test(source) });
    run("node", ["scripts/bundle-runtime.mjs"], { cwd: join(copy, "codegen") });
    // Outside the workspace, pnpm cannot resolve the workspace: ranges of codegen's devDependencies
    // (the runtime packages its own tests use); a tarball carries no devDependencies anyway.
    const copiedManifest = JSON.parse(readFileSync(join(copy, "codegen/package.json"), "utf8")) as Record<string, unknown>;
    delete copiedManifest.devDependencies;
    writeFileSync(join(copy, "codegen/package.json"), `${JSON.stringify(copiedManifest, null, 2)}\n`);
    const packed = join(scratch, "tarballs-with-runtime");
    run("pnpm", ["pack", "--pack-destination", packed], { cwd: join(copy, "codegen") });
    const withRuntime = join(packed, readdirSync(packed).find((f) => f.endsWith(".tgz"))!);
    expect(tarballFiles(withRuntime).filter((file) => file.startsWith("runtime/"))).toEqual([
      "runtime/tiny/README.md",
      "runtime/tiny/package.template.json",
      "runtime/tiny/src/index.ts",
      "runtime/tiny/tsconfig.json",
    ]);
    const target = join(scratch, "with-runtime");
    mkdirSync(target);
    const output = npx(withRuntime, ["generate", "--quiet", "--model", join(repoRoot, "model"), "--out", "sdk"], target);
    expect(output).toMatch(/^@smithy-gen\/tiny-runtime +sdk\/runtime\/tiny {2}4 files: 4 written, 0 unchanged, 0 removed$/m);
    expect(readdirSync(join(target, "sdk/runtime"))).toEqual(["tiny"]);
    expect(readFileSync(join(target, "sdk/runtime/tiny/src/index.ts"), "utf8")).toBe("export const tiny = true;\n");
  });
});

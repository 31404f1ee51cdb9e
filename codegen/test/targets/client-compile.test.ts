import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { flattenMixins, loadModel } from "../../src/index.js";
import { generateService, type GenerateResult } from "../../src/core/pipeline.js";
import { PACKAGE_ROLES } from "../../src/core/symbols.js";
import { writeGeneratedFiles } from "../../src/core/write-output.js";
import { targetFor } from "../../src/targets/index.js";
import type { Target } from "../../src/core/target.js";

/**
 * Compile-and-run: generate all four packages, build them with the generated tsconfig files
 * (strict), run the generated test suites of the client and the paginators, and bundle the client
 * for browsers with esbuild. Slow by nature (tsc over thousands of files), so it runs the full
 * official Lightsail model through the type checker only.
 */

const codegen = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const root = join(codegen, ".tmp", `client-compile-${process.pid}`);
const bin = (name: string): string => join(codegen, "node_modules", ".bin", name);
const repoModel = resolve(codegen, "test/fixtures/lightsail-seed-model");
const officialLightsail = "/work/shared/models/aws/lightsail-2016-11-28.json";

afterAll(() => rmSync(root, { recursive: true, force: true }), 120_000);

function targets(): Target[] {
  return PACKAGE_ROLES.map((role) => {
    const target = targetFor(role);
    if (!target) throw new Error(`no target is registered for the ${role} package`);
    return target;
  });
}

function generateInto(name: string, paths: string[]): { dir: string; result: GenerateResult } {
  const { model } = loadModel(paths);
  const result = generateService(flattenMixins(model), targets());
  const dir = join(root, name);
  writeGeneratedFiles(dir, result.packages.map((pkg) => pkg.dir), result.files);
  // The packages find each other through node_modules, and everything else in codegen's.
  mkdirSync(join(dir, "node_modules", "@smithy-gen"), { recursive: true });
  for (const pkg of result.packages) symlinkSync(join(dir, pkg.dir), join(dir, "node_modules", pkg.name), "dir");
  return { dir, result };
}

function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: "pipe", timeout: 540_000, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", PATH: `${dirname(bin("tsc"))}:${process.env.PATH ?? ""}` } });
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${failure.stdout ?? ""}${failure.stderr ?? failure.message}`.slice(0, 6000));
  }
}

/**
 * Builds each package with its own build script, as `pnpm build` does (ES modules and
 * CommonJS: their d.ts are what the next package compiles against, and Node.js and vitest load the
 * CommonJS build), then typechecks src + test of each.
 */
function compile(dir: string, result: GenerateResult): void {
  for (const role of ["types", "serde", "client", "paginators"] as const) {
    const cwd = join(dir, result.packages.find((entry) => entry.role === role)!.dir);
    const build = (JSON.parse(readFileSync(join(cwd, "package.json"), "utf8")) as { scripts: { build: string } }).scripts.build;
    run("sh", ["-c", build], cwd);
    run(bin("tsc"), ["-p", "tsconfig.json"], cwd);
  }
}

describe("generated client and paginators compile and run", () => {
  it("the team's Lightsail model: strict typecheck, generated tests pass, browser bundle uses fetch", { timeout: 900_000 }, async () => {
    const paths = readdirSync(repoModel).filter((file) => file.endsWith(".smithy")).map((file) => join(repoModel, file));
    const { dir, result } = generateInto("lightsail-idl", paths);
    compile(dir, result);

    for (const pkg of ["lightsail-client", "lightsail-paginators"]) {
      const output = run(bin("vitest"), ["run", "--reporter=dot"], join(dir, pkg));
      expect(output).toMatch(/Tests\s+\d+ passed/);
      expect(output).not.toMatch(/failed/);
    }

    const entry = join(dir, "entry.mjs");
    writeFileSync(
      entry,
      [
        'import { LightsailClient, GetExportSnapshotRecordsCommand } from "@smithy-gen/lightsail-client";',
        'const client = new LightsailClient({ region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" } });',
        "export const send = () => client.send(new GetExportSnapshotRecordsCommand({}));",
        "",
      ].join("\n"),
    );
    const bundle = async (platform: "browser" | "node") => {
      const out = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, platform, format: "esm", logLevel: "silent" });
      const inputs = Object.keys(out.metafile.inputs);
      // The runtime defaults come from @smithy-gen/aws-client, whose package.json `browser` field swaps them.
      const runtimeConfig = inputs.filter((input) => /aws-client\/dist\/esm\/runtime-defaults/.test(input)).map((input) => input.slice(input.lastIndexOf("/") + 1));
      // Which of our packages' builds the bundler took: the exports map's `module` condition gives it the ES modules.
      const builds = [...new Set(inputs.flatMap((input) => /\/lightsail-(?:types|serde|client)\/dist\/(esm|cjs)\//.exec(input)?.[1] ?? []))];
      return { text: out.outputFiles[0]!.text, runtimeConfig: runtimeConfig.sort(), builds };
    };
    const browser = await bundle("browser");
    expect(browser.builds).toEqual(["esm"]);
    expect(browser.runtimeConfig).toEqual(["runtime-defaults-types.js", "runtime-defaults.browser.js"]);
    // Tree-shaken: the aggregated client, which the entry does not use, is left out.
    expect(browser.text).not.toMatch(/class Lightsail extends/);
    expect(browser.text).toContain("FetchHttpHandler");
    expect(browser.text).not.toContain("NodeHttpHandler");
    const node = await bundle("node");
    expect(node.builds).toEqual(["esm"]);
    expect(node.text).not.toMatch(/class Lightsail extends/);
    expect(node.runtimeConfig).toEqual(["runtime-defaults-types.js", "runtime-defaults.js"]);
    expect(node.text).toContain("NodeHttpHandler");
    expect(node.text).not.toContain("FetchHttpHandler");
  });

  it("the official Lightsail model (161 operations): strict typecheck of all four packages", { timeout: 900_000 }, () => {
    const { dir, result } = generateInto("lightsail-official", [officialLightsail]);
    const commands = result.files.filter((file) => /^lightsail-client\/src\/commands\/.*-command\.ts$/.test(file.path));
    expect(commands).toHaveLength(161);
    compile(dir, result);
  });
});

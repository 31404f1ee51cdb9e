import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bundleRuntimePackages, readRuntimePackages, RuntimePackageError } from "../../src/workspace/runtime-packages.js";
import { listFiles } from "../support/paths.js";

const scratch = mkdtempSync(join(tmpdir(), "smithy-gen-runtime-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let count = 0;
/** A throwaway `packages/runtime/` with the given files (path -> text). */
function runtimeDir(files: Record<string, string>): string {
  const root = join(scratch, `runtime-${count++}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const manifest = (name: string, extra: object = {}) => `${JSON.stringify({ name, version: "0.1.0", ...extra })}\n`;

describe("runtime packages", () => {
  it("copies package.json, README.md, LICENSE, tsconfig*.json and src/**, nothing else", () => {
    const from = runtimeDir({
      "json/package.json": manifest("@smithy-gen/runtime-json", { dependencies: { "@smithy-gen/runtime-core": "workspace:^" } }),
      "json/README.md": "# json\n",
      "json/LICENSE.txt": "license\n",
      "json/tsconfig.json": '{\n  // comments are fine\n  "extends": "./tsconfig.base.json"\n}\n',
      "json/tsconfig.base.json": "{}\n",
      "json/src/index.ts": "export {};\n",
      "json/src/deep/er.ts": "export {};\n",
      "json/test/index.test.ts": "",
      "json/dist/index.js": "",
      "json/node_modules/x/index.js": "",
      "json/vitest.config.ts": "",
      "core/package.json": manifest("@smithy-gen/runtime-core"),
      "core/src/index.ts": "export {};\n",
      "notes/README.md": "not a package\n",
    });
    const to = join(scratch, "bundled");
    mkdirSync(join(to, "stale"), { recursive: true });
    writeFileSync(join(to, "stale/package.json"), "{}");
    const packages = bundleRuntimePackages(from, to);
    expect(packages.map((p) => [p.dir, p.name])).toEqual([
      ["core", "@smithy-gen/runtime-core"],
      ["json", "@smithy-gen/runtime-json"],
    ]);
    // Manifests travel as package.template.json: no nested package.json in the published generator.
    expect(listFiles(to).map((path) => relative(to, path))).toEqual([
      "core/package.template.json",
      "core/src/index.ts",
      "json/LICENSE.txt",
      "json/README.md",
      "json/package.template.json",
      "json/src/deep/er.ts",
      "json/src/index.ts",
      "json/tsconfig.base.json",
      "json/tsconfig.json",
    ]);
    expect(readFileSync(join(to, "json/src/index.ts"), "utf8")).toBe("export {};\n");
    // Read back, the copy is the packages as they were, package.json and all.
    expect(readRuntimePackages(to)).toEqual(readRuntimePackages(from));
  });

  it("has none where there is no runtime directory (yet)", () => {
    expect(readRuntimePackages(join(scratch, "nowhere"))).toEqual([]);
    const to = join(scratch, "empty");
    expect(bundleRuntimePackages(join(scratch, "nowhere"), to)).toEqual([]);
    expect(readdirSync(to)).toEqual([]);
  });

  it("refuses a package that would not build where it is copied", () => {
    const outside = runtimeDir({ "a/package.json": manifest("a"), "a/tsconfig.json": '{ "extends": "../../tsconfig.base.json" }' });
    expect(() => readRuntimePackages(outside, "packages/runtime")).toThrow(
      new RuntimePackageError('packages/runtime/a/tsconfig.json extends "../../tsconfig.base.json", outside the package; a runtime package must be self-contained to be copied into generated workspaces'),
    );
    const named = runtimeDir({ "a/package.json": manifest("a"), "a/tsconfig.build.json": '{ "extends": ["./base.json", "@tsconfig/node20"] }' });
    expect(() => readRuntimePackages(named, "r")).toThrow(/r\/a\/tsconfig\.build\.json extends "@tsconfig\/node20", outside the package/);
    const workspaceDep = runtimeDir({ "a/package.json": manifest("a", { devDependencies: { "@smithy-gen/codegen": "workspace:*" } }) });
    expect(() => readRuntimePackages(workspaceDep, "r")).toThrow("r/a/package.json: devDependencies has @smithy-gen/codegen@workspace:*, which is no runtime package; a generated workspace would not have it");
    const nameless = runtimeDir({ "a/package.json": "{}" });
    expect(() => readRuntimePackages(nameless, "r")).toThrow('r/a/package.json has no "name"');
  });
});

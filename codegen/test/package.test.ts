import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support/paths.js";

// @smithy-gen/codegen is published: what its manifest promises must hold without the workspace.
const CODEGEN = join(REPO_ROOT, "codegen");
const manifest = JSON.parse(readFileSync(join(CODEGEN, "package.json"), "utf8")) as {
  private?: boolean;
  bin: Record<string, string>;
  files: string[];
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** `@scope/name` or `name` of a bare specifier (`@smithy/core/client` -> `@smithy/core`). */
const packageOf = (specifier: string): string => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");

describe("the @smithy-gen/codegen package", () => {
  it("is publishable, with the smithy-gen bin and only what it needs in files", () => {
    expect(manifest.private).toBeUndefined();
    expect(manifest.bin).toEqual({ "smithy-gen": "./bin/smithy-gen.js" });
    expect(readFileSync(join(CODEGEN, "bin/smithy-gen.js"), "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(manifest.files).toEqual(["bin", "dist", "!dist/**/*.tsbuildinfo", "runtime", "smithy-gen.config.schema.json"]);
    expect(existsSync(join(CODEGEN, "README.md"))).toBe(true);
    expect(Object.keys(manifest.exports)).toEqual([".", "./smithy-gen.config.schema.json", "./package.json"]);
  });

  it("declares as dependencies every package its sources import (dist/ imports them at run time)", () => {
    const declared = new Set(Object.keys(manifest.dependencies ?? {}));
    const missing: string[] = [];
    for (const file of sources(join(CODEGEN, "src"))) {
      for (const { fileName } of ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles) {
        if (fileName.startsWith(".") || fileName.startsWith("node:")) continue;
        if (!declared.has(packageOf(fileName))) missing.push(`${relative(CODEGEN, file)} imports ${fileName}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

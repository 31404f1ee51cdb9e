import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bin, generatedPackages, run } from "./support/workspace.js";

// Both tools read what `npm pack` would publish, so the packages must be built first
// (`pnpm build`); the CI step builds them.
const packages = generatedPackages();

describe.each(packages)("$name", (pkg) => {
  it("is built", () => {
    expect(existsSync(join(pkg.dir, "dist/esm/index.js")), `${pkg.name}: run pnpm build first`).toBe(true);
    expect(existsSync(join(pkg.dir, "dist/cjs/index.js"))).toBe(true);
    expect(existsSync(join(pkg.dir, "dist/cjs/package.json"))).toBe(true);
  });

  it("passes publint --strict with no errors or warnings", () => {
    let output: string;
    try {
      output = run(bin("publint"), ["--strict", pkg.dir]);
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`publint failed for ${pkg.name}:\n${stdout ?? ""}${stderr ?? ""}`);
    }
    expect(output).not.toMatch(/^Errors:|^Warnings:/m);
  });

  it("passes @arethetypeswrong/cli on every entry point and resolution mode", () => {
    let output: string;
    try {
      output = run(bin("attw"), ["--pack", pkg.dir, "--format", "json"]);
    } catch (error) {
      const { stdout } = error as { stdout?: string };
      output = stdout ?? "";
    }
    const report = JSON.parse(output) as { analysis: { problems?: unknown[]; entrypoints: Record<string, unknown> } };
    expect(report.analysis.problems ?? [], JSON.stringify(report.analysis.problems, null, 2)).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints)).toContain(".");
  });
});

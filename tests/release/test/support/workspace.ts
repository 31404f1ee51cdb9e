import { execFileSync, type ExecFileSyncOptions } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
export const releaseRoot = join(repoRoot, "tests/release");

export interface GeneratedPackage {
  readonly dir: string;
  readonly name: string;
  readonly version: string;
}

/**
 * Every published package: the generated ones under packages/ and the runtime ones under
 * packages/runtime/, built (dist/ present) or not. Private ones (the build tool
 * @smithy-gen/package-build) are not published.
 */
export function generatedPackages(): GeneratedPackage[] {
  const out: GeneratedPackage[] = [];
  for (const base of ["packages", "packages/runtime"]) {
    const root = join(repoRoot, base);
    for (const entry of readdirSync(root).sort()) {
      if (!existsSync(join(root, entry, "package.json"))) continue;
      const manifest = JSON.parse(readFileSync(join(root, entry, "package.json"), "utf8")) as { name: string; version: string; private?: boolean };
      if (manifest.private === true) continue;
      out.push({ dir: join(root, entry), name: manifest.name, version: manifest.version });
    }
  }
  return out;
}

/** Runs a command, returning stdout; on failure the error carries stdout and stderr. */
export function run(command: string, args: readonly string[], options: ExecFileSyncOptions = {}): string {
  return execFileSync(command, args, {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
    ...options,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...(options.env ?? {}) },
  }) as string;
}

export const bin = (name: string): string => join(releaseRoot, "node_modules/.bin", name);

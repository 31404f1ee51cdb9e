import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { GeneratedFile } from "./generated-package.js";

/** Paths inside a generated package directory that the generator never owns. */
const KEEP = new Set(["node_modules", "dist", ".turbo", "CHANGELOG.md"]);

export interface WriteSummary {
  readonly written: number;
  readonly unchanged: number;
  readonly removed: number;
}

function listFiles(root: string, relative = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
    const path = relative ? `${relative}/${entry.name}` : entry.name;
    if (!relative && KEEP.has(entry.name)) continue;
    if (entry.isDirectory()) out.push(...listFiles(root, path));
    else out.push(path);
  }
  return out;
}

/**
 * Writes the generated files under `outDir`, leaving files whose content is unchanged alone and
 * removing files in the generated package directories that the generator no longer produces.
 */
export function writeGeneratedFiles(outDir: string, packageDirs: readonly string[], files: readonly GeneratedFile[]): WriteSummary {
  const wanted = new Map(files.map((f) => [f.path, f.content]));
  let written = 0;
  let unchanged = 0;
  let removed = 0;
  for (const dir of packageDirs) {
    const root = join(outDir, dir);
    if (!existsSync(root)) continue;
    for (const path of listFiles(root)) {
      if (!wanted.has(`${dir}/${path}`)) {
        rmSync(join(root, path));
        removed++;
      }
    }
  }
  for (const [path, content] of wanted) {
    const target = join(outDir, path);
    if (existsSync(target) && readFileSync(target, "utf8") === content) {
      unchanged++;
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    written++;
  }
  return { written, unchanged, removed };
}

/** The version recorded in `<outDir>/<dir>/package.json`, if that package exists. */
export function existingVersion(outDir: string, dir: string): string | undefined {
  const path = join(outDir, dir, "package.json");
  if (!existsSync(path)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(path, "utf8")) as { version?: unknown };
    return typeof manifest.version === "string" ? manifest.version : undefined;
  } catch {
    return undefined;
  }
}

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import type { GeneratedFile } from "../core/generated-package.js";
import { compareCodeUnits } from "../model/node.js";

/**
 * Where the published generator keeps its copy of the runtime packages: `codegen/runtime/`,
 * filled by the build from the repository's `packages/runtime/*` (src/workspace/ and
 * dist/workspace/ both sit two levels below the package root).
 */
export const BUNDLED_RUNTIME_DIR = new URL("../../runtime/", import.meta.url);

/**
 * The name a runtime package's manifest has in the generator's own copy: a `package.json` nested in
 * the published generator would be read as a package of its own (by pnpm when it packs, by
 * bundlers, by publint). Written back as `package.json` wherever the package is copied to.
 */
export const BUNDLED_MANIFEST = "package.template.json";

/** The directory every runtime package goes into, inside an output directory. */
export const RUNTIME_DIR_NAME = "runtime";

/** A hand-written runtime package, as files to copy. */
export interface RuntimePackage {
  /** Its directory name (`packages/runtime/<dir>`). */
  readonly dir: string;
  /** Its package name, from package.json. */
  readonly name: string;
  /** Its files, with paths relative to the runtime directory (`<dir>/src/index.ts`), sorted. */
  readonly files: readonly GeneratedFile[];
}

/** A runtime package that cannot be copied as it is; names the package directory and what is wrong. */
export class RuntimePackageError extends Error {
  override readonly name = "RuntimePackageError";
}

/**
 * What a runtime package brings along: its manifest, README, license, TypeScript configs and
 * sources. Tests, builds and dependencies stay behind; they are the workspace's to make.
 */
function isCopiedTopLevelFile(name: string): boolean {
  return name === "package.json" || name === "README.md" || /^LICEN[CS]E(\.|$)/.test(name) || /^tsconfig.*\.json$/.test(name);
}

function listTree(root: string, relative: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, relative), { withFileTypes: true }).sort((a, b) => compareCodeUnits(a.name, b.name))) {
    const path = `${relative}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listTree(root, path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** The `extends` of a tsconfig (a string or a list), read without a JSONC parser: tsconfigs may hold comments. */
function tsconfigExtends(text: string): string[] {
  const match = /"extends"\s*:\s*("(?:[^"\\]|\\.)*"|\[[^\]]*\])/.exec(text);
  if (!match) return [];
  return [...match[1]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
}

/**
 * Checks that a copied package builds where it lands: its tsconfigs extend only files of its own
 * directory, and its `workspace:` dependencies name other runtime packages.
 */
function checkSelfContained(pkg: RuntimePackage, names: ReadonlySet<string>, where: string): void {
  for (const file of pkg.files) {
    const base = file.path.slice(pkg.dir.length + 1);
    if (!/^tsconfig.*\.json$/.test(base)) continue;
    for (const target of tsconfigExtends(file.content)) {
      const resolved = posix.normalize(posix.join(posix.dirname(base), target));
      if (!target.startsWith(".") || resolved.startsWith("../") || resolved === "..") {
        throw new RuntimePackageError(
          `${where}/${pkg.dir}/${base} extends "${target}", outside the package; a runtime package must be self-contained to be copied into generated workspaces`,
        );
      }
    }
  }
  const manifest = JSON.parse(pkg.files.find((f) => f.path === `${pkg.dir}/package.json`)!.content) as Record<string, unknown>;
  for (const field of ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"]) {
    const deps = manifest[field];
    if (typeof deps !== "object" || deps === null) continue;
    for (const [dep, range] of Object.entries(deps as Record<string, unknown>)) {
      if (typeof range === "string" && range.startsWith("workspace:") && !names.has(dep)) {
        throw new RuntimePackageError(
          `${where}/${pkg.dir}/package.json: ${field} has ${dep}@${range}, which is no runtime package; a generated workspace would not have it`,
        );
      }
    }
  }
}

/**
 * The runtime packages under `root` (each directory with a package.json), sorted by directory.
 * None when `root` does not exist. Throws a RuntimePackageError for a package that would not
 * build once copied.
 */
export function readRuntimePackages(root: string, shownAs = root): RuntimePackage[] {
  if (!existsSync(root)) return [];
  const packages: RuntimePackage[] = [];
  for (const dir of readdirSync(root).sort(compareCodeUnits)) {
    const packageDir = join(root, dir);
    if (!statSync(packageDir).isDirectory()) continue;
    const bundled = !existsSync(join(packageDir, "package.json")) && existsSync(join(packageDir, BUNDLED_MANIFEST));
    if (!bundled && !existsSync(join(packageDir, "package.json"))) continue;
    const paths: string[] = [];
    for (const entry of readdirSync(packageDir, { withFileTypes: true })) {
      if (entry.isFile() && (isCopiedTopLevelFile(entry.name) || (bundled && entry.name === BUNDLED_MANIFEST))) paths.push(entry.name);
      else if (entry.isDirectory() && entry.name === "src") paths.push(...listTree(packageDir, "src"));
    }
    const files = paths
      .map((path) => ({ path: `${dir}/${path === BUNDLED_MANIFEST ? "package.json" : path}`, content: readFileSync(join(packageDir, path), "utf8") }))
      .sort((a, b) => compareCodeUnits(a.path, b.path));
    let name: unknown;
    try {
      name = (JSON.parse(files.find((f) => f.path === `${dir}/package.json`)!.content) as { name?: unknown }).name;
    } catch (error) {
      throw new RuntimePackageError(`${shownAs}/${dir}/package.json: invalid JSON (${(error as Error).message})`);
    }
    if (typeof name !== "string") throw new RuntimePackageError(`${shownAs}/${dir}/package.json has no "name"`);
    packages.push({ dir, name, files });
  }
  const names = new Set(packages.map((p) => p.name));
  for (const pkg of packages) checkSelfContained(pkg, names, shownAs);
  return packages;
}

/**
 * Replaces `to` with a copy of the runtime packages of `from` (the codegen build: from
 * `packages/runtime/` to `codegen/runtime/`), each manifest as {@link BUNDLED_MANIFEST}.
 * Returns the packages copied.
 */
export function bundleRuntimePackages(from: string, to: string): RuntimePackage[] {
  const packages = readRuntimePackages(from);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const pkg of packages) {
    for (const file of pkg.files) {
      const path = file.path === `${pkg.dir}/package.json` ? `${pkg.dir}/${BUNDLED_MANIFEST}` : file.path;
      mkdirSync(dirname(join(to, path)), { recursive: true });
      writeFileSync(join(to, path), file.content);
    }
  }
  return packages;
}

import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, resolve, sep } from "node:path";
import type { Metafile, Plugin } from "esbuild";

/**
 * Bundling packages from their TypeScript sources: a workspace package's module specifier is
 * mapped to its `src/index.ts`, its `browser` field (written for `dist/`) to the same files
 * under `src/`, and the `@smithy/*` / `@aws-sdk/*` imports of its sources to one directory's
 * node_modules, so that two sets of sources (a past commit's and today's) bundle against the same
 * copies of their dependencies. And, from an esbuild metafile, the bytes each package adds.
 */

export interface SourcePackage {
  /** `@smithy-gen/lightsail-client` */
  readonly name: string;
  /** The package's directory (absolute). */
  readonly dir: string;
  /** `<dir>/src/index.ts` */
  readonly entry: string;
  /** For browser builds: a source file (absolute) -> the file that replaces it (from the package's `browser` field). */
  readonly browser: ReadonlyMap<string, string>;
}

/** Reads the package in `dir` (absolute) as a source package. */
export function readSourcePackage(dir: string): SourcePackage {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string; browser?: unknown };
  const entry = join(dir, "src", "index.ts");
  if (!existsSync(entry)) throw new Error(`${manifest.name}: no ${entry}`);
  const browser = new Map<string, string>();
  for (const [from, to] of Object.entries(browserSourceMap(manifest.browser))) {
    const source = join(dir, from);
    const replacement = join(dir, to);
    if (!existsSync(source) || !existsSync(replacement)) throw new Error(`${manifest.name}: browser field maps ${from} -> ${to}, a missing source file`);
    browser.set(source, replacement);
  }
  return { name: manifest.name, dir, entry, browser };
}

/**
 * A package.json `browser` field's file replacements, from the built files to their sources:
 * `{ "./dist/esm/runtime-config.js": "./dist/esm/runtime-config.browser.js", "./dist/cjs/...": ... }`
 * -> `{ "src/runtime-config.ts": "src/runtime-config.browser.ts" }`. Entries that are not a
 * `dist/esm` or `dist/cjs` file replaced by another (a module ignored with `false`, a bare
 * specifier) are refused: the bench would bundle something else than a bundler of the built
 * package does.
 */
export function browserSourceMap(browser: unknown): Record<string, string> {
  if (browser === undefined) return {};
  if (typeof browser !== "object" || browser === null || Array.isArray(browser)) throw new Error(`unsupported browser field: ${JSON.stringify(browser)}`);
  const built = /^\.\/dist\/(?:esm|cjs)\/(.+)\.js$/;
  const out: Record<string, string> = {};
  for (const [from, to] of Object.entries(browser as Record<string, unknown>)) {
    const fromMatch = built.exec(from);
    const toMatch = typeof to === "string" ? built.exec(to) : null;
    if (!fromMatch || !toMatch) throw new Error(`unsupported browser field entry: ${JSON.stringify(from)}: ${JSON.stringify(to)}`);
    const source = `src/${fromMatch[1]}.ts`;
    const replacement = `src/${toMatch[1]}.ts`;
    if (out[source] !== undefined && out[source] !== replacement) throw new Error(`browser field: ${from} has two replacements`);
    out[source] = replacement;
  }
  return out;
}

const RESOLVING_DEPENDENCY = Symbol("resolving a dependency from the bench's node_modules");

/**
 * Resolves `@smithy-gen/<name>` to the source entry point of the package of that name (an error
 * for any other `@smithy-gen/` specifier, so that nothing falls back to a built package), and the
 * `@smithy/*` and `@aws-sdk/*` imports of those sources as if they were made from
 * `dependenciesFrom`. For browser builds, applies the packages' `browser` replacements.
 */
export function sourcesPlugin(packages: readonly SourcePackage[], options: { readonly platform: "node" | "browser"; readonly dependenciesFrom: string }): Plugin {
  const byName = new Map(packages.map((pkg) => [pkg.name, pkg]));
  const browser = new Map(options.platform === "browser" ? packages.flatMap((pkg) => [...pkg.browser]) : []);
  const owned = (importer: string) => isAbsolute(importer) && packages.some((pkg) => importer.startsWith(pkg.dir + sep));
  return {
    name: "smithy-gen-sources",
    setup(build) {
      build.onResolve({ filter: /^@smithy-gen\// }, (args) => {
        const pkg = byName.get(args.path);
        if (pkg) return { path: pkg.entry };
        // A subpath of a source package (`@smithy-gen/lightsail-serde/operations/get-disk`): its source file, by the exports map.
        const owner = packages.find((candidate) => args.path.startsWith(`${candidate.name}/`));
        const source = owner && subpathSource(owner, `.${args.path.slice(owner.name.length)}`);
        if (source) return { path: source };
        return { errors: [{ text: `${args.path} (imported by ${args.importer}) is not one of the source packages or their subpaths` }] };
      });
      build.onResolve({ filter: /^@(?:smithy|aws-sdk)\// }, async (args) => {
        if (args.pluginData === RESOLVING_DEPENDENCY || !owned(args.importer)) return undefined;
        const result = await build.resolve(args.path, { kind: args.kind, resolveDir: options.dependenciesFrom, pluginData: RESOLVING_DEPENDENCY });
        if (result.errors.length > 0) return { errors: result.errors };
        return { path: result.path, namespace: result.namespace, external: result.external, sideEffects: result.sideEffects, suffix: result.suffix };
      });
      if (browser.size > 0) {
        build.onResolve({ filter: /^\.\.?\// }, (args) => {
          if (!owned(args.importer)) return undefined;
          const replacement = browser.get(resolve(args.resolveDir, args.path).replace(/\.js$/, ".ts"));
          return replacement === undefined ? undefined : { path: replacement };
        });
      }
    },
  };
}

/** Who a bundled module belongs to: one of `owners` (by directory), else its package under node_modules. */
export interface ModuleOwner {
  readonly name: string;
  /** Absolute directory. */
  readonly dir: string;
}

/** The package a path under node_modules belongs to (`.../node_modules/@smithy/core/dist-es/x.js` -> `@smithy/core`), else undefined. */
export function nodeModulesPackage(path: string): string | undefined {
  const parts = path.split(/[\\/]/);
  const index = parts.lastIndexOf("node_modules");
  if (index === -1 || index + 1 >= parts.length) return undefined;
  const first = parts[index + 1]!;
  if (!first.startsWith("@")) return first;
  return index + 2 < parts.length ? `${first}/${parts[index + 2]}` : undefined;
}

/**
 * Bytes of the minified output each owner's modules account for (esbuild's `bytesInOutput`,
 * summed over every output of the metafile), keyed by owner name, node_modules package name, or
 * `(other)` (the entry script). Metafile paths are relative to `absWorkingDir`.
 */
export function bytesByOwner(metafile: Metafile, absWorkingDir: string, owners: readonly ModuleOwner[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const path = resolve(absWorkingDir, input);
      const owner = owners.find((candidate) => path.startsWith(candidate.dir + sep))?.name ?? nodeModulesPackage(path) ?? "(other)";
      totals.set(owner, (totals.get(owner) ?? 0) + bytesInOutput);
    }
  }
  return totals;
}

/** The sum of `totals` over the owners `select` accepts. */
export function sumOwners(totals: ReadonlyMap<string, number>, select: (owner: string) => boolean): number {
  let sum = 0;
  for (const [owner, bytes] of totals) if (select(owner)) sum += bytes;
  return sum;
}

/**
 * The metafile's input files (absolute) that belong to none of the directories' `src/` although
 * they are under one of the directories: a package that should be bundled from its sources but
 * came from elsewhere (its `dist/`).
 */
export function inputsOutsideSources(metafile: Metafile, absWorkingDir: string, dirs: readonly string[]): string[] {
  return Object.keys(metafile.inputs)
    .map((input) => resolve(absWorkingDir, input))
    .filter((path) => dirs.some((dir) => path.startsWith(dir + sep)) && !dirs.some((dir) => path.startsWith(join(dir, "src") + sep)));
}

/** The directory of each package, for `bytesByOwner`. */
export function owners(packages: readonly SourcePackage[]): ModuleOwner[] {
  return packages.map((pkg) => ({ name: pkg.name, dir: pkg.dir }));
}

/**
 * The TypeScript source of a subpath of a source package, from its exports map: the `import`
 * target `./dist/esm/<stem>.js` of the subpath (or of a `*` pattern that matches it) is
 * `<dir>/src/<stem>.ts`. Undefined when the package exports no such subpath or the file is missing.
 */
export function subpathSource(pkg: SourcePackage, subpath: string): string | undefined {
  const manifest = JSON.parse(readFileSync(join(pkg.dir, "package.json"), "utf8")) as { exports?: Record<string, unknown> };
  for (const [key, entry] of Object.entries(manifest.exports ?? {})) {
    const star = key.indexOf("*");
    let matched: string | undefined;
    if (star === -1) matched = key === subpath ? "" : undefined;
    else if (subpath.startsWith(key.slice(0, star)) && subpath.endsWith(key.slice(star + 1)) && subpath.length >= key.length - 1) {
      matched = subpath.slice(star, subpath.length - (key.length - star - 1));
    }
    if (matched === undefined) continue;
    const target = (entry as { import?: { default?: string } }).import?.default;
    const stem = target && /^\.\/dist\/esm\/(.+)\.js$/.exec(target)?.[1];
    if (!stem) continue;
    const file = join(pkg.dir, "src", `${stem.replace("*", matched)}.ts`);
    return existsSync(file) ? file : undefined;
  }
  return undefined;
}

import { compareCodeUnits } from "../model/node.js";
import { PACKAGE_BUILD_TOOL, RUNTIME_PACKAGES } from "./runtime-symbols.js";
import { RUNTIME_VERSIONS } from "./runtime-versions.js";
import type { PackageRole } from "./symbols.js";
import { createTsFile, type TsFile, type TsSymbol } from "./ts-file.js";

/** One file to write, relative to the output root (e.g. `lightsail-types/src/index.ts`). */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/**
 * Collects the files of one generated package. Source files are TsFiles (the printer owns their
 * imports); the dependencies of the manifest are derived from what those files import.
 */
export interface PackageBuilder {
  readonly role: PackageRole;
  readonly name: string;
  readonly dir: string;
  /** A new TypeScript source file at a package-relative path (`src/...` or `test/...`). */
  tsFile(path: string): TsFile;
  /** A non-TypeScript file (README, tsconfig, ...). */
  text(path: string, content: string): void;
  hasFile(path: string): boolean;
  /** Packages imported by `src/` files (runtime dependencies), sorted. */
  runtimeImports(): string[];
  /** Packages imported only by `test/` files. */
  testImports(): string[];
  /** Whether a file of the package imports the package itself by name. */
  importsItself(): boolean;
  files(): GeneratedFile[];
}

export function createPackageBuilder(role: PackageRole, name: string, dir: string, header: readonly string[]): PackageBuilder {
  const tsFiles = new Map<string, TsFile>();
  const texts = new Map<string, string>();
  const imports = (prefix: string): Set<string> => {
    const out = new Set<string>();
    for (const [path, file] of tsFiles) if (path.startsWith(prefix)) for (const pkg of file.packagesUsed()) out.add(pkg);
    return out;
  };
  return {
    role,
    name,
    dir,
    tsFile(path) {
      if (tsFiles.has(path) || texts.has(path)) throw new Error(`generator bug: ${dir}/${path} is generated twice`);
      const file = createTsFile(path, header);
      tsFiles.set(path, file);
      return file;
    },
    text(path, content) {
      if (tsFiles.has(path) || texts.has(path)) throw new Error(`generator bug: ${dir}/${path} is generated twice`);
      texts.set(path, content);
    },
    hasFile: (path) => tsFiles.has(path) || texts.has(path),
    runtimeImports: () => [...imports("src/")].filter((pkg) => pkg !== name).sort(compareCodeUnits),
    importsItself: () => imports("").has(name),
    testImports() {
      const runtime = imports("src/");
      return [...imports("test/")].filter((pkg) => !runtime.has(pkg) && pkg !== name).sort(compareCodeUnits);
    },
    files() {
      const out: GeneratedFile[] = [];
      for (const [path, file] of tsFiles) out.push({ path: `${dir}/${path}`, content: file.render() });
      for (const [path, content] of texts) out.push({ path: `${dir}/${path}`, content });
      return out.sort((a, b) => compareCodeUnits(a.path, b.path));
    },
  };
}

/** The range a generated package declares for a runtime package; a missing entry is a generator bug. */
export function runtimeRange(pkg: string, siblings: ReadonlySet<string>): string {
  // The service's other packages, and the runtime packages, come from the same workspace: this
  // monorepo, or the one `smithy-gen generate --out` writes with the runtime packages inside.
  if (siblings.has(pkg) || RUNTIME_PACKAGES.includes(pkg) || pkg === PACKAGE_BUILD_TOOL) return "workspace:^";
  const range = RUNTIME_VERSIONS[pkg];
  if (!range) throw new Error(`generator bug: no version range for runtime package ${pkg}`);
  return range;
}

/**
 * A view of `pkg` that writes its files under `folder` (`src/x.ts` -> `src/<folder>/x.ts`, and the
 * same for `test/`), and rewrites the in-package symbols its files import the same way, except
 * those of the `shared` files, which stay where they are. A package that speaks several protocols
 * writes the code of each protocol but the first through such a view: one generator, one tree per
 * protocol, the error classes shared.
 */
export function relocatedPackage(pkg: PackageBuilder, folder: string, shared: ReadonlySet<string>): PackageBuilder {
  const relocate = (path: string): string => {
    if (shared.has(path)) return path;
    for (const root of ["src/", "test/"]) if (path.startsWith(root)) return `${root}${folder}/${path.slice(root.length)}`;
    return path;
  };
  // Package specifiers and `./` paths are left as they are by `relocate`.
  const symbol = (entry: TsSymbol): TsSymbol => ({ ...entry, from: relocate(entry.from) });
  return {
    ...pkg,
    tsFile(path) {
      const file = pkg.tsFile(relocate(path));
      // The view's files see the package as if unmoved: their path, and the symbols they hand out, are
      // the unmoved ones; an import is moved once, when a file of the view makes it.
      return { ...file, path, type: (entry) => file.type(symbol(entry)), value: (entry) => file.value(symbol(entry)) };
    },
    text: (path, content) => pkg.text(relocate(path), content),
    hasFile: (path) => pkg.hasFile(relocate(path)),
  };
}

import { compareCodeUnits, type NodeObject } from "../model/node.js";
import { runtimeRange, type PackageBuilder } from "./generated-package.js";
import { PACKAGE_BUILD_TOOL } from "./runtime-symbols.js";

/** What differs between the generated packages' manifests; everything else is shared. */
export interface ManifestOptions {
  readonly description: string;
  /** Version kept from the package.json already in the output directory (changesets own it). */
  readonly version: string;
  /** Names of the packages of the same workspace: the service's siblings and the runtime packages (workspace ranges). */
  readonly siblings: ReadonlySet<string>;
  /** Extra export subpaths besides ".", e.g. "./arbitraries" -> "arbitraries/index". */
  readonly subpaths?: Readonly<Record<string, string>>;
  /**
   * Extra export subpaths that Node.js loads as CommonJS for `import` and `require` alike, as it
   * does the main entry point (one instance of each class): "./errors" -> "errors/index", or a
   * pattern, "./operations/*" -> "operations/*".
   */
  readonly nodeSubpaths?: Readonly<Record<string, string>>;
  /** Optional peer dependencies (imported by src/ but left to the user), e.g. fast-check. */
  readonly optionalPeers?: readonly string[];
  /** Extra top-level manifest fields (e.g. `imports` with browser conditions). */
  readonly extraFields?: NodeObject;
  readonly keywords?: readonly string[];
}

/**
 * One entry of the exports map; the first condition that applies wins. The main entry (`.`):
 * bundlers (esbuild, webpack, Rollup, Vite) apply `module` and get the ES modules for `import` and
 * `require` alike: tree-shaken, one copy. Node.js applies `node` and gets the CommonJS build for
 * `import` and `require` alike: one instance (no dual-package hazard), and its `require`s of the
 * `@smithy/*` packages (CommonJS on Node.js too) stay in CommonJS; imported from ES modules, each
 * of those is scanned for its exports, which more than doubled the cold start. `import` and
 * `require` serve other runtimes. Subpaths (`./arbitraries`) keep `import`/`require` only: they
 * hand out fast-check's objects, and fast-check ships separate ES module and CommonJS builds and
 * types, so they must load the same fast-check as their importer. See ARCHITECTURE.md.
 */
const exportEntry = (stem: string, nodeLoadsCommonJs: boolean): NodeObject => {
  const esm = { types: `./dist/esm/${stem}.d.ts`, default: `./dist/esm/${stem}.js` };
  const cjs = { types: `./dist/cjs/${stem}.d.ts`, default: `./dist/cjs/${stem}.js` };
  return nodeLoadsCommonJs ? { module: esm, node: cjs, import: esm, require: cjs } : { import: esm, require: cjs };
};

/**
 * The build: the ES module compile (with declarations), the CommonJS compile, then
 * `smithy-gen-package-build`, which copies the declarations of the ES module compile into dist/cjs
 * (NodeNext declarations name `@smithy/core/client` as every resolution mode can find it; the
 * CommonJS compile's would name `@smithy/core/client.js`, which `node16`/`nodenext` cannot resolve
 * through `@smithy/core`'s exports) and bundles each entry point's own modules into its file, so
 * that Node.js loads the package in one file per entry point. See ARCHITECTURE.md.
 */
const BUILD = "tsc -p tsconfig.esm.json && tsc -p tsconfig.cjs.json && smithy-gen-package-build";

/** package.json, tsconfig files and vitest config for a generated package. */
export function writeManifest(pkg: PackageBuilder, options: ManifestOptions): void {
  const optionalPeers = new Set(options.optionalPeers ?? []);
  const dependencies: Record<string, string> = {};
  const peerDependencies: Record<string, string> = {};
  for (const dep of pkg.runtimeImports()) {
    if (optionalPeers.has(dep)) peerDependencies[dep] = runtimeRange(dep, options.siblings);
    else dependencies[dep] = runtimeRange(dep, options.siblings);
  }
  const devDependencies: Record<string, string> = {};
  for (const dep of [PACKAGE_BUILD_TOOL, "@types/node", "typescript", "vitest", ...pkg.testImports(), ...Object.keys(peerDependencies)]) {
    if (!dependencies[dep]) devDependencies[dep] = runtimeRange(dep, options.siblings);
  }
  const sorted = (record: Record<string, string>): Record<string, string> =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareCodeUnits(a, b)));

  const subpaths = [
    ...Object.entries(options.subpaths ?? {}).map(([subpath, stem]) => [subpath, stem, false] as const),
    ...Object.entries(options.nodeSubpaths ?? {}).map(([subpath, stem]) => [subpath, stem, true] as const),
  ].sort(([a], [b]) => compareCodeUnits(a, b));
  const exportsMap: NodeObject = { ".": exportEntry("index", true) };
  for (const [subpath, stem, nodeLoadsCommonJs] of subpaths) exportsMap[subpath] = exportEntry(stem, nodeLoadsCommonJs);
  exportsMap["./package.json"] = "./package.json";
  // TypeScript's node10 resolution ignores `exports`; `typesVersions` gives it the subpaths' types.
  const subpathTypes: NodeObject = {};
  for (const [subpath, stem] of subpaths) subpathTypes[subpath.slice(2)] = [`./dist/cjs/${stem}.d.ts`];

  const manifest: NodeObject = {
    name: pkg.name,
    version: options.version,
    description: options.description,
    license: "Apache-2.0",
    keywords: [...(options.keywords ?? [])],
    type: "module",
    sideEffects: false,
    main: "./dist/cjs/index.js",
    module: "./dist/esm/index.js",
    types: "./dist/cjs/index.d.ts",
    exports: exportsMap,
    ...(Object.keys(subpathTypes).length ? { typesVersions: { "*": subpathTypes } } : {}),
    ...(options.extraFields ?? {}),
    files: ["dist", "!dist/**/*.tsbuildinfo"],
    scripts: {
      build: BUILD,
      typecheck: "tsc -p tsconfig.json --noEmit",
      test: "vitest run",
    },
    dependencies: sorted(dependencies),
    ...(Object.keys(peerDependencies).length
      ? {
          peerDependencies: sorted(peerDependencies),
          peerDependenciesMeta: Object.fromEntries(Object.keys(sorted(peerDependencies)).map((dep) => [dep, { optional: true }])),
        }
      : {}),
    devDependencies: sorted(devDependencies),
    engines: { node: ">=18.0.0" },
    publishConfig: { access: "public" },
  };
  pkg.text("package.json", `${JSON.stringify(manifest, null, 2)}\n`);

  // The package can import itself by name (its arbitraries do): that name is its own source while it compiles.
  const paths = pkg.importsItself() ? { paths: { [pkg.name]: ["./src/index.ts"] } } : {};
  const compilerOptions = {
    target: "ES2022",
    lib: ["ES2022", "DOM"],
    strict: true,
    noImplicitOverride: true,
    skipLibCheck: true,
    isolatedModules: true,
    forceConsistentCasingInFileNames: true,
    declaration: true,
    ...paths,
  };
  pkg.text(
    "tsconfig.json",
    `${JSON.stringify(
      { compilerOptions: { ...compilerOptions, module: "NodeNext", moduleResolution: "NodeNext", noEmit: true, types: ["node"] }, include: ["src", "test"] },
      null,
      2,
    )}\n`,
  );
  pkg.text(
    "tsconfig.esm.json",
    `${JSON.stringify({ compilerOptions: { ...compilerOptions, module: "NodeNext", moduleResolution: "NodeNext", rootDir: "src", outDir: "dist/esm", types: [] }, include: ["src"] }, null, 2)}\n`,
  );
  pkg.text(
    "tsconfig.cjs.json",
    `${JSON.stringify({ compilerOptions: { ...compilerOptions, declaration: false, module: "CommonJS", moduleResolution: "Node10", rootDir: "src", outDir: "dist/cjs", types: [] }, include: ["src"] }, null, 2)}\n`,
  );
}

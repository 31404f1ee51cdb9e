import { compareCodeUnits, type NodeObject } from "../model/node.js";
import { runtimeRange, type PackageBuilder } from "./generated-package.js";

/** What differs between the generated packages' manifests; everything else is shared. */
export interface ManifestOptions {
  readonly description: string;
  /** Version kept from the package.json already in the output directory (changesets own it). */
  readonly version: string;
  /** Names of the sibling packages generated from the same service (workspace ranges). */
  readonly siblings: ReadonlySet<string>;
  /** Extra export subpaths besides ".", e.g. "./arbitraries" -> "arbitraries/index". */
  readonly subpaths?: Readonly<Record<string, string>>;
  /** Optional peer dependencies (imported by src/ but left to the user), e.g. fast-check. */
  readonly optionalPeers?: readonly string[];
  /** Extra top-level manifest fields (e.g. `imports` with browser conditions). */
  readonly extraFields?: NodeObject;
  readonly keywords?: readonly string[];
}

const exportEntry = (stem: string): NodeObject => ({
  import: { types: `./dist/esm/${stem}.d.ts`, default: `./dist/esm/${stem}.js` },
  require: { types: `./dist/cjs/${stem}.d.ts`, default: `./dist/cjs/${stem}.js` },
});

const WRITE_CJS_MARKER =
  "node -e \"require('node:fs').writeFileSync('dist/cjs/package.json', JSON.stringify({ type: 'commonjs' }) + '\\n')\"";

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
  for (const dep of ["@types/node", "typescript", "vitest", ...pkg.testImports(), ...Object.keys(peerDependencies)]) {
    if (!dependencies[dep]) devDependencies[dep] = runtimeRange(dep, options.siblings);
  }
  const sorted = (record: Record<string, string>): Record<string, string> =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareCodeUnits(a, b)));

  const exportsMap: NodeObject = { ".": exportEntry("index") };
  for (const [subpath, stem] of Object.entries(options.subpaths ?? {}).sort(([a], [b]) => compareCodeUnits(a, b))) {
    exportsMap[subpath] = exportEntry(stem);
  }
  exportsMap["./package.json"] = "./package.json";
  // TypeScript's node10 resolution ignores `exports`; `typesVersions` gives it the subpaths' types.
  const subpathTypes: NodeObject = {};
  for (const [subpath, stem] of Object.entries(options.subpaths ?? {}).sort(([a], [b]) => compareCodeUnits(a, b))) {
    subpathTypes[subpath.slice(2)] = [`./dist/cjs/${stem}.d.ts`];
  }

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
      build: `tsc -p tsconfig.esm.json && tsc -p tsconfig.cjs.json && ${WRITE_CJS_MARKER}`,
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

  const compilerOptions = {
    target: "ES2022",
    lib: ["ES2022", "DOM"],
    strict: true,
    noImplicitOverride: true,
    skipLibCheck: true,
    isolatedModules: true,
    forceConsistentCasingInFileNames: true,
    declaration: true,
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
    `${JSON.stringify({ compilerOptions: { ...compilerOptions, module: "CommonJS", moduleResolution: "Node10", rootDir: "src", outDir: "dist/cjs", types: [] }, include: ["src"] }, null, 2)}\n`,
  );
}

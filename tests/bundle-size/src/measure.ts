import { gzipSync } from "node:zlib";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildOptions, type Metafile, type OutputFile, build } from "esbuild";

/** The program the budget is about; resolves `@smithy-gen/lightsail-client` from this package's dependencies. */
export const ONE_COMMAND_SCRIPT = fileURLToPath(new URL("../fixtures/send-one-command.mjs", import.meta.url));

/** Where esbuild would write (nothing is written) and what its metafile paths are relative to. */
const PACKAGE_ROOT = fileURLToPath(new URL("../", import.meta.url));

export type Platform = "node" | "browser";

export interface BundleMeasure {
  /** Minified bytes: of the one file, or, with code splitting, of every chunk the program loads before it runs. */
  readonly minified: number;
  /** The same bytes compressed with gzip -9. */
  readonly gzip: number;
  /** Minified bytes by npm package (`@smithy/core/protocols` for a submodule), largest first. */
  readonly packages: ReadonlyArray<readonly [string, number]>;
}

export interface SplitMeasure {
  /** What a program that passes its credentials loads at startup: the entry chunk and the chunks it imports statically. */
  readonly startup: BundleMeasure;
  /** Every chunk, including those only `import()` reaches (the default credential chain). */
  readonly allChunksMinified: number;
}

const common: BuildOptions = {
  bundle: true,
  minify: true,
  format: "esm",
  write: false,
  metafile: true,
  logLevel: "silent",
  legalComments: "none",
  absWorkingDir: PACKAGE_ROOT,
};

function platformOptions(platform: Platform): BuildOptions {
  return platform === "node"
    ? // Both the AWS SDK and @smithy/* ship ES modules under `module`; esbuild's node default takes `main` (CommonJS) first.
      { platform, target: "node20", mainFields: ["module", "main"] }
    : { platform, target: "es2022" };
}

/** Runs esbuild in memory: the output files and the metafile that says which input bytes went where. */
async function bundle(options: BuildOptions): Promise<{ outputFiles: OutputFile[]; metafile: Metafile }> {
  const { outputFiles, metafile } = await build({ ...common, ...options });
  if (!outputFiles || !metafile) throw new Error("esbuild returned no output files or metafile");
  return { outputFiles, metafile };
}

/** The package a bundled file belongs to: `@scope/name`, `@smithy/core/<submodule>`, or the path outside node_modules. */
export function packageOf(input: string): string {
  const inPackage = /node_modules\/(?!.*node_modules\/)((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(input);
  if (!inPackage) return input.replace(/^(\.\.\/)+/, "");
  const [, name, rest] = inPackage as unknown as [string, string, string];
  const submodule = /^dist-[a-z]+\/submodules\/([^/]+)\//.exec(rest);
  return submodule ? `${name}/${submodule[1]}` : name;
}

function byPackage(inputs: Iterable<readonly [string, number]>): Array<[string, number]> {
  const sizes = new Map<string, number>();
  for (const [input, bytes] of inputs) {
    const name = packageOf(input);
    sizes.set(name, (sizes.get(name) ?? 0) + bytes);
  }
  return [...sizes].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Bundles a program (the one-command program unless `entry`, an absolute path) into one minified ES module for `platform`. */
export async function measureOneFile(platform: Platform, entry: string = ONE_COMMAND_SCRIPT): Promise<BundleMeasure> {
  const result = await bundle({ ...platformOptions(platform), entryPoints: [entry], outfile: "out/one-command.mjs" });
  const [file] = result.outputFiles;
  if (!file) throw new Error("esbuild wrote no output for the one-command program");
  const output = Object.values(result.metafile.outputs)[0] as Metafile["outputs"][string];
  return {
    minified: file.contents.byteLength,
    gzip: gzipSync(file.contents, { level: 9 }).byteLength,
    packages: byPackage(Object.entries(output.inputs).map(([input, { bytesInOutput }]) => [input, bytesInOutput] as const)),
  };
}

/**
 * Bundles a program (the one-command program unless `entry`) with code splitting, as an application
 * bundler does for `import()`, and measures what it loads before it runs: its entry chunk and every
 * chunk imported statically from it.
 */
export async function measureSplit(platform: Platform, entry: string = ONE_COMMAND_SCRIPT): Promise<SplitMeasure> {
  const result = await bundle({ ...platformOptions(platform), entryPoints: [entry], splitting: true, outdir: "out" });
  const outputs = result.metafile.outputs;
  const entryInput = relative(PACKAGE_ROOT, entry);
  const entryChunk = Object.keys(outputs).find((name) => outputs[name]?.entryPoint === entryInput);
  if (!entryChunk) throw new Error(`esbuild's metafile names no output for ${entry}`);
  const startup = new Set<string>();
  const pending = [entryChunk];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (startup.has(name)) continue;
    startup.add(name);
    for (const imported of outputs[name]?.imports ?? []) if (imported.kind === "import-statement" && !imported.external) pending.push(imported.path);
  }
  const startupPaths = new Set([...startup].map((name) => resolve(PACKAGE_ROOT, name)));
  const startupFiles = result.outputFiles.filter((file) => startupPaths.has(file.path));
  const startupBytes = Buffer.concat(startupFiles.map((file) => file.contents));
  return {
    startup: {
      minified: startupBytes.byteLength,
      gzip: gzipSync(startupBytes, { level: 9 }).byteLength,
      packages: byPackage([...startup].flatMap((name) => Object.entries(outputs[name]?.inputs ?? {}).map(([input, { bytesInOutput }]) => [input, bytesInOutput] as const))),
    },
    allChunksMinified: result.outputFiles.reduce((total, file) => total + file.contents.byteLength, 0),
  };
}

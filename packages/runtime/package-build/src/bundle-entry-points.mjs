// @ts-check
/**
 * The last step of a smithy-gen package's build, after `tsc -p tsconfig.esm.json && tsc -p
 * tsconfig.cjs.json` have written `dist/esm` (ES modules and declarations) and `dist/cjs`
 * (CommonJS):
 *
 * 1. completes `dist/cjs`: the declarations of the ES module compile (which name `@smithy/*`
 *    subpaths as every resolution mode finds them) and a `package.json` saying `commonjs`;
 * 2. bundles each entry point of `dist/cjs` with the package's own modules it imports, into a
 *    file beside it (`index.joined.js`) that the entry point requires, and removes the other `.js`
 *    files there. Imports of other
 *    packages, of the package itself by name, and of the package's other entry points (those of the
 *    `browser` field among them) stay imports.
 *
 * Why: Node.js pays for every file it loads (resolution, read, compile), and a generated package has
 * dozens of small files; loading the Lightsail client went from 90 files to 42 and its CommonJS cold
 * start from about 230 ms to about 190 ms of CPU (the `@smithy/*` modules alone take about 160 ms).
 * Bundlers lose nothing: they take dist/esm, which stays one file per source file.
 *
 * The input is what tsc emitted, not the TypeScript sources, so that the code is exactly tsc's
 * (class fields, `import()` compiled to `require` for CommonJS) and only its modules are joined.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join, relative, resolve, sep } from "node:path";
import { build } from "esbuild";

/** A problem with the package being built: its manifest or its emitted files. */
export class PackageBuildError extends Error {
  /**
   * @param {string} message
   */
  constructor(message) {
    super(message);
    this.name = "PackageBuildError";
  }
}

/**
 * The output directories bundled, with the module format of their files: only the CommonJS build,
 * which Node.js loads (the `node` condition of a package's main entry point, for `import` and
 * `require` alike). The ES modules stay one file per source file: bundlers take them (`module`),
 * and a bundler drops a whole unused file of a `sideEffects: false` package, while in one joined
 * file it keeps every class with a static field (the one-call bundle grew by 10 KB when dist/esm
 * was joined too).
 */
const OUTPUTS = /** @type {const} */ ([["dist/cjs", "cjs"]]);

/**
 * Every `.js` file the manifest names (`main`, `module`, `exports`, `browser`), relative to the
 * package root. A subpath pattern's target (`./dist/cjs/operations/*.js`) names every file that
 * matches it under `root`; without `root`, the pattern itself.
 * @param {Record<string, unknown>} manifest
 * @param {string} [root] the package directory, to expand patterns
 * @returns {Set<string>}
 */
export function entryPointsOf(manifest, root) {
  /** @type {Set<string>} */
  const found = new Set();
  /** @param {string} file */
  const add = (file) => {
    const path = file.replace(/^\.\//, "");
    if (!path.includes("*") || root === undefined) {
      found.add(path);
      return;
    }
    for (const match of patternMatches(root, path)) found.add(match);
  };
  /** @param {unknown} value */
  const visit = (value) => {
    if (typeof value === "string") {
      if (value.endsWith(".js")) add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        // `browser` maps one file to another: both are entry points (the key is what the others import).
        if (key.startsWith("./") && key.endsWith(".js")) visit(key);
        visit(item);
      }
    }
  };
  visit(manifest.main);
  visit(manifest.module);
  visit(manifest.exports);
  visit(manifest.browser);
  return found;
}

/**
 * The files under `root` that a subpath pattern target matches (`dist/cjs/operations/*.js`): the
 * `*` stands for any text, `/` included, as in Node.js's exports patterns; relative, sorted.
 * @param {string} root
 * @param {string} pattern
 * @returns {string[]}
 */
function patternMatches(root, pattern) {
  const star = pattern.indexOf("*");
  if (pattern.indexOf("*", star + 1) !== -1) throw new PackageBuildError(`${root}: an exports pattern has one *, not ${JSON.stringify(pattern)}`);
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  const base = join(root, prefix.slice(0, prefix.lastIndexOf("/") + 1));
  if (!existsSync(base)) return [];
  return javaScriptFiles(base)
    .map((file) => relative(root, file).split(sep).join("/"))
    .filter((file) => file.startsWith(prefix) && file.endsWith(suffix) && file.length >= prefix.length + suffix.length)
    .sort();
}

/**
 * Copies the declarations of `dist/esm` into `dist/cjs` and marks `dist/cjs` as CommonJS.
 * @param {string} root the package directory
 */
export function completeCommonJs(root) {
  const esm = join(root, "dist/esm");
  const cjs = join(root, "dist/cjs");
  if (!existsSync(esm) || !existsSync(cjs)) throw new PackageBuildError(`${root}: dist/esm and dist/cjs must exist (run both tsc compiles first)`);
  cpSync(esm, cjs, { recursive: true, filter: (file) => !file.endsWith(".js") });
  writeFileSync(join(cjs, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
}

/**
 * The `.js` files under `dir`, absolute, sorted.
 * @param {string} dir
 * @returns {string[]}
 */
function javaScriptFiles(dir) {
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...javaScriptFiles(path));
    else if (entry.isFile() && entry.name.endsWith(".js")) files.push(path);
  }
  return files.sort();
}

/**
 * Where an entry point's joined modules go: `index.js` -> `index.joined.js`. The entry point itself
 * becomes one line that requires it, so that a loader which runs an entry file a second time beside
 * Node.js (vitest runs the workspace packages' files it imports itself, and lets Node.js `require` the
 * rest) still gets the one copy of each class that Node.js loaded. Node.js's ES module loader follows
 * the `module.exports = require(...)` to find the names an `import` can take.
 * @param {string} entry
 */
function joinedFileOf(entry) {
  return entry.replace(/\.js$/, ".joined.js");
}

/**
 * Bundles every entry point of `dist/cjs` with the package's own modules and
 * removes the `.js` files no entry point needs any more. Returns the entry points written,
 * relative to the package root.
 * @param {string} root the package directory
 * @returns {Promise<string[]>}
 */
export async function bundleEntryPoints(root) {
  const manifest = /** @type {Record<string, unknown>} */ (JSON.parse(readFileSync(join(root, "package.json"), "utf8")));
  const entries = [...entryPointsOf(manifest, root)].map((file) => resolve(root, file));
  const missing = entries.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new PackageBuildError(`${root}: package.json names files the compile did not emit: ${missing.map((file) => relative(root, file)).join(", ")}`);
  /** @type {string[]} */
  const written = [];
  for (const [dir, format] of OUTPUTS) {
    const outputDir = join(root, dir);
    if (!existsSync(outputDir)) continue;
    const inDir = entries.filter((file) => file.startsWith(outputDir + sep));
    const others = new Set(inDir);
    // Everything is read before anything is removed: entry points share modules.
    /** @type {Array<[string, Uint8Array]>} */
    const bundles = [];
    /** @type {Map<string, string>} module -> the entry point that joins it */
    const joinedBy = new Map();
    let shared;
    for (const entry of inDir) {
      const { contents, modules } = await bundleOne(entry, format, others);
      bundles.push([entry, contents]);
      for (const module of modules) {
        if (joinedBy.has(module) && joinedBy.get(module) !== entry) shared ??= module;
        joinedBy.set(module, entry);
      }
    }
    // A module two entry points reach would be joined into both: two copies of its classes. Such a
    // package keeps tsc's files (one copy each), as @smithy-gen/aws-client does for `./compression`.
    if (shared !== undefined) {
      // An earlier build's joined files (the package's entry points shared no module then) go.
      for (const file of javaScriptFiles(outputDir)) if (file.endsWith(".joined.js")) rmSync(file);
      continue;
    }
    for (const file of javaScriptFiles(outputDir)) if (!others.has(file)) rmSync(file);
    for (const [entry, contents] of bundles) {
      const joined = joinedFileOf(entry);
      writeFileSync(joined, contents);
      writeFileSync(entry, entryFile(basename(joined), exportNames(joined)));
      written.push(relative(root, entry));
    }
  }
  return written.sort();
}

/**
 * The entry point's one file: it requires the joined file and hands on its exports. Node.js's
 * ES module loader finds the names an `import` can take by reading the file (cjs-module-lexer):
 * `module.exports = require("./index.joined.js")` sends it on to read the whole joined file, which
 * cost the 161-command Lightsail client about 60 ms of its `import`; the names listed in a
 * statement that never runs (`0 && (module.exports = { A, B })`, as esbuild writes for the same
 * reason) let it stop here. Without names (they could not be read), the plain re-export.
 * @param {string} joined the joined file's name, beside the entry point
 * @param {string[] | undefined} names
 */
function entryFile(joined, names) {
  if (names === undefined) return `"use strict";\nmodule.exports = require("./${joined}");\n`;
  return [
    '"use strict";',
    `const joined = require("./${joined}");`,
    "module.exports = joined;",
    "// The names an ES module can import, for Node.js's export detection; never run.",
    `0 && (module.exports = { ${names.join(", ")} });`,
    "",
  ].join("\n");
}

/**
 * The export names of a joined file, read by loading it: identifiers only (`default` is always
 * there). Undefined, with a warning, when it cannot be loaded here (a dependency not built yet).
 * @param {string} joined absolute path
 * @returns {string[] | undefined}
 */
function exportNames(joined) {
  try {
    const exported = createRequire(joined)(joined);
    return Object.keys(exported).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== "default" && name !== "__esModule").sort();
  } catch (error) {
    process.stderr.write(`smithy-gen-package-build: ${joined}: its exports could not be read (${error instanceof Error ? error.message : String(error)}); Node.js will read them from the joined file\n`);
    return undefined;
  }
}

/**
 * The namespace of the modules that stand for other packages in a joined file: each is
 * `module.exports = require("<package>")`, so that the joined file asks Node.js for a package
 * once, however many of its modules import it. Node.js caches modules, not resolutions: every
 * `require("@smithy/core/client")` walks the package's exports map again, and the 161 commands of
 * the Lightsail client made 480 such walks, about 50 ms of its cold start.
 */
const REQUIRED_ONCE = "smithy-gen-required-once";

/**
 * One entry point with the package's own modules it reaches, as one file of `format`.
 * @param {string} entry absolute path of the emitted entry file
 * @param {"esm" | "cjs"} format
 * @param {ReadonlySet<string>} entryPoints every entry point of the same directory (absolute)
 * @returns {Promise<{ contents: Uint8Array, modules: string[] }>} the joined file and the modules in it (absolute)
 */
async function bundleOne(entry, format, entryPoints) {
  // CommonJS modules keep their own scopes in the joined file (each is wrapped), so no name changes.
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format,
    platform: "neutral",
    target: "es2022",
    outfile: entry,
    allowOverwrite: true,
    logLevel: "silent",
    // The emitted code is already what it must be; no tsconfig applies (its `paths` would inline the package's own name).
    tsconfigRaw: "{}",
    plugins: [
      {
        name: "keep-imports-of-packages-and-entry-points",
        setup(builder) {
          builder.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind === "entry-point") return undefined;
            // The one real require of another package, inside its module of the joined file.
            if (args.namespace === REQUIRED_ONCE) return { path: args.path, external: true };
            const relativePath = args.path.startsWith("./") || args.path.startsWith("../");
            if (!relativePath) return { path: args.path, namespace: REQUIRED_ONCE };
            const target = resolve(args.resolveDir, args.path);
            if (target !== entry && entryPoints.has(target)) return { path: args.path, external: true };
            return undefined;
          });
          builder.onLoad({ filter: /.*/, namespace: REQUIRED_ONCE }, (args) => ({
            contents: `module.exports = require(${JSON.stringify(args.path)});\n`,
            loader: "js",
          }));
        },
      },
    ],
  }).catch((/** @type {unknown} */ error) => {
    throw new PackageBuildError(`cannot bundle ${entry}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const [output] = result.outputFiles;
  if (output === undefined || result.metafile === undefined) throw new PackageBuildError(`esbuild wrote nothing for ${entry}`);
  const modules = Object.keys(result.metafile.inputs)
    .filter((input) => !input.startsWith(`${REQUIRED_ONCE}:`))
    .map((input) => resolve(input))
    .filter((module) => module !== entry);
  return { contents: output.contents, modules };
}

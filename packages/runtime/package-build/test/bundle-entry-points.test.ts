import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bundleEntryPoints, completeCommonJs, entryPointsOf, PackageBuildError } from "../src/bundle-entry-points.mjs";

/**
 * A package as its two tsc compiles leave it: `@example/pkg`, with a main entry point, an
 * `./extra` subpath that imports the package by name, and a `defaults.js` that browsers replace.
 */
const MANIFEST = {
  name: "@example/pkg",
  type: "module",
  main: "./dist/cjs/index.js",
  module: "./dist/esm/index.js",
  exports: {
    ".": { module: { types: "./dist/esm/index.d.ts", default: "./dist/esm/index.js" }, node: { default: "./dist/cjs/index.js" }, require: { default: "./dist/cjs/index.js" } },
    "./extra": { import: { default: "./dist/esm/extra.js" }, require: { default: "./dist/cjs/extra.js" } },
    "./package.json": "./package.json",
  },
  browser: { "./dist/cjs/defaults.js": "./dist/cjs/defaults.browser.js", "./dist/esm/defaults.js": "./dist/esm/defaults.browser.js" },
};

const CJS: Record<string, string> = {
  "index.js": `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nconst shapes_js_1 = require("./models/shapes.js");\nconst defaults_js_1 = require("./defaults.js");\nexports.describe = () => shapes_js_1.SHAPE + " " + defaults_js_1.WHERE;\nexports.Widget = shapes_js_1.Widget;\n`,
  "models/shapes.js": `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nconst node_path_1 = require("node:path");\nexports.SEPARATOR = node_path_1.sep;\nexports.SHAPE = "widget";\nclass Widget {}\nexports.Widget = Widget;\n`,
  "defaults.js": `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nconst node_path_1 = require("node:path");\nexports.WHERE = "node" + node_path_1.delimiter.slice(0, 0);\n`,
  "defaults.browser.js": `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.WHERE = "browser";\n`,
  "extra.js": `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nconst pkg_1 = require("@example/pkg");\nconst helper_js_1 = require("./extra/helper.js");\nexports.makeWidget = () => helper_js_1.wrap(new pkg_1.Widget());\n`,
  "extra/helper.js": `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.wrap = (value) => ({ value });\n`,
};

let root: string;

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string, prefix: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(current, entry.name), `${prefix}${entry.name}/`);
      else out.push(`${prefix}${entry.name}`);
    }
  };
  walk(join(root, dir), "");
  return out.sort();
}

beforeEach(() => {
  // Inside a node_modules folder, so that `require("@example/pkg")` finds the package by name.
  const base = mkdtempSync(join(tmpdir(), "package-build-"));
  root = join(base, "node_modules/@example/pkg");
  write("package.json", `${JSON.stringify(MANIFEST, null, 2)}\n`);
  for (const [file, text] of Object.entries(CJS)) {
    write(`dist/cjs/${file}`, text);
    write(`dist/esm/${file}`, "export {};\n");
    write(`dist/esm/${file.replace(/\.js$/, ".d.ts")}`, "export {};\n");
  }
});

afterEach(() => {
  rmSync(join(root, "../../.."), { recursive: true, force: true });
});

describe("entryPointsOf", () => {
  it("lists every .js file the manifest names, browser replacements on both sides", () => {
    expect([...entryPointsOf(MANIFEST)].sort()).toEqual([
      "dist/cjs/defaults.browser.js",
      "dist/cjs/defaults.js",
      "dist/cjs/extra.js",
      "dist/cjs/index.js",
      "dist/esm/defaults.browser.js",
      "dist/esm/defaults.js",
      "dist/esm/extra.js",
      "dist/esm/index.js",
    ]);
  });
});

describe("entry files", () => {
  it("name their exports for Node.js's ES module loader, which then need not read the joined file", async () => {
    completeCommonJs(root);
    await bundleEntryPoints(root);
    const entry = readFileSync(join(root, "dist/cjs/index.js"), "utf8");
    expect(entry).toContain("0 && (module.exports = { Widget, describe });");
    const imported = (await import(pathToFileURL(join(root, "dist/cjs/index.js")).href)) as Record<string, unknown>;
    expect(Object.keys(imported)).toEqual(expect.arrayContaining(["Widget", "describe"]));
    expect(imported.Widget).toBe((createRequire(join(root, "package.json"))("./dist/cjs/index.js") as { Widget: unknown }).Widget);
  });
});

describe("requires of other packages", () => {
  it("are made once per joined file, however many of its modules make them", async () => {
    write("package.json", `${JSON.stringify({ ...MANIFEST, browser: undefined }, null, 2)}\n`);
    completeCommonJs(root);
    await bundleEntryPoints(root);
    const joined = readFileSync(join(root, "dist/cjs/index.joined.js"), "utf8");
    expect(joined.match(/require\("node:path"\)/g)).toHaveLength(1);
    const load = createRequire(join(root, "package.json"));
    expect((load("./dist/cjs/index.js") as { describe(): string }).describe()).toBe("widget node");
  });
});

describe("subpath patterns", () => {
  const withPattern = {
    ...MANIFEST,
    exports: { ...MANIFEST.exports, "./models/*": { node: { default: "./dist/cjs/models/*.js" }, import: { default: "./dist/esm/models/*.js" } } },
  };

  it("name every file that matches them", () => {
    const found = [...entryPointsOf(withPattern, root)].sort();
    expect(found).toContain("dist/cjs/models/shapes.js");
    expect(found).toContain("dist/esm/models/shapes.js");
    expect(found.filter((file) => file.includes("*"))).toEqual([]);
  });

  it("make each matching file an entry point of its own, which the others require: one instance of each class", async () => {
    write("package.json", `${JSON.stringify(withPattern, null, 2)}\n`);
    completeCommonJs(root);
    expect(await bundleEntryPoints(root)).toContain("dist/cjs/models/shapes.js");
    expect(readFileSync(join(root, "dist/cjs/index.joined.js"), "utf8")).toContain('require("./models/shapes.js")');
    const load = createRequire(join(root, "package.json"));
    const main = load("./dist/cjs/index.js") as { Widget: unknown };
    const shapes = load("./dist/cjs/models/shapes.js") as { Widget: unknown };
    expect(main.Widget).toBe(shapes.Widget);
  });
});

describe("completeCommonJs and bundleEntryPoints", () => {
  it("leaves one file per entry point in dist/cjs, which loads and behaves as the modules did", async () => {
    completeCommonJs(root);
    const written = await bundleEntryPoints(root);
    expect(written).toEqual(["dist/cjs/defaults.browser.js", "dist/cjs/defaults.js", "dist/cjs/extra.js", "dist/cjs/index.js"]);
    expect(files("dist/cjs").filter((file) => file.endsWith(".js"))).toEqual([
      "defaults.browser.joined.js",
      "defaults.browser.js",
      "defaults.joined.js",
      "defaults.js",
      "extra.joined.js",
      "extra.js",
      "index.joined.js",
      "index.js",
    ]);
    const load = createRequire(join(root, "package.json"));
    const main = load("./dist/cjs/index.js") as { describe(): string; Widget: new () => object };
    expect(main.describe()).toBe("widget node");
    // The subpath reaches the main entry point by the package's name: one Widget class, not a copy.
    const extra = load("./dist/cjs/extra.js") as { makeWidget(): { value: object } };
    expect(extra.makeWidget().value).toBeInstanceOf(main.Widget);
  });

  it("keeps the entry points a browser replaces as separate files, required by name", async () => {
    completeCommonJs(root);
    await bundleEntryPoints(root);
    const index = readFileSync(join(root, "dist/cjs/index.joined.js"), "utf8");
    expect(index).toContain('require("./defaults.js")');
    expect(index).not.toContain('"node"');
    expect(readFileSync(join(root, "dist/cjs/extra.joined.js"), "utf8")).toContain('require("@example/pkg")');
  });

  it("hands out Node.js's one copy of each class even to a loader that runs an entry file again itself", async () => {
    completeCommonJs(root);
    await bundleEntryPoints(root);
    const file = join(root, "dist/cjs/index.js");
    const load = createRequire(file);
    const fromNode = load(file) as { Widget: unknown };
    // What vitest does with a workspace package's file: evaluates its text with a require of Node.js's.
    const module = { exports: {} as { Widget?: unknown } };
    new Function("module", "exports", "require", readFileSync(file, "utf8"))(module, module.exports, load);
    expect(module.exports.Widget).toBe(fromNode.Widget);
  });

  it("leaves dist/esm as the compile wrote it, and gives dist/cjs its declarations and type marker", async () => {
    const esmBefore = files("dist/esm");
    completeCommonJs(root);
    await bundleEntryPoints(root);
    expect(files("dist/esm")).toEqual(esmBefore);
    expect(files("dist/cjs")).toContain("models/shapes.d.ts");
    expect(JSON.parse(readFileSync(join(root, "dist/cjs/package.json"), "utf8"))).toEqual({ type: "commonjs" });
  });

  it("leaves tsc's files when two entry points reach the same module: joined into both, its classes would exist twice", async () => {
    write("dist/cjs/extra.js", `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nconst shapes_js_1 = require("./models/shapes.js");\nexports.makeWidget = () => ({ value: new shapes_js_1.Widget() });\n`);
    completeCommonJs(root);
    const before = files("dist/cjs");
    await bundleEntryPoints(root);
    expect(files("dist/cjs")).toEqual(before);
    const load = createRequire(join(root, "package.json"));
    const main = load("./dist/cjs/index.js") as { Widget: new () => object };
    expect((load("./dist/cjs/extra.js") as { makeWidget(): { value: object } }).makeWidget().value).toBeInstanceOf(main.Widget);
  });

  it("refuses a manifest that names a file the compile did not emit", async () => {
    rmSync(join(root, "dist/cjs/extra.js"));
    await expect(bundleEntryPoints(root)).rejects.toThrow(PackageBuildError);
    await expect(bundleEntryPoints(root)).rejects.toThrow(/names files the compile did not emit: dist\/cjs\/extra.js/);
  });

  it("refuses to complete a package that has not been compiled", () => {
    rmSync(join(root, "dist/cjs"), { recursive: true });
    expect(() => completeCommonJs(root)).toThrow(/dist\/esm and dist\/cjs must exist/);
  });
});

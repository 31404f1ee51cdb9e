import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/assembly/load.js";
import { ModelError } from "../../src/model/diagnostics.js";
import { userShapes } from "../support/load.js";

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "smithy-gen-load-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe("loadModel", () => {
  it("reads .smithy and .json files of directories recursively, and nothing else", () => {
    const root = tree({
      "a.smithy": '$version: "2"\nnamespace ex\nstructure A { b: B }\n',
      "nested/deeper/b.json": '{"smithy": "2.0", "shapes": {"ex#B": {"type": "string"}}}',
      "notes.txt": "not a model",
    });
    expect(Object.keys(userShapes(loadModel([root]))).sort()).toEqual(["ex#A", "ex#B"]);
  });

  it("skips node_modules, dot-directories and JSON files that are not Smithy models when walking a directory", () => {
    const root = tree({
      "model.smithy": '$version: "2"\nnamespace ex\nstring A\n',
      "package.json": '{"name": "@ex/model", "scripts": {}}',
      "tsconfig.json": '{"compilerOptions": {}}',
      "node_modules/dep/model.json": '{"smithy": "2.0", "shapes": {"dep#X": {"type": "string"}}}',
      ".cache/results.json": '{"smithy": "2.0", "shapes": {"cache#Y": {"type": "string"}}}',
    });
    expect(Object.keys(userShapes(loadModel([root]))).sort()).toEqual(["ex#A"]);
    // Named explicitly, a JSON file must be a model.
    expect(() => loadModel([join(root, "package.json")])).toThrow(ModelError);
  });

  it("loads a file named twice once (metadata lists are not doubled)", () => {
    const root = tree({ "m.smithy": "metadata list = [1]\n" });
    const result = loadModel([join(root, "m.smithy"), join(root, ".", "m.smithy"), root]);
    expect(result.model.metadata).toEqual({ list: [1] });
  });

  it("reports every file's syntax errors together, each located", () => {
    const root = tree({ "a.smithy": "namespace ex\nstring A B\n", "b.json": '{"smithy": "2.0", "shapes": ' });
    let error: unknown;
    try {
      loadModel([root]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ModelError);
    const diagnostics = (error as ModelError).diagnostics;
    expect(diagnostics.map((d) => [d.location?.file.slice(root.length + 1), d.location?.line])).toEqual([
      ["a.smithy", 2],
      ["b.json", 1],
    ]);
    expect(diagnostics[1]!.message).toMatch(/^invalid JSON/);
  });

  it("returns only the prelude and the bundled definitions for no files", () => {
    const result = loadModel([]);
    expect(result.model.getShape("smithy.api#String")).toBeDefined();
    expect(userShapes(result)).toEqual({});
  });
});

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { IdlFile } from "../idl/ast.js";
import { parseIdl } from "../idl/parser.js";
import { ModelError, type Diagnostic } from "../model/diagnostics.js";
import type { ModelFragment } from "../model/fragment.js";
import { readJsonAst } from "../model/json-ast.js";
import type { Model } from "../model/model.js";
import { compareCodeUnits } from "../model/node.js";
import type { ShapeId } from "../model/shape-id.js";
import type { ShapeType } from "../model/shapes.js";
import { bundledContributions, bundledShapeTypes } from "../prelude/bundled.js";
import { assemble, sortDiagnostics } from "./assemble.js";
import type { FileContribution } from "./contribution.js";
import { idlToContribution } from "./from-idl.js";
import { jsonAstToContribution } from "./from-json-ast.js";

export interface LoadOptions {
  /** Unknown traits (no shape marked `@trait`) are errors instead of warnings. */
  readonly strict?: boolean;
}

export interface LoadResult {
  readonly model: Model;
  readonly warnings: Diagnostic[];
  /**
   * The shapes that come from the generator's own prelude and trait definitions rather than
   * the loaded files (e.g. `aws.api#service` when no loaded file defines it).
   */
  readonly bundledShapeIds: ReadonlySet<ShapeId>;
}

export interface ModelSource {
  readonly path: string;
  readonly text: string;
}

/**
 * Loads `.smithy` and `.json` files, or directories of them (recursively), into one model
 * together with the prelude and the bundled trait definitions. Throws a ModelError listing
 * every error, each with its location.
 */
export function loadModel(paths: readonly string[], options: LoadOptions = {}): LoadResult {
  const files: string[] = [];
  const problems: Diagnostic[] = [];
  for (const path of paths) collectModelFiles(path, files, problems);
  if (problems.length > 0) throw new ModelError(problems);
  // The same file named twice (`a.smithy`, `./a.smithy`) is loaded once.
  const seen = new Set<string>();
  const sources: ModelSource[] = [];
  for (const file of files) {
    const key = resolve(file);
    if (seen.has(key)) continue;
    seen.add(key);
    sources.push({ path: file, text: readFileSync(file, "utf8") });
  }
  return loadModelFromSources(sources, options);
}

/** Like `loadModel`, from text in memory; a path ending in `.json` is read as a JSON AST, anything else as IDL. */
export function loadModelFromSources(sources: readonly ModelSource[], options: LoadOptions = {}): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const parsed: ({ kind: "idl"; idl: IdlFile } | { kind: "json"; fragment: ModelFragment; text: string })[] = [];
  for (const source of sources) {
    if (source.path.toLowerCase().endsWith(".json")) {
      try {
        parsed.push({ kind: "json", fragment: readJsonAst(source.path, source.text), text: source.text });
      } catch (error) {
        if (!(error instanceof ModelError)) throw error;
        diagnostics.push(...error.diagnostics);
      }
    } else {
      const idl = parseIdl(source.path, source.text);
      diagnostics.push(...idl.diagnostics.filter((d) => d.severity === "error"));
      parsed.push({ kind: "idl", idl });
    }
  }
  if (diagnostics.length > 0) throw new ModelError(sortDiagnostics(diagnostics));

  // Every shape of every file is known before any relative id is resolved: ids may point forward
  // and across files. The user's definitions win over the bundled ones.
  const types = new Map<ShapeId, ShapeType>(bundledShapeTypes());
  for (const entry of parsed) {
    const shapes = entry.kind === "idl" ? entry.idl.shapes : entry.fragment.shapes;
    for (const shape of shapes) types.set(shape.id, shape.type);
  }
  const index = { typeOf: (id: ShapeId) => types.get(id) };

  const contributions: FileContribution[] = [...bundledContributions()];
  for (const entry of parsed) {
    if (entry.kind === "idl") contributions.push(idlToContribution(entry.idl, "user", index));
    else contributions.push(jsonAstToContribution(entry.fragment, "user", metadataLocator(entry.fragment.file, entry.text)));
  }
  return assemble(contributions, options);
}

function metadataLocator(file: string, text: string) {
  return (key: string) => {
    const offset = text.indexOf(JSON.stringify(key));
    if (offset < 0) return { file, line: 1, column: 1 };
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    return { file, line, column: offset - lineStart + 1 };
  };
}

/** A JSON file found by walking a directory is a model file only if it says which Smithy version it is. */
function isJsonAstFile(path: string): boolean {
  try {
    return /"smithy"\s*:/.test(readFileSync(path, "utf8"));
  } catch {
    return false;
  }
}

function collectModelFiles(path: string, out: string[], problems: Diagnostic[]): void {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    problems.push({ severity: "error", code: "Io", message: "no such file or directory", location: { file: path, line: 1, column: 1 } });
    return;
  }
  if (!stat.isDirectory()) {
    out.push(path);
    return;
  }
  const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const entry of entries) {
    const child = join(path, entry.name);
    // A model directory may be a workspace package too: its dependencies, tool caches and
    // manifests are not part of the model.
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && !entry.name.startsWith(".")) collectModelFiles(child, out, problems);
    } else if (entry.name.endsWith(".smithy")) out.push(child);
    else if (entry.name.endsWith(".json") && isJsonAstFile(child)) out.push(child);
  }
}

/**
 * Smithy's own IDL loader test cases (`../shared/smithy/idl-conformance`), run the way the
 * Smithy toolchain runs them:
 * - valid: `X.smithy` and `X.json` (each loaded with `valid/__shared.json`) give the same
 *   model, compared as serialized JSON ASTs;
 * - valid/mixins: `ast --flatten X.smithy` equals `ast X.flattened.smithy`, through the real CLI;
 * - invalid: loading fails with located errors, the CLI exits 1 printing `path:line:column:
 *   message` lines, our message contains the one the file's first-line comment expects, and
 *   where that comment states where the error is, we name the same line (the column is
 *   counted too).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadModel } from "../../src/assembly/load.js";
import { ModelError, type Diagnostic } from "../../src/model/diagnostics.js";
import { modelToJsonAst } from "../../src/model/json-ast.js";
import { nodeEquals, type NodeObject } from "../../src/model/node.js";
import { IDL_CONFORMANCE_DIR, listFiles } from "../support/paths.js";
import { mapConcurrently, runCli, type CliRun } from "../support/run-cli.js";

const VALID = join(IDL_CONFORMANCE_DIR, "valid");
const INVALID = join(IDL_CONFORMANCE_DIR, "invalid");
const SHARED_JSON = join(VALID, "__shared.json");

/**
 * The one reviewed list of cases that do not pass, each with its reason. They run as expected
 * failures (`it.fails`), so a fix shows up as a failing test to remove from this list.
 */
const KNOWN_FAILURES: ReadonlyMap<string, string> = new Map<string, string>([]);

const caseName = (path: string): string => relative(IDL_CONFORMANCE_DIR, path);
const testCase = (name: string) => (KNOWN_FAILURES.has(name) ? it.fails : it);

const validFiles = listFiles(VALID);
const validPairs = validFiles
  .filter((f) => f.endsWith(".json") && f !== SHARED_JSON && existsSync(f.replace(/\.json$/, ".smithy")))
  .map((json) => ({ json, smithy: json.replace(/\.json$/, ".smithy") }));
const flattenedCases = validFiles
  .filter((f) => f.endsWith(".flattened.smithy"))
  .map((flattened) => ({ flattened, source: flattened.replace(/\.flattened\.smithy$/, ".smithy") }));
const validWithoutJson = validFiles.filter(
  (f) => f.endsWith(".smithy") && !existsSync(f.replace(/\.smithy$/, ".json")) && !f.endsWith(".flattened.smithy"),
);
const invalidFiles = listFiles(INVALID).filter((f) => f.endsWith(".smithy") || f.endsWith(".json"));

/**
 * The message a case's first-line comment expects, without what Smithy adds around it: the
 * `Syntax error at line L, column C:` prefix, the shape id, the ` | EventId` suffix.
 */
function expectedMessageOf(comment: string): string {
  return comment
    .replace(/^\/\/\s*/, "")
    .replace(/ \| \w+$/, "")
    .replace(/^.*Syntax error at line \d+, column \d+(: )?/, "")
    .replace(/^[\w.#$]+: /, "")
    .trim();
}

const tally = {
  validEqual: 0,
  flattenedEqual: 0,
  invalidLocated: 0,
  invalidWithStatedLine: 0,
  invalidSameLine: 0,
  invalidSameColumn: 0,
  invalidWithMessage: 0,
  invalidSameMessage: 0,
};

/** The JSON AST of the model, prelude and bundled trait definitions left out (as `smithy-gen ast` prints it). */
function astOf(paths: string[]): NodeObject {
  const result = loadModel(paths);
  return modelToJsonAst(result.model, { shapeFilter: (id) => !result.bundledShapeIds.has(id) });
}

/** The shape ids (and `metadata`) whose serialized forms differ, to make a failure readable. */
function differences(a: NodeObject, b: NodeObject): string[] {
  const out: string[] = [];
  if (!nodeEquals(a.metadata, b.metadata)) out.push("metadata");
  const shapesA = (a.shapes ?? {}) as NodeObject;
  const shapesB = (b.shapes ?? {}) as NodeObject;
  for (const id of new Set([...Object.keys(shapesA), ...Object.keys(shapesB)])) {
    if (!nodeEquals(shapesA[id], shapesB[id])) out.push(`${id}: ${JSON.stringify(shapesA[id])} vs ${JSON.stringify(shapesB[id])}`);
  }
  return out;
}

function describeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${d.location?.line}:${d.location?.column} ${d.message}`).join("\n");
}

describe("valid: X.smithy and X.json (each with __shared.json) give the same model", () => {
  it("finds the cases", () => expect(validPairs.length).toBeGreaterThanOrEqual(60));
  for (const { json, smithy } of validPairs) {
    const name = caseName(smithy);
    testCase(name)(name, () => {
      const fromIdl = astOf([smithy, SHARED_JSON]);
      const fromJson = astOf([json, SHARED_JSON]);
      expect(differences(fromIdl, fromJson)).toEqual([]);
      expect(nodeEquals(fromIdl, fromJson)).toBe(true);
      tally.validEqual++;
    });
  }
});

describe("valid: .smithy files without a JSON counterpart load", () => {
  for (const file of validWithoutJson) {
    const name = caseName(file);
    testCase(name)(name, () => {
      expect(() => loadModel([file, SHARED_JSON])).not.toThrow();
    });
  }
});

describe("valid/mixins: `ast --flatten X.smithy` equals `ast X.flattened.smithy` (real CLI)", () => {
  const runs = new Map<string, { flattened: CliRun; expected: CliRun }>();
  beforeAll(async () => {
    await mapConcurrently(flattenedCases, 6, async ({ source, flattened }) => {
      const [fromSource, fromFlattened] = await Promise.all([
        runCli(["ast", "--flatten", source, SHARED_JSON]),
        runCli(["ast", flattened, SHARED_JSON]),
      ]);
      runs.set(flattened, { flattened: fromSource, expected: fromFlattened });
    });
  }, 120_000);

  it("finds the cases", () => expect(flattenedCases.length).toBeGreaterThanOrEqual(13));
  for (const { flattened } of flattenedCases) {
    const name = caseName(flattened);
    testCase(name)(name, () => {
      const run = runs.get(flattened)!;
      expect(run.flattened.stderr).toBe("");
      expect(run.flattened.code).toBe(0);
      expect(run.expected.code).toBe(0);
      const actual = JSON.parse(run.flattened.stdout) as NodeObject;
      const expected = JSON.parse(run.expected.stdout) as NodeObject;
      expect(differences(actual, expected)).toEqual([]);
      expect(nodeEquals(actual, expected)).toBe(true);
      tally.flattenedEqual++;
    });
  }
});

describe("invalid: loading fails with located errors; the CLI exits 1 and prints path:line:column lines", () => {
  const runs = new Map<string, CliRun>();
  beforeAll(async () => {
    await mapConcurrently(invalidFiles, 8, async (file) => runs.set(file, await runCli(["ast", file])));
  }, 120_000);

  it("finds the cases", () => expect(invalidFiles.length).toBeGreaterThanOrEqual(180));
  for (const file of invalidFiles) {
    const name = caseName(file);
    testCase(name)(name, () => {
      let error: unknown;
      try {
        loadModel([file]);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ModelError);
      const errors = (error as ModelError).diagnostics.filter((d) => d.severity === "error");
      expect(errors.length).toBeGreaterThan(0);
      for (const diagnostic of errors) {
        expect(diagnostic.location?.file).toBe(file);
        expect(diagnostic.location!.line).toBeGreaterThanOrEqual(1);
        expect(diagnostic.location!.column).toBeGreaterThanOrEqual(1);
      }
      tally.invalidLocated++;

      const run = runs.get(file)!;
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      const lines = run.stderr.split("\n").filter((line) => line.length > 0);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/^.+:\d+:\d+: \S.*$/);
      expect(lines.some((line) => line.startsWith(`${file}:`) && !line.includes(": warning: "))).toBe(true);

      // The comment on the first line names the error, sometimes with its line and column.
      const comment = file.endsWith(".smithy") ? (readFileSync(file, "utf8").split("\n")[0] ?? "") : "";
      const expectedMessage = expectedMessageOf(comment);
      if (expectedMessage) {
        tally.invalidWithMessage++;
        expect(errors.map((d) => d.message).join("\n")).toContain(expectedMessage);
        tally.invalidSameMessage++;
      }
      const stated = /line (\d+), column (\d+)/.exec(comment);
      if (stated) {
        tally.invalidWithStatedLine++;
        const first = errors[0]!.location!;
        expect(first.line, describeDiagnostics(errors)).toBe(Number(stated[1]));
        tally.invalidSameLine++;
        if (first.column === Number(stated[2])) tally.invalidSameColumn++;
      }
    });
  }
});

afterAll(() => {
  const t = tally;
  console.log(
    `idl-conformance: valid equal ${t.validEqual}/${validPairs.length}, ` +
      `flattened equal ${t.flattenedEqual}/${flattenedCases.length}, ` +
      `invalid located ${t.invalidLocated}/${invalidFiles.length}, ` +
      `invalid same line ${t.invalidSameLine}/${t.invalidWithStatedLine} (same column ${t.invalidSameColumn}), ` +
      `invalid same message ${t.invalidSameMessage}/${t.invalidWithMessage}, ` +
      `known failures ${KNOWN_FAILURES.size}`,
  );
});

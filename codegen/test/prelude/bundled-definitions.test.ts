/**
 * The prelude and trait definitions shipped with the generator are our own text; these tests
 * hold them to the reference definitions (`../shared/smithy/prelude` and `../shared/smithy/traits`):
 * the same shapes, types, members, member targets and traits (documentation aside, and the
 * wording of messages aside).
 */
import { describe, expect, it } from "vitest";
import { loadModel, loadModelFromSources } from "../../src/assembly/load.js";
import { modelToJsonAst } from "../../src/model/json-ast.js";
import { isNodeObject, type NodeObject, type NodeValue } from "../../src/model/node.js";
import { BUNDLED_SOURCES } from "../../src/prelude/bundled.js";
import { REFERENCE_PRELUDE, REFERENCE_TRAITS_DIR } from "../support/paths.js";

const IGNORED_TRAITS = new Set(["smithy.api#documentation", "smithy.api#externalDocumentation"]);
const FREE_TEXT_KEYS = new Set(["message", "errorMessage", "breakingChanges"]);

// Drops documentation and prose; keeps everything that has a meaning for tools.
function comparable(value: NodeValue, key?: string): NodeValue {
  if (Array.isArray(value)) return value.map((v) => comparable(v));
  if (isNodeObject(value)) {
    const out: NodeObject = {};
    for (const [k, v] of Object.entries(value)) {
      if (IGNORED_TRAITS.has(k) || FREE_TEXT_KEYS.has(k)) continue;
      const converted = comparable(v, k);
      if (k === "traits" && isNodeObject(converted) && Object.keys(converted).length === 0) continue;
      out[k] = converted;
    }
    return out;
  }
  // Selectors may be wrapped over several lines; the whitespace means nothing.
  return typeof value === "string" && key === "selector" ? value.replace(/\s+/g, " ").trim() : value;
}

describe("bundled prelude and trait definitions", () => {
  it("are valid when checked like a user's model, in strict mode", () => {
    const result = loadModelFromSources(
      BUNDLED_SOURCES.map((s) => ({ path: s.path, text: s.text })),
      { strict: true },
    );
    expect(result.warnings).toEqual([]);
    expect(result.bundledShapeIds.size).toBe(0);
  });

  it("define every shape the reference definitions define, the same way", () => {
    const reference = loadModel([REFERENCE_TRAITS_DIR, REFERENCE_PRELUDE]);
    const ours = loadModelFromSources([]);
    const expected = modelToJsonAst(reference.model, { includePrelude: true }).shapes as NodeObject;
    const actual = modelToJsonAst(ours.model, { includePrelude: true }).shapes as NodeObject;
    const differences: string[] = [];
    for (const [id, shape] of Object.entries(expected)) {
      if (!(id in actual)) differences.push(`missing ${id}`);
      else if (JSON.stringify(comparable(shape)) !== JSON.stringify(comparable(actual[id]!))) differences.push(`differs ${id}`);
    }
    expect(differences).toEqual([]);
    expect(Object.keys(actual).length).toBe(Object.keys(expected).length);
  });

  it("are in the assembled model, under the ids generators look up", () => {
    const { model } = loadModelFromSources([]);
    for (const id of ["smithy.api#String", "smithy.api#Unit", "smithy.api#documentation", "aws.api#service", "aws.auth#sigv4", "aws.protocols#awsJson1_0", "smithy.rules#endpointRuleSet", "smithy.waiters#waitable", "smithy.test#httpRequestTests"]) {
      expect(model.getShape(id), id).toBeDefined();
    }
  });
});

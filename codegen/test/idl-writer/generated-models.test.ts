/**
 * Property: a generated model (JSON AST) written as IDL loads back to the same model. The models
 * mix what is hard to write: prelude names defined in the namespace (`String`), shapes of another
 * namespace with clashing names (`use` or absolute ids), doc comments with quotes, line breaks,
 * trailing spaces and lone surrogates, node values with big integers and odd keys, mixins with
 * traits applied to inherited members, `= default` values, enum and intEnum values.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadModelFromSources, type LoadResult } from "../../src/assembly/load.js";
import { modelToIdl } from "../../src/idl-writer/index.js";
import { ModelError } from "../../src/model/diagnostics.js";
import { modelToJsonAst } from "../../src/model/json-ast.js";
import { nodeToJson } from "../../src/model/node-json.js";
import type { NodeObject, NodeValue } from "../../src/model/node.js";

const NUM_RUNS = Number(process.env.FAST_CHECK_NUM_RUNS ?? 100);
const NS = "com.example";
const OTHER = "com.other";

const piece = fc.constantFrom('"', '"""', "\\", "\n", "\n\n", " ", "  ", "\t", "\r", "\u0001", "\uD800", "é", "😀", "*/", "///", "a", "b c", "$", "#", "{", "(");
const text = fc.oneof(fc.string({ unit: "binary", maxLength: 12 }), fc.array(piece, { maxLength: 10 }).map((parts) => parts.join("")));

const bigInteger = fc.oneof(fc.bigInt({ min: BigInt(2) ** BigInt(53), max: BigInt(2) ** BigInt(80) }), fc.bigInt({ min: -(BigInt(2) ** BigInt(80)), max: -(BigInt(2) ** BigInt(53)) }));
const nodeValue: fc.Arbitrary<NodeValue> = fc.letrec<{ node: NodeValue }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    bigInteger,
    text,
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(text, tie("node"), { maxKeys: 4 }),
  ),
})).node;

const NAMES = ["String", "Integer", "Thing", "Widget", "Unit", "Document", "Gadget", "List"];
const memberName = fc.constantFrom("a", "b", "message", "true", "version", "input", "_x", "member");

interface Generated {
  readonly doc: NodeObject;
}

/** A valid model: a document trait `meta` carries any node value. */
const model: fc.Arbitrary<Generated> = fc
  .record({
    names: fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 2, maxLength: 6 }),
    docs: fc.array(fc.option(text, { nil: undefined }), { minLength: 8, maxLength: 8 }),
    metas: fc.array(fc.option(nodeValue, { nil: undefined }), { minLength: 8, maxLength: 8 }),
    members: fc.uniqueArray(memberName, { minLength: 1, maxLength: 4 }),
    enumValues: fc.uniqueArray(text.filter((t) => t.length > 0), { minLength: 1, maxLength: 3 }),
    intValues: fc.uniqueArray(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 1, maxLength: 3 }),
    defaults: fc.array(fc.option(nodeValue, { nil: undefined }), { minLength: 4, maxLength: 4 }),
    otherName: fc.constantFrom(...NAMES, "Elsewhere"),
    metadata: fc.option(nodeValue, { nil: undefined }),
  })
  .map(({ names, docs, metas, members, enumValues, intValues, defaults, otherName, metadata }) => {
    const shapes: NodeObject = {};
    let next = 0;
    const traits = (): NodeObject => {
      const out: NodeObject = {};
      const doc = docs[next % docs.length];
      const meta = metas[next % metas.length];
      next++;
      if (doc !== undefined) out["smithy.api#documentation"] = doc;
      if (meta !== undefined) out[`${NS}#meta`] = meta;
      return out;
    };
    shapes[`${NS}#meta`] = { type: "document", traits: { "smithy.api#trait": {} } };
    shapes[`${OTHER}#${otherName}`] = { type: "string", traits: traits() };
    const [first, second, ...rest] = names as [string, string, ...string[]];
    const targets = ["smithy.api#String", "smithy.api#Document", `${OTHER}#${otherName}`, ...names.map((n) => `${NS}#${n}`)];
    // a mixin and a structure using it, adding a trait to an inherited member
    shapes[`${NS}#${first}Mixin`] = {
      type: "structure",
      members: Object.fromEntries(members.map((m, i) => [m, { target: targets[i % 3]!, traits: traits() }])),
      traits: { "smithy.api#mixin": {}, ...traits() },
    };
    shapes[`${NS}#${first}`] = { type: "structure", mixins: [{ target: `${NS}#${first}Mixin` }], members: {}, traits: traits() };
    shapes[`${NS}#${first}$${members[0]}`] = { type: "apply", traits: { [`${NS}#meta`]: metas[0] ?? "applied" } };
    // document members take any default
    shapes[`${NS}#${second}`] = {
      type: "structure",
      members: Object.fromEntries(
        defaults.map((value, i) => [`m${i}`, { target: i % 2 ? "smithy.api#Document" : targets[(i + 3) % targets.length]!, traits: value !== undefined && i % 2 ? { "smithy.api#default": value } : traits() }]),
      ),
      traits: traits(),
    };
    for (const [i, name] of rest.entries()) {
      const id = `${NS}#${name}`;
      if (i % 3 === 0) {
        shapes[id] = {
          type: "enum",
          members: Object.fromEntries(enumValues.map((value, k) => [`V${k}`, { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": value, ...traits() } }])),
          traits: traits(),
        };
      } else if (i % 3 === 1) {
        shapes[id] = {
          type: "intEnum",
          members: Object.fromEntries(intValues.map((value, k) => [`V${k}`, { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": value } }])),
          traits: traits(),
        };
      } else {
        shapes[id] = { type: "map", key: { target: "smithy.api#String" }, value: { target: targets[i % targets.length]!, traits: traits() }, traits: traits() };
      }
    }
    const doc: NodeObject = { smithy: "2.0", shapes };
    if (metadata !== undefined) doc.metadata = { "some key": metadata };
    return { doc };
  });

const astText = (result: LoadResult): string => nodeToJson(modelToJsonAst(result.model, { shapeFilter: (id) => !result.bundledShapeIds.has(id) }), 2);

describe("IDL writer on generated models", () => {
  it("writes IDL that loads back to the model it was written from (seed printed on failure)", () => {
    let loaded = 0;
    fc.assert(
      fc.property(model, ({ doc }) => {
        let original: LoadResult;
        try {
          original = loadModelFromSources([{ path: "generated.json", text: nodeToJson(doc, 2) }]);
        } catch (error) {
          // a generated model the loader refuses says nothing about the writer
          if (error instanceof ModelError) return;
          throw error;
        }
        loaded++;
        const files = modelToIdl(original.model, { shapeFilter: (id) => !original.bundledShapeIds.has(id) });
        const reloaded = loadModelFromSources(files.map((f) => ({ path: f.path, text: f.text })));
        expect(astText(reloaded)).toBe(astText(original));
      }),
      { numRuns: NUM_RUNS },
    );
    // the generator makes valid models, or the property would test little
    expect(loaded).toBeGreaterThan(NUM_RUNS * 0.9);
  }, 120_000);
});

import { describe, expect, it } from "vitest";
import { modelToJsonAst } from "../../src/model/json-ast.js";
import { flattenMixins } from "../../src/transforms/flatten-mixins.js";
import { load, userShapes } from "../support/load.js";

const model = `$version: "2"
namespace ex

/// Base docs
@mixin(localTraits: [internal])
@internal
@sensitive
structure Base {
    @required
    id: String
    /// from base
    name: String
}

@mixin
@tags(["x"])
structure Extra {
    @tags(["extra"])
    name: String
}

/// Own docs
structure Thing with [Base, Extra] {
    own: Integer
}

apply Thing$id @documentation("thing id")

@mixin
operation Auditable { errors: [Denied] }

@error("client")
structure Denied {}

operation Get with [Auditable] { errors: [NotFound] }

@error("client")
structure NotFound {}
`;

describe("flattenMixins", () => {
  const result = load({ "a.smithy": model });

  it("loads mixed shapes as the JSON AST writes them: own members, mixins, and applies for inherited members", () => {
    const shapes = userShapes(result);
    expect(shapes["ex#Thing"]).toEqual({
      type: "structure",
      mixins: [{ target: "ex#Base" }, { target: "ex#Extra" }],
      members: { own: { target: "smithy.api#Integer" } },
      traits: { "smithy.api#documentation": "Own docs" },
    });
    expect(shapes["ex#Thing$id"]).toEqual({ type: "apply", traits: { "smithy.api#documentation": "thing id" } });
  });

  it("copies members and traits into the shapes using the mixins and drops the mixins", () => {
    const flat = flattenMixins(result.model);
    const shapes = modelToJsonAst(flat, { shapeFilter: (id) => !result.bundledShapeIds.has(id) }).shapes as Record<string, unknown>;
    expect(Object.keys(shapes).sort()).toEqual(["ex#Denied", "ex#Get", "ex#NotFound", "ex#Thing"]);
    expect(shapes["ex#Thing"]).toEqual({
      type: "structure",
      members: {
        id: { target: "smithy.api#String", traits: { "smithy.api#required": {}, "smithy.api#documentation": "thing id" } },
        name: { target: "smithy.api#String", traits: { "smithy.api#documentation": "from base", "smithy.api#tags": ["extra"] } },
        own: { target: "smithy.api#Integer" },
      },
      // `internal` is local to Base; Thing's own documentation wins over Base's.
      traits: { "smithy.api#documentation": "Own docs", "smithy.api#sensitive": {}, "smithy.api#tags": ["x"] },
    });
    // Members come from the mixins first, in order, then the shape's own.
    expect([...flat.expectShapeOfType("ex#Thing", "structure").members.keys()]).toEqual(["id", "name", "own"]);
    expect(flat.expectShapeOfType("ex#Get", "operation").errors).toEqual(["ex#Denied", "ex#NotFound"]);
  });

  it("leaves the model it was given unchanged", () => {
    const before = JSON.stringify(modelToJsonAst(result.model, { includePrelude: true }));
    flattenMixins(result.model);
    expect(JSON.stringify(modelToJsonAst(result.model, { includePrelude: true }))).toBe(before);
    expect(result.model.getShape("ex#Base")).toBeDefined();
  });
});

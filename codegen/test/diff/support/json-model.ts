// Builds Models from JSON AST text with the prelude's simple shapes added, for tests that must
// not wait for the full loader.
import { readFileSync } from "node:fs";
import { Model, readJsonAst, type Shape, type ShapeId } from "../../../src/index.js";

const PRELUDE_SIMPLE: Record<string, Shape["type"]> = {
  String: "string",
  Blob: "blob",
  Boolean: "boolean",
  PrimitiveBoolean: "boolean",
  Byte: "byte",
  PrimitiveByte: "byte",
  Short: "short",
  PrimitiveShort: "short",
  Integer: "integer",
  PrimitiveInteger: "integer",
  Long: "long",
  PrimitiveLong: "long",
  Float: "float",
  PrimitiveFloat: "float",
  Double: "double",
  PrimitiveDouble: "double",
  BigInteger: "bigInteger",
  BigDecimal: "bigDecimal",
  Timestamp: "timestamp",
  Document: "document",
};

function preludeShapes(): Shape[] {
  const shapes: Shape[] = Object.entries(PRELUDE_SIMPLE).map(
    ([name, type]) => ({ id: `smithy.api#${name}`, type, traits: {}, mixins: [] }) as Shape,
  );
  shapes.push({ id: "smithy.api#Unit", type: "structure", members: new Map(), traits: { "smithy.api#unitType": {} }, mixins: [] });
  return shapes;
}

export function modelFromJsonText(file: string, text: string): Model {
  const fragment = readJsonAst(file, text);
  const shapes = new Map<ShapeId, Shape>();
  for (const shape of preludeShapes()) shapes.set(shape.id, shape);
  for (const shape of fragment.shapes) shapes.set(shape.id, shape);
  for (const apply of fragment.applies) {
    const shape = shapes.get(apply.target);
    if (shape) shape.traits = { ...shape.traits, ...apply.traits };
  }
  return new Model(shapes, fragment.metadata);
}

export function modelFromJsonFile(path: string): Model {
  return modelFromJsonText(path, readFileSync(path, "utf8"));
}

import {
  hasTrait,
  isNodeArray,
  isNodeObject,
  UNIT,
  type MembersShape,
  type Model,
  type NodeValue,
  type ShapeId,
  type StructureShape,
} from "@smithy-gen/codegen";
import { NumericValue } from "@smithy/core/serde";
import { errorPropertyOf } from "./error-properties.js";

/** A protocol test's `params` that do not fit the shape they describe; names the JSON path. */
export class ParamsError extends Error {
  constructor(readonly path: string, message: string) {
    super(`params${path}: ${message}`);
    this.name = "ParamsError";
  }
}

const utf8 = new TextEncoder();

/**
 * Converts a protocol test's `params` (a Smithy node value) into the value the generated
 * TypeScript types describe, walking the model shape by shape: timestamps become `Date`, blobs
 * `Uint8Array` (the node value is the blob's text), `"NaN"` / `"Infinity"` / `"-Infinity"`
 * floats numbers, big integers `bigint`, big decimals `NumericValue`; documents stay as they
 * are; `null` stays `null` (sparse lists and maps). Members of error structures land on the
 * property the error class uses for them (see `errorPropertyOf`).
 */
export function paramsToTypeScript(model: Model, shapeId: ShapeId, value: NodeValue, path = ""): unknown {
  if (value === null) return null;
  const shape = model.expectShape(shapeId);
  switch (shape.type) {
    case "structure":
      return structureValue(model, shape, value, path);
    case "union":
      return unionValue(model, shape, value, path);
    case "list":
    case "set": {
      if (!isNodeArray(value)) throw new ParamsError(path, `expected a list for ${shape.id}`);
      return value.map((item, index) => paramsToTypeScript(model, shape.member.target, item, `${path}[${index}]`));
    }
    case "map": {
      if (!isNodeObject(value)) throw new ParamsError(path, `expected a map for ${shape.id}`);
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[key] = paramsToTypeScript(model, shape.value.target, item, `${path}[${JSON.stringify(key)}]`);
      return out;
    }
    case "timestamp":
      return timestampValue(value, path);
    case "blob":
      if (typeof value !== "string") throw new ParamsError(path, "expected the text of a blob");
      return utf8.encode(value);
    case "float":
    case "double":
      return floatValue(value, path);
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "intEnum":
      // The loader keeps integers beyond 2^53 exact (a bigint); a long is a JavaScript number in
      // the generated types, as in the official SDK, so the case expects the nearest number.
      if (typeof value === "bigint" && shape.type === "long") return Number(value);
      if (typeof value !== "number") throw new ParamsError(path, `expected a number for ${shape.id}`);
      return value;
    case "bigInteger":
      if (typeof value === "bigint") return value;
      if (typeof value !== "number" && typeof value !== "string") throw new ParamsError(path, "expected a big integer");
      return BigInt(value);
    case "bigDecimal":
      if (typeof value !== "number" && typeof value !== "string") throw new ParamsError(path, "expected a big decimal");
      return new NumericValue(String(value), "bigDecimal");
    case "string":
    case "enum":
      if (typeof value !== "string") throw new ParamsError(path, `expected a string for ${shape.id}`);
      return value;
    case "boolean":
      if (typeof value !== "boolean") throw new ParamsError(path, "expected a boolean");
      return value;
    case "document":
      return value;
    default:
      throw new ParamsError(path, `a value cannot have the shape ${shape.type} ${shape.id}`);
  }
}

function structureValue(model: Model, shape: MembersShape, value: NodeValue, path: string): Record<string, unknown> {
  if (!isNodeObject(value)) throw new ParamsError(path, `expected a structure for ${shape.id}`);
  const isError = hasTrait(shape, "smithy.api#error");
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) {
    const member = shape.members.get(name);
    if (!member) throw new ParamsError(path, `${shape.id} has no member \`${name}\``);
    const property = isError ? errorPropertyOf(model, shape as StructureShape, name) : name;
    out[property] = paramsToTypeScript(model, member.target, item, `${path}.${name}`);
  }
  return out;
}

function unionValue(model: Model, shape: MembersShape, value: NodeValue, path: string): Record<string, unknown> {
  if (!isNodeObject(value)) throw new ParamsError(path, `expected a union for ${shape.id}`);
  const entries = Object.entries(value);
  if (entries.length !== 1) throw new ParamsError(path, `a union value sets exactly one member, not ${entries.length}`);
  const [name, item] = entries[0]!;
  const member = shape.members.get(name);
  if (!member) throw new ParamsError(path, `${shape.id} has no member \`${name}\``);
  const converted = member.target === UNIT ? {} : paramsToTypeScript(model, member.target, item, `${path}.${name}`);
  return { [name]: converted };
}

/** Smithy node values give timestamps as epoch seconds or as RFC 3339 date-time text. */
function timestampValue(value: NodeValue, path: string): Date {
  if (typeof value === "number") return new Date(value * 1000);
  if (typeof value === "string") {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new ParamsError(path, `expected epoch seconds or a date-time, not ${JSON.stringify(value)}`);
}

function floatValue(value: NodeValue, path: string): number {
  if (typeof value === "number") return value;
  if (value === "NaN") return Number.NaN;
  if (value === "Infinity") return Number.POSITIVE_INFINITY;
  if (value === "-Infinity") return Number.NEGATIVE_INFINITY;
  throw new ParamsError(path, `expected a number, "NaN", "Infinity" or "-Infinity", not ${JSON.stringify(value)}`);
}

import type { ShapeId } from "../../model/shape-id.js";
import { hasTrait } from "../../model/model.js";
import { UNIT, type Shape } from "../../model/shapes.js";
import type { TsFile } from "../../core/ts-file.js";
import type { TargetContext } from "../../core/target.js";
import { isSparse } from "./constraints.js";
import { isEnumLike } from "./enum-values.js";

/** Whether `type` has a `|` or `&` outside brackets, so that `type[]` would need parentheses. */
function isCompound(type: string): boolean {
  let depth = 0;
  for (const c of type) {
    if (c === "<" || c === "(" || c === "[" || c === "{") depth++;
    else if (c === ">" || c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0 && (c === "|" || c === "&")) return true;
  }
  return false;
}

export function arrayType(element: string): string {
  return isCompound(element) ? `(${element})[]` : `${element}[]`;
}

/** The type that represents a Unit value (a union member without data): an empty object. */
export const UNIT_TYPE = "Record<string, never>";

/**
 * The TypeScript type of a value of shape `id`, as printed in `file`: named shapes by reference
 * (imported through the printer), lists and maps inline, simple shapes as built-in types. A member
 * holding an event stream (a `@streaming` union) is an `AsyncIterable` of the union's values; with
 * `use: "declaration"`, the union's own type.
 */
export function typeExpression(context: TargetContext, file: TsFile, id: ShapeId, use: "member" | "declaration" = "member"): string {
  const { model, symbols } = context;
  const shape: Shape = model.expectShape(id);
  if (id === UNIT) return UNIT_TYPE;
  if (use === "member" && shape.type === "union" && hasTrait(shape, "smithy.api#streaming")) {
    // A member holding an event stream: its events as they arrive.
    return `AsyncIterable<${file.type(symbols.symbol(symbols.typeHome(id), "types"))}>`;
  }
  if (shape.type === "structure" || shape.type === "union" || isEnumLike(shape)) {
    return file.type(symbols.symbol(symbols.typeHome(id), "types"));
  }
  switch (shape.type) {
    case "list":
    case "set": {
      const element = typeExpression(context, file, shape.member.target);
      return arrayType(isSparse(shape) ? `${element} | null` : element);
    }
    case "map": {
      const value = typeExpression(context, file, shape.value.target);
      return `Record<string, ${isSparse(shape) ? `${value} | null` : value}>`;
    }
    case "string":
      return "string";
    case "boolean":
      return "boolean";
    case "blob":
      return "Uint8Array";
    case "timestamp":
      return "Date";
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
      return "number";
    case "bigInteger":
      return "bigint";
    case "bigDecimal":
      return file.type({ name: "NumericValue", from: "@smithy/core/serde" });
    case "document":
      return file.type({ name: "DocumentType", from: "@smithy/types" });
    default:
      throw new Error(`generator bug: a member cannot target the ${shape.type} ${id}`);
  }
}

import type { TsFile } from "../core/ts-file.js";
import { filledDefault } from "../knowledge/filled-defaults.js";
import type { Model } from "../model/model.js";
import { nodeToJson } from "../model/node-json.js";
import type { NodeValue } from "../model/node.js";
import type { MemberShape, Shape } from "../model/shapes.js";

/**
 * A member's filled default (see `filledDefault`) as a TypeScript expression of the value the types
 * package declares (`"hi"`, `10`, `new Date(0)`, `new Uint8Array([97, 98, 99])`, `[]`), evaluated
 * afresh wherever it is printed, so that no two values share a list, map, Date or byte array.
 * Undefined when the member has no filled default.
 */
export function defaultValueExpression(file: TsFile, model: Model, member: MemberShape): string | undefined {
  const value = filledDefault(model, member);
  if (value === undefined) return undefined;
  return valueExpression(() => file.value({ name: "NumericValue", from: "@smithy/core/serde" }), model.expectShape(member.target, member.location), value);
}

/** Whether a client fills in the member when the data leaves it out (see {@link defaultValueExpression}). */
export function hasFilledDefault(model: Model, member: MemberShape): boolean {
  const value = filledDefault(model, member);
  return value !== undefined && valueExpression(() => "NumericValue", model.expectShape(member.target, member.location), value) !== undefined;
}

function valueExpression(numericValue: () => string, target: Shape, value: NodeValue): string | undefined {
  switch (target.type) {
    case "string":
    case "enum":
      return typeof value === "string" ? JSON.stringify(value) : undefined;
    case "boolean":
      return typeof value === "boolean" ? String(value) : undefined;
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "intEnum":
    case "float":
    case "double":
      return numberExpression(value);
    case "bigInteger":
      if ((typeof value === "number" && Number.isSafeInteger(value)) || typeof value === "bigint") return `${value}n`;
      return typeof value === "string" && /^-?\d+$/.test(value) ? `${value}n` : undefined;
    case "bigDecimal": {
      const digits = (typeof value === "number" && Number.isFinite(value)) || typeof value === "bigint" ? String(value) : typeof value === "string" ? value : undefined;
      return digits === undefined ? undefined : `new ${numericValue()}(${JSON.stringify(digits)}, "bigDecimal")`;
    }
    case "timestamp": {
      // Epoch seconds, or a date-time string.
      const time = typeof value === "number" ? Math.round(value * 1000) : typeof value === "string" ? Date.parse(value) : Number.NaN;
      return Number.isNaN(time) ? undefined : `new Date(${time})`;
    }
    case "blob": {
      // The default of a blob is its base64 text.
      if (typeof value !== "string") return undefined;
      const bytes = [...Buffer.from(value, "base64")];
      return bytes.length ? `new Uint8Array([${bytes.join(", ")}])` : "new Uint8Array(0)";
    }
    case "list":
    case "set":
      return Array.isArray(value) && value.length === 0 ? "[]" : undefined;
    case "map":
      return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0 ? "{}" : undefined;
    case "document":
      return documentExpression(value);
    default:
      return undefined;
  }
}

function numberExpression(value: NodeValue): string | undefined {
  if (typeof value === "number") return String(value);
  // a long beyond 2^53: the nearest JS number, as a JSON reader would give it
  if (typeof value === "bigint") return String(Number(value));
  if (value === "NaN") return "Number.NaN";
  if (value === "Infinity") return "Number.POSITIVE_INFINITY";
  if (value === "-Infinity") return "Number.NEGATIVE_INFINITY";
  return undefined;
}

/** A JSON value as a fresh expression; a non-empty object or array is parsed, so that a `__proto__` key stays a key. */
function documentExpression(value: NodeValue): string {
  if (typeof value !== "object" || value === null) return nodeToJson(value);
  const empty = Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
  if (empty) return Array.isArray(value) ? "[]" : "{}";
  return `JSON.parse(${JSON.stringify(nodeToJson(value))})`;
}

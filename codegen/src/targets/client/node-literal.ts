import { propertyKey } from "../../core/naming.js";
import type { NodeValue } from "../../model/node.js";

/** Prints the value at `path` some other way, or returns undefined to print it as it is. */
export type LiteralOverride = (path: readonly string[], value: NodeValue) => string | undefined;

/**
 * A Smithy node value as a TypeScript literal, one property per line (keys bare where they can
 * be), in the model's own key order so that the rule set reads like the model.
 */
export function nodeLiteral(value: NodeValue, indent = "", override?: LiteralOverride, path: readonly string[] = []): string {
  const replaced = override?.(path, value);
  if (replaced !== undefined) return replaced;
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every((item) => item === null || typeof item !== "object")) {
      const flat = `[${value.map((item) => JSON.stringify(item)).join(", ")}]`;
      if (flat.length <= 80) return flat;
    }
    return `[\n${value.map((item, position) => `${inner}${nodeLiteral(item, inner, override, [...path, String(position)])},`).join("\n")}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([key, item]) => `${inner}${propertyKey(key)}: ${nodeLiteral(item, inner, override, [...path, key])},`).join("\n")}\n${indent}}`;
}

import { propertyKey } from "../../core/naming.js";
import type { NodeValue } from "../../model/node.js";

/**
 * A Smithy node value as a TypeScript literal, one property per line (keys bare where they can
 * be), in the model's own key order so that the rule set reads like the model.
 */
export function nodeLiteral(value: NodeValue, indent = ""): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every((item) => item === null || typeof item !== "object")) {
      const flat = `[${value.map((item) => JSON.stringify(item)).join(", ")}]`;
      if (flat.length <= 80) return flat;
    }
    return `[\n${value.map((item) => `${inner}${nodeLiteral(item, inner)},`).join("\n")}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([key, item]) => `${inner}${propertyKey(key)}: ${nodeLiteral(item, inner)},`).join("\n")}\n${indent}}`;
}

import { propertyKey } from "../../core/naming.js";
import { nodeToJson } from "../../model/node-json.js";
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
  if (value === null || typeof value !== "object") return nodeToJson(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every((item) => item === null || typeof item !== "object")) {
      const flat = `[${value.map((item) => nodeToJson(item)).join(", ")}]`;
      if (flat.length <= 80) return flat;
    }
    return `[\n${value.map((item, position) => `${inner}${nodeLiteral(item, inner, override, [...path, String(position)])},`).join("\n")}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([key, item]) => `${inner}${propertyKey(key)}: ${nodeLiteral(item, inner, override, [...path, key])},`).join("\n")}\n${indent}}`;
}

/** A node value as a TypeScript literal on one line, keys bare where they can be, in the model's key order. */
export function compactNodeLiteral(value: NodeValue, override?: LiteralOverride, path: readonly string[] = []): string {
  const replaced = override?.(path, value);
  if (replaced !== undefined) return replaced;
  if (value === null || typeof value !== "object") return nodeToJson(value);
  if (Array.isArray(value)) return `[${value.map((item, position) => compactNodeLiteral(item, override, [...path, String(position)])).join(", ")}]`;
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  return `{ ${entries.map(([key, item]) => `${propertyKey(key)}: ${compactNodeLiteral(item, override, [...path, key])}`).join(", ")} }`;
}

/**
 * An endpoint rule set as a TypeScript literal: its top-level properties one per line, its
 * parameters on one line and each top-level rule on one line. The rules of AWS services are
 * mostly the same tree with a different hostname; printed a node per line, every service's
 * client would repeat long runs of the same lines. Tools that format JSON read it back.
 */
export function ruleSetLiteral(ruleSet: NodeValue, override?: LiteralOverride): string {
  if (ruleSet === null || typeof ruleSet !== "object" || Array.isArray(ruleSet)) return compactNodeLiteral(ruleSet, override);
  const lines = Object.entries(ruleSet).map(([key, value]) => {
    if (key === "rules" && Array.isArray(value) && value.length > 0) {
      const rules = value.map((rule, position) => `    ${compactNodeLiteral(rule, override, [key, String(position)])},`);
      return `  ${propertyKey(key)}: [\n${rules.join("\n")}\n  ],`;
    }
    return `  ${propertyKey(key)}: ${compactNodeLiteral(value, override, [key])},`;
  });
  return `{\n${lines.join("\n")}\n}`;
}

import { isNodeObject, type NodeValue } from "../model/node.js";
import { quoteString, textBlock } from "./strings.js";

/** One level of indentation, as Smithy's own IDL serializer writes it. */
export const INDENT = "    ";

/** Lines are kept within this width where the value allows it. */
export const WIDTH = 120;

const IDL_KEY = /^_*[A-Za-z][A-Za-z0-9_]*$/;

/** An object key: bare when it is an identifier, else quoted. */
export function nodeKey(key: string): string {
  return IDL_KEY.test(key) && key !== "true" && key !== "false" && key !== "null" ? key : quoteString(key);
}

function numberText(value: number | bigint): string {
  if (typeof value === "bigint") return value.toString();
  // a literal too large for a double (`1e400`) loads as an infinity: a literal that does the same
  if (value === Number.POSITIVE_INFINITY) return "1e999";
  if (value === Number.NEGATIVE_INFINITY) return "-1e999";
  if (Number.isNaN(value)) throw new Error("a node value cannot be NaN");
  return String(value);
}

/** The value on one line, or undefined when it does not fit in `room` or holds a multi-line string. */
export function inlineNode(value: NodeValue, room: number): string | undefined {
  let used = 0;
  const write = (node: NodeValue): string | undefined => {
    let text: string | undefined;
    if (node === null) text = "null";
    else if (typeof node === "boolean") text = node ? "true" : "false";
    else if (typeof node === "number" || typeof node === "bigint") text = numberText(node);
    else if (typeof node === "string") text = node.includes("\n") ? undefined : quoteString(node);
    else if (Array.isArray(node)) {
      if (node.length === 0) text = "[]";
      else {
        const parts: string[] = [];
        for (const item of node) {
          const part = write(item);
          if (part === undefined) return undefined;
          parts.push(part);
        }
        return `[${parts.join(", ")}]`;
      }
    } else if (isNodeObject(node)) {
      const keys = Object.keys(node);
      if (keys.length === 0) text = "{}";
      else {
        const parts: string[] = [];
        for (const key of keys) {
          const part = write(node[key]!);
          if (part === undefined) return undefined;
          parts.push(`${nodeKey(key)}: ${part}`);
          used += key.length + 2;
        }
        return `{ ${parts.join(", ")} }`;
      }
    }
    if (text === undefined) return undefined;
    used += text.length + 2;
    return used > room ? undefined : text;
  };
  const text = write(value);
  return text !== undefined && text.length <= room ? text : undefined;
}

/**
 * The value in IDL syntax, starting where a line of indentation `indent` has `room` columns
 * left: on one line when it fits, else objects and arrays one entry per line (no commas), and
 * multi-line strings as text blocks.
 */
export function renderNode(value: NodeValue, indent: string, room: number): string {
  const flat = inlineNode(value, room);
  if (flat !== undefined) return flat;
  const inner = indent + INDENT;
  if (typeof value === "string") return textBlock(value, inner) ?? quoteString(value);
  if (Array.isArray(value)) {
    const items = value.map((item) => inner + renderNode(item, inner, WIDTH - inner.length));
    return `[\n${items.join("\n")}\n${indent}]`;
  }
  if (isNodeObject(value)) return `{\n${renderEntries(value, inner).join("\n")}\n${indent}}`;
  return inlineNode(value, Number.MAX_SAFE_INTEGER)!;
}

/** `key: value` lines of an object, each indented by `indent`. */
export function renderEntries(value: { readonly [key: string]: NodeValue }, indent: string): string[] {
  return Object.keys(value).map((key) => {
    const head = `${indent}${nodeKey(key)}: `;
    return head + renderNode(value[key]!, indent, WIDTH - head.length);
  });
}

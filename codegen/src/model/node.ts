/**
 * A Smithy node value, as the JSON AST writes it. A number is a JS `number`, except an integer
 * literal beyond `Number.MAX_SAFE_INTEGER` (such as `@range(max: 9223372036854775807)`), which is
 * a `bigint` so that it keeps its exact value (see `model/node-json.ts`). Only unsafe integers are
 * bigints: the same value is always represented the same way.
 */
export type NodeValue = null | boolean | number | bigint | string | NodeValue[] | NodeObject;
export interface NodeObject {
  [key: string]: NodeValue;
}

export function isNodeObject(value: NodeValue | undefined): value is NodeObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isNodeArray(value: NodeValue | undefined): value is NodeValue[] {
  return Array.isArray(value);
}

/** A number of either representation. */
export function isNodeNumber(value: NodeValue | undefined): value is number | bigint {
  return typeof value === "number" || typeof value === "bigint";
}

/** A node number as a JS number (a bigint loses its precision); undefined for anything else. */
export function nodeNumberValue(value: NodeValue | undefined): number | undefined {
  return typeof value === "number" ? value : typeof value === "bigint" ? Number(value) : undefined;
}

/** Whether a node number is an integer (a bigint always is). */
export function isNodeInteger(value: NodeValue | undefined): value is number | bigint {
  return typeof value === "bigint" || (typeof value === "number" && Number.isInteger(value));
}

/** The integer literal `text` as a node number: a bigint when a JS number cannot hold it exactly. */
export function integerLiteralNode(text: string): number | bigint {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : BigInt(text);
}

/** Structural equality of node values; object key order does not matter. */
export function nodeEquals(a: NodeValue | undefined, b: NodeValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return Number.isNaN(a) && Number.isNaN(b);
  // a float literal beyond 2^53 (`1e20`) and the integer literal of the same value are equal
  if ((typeof a === "bigint" && typeof b === "number") || (typeof a === "number" && typeof b === "bigint")) return a == b;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!nodeEquals(a[i], b[i])) return false;
    return true;
  }
  if (isNodeObject(a) && isNodeObject(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys) {
      if (!Object.prototype.hasOwnProperty.call(b, key) || !nodeEquals(a[key], b[key])) return false;
    }
    return true;
  }
  return false;
}

/** Code-unit order, the one sort order every generated collection uses. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy of the node with object keys sorted recursively, for canonical printing. */
export function sortNode(value: NodeValue): NodeValue {
  if (Array.isArray(value)) return value.map(sortNode);
  if (isNodeObject(value)) {
    const out: NodeObject = {};
    for (const key of Object.keys(value).sort(compareCodeUnits)) out[key] = sortNode(value[key]!);
    return out;
  }
  return value;
}

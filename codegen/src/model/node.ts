/** A Smithy node value, as the JSON AST writes it. */
export type NodeValue = null | boolean | number | string | NodeValue[] | NodeObject;
export interface NodeObject {
  [key: string]: NodeValue;
}

export function isNodeObject(value: NodeValue | undefined): value is NodeObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isNodeArray(value: NodeValue | undefined): value is NodeValue[] {
  return Array.isArray(value);
}

/** Structural equality of node values; object key order does not matter. */
export function nodeEquals(a: NodeValue | undefined, b: NodeValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return Number.isNaN(a) && Number.isNaN(b);
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

import { integerLiteralNode, isNodeObject, type NodeObject, type NodeValue } from "./node.js";

/**
 * JSON text <-> node values, keeping integers beyond 2^53 exact (as bigints) both ways.
 *
 * Node 20's JSON.parse gives a reviver no source text, so a big integer has already been rounded
 * when the reviver sees it. JSON.parse still decides validity (and names the position of a syntax
 * error); only a text that holds a run of 16 or more digits, which an unsafe integer needs, is then
 * read again by `parseExactJson`, so the common case costs nothing more than JSON.parse.
 */
export function parseNodeJson(text: string): NodeValue {
  const value = JSON.parse(text) as NodeValue;
  return UNSAFE_DIGITS.test(text) ? parseExactJson(text) : value;
}

/** 2^53 has 16 digits: a shorter integer is always safe. */
const UNSAFE_DIGITS = /\d{16}/;

/**
 * Reads JSON text that JSON.parse accepted, turning integer literals a JS number cannot hold
 * exactly into bigints. Objects are built like JSON.parse builds them (a `__proto__` key is an
 * own property).
 */
function parseExactJson(text: string): NodeValue {
  let i = 0;
  const skip = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return;
    }
  };
  const readString = (): string => {
    const start = i;
    i++;
    let escaped = false;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) {
        escaped = true;
        i += 2;
      } else i++;
    }
    i++;
    return escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
  };
  const readValue = (): NodeValue => {
    skip();
    const c = text[i];
    if (c === "{") {
      i++;
      const out: NodeObject = {};
      skip();
      if (text[i] === "}") {
        i++;
        return out;
      }
      for (;;) {
        skip();
        const key = readString();
        skip();
        i++; // :
        const value = readValue();
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
        skip();
        if (text[i++] === "}") return out;
      }
    }
    if (c === "[") {
      i++;
      const out: NodeValue[] = [];
      skip();
      if (text[i] === "]") {
        i++;
        return out;
      }
      for (;;) {
        out.push(readValue());
        skip();
        if (text[i++] === "]") return out;
      }
    }
    if (c === '"') return readString();
    if (c === "t") return (i += 4), true;
    if (c === "f") return (i += 5), false;
    if (c === "n") return (i += 4), null;
    const start = i;
    let integer = true;
    for (;;) {
      const ch = text[i];
      if (ch === "." || ch === "e" || ch === "E") integer = false;
      else if (ch !== "-" && ch !== "+" && !(ch! >= "0" && ch! <= "9")) break;
      i++;
    }
    const literal = text.slice(start, i);
    return integer ? integerLiteralNode(literal) : Number(literal);
  };
  return readValue();
}

/**
 * A node value as JSON text, with bigints as their exact digits. With `indent`, laid out as
 * `JSON.stringify(value, null, indent)` lays it out.
 */
export function nodeToJson(value: NodeValue, indent = 0): string {
  const pad = " ".repeat(indent);
  const write = (node: NodeValue, prefix: string): string => {
    if (node === null) return "null";
    switch (typeof node) {
      case "string":
        return JSON.stringify(node);
      case "number":
        return Number.isFinite(node) ? String(node) : "null";
      case "bigint":
        return node.toString();
      case "boolean":
        return node ? "true" : "false";
    }
    const inner = prefix + pad;
    const [open, close, separator] = indent > 0 ? ["\n" + inner, "\n" + prefix, ",\n" + inner] : ["", "", ","];
    if (Array.isArray(node)) {
      if (node.length === 0) return "[]";
      return `[${open}${node.map((item) => write(item, inner)).join(separator)}${close}]`;
    }
    if (!isNodeObject(node)) return "null";
    const keys = Object.keys(node);
    if (keys.length === 0) return "{}";
    const colon = indent > 0 ? ": " : ":";
    return `{${open}${keys.map((key) => `${JSON.stringify(key)}${colon}${write(node[key]!, inner)}`).join(separator)}${close}}`;
  };
  return write(value, "");
}

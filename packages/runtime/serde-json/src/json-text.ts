import { NumericValue } from "@smithy/core/serde";

/** How a service turns values into JSON text and back. */
export interface JsonText {
  /** The JSON text of a serialized value. */
  stringify(value: unknown): string;
  /** The value of JSON text; an empty body is an empty object. */
  parse(text: string): unknown;
}

/** The JSON text of a serialized value. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value);
}

/** Parses JSON text; an empty body is an empty object. */
export function parseJsonText(text: string): unknown {
  return text.length === 0 ? {} : JSON.parse(text);
}

/** `JSON.stringify` and `JSON.parse`: for services without bigInteger or bigDecimal values. */
export const plainJsonText: JsonText = { stringify: toJsonText, parse: parseJsonText };

// Marks a value toJsonTextWithBigNumbers writes as raw text, and a number parseJsonTextWithBigNumbers
// keeps as written. The NUL makes it a string few payloads send; JSON escapes it as \u0000. A
// string or key of the payload that starts with it is passed through the same tables, so that it
// comes out as it went in.
const MARKER = "\u0000\u039d";
const MARKED = /"\\u0000\u039d(\d+)\\u0000\u039d"/g;
/** The marker as it stands in JSON text, inside a string's quotes. */
const MARKER_TEXT = JSON.stringify(MARKER).slice(1, -1);

/**
 * The JSON text of a serialized value. bigints and `NumericValue`s are written as bare numbers
 * with all their digits (`JSON.stringify` alone rejects bigints and would quote decimals).
 */
export function toJsonTextWithBigNumbers(value: unknown): string {
  const raw: string[] = [];
  const placeholder = (text: string): string => {
    raw.push(text);
    return `${MARKER}${raw.length - 1}${MARKER}`;
  };
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === "bigint" || item instanceof NumericValue) return placeholder(item.toString());
    if (typeof item === "string" && item.startsWith(MARKER)) return placeholder(JSON.stringify(item));
    if (typeof item === "object" && item !== null && !Array.isArray(item) && Object.keys(item).some((key) => key.startsWith(MARKER))) {
      const renamed: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(item)) {
        const name = key.startsWith(MARKER) ? placeholder(JSON.stringify(key)) : key;
        Object.defineProperty(renamed, name, { value: entry, enumerable: true, writable: true, configurable: true });
      }
      return renamed;
    }
    return item;
  });
  return raw.length === 0 ? text : text.replace(MARKED, (_match, index: string) => raw[Number(index)]!);
}

/** The most significant digits a double keeps exactly. */
const DOUBLE_DIGITS = 15;

/** Whether a number token has more significant digits than a double keeps. */
function isLong(token: string): boolean {
  return token.replace(/[eE].*$/, "").replace(/[-+.]/g, "").replace(/^0+/, "").length > DOUBLE_DIGITS;
}

/** Whether the JSON string token that ends just before `end` is an object key (a `:` follows it). */
function isKey(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && (text[i] === " " || text[i] === "\n" || text[i] === "\r" || text[i] === "\t")) i++;
  return text[i] === ":";
}

/**
 * Replaces each long number token outside strings with the string MARKER + "n" + token, and
 * tags each string value that starts with a NUL (the first character of MARKER) as MARKER + "s" +
 * the string, so that the reviver can tell the two apart.
 */
function markLongNumbers(text: string): string {
  let out = "";
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: skip to its closing quote, stepping over escapes.
      const start = i;
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
      i++;
      if (text.startsWith("\\u0000", start + 1) && !isKey(text, i)) {
        out += `${text.slice(copied, start + 1)}${MARKER_TEXT}s`;
        copied = start + 1;
      }
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      let end = i + 1;
      while (end < text.length && /[0-9eE.+-]/.test(text[end]!)) end++;
      const token = text.slice(i, end);
      if (isLong(token)) {
        out += `${text.slice(copied, i)}"${MARKER_TEXT}n${token}"`;
        copied = end;
      }
      i = end;
    } else i++;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Parses JSON text; an empty body is an empty object. Numbers with more digits than a double
 * keeps are not rounded, as `JSON.parse` alone would round them: integers become bigints and
 * decimals `NumericValue`s (the readers of other number types turn them back into numbers).
 */
export function parseJsonTextWithBigNumbers(text: string): unknown {
  if (text.length === 0) return {};
  const marked = /(?:\d\.?){16}/.test(text) ? markLongNumbers(text) : text;
  if (marked === text) return JSON.parse(text);
  return JSON.parse(marked, (_key, value: unknown) => {
    if (typeof value !== "string" || !value.startsWith(MARKER)) return value;
    const kind = value.charAt(MARKER.length);
    const token = value.slice(MARKER.length + 1);
    if (kind === "s") return token;
    return /^-?\d+$/.test(token) ? BigInt(token) : new NumericValue(token, "bigDecimal");
  });
}

/** JSON text that keeps bigInteger and bigDecimal values exact, both ways. */
export const bigNumberJsonText: JsonText = { stringify: toJsonTextWithBigNumbers, parse: parseJsonTextWithBigNumbers };

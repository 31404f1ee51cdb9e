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

// Marks a value toJsonTextWithBigNumbers writes as bare digits, and a number
// parseJsonTextWithBigNumbers keeps as written. The NUL makes it a string no payload sends; JSON
// escapes it as \u0000.
const MARKER = "\u0000\u039d";
const MARKED = /"\\u0000\u039d(\d+)\\u0000\u039d"/g;

/**
 * The JSON text of a serialized value. bigints and `NumericValue`s are written as bare numbers
 * with all their digits (`JSON.stringify` alone rejects bigints and would quote decimals).
 */
export function toJsonTextWithBigNumbers(value: unknown): string {
  const digits: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === "bigint" || item instanceof NumericValue) {
      digits.push(item.toString());
      return `${MARKER}${digits.length - 1}${MARKER}`;
    }
    return item;
  });
  return digits.length === 0 ? text : text.replace(MARKED, (_match, index: string) => digits[Number(index)]!);
}

/** The most significant digits a double keeps exactly. */
const DOUBLE_DIGITS = 15;

/** Whether a number token has more significant digits than a double keeps. */
function isLong(token: string): boolean {
  return token.replace(/[eE].*$/, "").replace(/[-+.]/g, "").replace(/^0+/, "").length > DOUBLE_DIGITS;
}

/** Replaces each long number token outside strings with the string MARKER + token. */
function markLongNumbers(text: string): string {
  let out = "";
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: skip to its closing quote, stepping over escapes.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
      i++;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      let end = i + 1;
      while (end < text.length && /[0-9eE.+-]/.test(text[end]!)) end++;
      const token = text.slice(i, end);
      if (isLong(token)) {
        out += `${text.slice(copied, i)}${JSON.stringify(MARKER + token)}`;
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
    const token = value.slice(MARKER.length);
    return /^-?\d+$/.test(token) ? BigInt(token) : new NumericValue(token, "bigDecimal");
  });
}

/** JSON text that keeps bigInteger and bigDecimal values exact, both ways. */
export const bigNumberJsonText: JsonText = { stringify: toJsonTextWithBigNumbers, parse: parseJsonTextWithBigNumbers };

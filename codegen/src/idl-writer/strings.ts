/**
 * Strings in IDL syntax: quoted strings, text blocks and documentation comments, each written
 * so that the IDL lexer (`idl/string-literal.ts`) decodes exactly the original text.
 */

/** A lone surrogate cannot be written as UTF-8: it is escaped. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const hex4 = (code: number): string => `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;

const QUOTED_ESCAPES: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

/** Characters the lexer does not take as they are (other than `"` and `\`, handled apart). */
function escapeControls(text: string, keep: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001F\u007F]/g, (c) => (keep.includes(c) ? c : (QUOTED_ESCAPES[c] ?? hex4(c.charCodeAt(0))))).replace(LONE_SURROGATE, (c) => hex4(c.charCodeAt(0)));
}

/** `"text"` with escapes. */
export function quoteString(text: string): string {
  return `"${escapeControls(text.replace(/["\\]/g, (c) => QUOTED_ESCAPES[c]!), "")}"`;
}

/**
 * A text block for `text`, its lines indented by `indent` (the closing quotes too when the text
 * ends with a line break), or undefined when a quoted string is better: a single line.
 */
export function textBlock(text: string, indent: string): string | undefined {
  if (!text.includes("\n")) return undefined;
  const endsWithBreak = text.endsWith("\n");
  const body = endsWithBreak ? text.slice(0, -1) : text;
  let escaped = escapeControls(body.replace(/\\/g, "\\\\"), "\n\t");
  // `"""` would close the block: a quote followed by a quote is escaped, and so is a last quote
  // that the closing quotes follow on the same line.
  escaped = escaped.replace(/"(?=")/g, '\\"');
  if (!endsWithBreak && body.endsWith('"')) escaped = `${escaped.slice(0, -1)}\\"`;
  // Trailing spaces are stripped from every line, and a line of spaces only is blank: the last
  // space of each line is escaped so that it stays.
  const lines = escaped.split("\n").map((line) => (line.endsWith(" ") ? `${line.slice(0, -1)}\\u0020` : line));
  // The smallest indentation is incidental: when every line is indented, one line's first space
  // is escaped so that the block's own indentation is the smallest.
  const leading = (line: string): number => /^ */.exec(line)![0].length;
  const margin = Math.min(...lines.filter((line) => line.length > 0).map(leading));
  if (margin > 0 && Number.isFinite(margin)) {
    const at = lines.findIndex((line) => line.length > 0 && leading(line) === margin);
    lines[at] = `\\u0020${lines[at]!.slice(1)}`;
  }
  const content = lines.map((line) => (line.length > 0 ? indent + line : "")).join("\n");
  return endsWithBreak ? `"""\n${content}\n${indent}"""` : `"""\n${content}"""`;
}

/**
 * `///` lines for a documentation string, or undefined when the comments could not say it (a
 * carriage return, a control character, a lone surrogate): it is then written as a trait.
 */
export function docComment(text: string, indent: string): string[] | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B-\u001F\u007F]/.test(text) || new RegExp(LONE_SURROGATE.source).test(text)) return undefined;
  return text.split("\n").map((line) => (line.length > 0 ? `${indent}/// ${line}` : `${indent}///`));
}

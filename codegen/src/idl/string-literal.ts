/**
 * Decoding of the IDL's quoted strings and text blocks: line ending normalization, the
 * incidental-whitespace stripping of text blocks, and escapes. Throws a plain Error whose
 * message the lexer turns into an ERROR token.
 */

/** Decodes the characters between the quotes of a quoted string or text block. */
export function decodeStringContents(raw: string, textBlock: boolean): string {
  // CR and CRLF become LF so that a model means the same on every platform; a literal CR can
  // still be written as an escape.
  let text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (textBlock) text = stripIncidentalWhitespace(text);
  return unescape(text, textBlock);
}

/**
 * A text block's content starts on the line after the opening quotes. The smallest indentation
 * of its non-blank lines (and of the closing line, when it holds only spaces) is incidental and
 * removed, as is trailing whitespace of every line.
 */
function stripIncidentalWhitespace(text: string): string {
  if (text.length === 0) throw new Error("Text block is empty");
  if (text[0] !== "\n") throw new Error("Text block must start with a new line");
  const lines = text.split("\n");
  let indent = Number.MAX_SAFE_INTEGER;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const isLast = i === lines.length - 1;
    let spaces = 0;
    while (spaces < line.length && line[spaces] === " ") spaces++;
    // A blank line does not count, except the closing line which sets the margin.
    const padding = spaces < line.length ? spaces : isLast ? line.length : -1;
    if (padding >= 0 && padding < indent) indent = padding;
  }
  const out: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    let end = line.length - 1;
    while (end > 0 && line[end] === " ") end--;
    const start = Math.min(indent, line.length);
    out.push(line.length > 0 && end >= start ? line.slice(start, end + 1) : "");
  }
  return out.join("\n");
}

function isPlainCharacter(code: number, textBlock: boolean): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x20 ||
    code === 0x21 ||
    (textBlock && code === 0x22) ||
    (code >= 0x23 && code <= 0x5b) ||
    code >= 0x5d
  );
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  // An escaped line break joins the lines.
  "\n": "",
};

function unescape(text: string, textBlock: boolean): string {
  if (!text.includes("\\")) {
    for (let i = 0; i < text.length; i++) {
      if (!isPlainCharacter(text.charCodeAt(i), textBlock)) throw new Error(`Invalid string character: \`${text[i]}\``);
    }
    return text;
  }
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== "\\") {
      if (!isPlainCharacter(text.charCodeAt(i), textBlock)) throw new Error(`Invalid string character: \`${c}\``);
      out += c;
      continue;
    }
    const escaped = text[++i];
    if (escaped === undefined) throw new Error("Invalid escape found in string: `\\`");
    if (escaped === "u") {
      let code = 0;
      for (let k = 0; k < 4; k++) {
        const hex = text[++i];
        if (hex === undefined) throw new Error("Invalid unclosed unicode escape found in string");
        const digit = parseInt(hex, 16);
        if (Number.isNaN(digit) || !/[0-9a-fA-F]/.test(hex)) throw new Error(`Invalid unicode escape character: \`${hex}\``);
        code = code * 16 + digit;
      }
      out += String.fromCharCode(code);
      continue;
    }
    const replacement = SIMPLE_ESCAPES[escaped];
    if (replacement === undefined) throw new Error(`Invalid escape found in string: \`\\${escaped}\``);
    out += replacement;
  }
  return out;
}

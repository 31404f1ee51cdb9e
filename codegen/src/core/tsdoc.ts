/**
 * Turns Smithy `@documentation` (HTML in AWS models, CommonMark elsewhere) into TSDoc lines
 * that read well in an editor's hover: paragraphs, `code`, lists, and `{@link url | text}`.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, entity: string) => {
    if (entity[0] === "#") {
      const code = entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[entity] ?? whole;
  });
}

const BLOCK_TAGS = new Set(["p", "div", "ul", "ol", "li", "dl", "dt", "dd", "note", "important", "br", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "tr", "fullname"]);

/** TSDoc gives `@` (tags) and `{`/`}` (inline tags) meaning; escape them in prose. */
function escapeProse(text: string): string {
  return text.replace(/[@{}]/g, (c) => `\\${c}`);
}

function looksLikeHtml(doc: string): boolean {
  return /<\/?(p|code|a|ul|ol|li|b|i|br|note|important|fullname|div|em|strong|dl|dt|dd)\b[^>]*>/i.test(doc);
}

interface Token {
  readonly kind: "text" | "open" | "close";
  readonly value: string;
  readonly href?: string;
}

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>/g;
  let last = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (match.index > last) tokens.push({ kind: "text", value: html.slice(last, match.index) });
    const name = match[2]!.toLowerCase();
    const href = /href\s*=\s*"([^"]*)"|href\s*=\s*'([^']*)'/i.exec(match[3] ?? "");
    const selfClosing = /\/\s*$/.test(match[3] ?? "");
    if (match[1]) tokens.push({ kind: "close", value: name });
    else {
      tokens.push(href ? { kind: "open", value: name, href: decodeEntities(href[1] ?? href[2] ?? "") } : { kind: "open", value: name });
      if (selfClosing) tokens.push({ kind: "close", value: name });
    }
    last = tag.lastIndex;
  }
  if (last < html.length) tokens.push({ kind: "text", value: html.slice(last) });
  return tokens;
}

/** Renders HTML docs into paragraphs (arrays of words and list markers). */
function htmlToParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  let current = "";
  const listStack: { ordered: boolean; count: number }[] = [];
  let codeDepth = 0;
  let link: { href: string; text: string } | undefined;
  const flush = (): void => {
    const text = current
      .replace(/\s+/g, " ")
      .replace(/(\*\*|_) ([^*_]*?) ?\1/g, "$1$2$1")
      .trim();
    if (text) paragraphs.push(text);
    current = "";
  };
  const append = (text: string): void => {
    if (link) link.text += text;
    else current += text;
  };
  for (const token of tokenize(html)) {
    if (token.kind === "text") {
      const text = decodeEntities(token.value);
      append(codeDepth > 0 ? text.replace(/`/g, "'") : escapeProse(text));
      continue;
    }
    const name = token.value;
    if (name === "code") {
      append("`");
      codeDepth += token.kind === "open" ? 1 : -1;
      if (codeDepth < 0) codeDepth = 0;
      continue;
    }
    if (name === "a") {
      if (token.kind === "open" && token.href && /^https?:\/\//.test(token.href)) link = { href: token.href, text: "" };
      else if (token.kind === "close" && link) {
        const text = link.text.replace(/\s+/g, " ").trim();
        const { href } = link;
        link = undefined;
        append(text && text !== href ? `{@link ${href} | ${text.replace(/\|/g, "\\|")}}` : `{@link ${href}}`);
      }
      continue;
    }
    if (name === "b" || name === "strong") {
      append("**");
      continue;
    }
    if (name === "i" || name === "em") {
      append("_");
      continue;
    }
    if (!BLOCK_TAGS.has(name)) continue;
    if (name === "ul" || name === "ol") {
      flush();
      if (token.kind === "open") listStack.push({ ordered: name === "ol", count: 0 });
      else listStack.pop();
      continue;
    }
    if (name === "li" || name === "dt") {
      flush();
      if (token.kind === "open") {
        const list = listStack[listStack.length - 1];
        const depth = Math.max(0, listStack.length - 1);
        const marker = list?.ordered ? `${++list.count}.` : "-";
        current = `${"\u00a0".repeat(depth * 2)}${marker} `;
      }
      continue;
    }
    if (name === "note" || name === "important") {
      flush();
      if (token.kind === "open") current = name === "note" ? "Note: " : "Important: ";
      continue;
    }
    flush();
  }
  flush();
  // A lone list marker paragraph (e.g. `<li><p>text</p></li>`) joins the paragraph after it.
  const merged: string[] = [];
  for (const paragraph of paragraphs) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && /^\u00a0*(-|\d+\.|Note:|Important:)$/.test(previous)) merged[merged.length - 1] = `${previous} ${paragraph}`;
    else merged.push(paragraph);
  }
  return merged.map((p) => p.replace(/\u00a0/g, " "));
}

function wrap(paragraph: string, width: number): string[] {
  const indent = /^(\s*)(-|\d+\.)\s/.exec(paragraph);
  const hang = indent ? " ".repeat(indent[0].length) : "";
  const lead = /^\s*/.exec(paragraph)![0];
  // A `{@link url | text}` stays on one line: editors do not follow links broken across lines.
  const words = paragraph.match(/\S*\{@link [^}]*\}\S*|\S+/g) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line && (line + " " + word).length > width) {
      lines.push(line);
      line = hang + word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length && lead) lines[0] = lead + lines[0];
  return lines;
}

/** TSDoc body lines (without the comment markers) for a documentation string. */
export function docToTsdoc(doc: string | undefined, width = 100): string[] {
  if (!doc || !doc.trim()) return [];
  if (!looksLikeHtml(doc)) {
    const lines = doc.replace(/\r\n?/g, "\n").split("\n");
    while (lines.length && !lines[0]!.trim()) lines.shift();
    while (lines.length && !lines[lines.length - 1]!.trim()) lines.pop();
    return lines.map((l) => escapeProse(l.trimEnd()));
  }
  const out: string[] = [];
  for (const paragraph of htmlToParagraphs(doc)) {
    if (out.length) {
      const isListItem = /^\s*(-|\d+\.)\s/.test(paragraph);
      const previousIsListItem = out.length > 0 && /^\s*(-|\d+\.)\s|^\s{2,}/.test(out[out.length - 1]!);
      if (!(isListItem && previousIsListItem)) out.push("");
    }
    out.push(...wrap(paragraph, width));
  }
  return out;
}

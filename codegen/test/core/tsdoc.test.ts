import { describe, expect, it } from "vitest";
import { decodeEntities, docToTsdoc } from "../../src/core/tsdoc.js";

describe("docToTsdoc: Smithy documentation as TSDoc lines", () => {
  it("gives nothing for missing or blank documentation", () => {
    expect(docToTsdoc(undefined)).toEqual([]);
    expect(docToTsdoc("  \n ")).toEqual([]);
  });

  it("turns HTML paragraphs into paragraphs separated by blank lines", () => {
    expect(docToTsdoc("<p>Returns all records.</p> <p>Second   paragraph\n spans lines.</p>")).toEqual([
      "Returns all records.",
      "",
      "Second paragraph spans lines.",
    ]);
  });

  it("keeps code as backticks, bold and italics as markdown, and links as {@link url | text}", () => {
    expect(docToTsdoc('<p>Use <code>nextPageToken</code>, <b>never</b> <i>guess</i>; see <a href="https://aws.amazon.com/lightsail">Lightsail</a>.</p>')).toEqual([
      "Use `nextPageToken`, **never** _guess_; see {@link https://aws.amazon.com/lightsail | Lightsail}.",
    ]);
  });

  it("writes a link whose text is its address as {@link url}, and drops links that are not http(s)", () => {
    expect(docToTsdoc('<p><a href="https://example.com">https://example.com</a> and <a href="#anchor">here</a></p>')).toEqual([
      "{@link https://example.com} and here",
    ]);
  });

  it("writes lists as markdown items, numbered for ordered lists, joining <li><p> paragraphs", () => {
    expect(docToTsdoc("<p>Options:</p><ul><li><p>one</p></li><li>two</li></ul><p>Steps:</p><ol><li>first</li><li>second</li></ol>")).toEqual([
      "Options:",
      "",
      "- one",
      "- two",
      "",
      "Steps:",
      "",
      "1. first",
      "2. second",
    ]);
  });

  it("labels notes and important blocks", () => {
    expect(docToTsdoc("<note><p>Only in us-east-1.</p></note><important>Costs money.</important>")).toEqual([
      "Note: Only in us-east-1.",
      "",
      "Important: Costs money.",
    ]);
  });

  it("decodes entities and escapes the characters TSDoc gives meaning to in prose", () => {
    expect(docToTsdoc("<p>a &lt;b&gt; &amp; @param {x} &#x41;&#66;</p>")).toEqual(["a <b> & \\@param \\{x\\} AB"]);
    expect(decodeEntities("&quot;&apos;&nbsp;&unknown;")).toBe("\"'\u00a0&unknown;".replace("\u00a0", " "));
  });

  it("does not escape inside code, but turns backticks there into quotes", () => {
    expect(docToTsdoc("<p><code>{@x} `y`</code></p>")).toEqual(["`{@x} 'y'`"]);
  });

  it("wraps long paragraphs at the width, indenting continuation lines of list items, never breaking a link", () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(" ");
    const lines = docToTsdoc(`<ul><li>${words} <a href="https://example.com/a/long/path">a link text</a></li></ul>`, 60);
    expect(lines.every((line) => line.length <= 60 || line.includes("{@link"))).toBe(true);
    expect(lines[0]!.startsWith("- word0")).toBe(true);
    expect(lines.slice(1).every((line) => line.startsWith("  "))).toBe(true);
    expect(lines.some((line) => line.includes("{@link https://example.com/a/long/path | a link text}"))).toBe(true);
  });

  it("keeps plain (non-HTML) documentation line by line, trimmed at both ends, escaped", () => {
    expect(docToTsdoc("\n\nFirst line.\n  Indented @tag line.  \n\n")).toEqual(["First line.", "  Indented \\@tag line."]);
  });
});

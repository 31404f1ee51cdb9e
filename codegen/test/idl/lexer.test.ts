import { describe, expect, it } from "vitest";
import { createLexer, IdlSyntaxError } from "../../src/idl/lexer.js";
import { decodeStringContents } from "../../src/idl/string-literal.js";
import type { Token } from "../../src/idl/tokens.js";

function tokens(text: string): Token[] {
  const lexer = createLexer("test.smithy", text);
  const out: Token[] = [lexer.token];
  while (lexer.token.kind !== "EOF") out.push(lexer.next());
  return out;
}

const kinds = (text: string): string[] => tokens(text).map((t) => t.kind);

describe("lexer", () => {
  it("splits punctuation, identifiers, walrus and whitespace", () => {
    expect(kinds("a:=b, @c($d#e.f)")).toEqual([
      "IDENTIFIER", "WALRUS", "IDENTIFIER", "COMMA", "SPACE", "AT", "IDENTIFIER", "LPAREN",
      "DOLLAR", "IDENTIFIER", "POUND", "IDENTIFIER", "DOT", "IDENTIFIER", "RPAREN", "EOF",
    ]);
  });

  it("tracks lines and columns across LF and CRLF", () => {
    const [a, , b, , c] = tokens("a\r\nb\nc");
    expect([a!.line, a!.column, b!.line, b!.column, c!.line, c!.column]).toEqual([1, 1, 2, 1, 3, 1]);
  });

  it("keeps the line break inside comments and tells doc comments apart", () => {
    const all = tokens("// plain\n/// doc\nx");
    expect(all.map((t) => t.kind)).toEqual(["COMMENT", "DOC_COMMENT", "IDENTIFIER", "EOF"]);
    expect(all[1]!.text).toBe("doc");
    expect(all[2]!.line).toBe(3);
  });

  describe("numbers", () => {
    it.each([
      ["0", 0, false],
      ["-10", -10, false],
      ["1.5", 1.5, true],
      ["10e2", 1000, true],
      ["-10e-2", -0.1, true],
      ["1E+3", 1000, true],
    ])("reads %s", (text, value, isFloat) => {
      const [token] = tokens(text);
      expect(token!.kind).toBe("NUMBER");
      expect(token!.number).toBe(value);
      expect(token!.isFloat).toBe(isFloat);
    });

    it.each([
      ["1.", "'.' must be followed by a digit"],
      ["1.0e", "'e', '+', and '-' must be followed by a digit"],
      ["1e+", "'e', '+', and '-' must be followed by a digit"],
      ["-", "'-' must be followed by a digit"],
    ])("rejects %s", (text, reason) => {
      const [token] = tokens(text);
      expect(token!.kind).toBe("ERROR");
      expect(token!.error).toBe(`Invalid number '${text}': ${reason}`);
    });
  });

  describe("strings", () => {
    it("decodes escapes", () => {
      const [token] = tokens(String.raw`"a\"b\\c\/d\n\t\u00e9\b\f\r"`);
      expect(token!.text).toBe('a"b\\c/d\n\té\b\f\r');
    });

    it("joins lines on an escaped line break and normalizes CRLF", () => {
      expect(tokens('"a\\\nb"')[0]!.text).toBe("ab");
      expect(tokens('"a\r\nb"')[0]!.text).toBe("a\nb");
    });

    it.each([
      [String.raw`"\'"`, "Invalid escape found in string: `\\'`"],
      [String.raw`"\ "`, "Invalid escape found in string: `\\ `"],
      [String.raw`"\u12"`, "Invalid unclosed unicode escape found in string"],
      [String.raw`"\u12t4"`, "Invalid unicode escape character: `t`"],
    ])("rejects %s", (text, message) => {
      const [token] = tokens(text);
      expect(token!.kind).toBe("ERROR");
      expect(token!.error).toBe(`Error parsing quoted string: ${message}`);
    });

    it("reports an unclosed string where the file ends", () => {
      const [token] = tokens('"abc\n\n');
      expect(token!.kind).toBe("ERROR");
      expect(token!.errorLocation).toEqual({ file: "test.smithy", line: 3, column: 1 });
    });
  });

  describe("text blocks", () => {
    const block = (inner: string): string | undefined => tokens(`"""${inner}"""`)[0]!.text;

    it("strips the indentation shared by the lines, set by the closing line too", () => {
      expect(block("\n    Hello\n      there\n    ")).toBe("Hello\n  there\n");
      expect(block("\n    Hello\n  ")).toBe("  Hello\n");
    });

    it("ignores blank lines and a closing line indented further", () => {
      expect(block("\n    a\n\n    b\n         ")).toBe("a\n\nb\n");
    });

    it("removes trailing spaces and keeps embedded quotes", () => {
      expect(block('\n    "Hi\\"  \n    ')).toBe('"Hi"\n');
      expect(block('\n    say "hi" now')).toBe('say "hi" now');
    });

    it("needs a line break after the opening quotes and some content", () => {
      expect(tokens('"""x"""')[0]!.error).toBe("Error parsing text block: Text block must start with a new line");
      expect(tokens('""""""')[0]!.error).toBe("Error parsing text block: Text block is empty");
    });

    it("decodes escapes after removing the indentation", () => {
      expect(decodeStringContents("\n    Hi \\\n    there", true)).toBe("Hi there");
    });
  });

  it("names the token it expected and the one it found", () => {
    const lexer = createLexer("test.smithy", "foo");
    expect(() => lexer.expect("LBRACE")).toThrow(new IdlSyntaxError("Expected LBRACE('{') but found IDENTIFIER('foo')", { file: "test.smithy", line: 1, column: 1 }));
    expect(() => lexer.expect("LBRACE", "STRING")).toThrow("Expected one of LBRACE('{'), STRING('\"'); but found IDENTIFIER('foo')");
  });

  it("marks characters outside the grammar as errors", () => {
    expect(tokens("!")[0]!.error).toBe("Unexpected character: '!'");
    expect(tokens("_ ")[0]!.error).toBe("Expected a valid identifier character, but found ' '");
  });
});

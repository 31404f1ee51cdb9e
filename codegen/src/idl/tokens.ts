import type { SourceLocation } from "../model/diagnostics.js";

/**
 * The token kinds of the Smithy IDL. The names follow the ones Smithy's own tokenizer uses in
 * its messages (`Expected LBRACE('{') but found ...`), so that our syntax errors read the same.
 */
export type TokenKind =
  | "SPACE"
  | "NEWLINE"
  | "COMMA"
  | "COMMENT"
  | "DOC_COMMENT"
  | "AT"
  | "STRING"
  | "TEXT_BLOCK"
  | "COLON"
  | "WALRUS"
  | "IDENTIFIER"
  | "DOT"
  | "POUND"
  | "DOLLAR"
  | "NUMBER"
  | "LBRACE"
  | "RBRACE"
  | "LBRACKET"
  | "RBRACKET"
  | "LPAREN"
  | "RPAREN"
  | "EQUAL"
  | "EOF"
  | "ERROR";

/** Commas are whitespace in the IDL; doc comments are not (they attach to what follows). */
export function isWhitespace(kind: TokenKind): boolean {
  return kind === "SPACE" || kind === "NEWLINE" || kind === "COMMA" || kind === "COMMENT";
}

const EXAMPLES: Partial<Record<TokenKind, string>> = {
  SPACE: " ",
  NEWLINE: "\\n",
  COMMA: ",",
  COMMENT: "//",
  DOC_COMMENT: "///",
  AT: "@",
  STRING: '"',
  TEXT_BLOCK: '"""',
  COLON: ":",
  WALRUS: ":=",
  DOT: ".",
  POUND: "#",
  DOLLAR: "$",
  LBRACE: "{",
  RBRACE: "}",
  LBRACKET: "[",
  RBRACKET: "]",
  LPAREN: "(",
  RPAREN: ")",
  EQUAL: "=",
};

/** `LBRACE('{')`, or `IDENTIFIER('foo')` when the actual lexeme is known. */
export function describeToken(kind: TokenKind, lexeme?: string): string {
  const text = lexeme ?? EXAMPLES[kind] ?? "";
  return text.length > 0 ? `${kind}('${text.replace(/\n/g, "\\n").replace(/\r/g, "\\r")}')` : kind;
}

export interface Token {
  readonly kind: TokenKind;
  /** Offsets into the source text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  /** The decoded value of STRING and TEXT_BLOCK tokens; the text of DOC_COMMENT tokens. */
  readonly text?: string;
  /** The value of NUMBER tokens: a bigint for an integer literal beyond 2^53, which keeps it exact. */
  readonly number?: number | bigint;
  /** NUMBER tokens written with a fraction or an exponent. */
  readonly isFloat?: boolean;
  /** What is wrong, for ERROR tokens. */
  readonly error?: string;
  /**
   * Where the problem of an ERROR token really is when that is not its first character (an
   * unclosed string is reported where the file ends, like Smithy does).
   */
  readonly errorLocation?: SourceLocation;
}

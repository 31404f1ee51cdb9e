import type { SourceLocation } from "../model/diagnostics.js";
import { integerLiteralNode } from "../model/node.js";
import { decodeStringContents } from "./string-literal.js";
import { describeToken, isWhitespace, type Token, type TokenKind } from "./tokens.js";

/** A syntax error at a precise place; the parser turns it into a diagnostic. */
export class IdlSyntaxError extends Error {
  constructor(
    message: string,
    readonly location: SourceLocation,
  ) {
    super(message);
  }
}

/**
 * Walks the tokens of one IDL file. Tokens are produced on demand and carry their line and
 * column. Documentation comments are buffered as they are passed, because whether they
 * document something is only known later (the parser takes or discards them).
 */
export interface Lexer {
  readonly file: string;
  readonly text: string;
  /** The current token. */
  readonly token: Token;
  /** The current token's kind (a method, so that type narrowing does not outlive `next()`). */
  kind(): TokenKind;
  /** Advances to the next token and returns it. */
  next(): Token;
  lexeme(token?: Token): string;
  location(token?: Token): SourceLocation;
  /** True when the current token is the identifier `word`. */
  isIdentifier(word: string): boolean;
  /** Throws a syntax error unless the current token is one of `kinds`; returns its kind. */
  expect(...kinds: TokenKind[]): TokenKind;
  /** A syntax error located at the current token. */
  error(message: string): IdlSyntaxError;
  /** The current token for messages: `IDENTIFIER('foo')`, `LBRACE('{')`, `EOF`. */
  describeCurrent(): string;
  skipSpaces(): void;
  /** Skips spaces, newlines, commas and comments (not documentation comments). */
  skipWs(): void;
  skipWsAndDocs(): void;
  expectAndSkipSpaces(): void;
  expectAndSkipWhitespace(): void;
  /** The `br` production: optional spaces, then a line break, comment or the end of the file. */
  expectAndSkipBr(): void;
  /** Removes the buffered documentation lines and returns them joined, if there were any. */
  takeDocLines(): string | undefined;
  discardDocLines(): void;
}

const SINGLE: Record<string, TokenKind> = {
  ",": "COMMA",
  "@": "AT",
  $: "DOLLAR",
  ".": "DOT",
  "{": "LBRACE",
  "}": "RBRACE",
  "[": "LBRACKET",
  "]": "RBRACKET",
  "(": "LPAREN",
  ")": "RPAREN",
  "#": "POUND",
  "=": "EQUAL",
};

// Tokens whose text varies: messages show what was actually found.
const SHOW_LEXEME: ReadonlySet<TokenKind> = new Set([
  "ERROR",
  "NUMBER",
  "IDENTIFIER",
  "STRING",
  "TEXT_BLOCK",
  "COMMENT",
  "DOC_COMMENT",
  "NEWLINE",
  "SPACE",
]);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isIdentifierChar = (c: number): boolean => isAlpha(c) || isDigit(c) || c === 95;

export function createLexer(file: string, text: string): Lexer {
  let pos = 0;
  let line = 1;
  let column = 1;
  let docLines: string[] = [];
  let token: Token;

  const here = (): SourceLocation => ({ file, line, column });
  const at = (t: Token): SourceLocation => ({ file, line: t.line, column: t.column });

  // Moves over `count` characters, keeping line and column right (CRLF is one line break).
  function advance(count: number): void {
    for (let i = 0; i < count && pos < text.length; i++) {
      const c = text.charCodeAt(pos++);
      if (c === 10 || (c === 13 && text.charCodeAt(pos) !== 10)) {
        line++;
        column = 1;
      } else if (c !== 13) {
        column++;
      }
    }
  }

  function lexToken(): Token {
    const start = pos;
    const startLine = line;
    const startColumn = column;
    const make = (kind: TokenKind, extra: Partial<Token> = {}): Token => ({
      kind,
      start,
      end: pos,
      line: startLine,
      column: startColumn,
      ...extra,
    });
    if (pos >= text.length) return make("EOF");
    const ch = text[pos]!;
    const code = text.charCodeAt(pos);
    if (ch === " " || ch === "\t") {
      while (pos < text.length && (text[pos] === " " || text[pos] === "\t")) advance(1);
      return make("SPACE");
    }
    if (ch === "\n") {
      advance(1);
      return make("NEWLINE");
    }
    if (ch === "\r") {
      advance(text[pos + 1] === "\n" ? 2 : 1);
      return make("NEWLINE");
    }
    const single = SINGLE[ch];
    if (single) {
      advance(1);
      return make(single);
    }
    if (ch === ":") {
      advance(text[pos + 1] === "=" ? 2 : 1);
      return make(text.slice(start, pos) === ":=" ? "WALRUS" : "COLON");
    }
    if (ch === '"') return lexString(make);
    if (ch === "/") return lexComment(make);
    if (ch === "-" || isDigit(code)) return lexNumber(make);
    if (ch === "_" || isAlpha(code)) return lexIdentifier(make);
    advance(1);
    return make("ERROR", { error: `Unexpected character: '${ch}'` });
  }

  function lexComment(make: (kind: TokenKind, extra?: Partial<Token>) => Token): Token {
    if (text[pos + 1] !== "/") {
      advance(1);
      return make("ERROR", { error: "Expected a '/' to follow '/' to form a comment." });
    }
    const isDoc = text[pos + 2] === "/";
    const contentStart = pos + (isDoc ? 3 : 2);
    let end = contentStart;
    while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
    const content = text.slice(contentStart, end);
    // The line break belongs to the comment, like in Smithy's tokenizer.
    const lineBreak = text[end] === "\r" && text[end + 1] === "\n" ? 2 : end < text.length ? 1 : 0;
    advance(end - pos + lineBreak);
    if (!isDoc) return make("COMMENT");
    const doc = content.startsWith(" ") ? content.slice(1) : content;
    docLines.push(doc);
    return make("DOC_COMMENT", { text: doc });
  }

  function lexNumber(make: (kind: TokenKind, extra?: Partial<Token>) => Token): Token {
    let end = pos;
    const fail = (reason: string): Token => {
      const lexeme = text.slice(pos, end);
      advance(end - pos);
      return make("ERROR", { error: `Invalid number '${lexeme}': ${reason}` });
    };
    if (text[end] === "-") {
      end++;
      if (!isDigit(text.charCodeAt(end))) return fail("'-' must be followed by a digit");
    }
    while (isDigit(text.charCodeAt(end))) end++;
    let isFloat = false;
    if (text[end] === ".") {
      end++;
      isFloat = true;
      const digits = end;
      while (isDigit(text.charCodeAt(end))) end++;
      if (end === digits) return fail("'.' must be followed by a digit");
    }
    if (text[end] === "e" || text[end] === "E") {
      end++;
      isFloat = true;
      if (text[end] === "+" || text[end] === "-") end++;
      const digits = end;
      while (isDigit(text.charCodeAt(end))) end++;
      if (end === digits) return fail("'e', '+', and '-' must be followed by a digit");
    }
    const lexeme = text.slice(pos, end);
    advance(end - pos);
    return make("NUMBER", { number: isFloat ? Number(lexeme) : integerLiteralNode(lexeme), isFloat });
  }

  function lexIdentifier(make: (kind: TokenKind, extra?: Partial<Token>) => Token): Token {
    let end = pos;
    while (text[end] === "_") end++;
    if (end > pos && !isIdentifierChar(text.charCodeAt(end))) {
      advance(end - pos);
      const found = end < text.length ? text[end] : "[EOF]";
      return make("ERROR", { error: `Expected a valid identifier character, but found '${found}'`, errorLocation: here() });
    }
    while (isIdentifierChar(text.charCodeAt(end))) end++;
    advance(end - pos);
    return make("IDENTIFIER");
  }

  function lexString(make: (kind: TokenKind, extra?: Partial<Token>) => Token): Token {
    const tripleQuoted = text.startsWith('"""', pos);
    if (!tripleQuoted && text[pos + 1] === '"') {
      advance(2);
      return make("STRING", { text: "" });
    }
    const open = tripleQuoted ? 3 : 1;
    let end = pos + open;
    while (end < text.length) {
      const c = text[end];
      if (c === '"' && (!tripleQuoted || text.startsWith('"""', end))) break;
      end += c === "\\" ? 2 : 1;
    }
    if (end >= text.length) {
      advance(text.length - pos);
      return make("ERROR", { error: "Expected: '\"', but found '[EOF]'", errorLocation: here() });
    }
    const raw = text.slice(pos + open, end);
    advance(end + open - pos);
    const kind: TokenKind = tripleQuoted ? "TEXT_BLOCK" : "STRING";
    try {
      return make(kind, { text: decodeStringContents(raw, tripleQuoted) });
    } catch (error) {
      const what = tripleQuoted ? "text block" : "quoted string";
      return make("ERROR", { error: `Error parsing ${what}: ${(error as Error).message}` });
    }
  }

  token = lexToken();

  const lexer: Lexer = {
    file,
    text,
    get token() {
      return token;
    },
    kind() {
      return token.kind;
    },
    next() {
      token = lexToken();
      return token;
    },
    lexeme(t = token) {
      return text.slice(t.start, t.end);
    },
    location(t = token) {
      return at(t);
    },
    isIdentifier(word) {
      return token.kind === "IDENTIFIER" && token.end - token.start === word.length && text.startsWith(word, token.start);
    },
    expect(...kinds) {
      if (kinds.includes(token.kind)) return token.kind;
      if (token.kind === "ERROR") throw new IdlSyntaxError(token.error ?? "Syntax error", token.errorLocation ?? at(token));
      const found = describeFound(token);
      const message =
        kinds.length === 1
          ? `Expected ${describeToken(kinds[0]!)} but found ${found}`
          : `Expected one of ${kinds.map((k) => describeToken(k)).join(", ")}; but found ${found}`;
      throw new IdlSyntaxError(message, at(token));
    },
    error(message) {
      if (token.kind === "ERROR") return new IdlSyntaxError(token.error ?? message, token.errorLocation ?? at(token));
      return new IdlSyntaxError(message, at(token));
    },
    describeCurrent() {
      return describeFound(token);
    },
    skipSpaces() {
      while (token.kind === "SPACE") lexer.next();
    },
    skipWs() {
      while (isWhitespace(token.kind)) lexer.next();
    },
    skipWsAndDocs() {
      while (isWhitespace(token.kind) || token.kind === "DOC_COMMENT") lexer.next();
    },
    expectAndSkipSpaces() {
      lexer.expect("SPACE");
      lexer.skipSpaces();
    },
    expectAndSkipWhitespace() {
      if (!isWhitespace(token.kind)) {
        throw lexer.error(`Expected one or more whitespace characters, but found ${describeFound(token)}`);
      }
      lexer.skipWsAndDocs();
    },
    expectAndSkipBr() {
      lexer.skipSpaces();
      // Documentation comments that reach the end of a statement document nothing.
      docLines = [];
      switch (token.kind) {
        case "NEWLINE":
        case "COMMENT":
        case "DOC_COMMENT":
          docLines = [];
          lexer.next();
          lexer.skipWs();
          return;
        case "EOF":
          return;
        default:
          throw lexer.error(`Expected a line break, but found ${describeFound(token)}`);
      }
    },
    takeDocLines() {
      if (docLines.length === 0) return undefined;
      const joined = docLines.join("\n");
      docLines = [];
      return joined;
    },
    discardDocLines() {
      docLines = [];
    },
  };

  function describeFound(t: Token): string {
    if (t.kind === "EOF") return "EOF";
    return describeToken(t.kind, SHOW_LEXEME.has(t.kind) ? text.slice(t.start, t.end) : undefined);
  }

  return lexer;
}

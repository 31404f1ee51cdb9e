import type { SourceLocation } from "../model/diagnostics.js";
import type { IdlNode, IdlObjectEntry, IdlTrait } from "./ast.js";
import { IdlSyntaxError, type Lexer } from "./lexer.js";

/**
 * The value-level productions shared by every statement: shape ids, node values and traits.
 * Each function expects the lexer on the first token of its production and leaves it on the
 * token after it.
 */

/** Deep enough for any real model, shallow enough that a malicious one cannot overflow the stack. */
const MAX_NESTING = 128;

/** `foo.bar` (a namespace); returns its text. */
export function parseNamespace(lexer: Lexer): string {
  const start = lexer.token.start;
  const end = skipNamespace(lexer);
  return lexer.text.slice(start, end);
}

function skipNamespace(lexer: Lexer): number {
  lexer.expect("IDENTIFIER");
  let end = lexer.token.end;
  lexer.next();
  while (lexer.kind() === "DOT") {
    lexer.next();
    lexer.expect("IDENTIFIER");
    end = lexer.token.end;
    lexer.next();
  }
  return end;
}

function skipRootShapeId(lexer: Lexer): number {
  lexer.expect("IDENTIFIER");
  let end = lexer.token.end;
  lexer.next();
  if (lexer.kind() === "DOLLAR") {
    lexer.next();
    lexer.expect("IDENTIFIER");
    end = lexer.token.end;
    lexer.next();
  }
  return end;
}

/** A relative or absolute shape id, possibly with a member: `Foo`, `Foo$bar`, `a.b#Foo$bar`. */
export function parseShapeIdText(lexer: Lexer): string {
  const start = lexer.token.start;
  let end = skipNamespace(lexer);
  if (lexer.kind() === "POUND" || lexer.kind() === "DOLLAR") {
    lexer.next();
    end = skipRootShapeId(lexer);
  }
  return lexer.text.slice(start, end);
}

/** An absolute shape id, as `use` statements require. */
export function parseAbsoluteShapeIdText(lexer: Lexer): string {
  const start = lexer.token.start;
  skipNamespace(lexer);
  lexer.expect("POUND");
  lexer.next();
  const end = skipRootShapeId(lexer);
  return lexer.text.slice(start, end);
}

export interface ValueParser {
  parseNode(location?: SourceLocation): IdlNode;
  /** Parses `@id` or `@id(value)`. */
  parseTrait(): IdlTrait;
  /** Parses traits until the next token is not `@`, skipping whitespace and doc comments between them. */
  parseTraits(): IdlTrait[];
}

export function createValueParser(lexer: Lexer): ValueParser {
  let depth = 0;

  function enter(): void {
    if (++depth > MAX_NESTING) throw lexer.error(`Parser exceeded the maximum allowed depth of ${MAX_NESTING}`);
  }

  function identifierNode(text: string, location: SourceLocation): IdlNode {
    switch (text) {
      case "true":
        return { kind: "boolean", value: true, location };
      case "false":
        return { kind: "boolean", value: false, location };
      case "null":
        return { kind: "null", location };
      default:
        return { kind: "string", value: text, location, shapeId: true };
    }
  }

  function parseNode(location: SourceLocation = lexer.location()): IdlNode {
    const kind = lexer.expect("STRING", "TEXT_BLOCK", "NUMBER", "IDENTIFIER", "LBRACE", "LBRACKET");
    switch (kind) {
      case "STRING":
      case "TEXT_BLOCK": {
        const node: IdlNode = { kind: "string", value: lexer.token.text ?? "", location };
        lexer.next();
        return node;
      }
      case "NUMBER": {
        const node: IdlNode = { kind: "number", value: lexer.token.number!, isFloat: !!lexer.token.isFloat, location };
        lexer.next();
        return node;
      }
      case "IDENTIFIER":
        return identifierNode(parseShapeIdText(lexer), location);
      case "LBRACE":
        return parseObject(location);
      default:
        return parseArray(location);
    }
  }

  function parseArray(location: SourceLocation): IdlNode {
    enter();
    lexer.next();
    lexer.skipWsAndDocs();
    const items: IdlNode[] = [];
    while (lexer.kind() !== "RBRACKET") {
      items.push(parseNode());
      lexer.skipWsAndDocs();
    }
    lexer.next();
    depth--;
    return { kind: "array", items, location };
  }

  function parseObject(location: SourceLocation): IdlNode {
    enter();
    lexer.next();
    lexer.skipWsAndDocs();
    const entries: IdlObjectEntry[] = [];
    const seen = new Set<string>();
    for (;;) {
      if (lexer.expect("RBRACE", "STRING", "IDENTIFIER") === "RBRACE") break;
      const key = lexer.kind() === "STRING" ? (lexer.token.text ?? "") : lexer.lexeme();
      const keyLocation = lexer.location();
      lexer.next();
      lexer.skipWsAndDocs();
      lexer.expect("COLON");
      lexer.next();
      lexer.skipWsAndDocs();
      const value = parseNode();
      if (seen.has(key)) throw new IdlSyntaxError(`Duplicate member: '${key}'`, keyLocation);
      seen.add(key);
      entries.push({ key, keyLocation, value });
      lexer.skipWsAndDocs();
    }
    lexer.next();
    depth--;
    return { kind: "object", entries, location };
  }

  function parseTrait(): IdlTrait {
    const location = lexer.location();
    lexer.expect("AT");
    lexer.next();
    const name = parseShapeIdText(lexer);
    if (lexer.kind() !== "LPAREN") return { name, location };
    lexer.next();
    lexer.skipWsAndDocs();
    if (lexer.kind() === "RPAREN") {
      lexer.next();
      return { name, location };
    }
    const value = parseTraitBody(location);
    lexer.skipWsAndDocs();
    lexer.expect("RPAREN");
    lexer.next();
    return { name, value, location };
  }

  // The body of `@trait(...)`: a node value, or the members of a structure without braces.
  function parseTraitBody(location: SourceLocation): IdlNode {
    const kind = lexer.expect("LBRACE", "LBRACKET", "TEXT_BLOCK", "STRING", "NUMBER", "IDENTIFIER");
    switch (kind) {
      case "LBRACE":
      case "LBRACKET":
      case "TEXT_BLOCK":
      case "NUMBER":
        return parseNode(location);
      case "STRING": {
        const keyLocation = lexer.location();
        const text = lexer.token.text ?? "";
        lexer.next();
        lexer.skipWsAndDocs();
        if (lexer.kind() !== "COLON") return { kind: "string", value: text, location };
        return parseStructuredTrait(text, keyLocation, location);
      }
      default: {
        const keyLocation = lexer.location();
        const text = parseShapeIdText(lexer);
        lexer.skipWsAndDocs();
        // `foo.bar#Baz`, `Foo$bar` can only be values; a bare identifier is a key when a colon follows.
        if (lexer.kind() === "RPAREN" || /[.$#]/.test(text)) return identifierNode(text, keyLocation);
        lexer.expect("COLON");
        return parseStructuredTrait(text, keyLocation, location);
      }
    }
  }

  function parseStructuredTrait(firstKey: string, firstKeyLocation: SourceLocation, location: SourceLocation): IdlNode {
    enter();
    lexer.next(); // the colon
    lexer.skipWsAndDocs();
    const entries: IdlObjectEntry[] = [{ key: firstKey, keyLocation: firstKeyLocation, value: parseNode() }];
    const seen = new Set([firstKey]);
    lexer.skipWsAndDocs();
    while (lexer.kind() !== "RPAREN") {
      lexer.expect("IDENTIFIER", "STRING");
      const key = lexer.kind() === "STRING" ? (lexer.token.text ?? "") : lexer.lexeme();
      const keyLocation = lexer.location();
      lexer.next();
      lexer.skipWsAndDocs();
      lexer.expect("COLON");
      lexer.next();
      lexer.skipWsAndDocs();
      const value = parseNode();
      if (seen.has(key)) throw new IdlSyntaxError(`Duplicate member of trait: '${key}'`, keyLocation);
      seen.add(key);
      entries.push({ key, keyLocation, value });
      lexer.skipWsAndDocs();
    }
    depth--;
    return { kind: "object", entries, location };
  }

  function parseTraits(): IdlTrait[] {
    const traits: IdlTrait[] = [];
    while (lexer.kind() === "AT") {
      traits.push(parseTrait());
      lexer.skipWsAndDocs();
    }
    return traits;
  }

  return { parseNode, parseTrait, parseTraits };
}

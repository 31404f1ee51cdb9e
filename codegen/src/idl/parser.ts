import type { Diagnostic, SourceLocation } from "../model/diagnostics.js";
import { nodeToJson } from "../model/node-json.js";
import type { NodeValue } from "../model/node.js";
import type { ShapeId } from "../model/shape-id.js";
import { SHAPE_TYPES, SIMPLE_TYPES, type LifecycleOperation, type SimpleType } from "../model/shapes.js";
import type {
  ApplyStatement,
  IdlFile,
  IdlMember,
  IdlNode,
  IdlObjectNode,
  IdlShape,
  IdlTrait,
  MetadataStatement,
  ShapeRef,
  SmithyVersion,
  UseStatement,
} from "./ast.js";
import { createLexer, IdlSyntaxError, type Lexer } from "./lexer.js";
import { isWhitespace } from "./tokens.js";
import { createValueParser, parseAbsoluteShapeIdText, parseNamespace, parseShapeIdText } from "./parse-values.js";

const PRELUDE_DOCUMENTATION = "smithy.api#documentation";

const SERVICE_PROPERTIES = ["version", "operations", "resources", "rename", "errors"];
const RESOURCE_PROPERTIES = [
  "create",
  "read",
  "update",
  "delete",
  "list",
  "put",
  "identifiers",
  "resources",
  "operations",
  "properties",
  "collectionOperations",
];
const LIFECYCLE: readonly LifecycleOperation[] = ["create", "put", "read", "update", "delete", "list"];

/**
 * Parses one IDL file. Never throws: syntax errors become diagnostics, and after each one the
 * parser skips to the next line that starts like a statement (as Smithy's loader does) so that
 * one file reports all of its mistakes.
 */
export function parseIdl(file: string, text: string): IdlFile {
  // A byte order mark is not part of the model.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return createIdlParser(file, source).parse();
}

interface DocsAndTraits {
  traits: IdlTrait[];
  /** Only documentation comments were found (no `@` traits). */
  onlyDocs: boolean;
}

function createIdlParser(file: string, text: string) {
  const lexer: Lexer = createLexer(file, text);
  const values = createValueParser(lexer);
  const diagnostics: Diagnostic[] = [];
  const uses = new Map<string, UseStatement>();
  const metadata: MetadataStatement[] = [];
  const shapes: IdlShape[] = [];
  const applies: ApplyStatement[] = [];
  let version: SmithyVersion = "1.0";
  let namespace: string | undefined;
  let inputSuffix = "Input";
  let outputSuffix = "Output";

  const warn = (message: string, location: SourceLocation, code = "Model"): void => {
    diagnostics.push({ severity: "warning", message, location, code });
  };
  const syntaxError = (error: IdlSyntaxError): void => {
    diagnostics.push({ severity: "error", message: error.message, location: error.location, code: "Syntax" });
  };
  const isV1 = (): boolean => version === "1.0";
  const ref = (): ShapeRef => {
    const location = lexer.location();
    return { text: parseShapeIdText(lexer), location };
  };

  function parse(): IdlFile {
    try {
      lexer.skipWsAndDocs();
      parseControlSection();
      lexer.skipWsAndDocs();
      parseMetadataSection();
      parseShapeSection();
    } catch (error) {
      if (!(error instanceof IdlSyntaxError)) throw error;
      syntaxError(error);
    }
    return { file, version, namespace, uses, metadata, shapes, applies, diagnostics };
  }

  // After a syntax error, skip to a token at the start of a line that can start a statement.
  function recover(error: unknown): void {
    if (!(error instanceof IdlSyntaxError) || lexer.kind() === "EOF") throw error;
    syntaxError(error);
    do {
      const token = lexer.next();
      if (
        token.column === 1 &&
        (token.kind === "IDENTIFIER" || token.kind === "DOC_COMMENT" || token.kind === "AT" || token.kind === "DOLLAR")
      ) {
        break;
      }
    } while (lexer.kind() !== "EOF");
    lexer.discardDocLines();
  }

  function parseControlSection(): void {
    const defined = new Set<string>();
    while (lexer.kind() === "DOLLAR") {
      try {
        lexer.next();
        lexer.expect("IDENTIFIER", "STRING");
        const key = lexer.kind() === "STRING" ? (lexer.token.text ?? "") : lexer.lexeme();
        lexer.next();
        lexer.skipSpaces();
        lexer.expect("COLON");
        lexer.next();
        lexer.skipSpaces();
        if (defined.has(key)) throw lexer.error(`Duplicate control statement \`${key}\``);
        defined.add(key);
        const value = values.parseNode();
        switch (key) {
          case "version":
            onVersion(value);
            break;
          case "operationInputSuffix":
            inputSuffix = expectSuffix(key, value);
            break;
          case "operationOutputSuffix":
            outputSuffix = expectSuffix(key, value);
            break;
          default:
            warn(`Unknown control statement \`${key}\` with value \`${nodeToJson(plainValue(value))}\``, value.location);
        }
        lexer.expectAndSkipBr();
      } catch (error) {
        recover(error);
      }
    }
  }

  function expectSuffix(key: string, value: IdlNode): string {
    if (value.kind !== "string") throw new IdlSyntaxError(`The $${key} control statement must have a string value`, value.location);
    return value.value;
  }

  function onVersion(value: IdlNode): void {
    if (value.kind !== "string") {
      throw new IdlSyntaxError(
        `The $version control statement must have a string value, but found ${nodeToJson(plainValue(value))}`,
        value.location,
      );
    }
    if (value.value === "1" || value.value === "1.0") version = "1.0";
    else if (value.value === "2" || value.value === "2.0") version = "2.0";
    else throw lexer.error(`Unsupported Smithy version number: ${value.value}`);
  }

  function parseMetadataSection(): void {
    while (lexer.isIdentifier("metadata")) {
      try {
        const location = lexer.location();
        lexer.next();
        lexer.expectAndSkipSpaces();
        lexer.expect("IDENTIFIER", "STRING");
        const key = lexer.kind() === "STRING" ? (lexer.token.text ?? "") : lexer.lexeme();
        lexer.next();
        lexer.skipSpaces();
        lexer.expect("EQUAL");
        lexer.next();
        lexer.skipSpaces();
        const value = values.parseNode();
        metadata.push({ key, value, location });
        lexer.expectAndSkipBr();
        lexer.skipWsAndDocs();
      } catch (error) {
        recover(error);
      }
    }
  }

  function parseShapeSection(): void {
    if (lexer.isIdentifier("namespace")) {
      lexer.next();
      lexer.expectAndSkipSpaces();
      namespace = parseNamespace(lexer);
      lexer.expectAndSkipBr();
      // Documentation comments before the first shape are read while looking for `use`
      // statements; they document that shape unless a `use` statement comes first.
      const firstDocLocation = lexer.location();
      lexer.skipWsAndDocs();
      parseUseSection();
      parseFirstShapeStatement(firstDocLocation);
      parseSubsequentShapeStatements();
    } else if (lexer.kind() !== "EOF") {
      throw new IdlSyntaxError(`Expected a namespace definition but found ${lexer.describeCurrent()}`, lexer.location());
    }
  }

  function parseUseSection(): void {
    while (lexer.isIdentifier("use")) {
      lexer.next();
      lexer.expectAndSkipSpaces();
      const location = lexer.location();
      const id = parseAbsoluteShapeIdText(lexer);
      if (id.includes("$")) throw new IdlSyntaxError("Use statements cannot use members", location);
      const name = id.slice(id.indexOf("#") + 1);
      const previous = uses.get(name);
      if (previous) {
        throw new IdlSyntaxError(`Cannot use name \`${id}\` because it conflicts with \`${previous.id}\``, location);
      }
      uses.set(name, { id, location });
      lexer.expectAndSkipBr();
      lexer.skipWsAndDocs();
    }
  }

  function parseFirstShapeStatement(docLocation: SourceLocation): void {
    if (lexer.kind() === "EOF") return;
    try {
      lexer.skipWsAndDocs();
      const docs = lexer.takeDocLines();
      const { traits } = parseDocsAndTraits();
      if (docs !== undefined) traits.push({ name: PRELUDE_DOCUMENTATION, value: stringNode(docs, docLocation), location: docLocation });
      if (shouldParseShape(traits, docs !== undefined && traits.length === 1)) parseShapeOrApply(traits);
    } catch (error) {
      recover(error);
    }
  }

  function parseSubsequentShapeStatements(): void {
    while (lexer.kind() !== "EOF") {
      try {
        const { traits, onlyDocs } = parseDocsAndTraits();
        if (shouldParseShape(traits, onlyDocs && traits.length === 1)) parseShapeOrApply(traits);
      } catch (error) {
        recover(error);
      }
    }
  }

  // At the end of the file, a lone doc comment documents nothing (a warning); traits there are an error.
  function shouldParseShape(traits: IdlTrait[], onlyDocComment: boolean): boolean {
    if (lexer.kind() !== "EOF") return true;
    if (onlyDocComment) {
      warn(danglingDocs(), traits[0]!.location, "BadDocumentationComment");
      return false;
    }
    return traits.length > 0;
  }

  function danglingDocs(): string {
    return "Found documentation comments ('///') attached to nothing. Documentation comments must appear on their own lines, directly before shapes and members, and before any traits.";
  }

  /**
   * Documentation comments directly before the traits (or the shape) become its
   * documentation; comments anywhere else (between traits, after them, on the line of another
   * statement) are ignored, as in Smithy.
   */
  function parseDocsAndTraits(): DocsAndTraits {
    lexer.skipWs();
    let doc: IdlTrait | undefined;
    if (lexer.kind() === "DOC_COMMENT") {
      const location = lexer.location();
      const lines: string[] = [];
      while (lexer.kind() === "DOC_COMMENT" || isWhitespace(lexer.kind())) {
        if (lexer.kind() === "DOC_COMMENT") lines.push(lexer.token.text ?? "");
        lexer.next();
      }
      doc = { name: PRELUDE_DOCUMENTATION, value: stringNode(lines.join("\n"), location), location };
    } else {
      lexer.skipWsAndDocs();
    }
    const traits = values.parseTraits();
    lexer.skipWsAndDocs();
    lexer.discardDocLines();
    const onlyDocs = traits.length === 0 && doc !== undefined;
    if (doc) traits.push(doc);
    return { traits, onlyDocs };
  }

  function expectNamespace(): string {
    if (namespace === undefined) throw lexer.error("A namespace must be defined before shapes");
    return namespace;
  }

  function parseShapeOrApply(traits: IdlTrait[]): void {
    const location = lexer.location();
    lexer.expect("IDENTIFIER");
    const keyword = lexer.lexeme();
    if (keyword === "apply") {
      parseApply(traits);
      return;
    }
    if (!SHAPE_TYPES.has(keyword)) throw lexer.error(`Unknown shape type: ${keyword}`);
    lexer.next();
    lexer.expectAndSkipSpaces();
    const id = parseShapeName();
    let shape: IdlShape;
    if (SIMPLE_TYPES.has(keyword)) {
      shape = { kind: "simple", type: keyword as SimpleType, id, location, traits, mixins: parseMixins() };
    } else {
      switch (keyword) {
        case "structure":
        case "union":
        case "list":
        case "set":
        case "map":
          shape = parseAggregate(id, location, keyword, traits);
          break;
        case "enum":
        case "intEnum":
          shape = parseEnum(id, location, keyword, traits);
          break;
        case "operation":
          shape = parseOperation(id, location, traits);
          break;
        case "service":
          shape = parseService(id, location, traits);
          break;
        default:
          shape = parseResource(id, location, traits);
          break;
      }
    }
    shapes.push(shape);
    lexer.expectAndSkipBr();
  }

  function parseShapeName(): ShapeId {
    lexer.expect("IDENTIFIER");
    const name = lexer.lexeme();
    const imported = uses.get(name);
    if (imported) {
      throw lexer.error(`Shape name \`${name}\` conflicts with imported shape \`${imported.id}\``);
    }
    lexer.next();
    return `${expectNamespace()}#${name}`;
  }

  function parseMixins(): ShapeRef[] {
    lexer.skipSpaces();
    if (!lexer.isIdentifier("with")) return [];
    if (isV1()) {
      throw lexer.error(`Mixins can only be used with Smithy version 2 or later. Attempted to use mixins with version \`${version}\`.`);
    }
    lexer.next();
    lexer.skipWsAndDocs();
    lexer.expect("LBRACKET");
    lexer.next();
    lexer.skipWsAndDocs();
    const mixins: ShapeRef[] = [];
    do {
      mixins.push(ref());
      lexer.skipWsAndDocs();
    } while (lexer.kind() !== "RBRACKET");
    lexer.next();
    return mixins;
  }

  function parseForResource(): ShapeRef | undefined {
    lexer.skipSpaces();
    if (!lexer.isIdentifier("for")) return undefined;
    if (isV1()) {
      throw lexer.error(
        `Structures can only be bound to resources with Smithy version 2 or later. Attempted to bind a structure to a resource with version \`${version}\`.`,
      );
    }
    lexer.next();
    lexer.expectAndSkipSpaces();
    return ref();
  }

  function parseAggregate(
    id: ShapeId,
    location: SourceLocation,
    type: "structure" | "union" | "list" | "set" | "map",
    traits: IdlTrait[],
  ): IdlShape {
    const forResource = parseForResource();
    const mixins = parseMixins();
    lexer.skipWsAndDocs();
    lexer.expect("LBRACE");
    lexer.next();
    lexer.skipWs();
    const members: IdlMember[] = [];
    if (type === "structure" || type === "union") {
      const seen = new Set<string>();
      while (lexer.kind() !== "EOF" && lexer.kind() !== "RBRACE") {
        parseMember(id, members, seen, type === "structure");
        lexer.skipWs();
      }
    } else {
      const names = type === "map" ? ["key", "value"] : ["member"];
      for (const name of names) {
        parseFixedMember(members, name);
        lexer.skipWs();
      }
      lexer.skipWsAndDocs();
    }
    lexer.expect("RBRACE");
    lexer.next();
    return { kind: "aggregate", type, id, location, traits, mixins, members, forResource };
  }

  function parseMember(container: ShapeId, members: IdlMember[], seen: Set<string>, allowDefault: boolean): void {
    const { traits, onlyDocs } = parseDocsAndTraits();
    const location = lexer.location();
    // A doc comment right before the closing brace documents nothing.
    if (lexer.kind() === "RBRACE" && onlyDocs) return;
    const elided = lexer.kind() === "DOLLAR";
    if (elided) lexer.next();
    lexer.expect("IDENTIFIER");
    const name = lexer.lexeme();
    if (seen.has(name)) throw lexer.error(`Duplicate member of \`${container}\`: '${name}'`);
    seen.add(name);
    if (elided && isV1()) throw lexer.error("Members can only elide targets in IDL version 2 or later");
    lexer.next();
    let target: ShapeRef | undefined;
    if (!elided) {
      lexer.skipSpaces();
      lexer.expect("COLON");
      lexer.next();
      lexer.skipSpaces();
      target = ref();
    }
    lexer.skipSpaces();
    if (allowDefault && lexer.kind() === "EQUAL") {
      if (isV1()) throw lexer.error("@default assignment is only supported in IDL version 2 or later");
      const defaultLocation = lexer.location();
      lexer.next();
      lexer.skipSpaces();
      const value = values.parseNode();
      traits.push({ name: "smithy.api#default", value, location: defaultLocation });
      skipOptionalCommaThenBr();
    }
    members.push({ name, target, traits, location });
  }

  // A value assignment ends its line, though a comma may still follow it (`a: String = "x",`).
  function skipOptionalCommaThenBr(): void {
    lexer.skipSpaces();
    if (lexer.kind() === "COMMA") lexer.next();
    lexer.expectAndSkipBr();
  }

  // The members of lists (`member`) and maps (`key`, `value`), which may also elide their targets.
  function parseFixedMember(members: IdlMember[], name: string): void {
    const { traits } = parseDocsAndTraits();
    const location = lexer.location();
    let elided = false;
    if (lexer.kind() === "DOLLAR") {
      elided = true;
      if (isV1()) throw lexer.error("Members can only elide targets in IDL version 2 or later");
      lexer.next();
      lexer.expect("IDENTIFIER");
    } else if (!lexer.isIdentifier(name)) {
      if (traits.some((t) => t.name !== PRELUDE_DOCUMENTATION)) throw lexer.error("Expected member definition to follow traits");
      return;
    }
    if (!lexer.isIdentifier(name)) throw lexer.error(`Expected \`${name}\` but found ${lexer.describeCurrent()}`);
    lexer.next();
    let target: ShapeRef | undefined;
    if (!elided) {
      lexer.skipWsAndDocs();
      lexer.expect("COLON");
      lexer.next();
      lexer.skipWsAndDocs();
      target = ref();
    }
    members.push({ name, target, traits, location });
  }

  function parseEnum(id: ShapeId, location: SourceLocation, type: "enum" | "intEnum", traits: IdlTrait[]): IdlShape {
    const mixins = parseMixins();
    lexer.skipWsAndDocs();
    lexer.expect("LBRACE");
    lexer.next();
    lexer.skipWs();
    const members: IdlMember[] = [];
    const seen = new Set<string>();
    while (lexer.kind() !== "EOF" && lexer.kind() !== "RBRACE") {
      const { traits: memberTraits, onlyDocs } = parseDocsAndTraits();
      if (lexer.kind() === "RBRACE" && onlyDocs) break;
      const memberLocation = lexer.location();
      lexer.expect("IDENTIFIER");
      const name = lexer.lexeme();
      if (seen.has(name)) throw lexer.error(`Found conflicting member name, \`${name}\``);
      seen.add(name);
      lexer.next();
      lexer.skipSpaces();
      if (lexer.kind() === "EQUAL") {
        const valueLocation = lexer.location();
        lexer.next();
        lexer.skipSpaces();
        const value = values.parseNode();
        memberTraits.push({ name: "smithy.api#enumValue", value, location: valueLocation });
        skipOptionalCommaThenBr();
      } else {
        lexer.skipWs();
      }
      members.push({ name, target: { text: "smithy.api#Unit", location: memberLocation }, traits: memberTraits, location: memberLocation });
    }
    lexer.expect("RBRACE");
    lexer.next();
    return { kind: "aggregate", type, id, location, traits, mixins, members };
  }

  function parseOperation(id: ShapeId, location: SourceLocation, traits: IdlTrait[]): IdlShape {
    const mixins = parseMixins();
    lexer.skipWsAndDocs();
    lexer.expect("LBRACE");
    lexer.next();
    lexer.skipWsAndDocs();
    const defined = new Set<string>();
    let input: ShapeRef | undefined;
    let output: ShapeRef | undefined;
    let errors: ShapeRef[] = [];
    while (lexer.kind() !== "EOF" && lexer.kind() !== "RBRACE") {
      lexer.expect("IDENTIFIER");
      const key = lexer.lexeme();
      if (defined.has(key)) throw lexer.error(`Duplicate operation ${key} property for \`${id}\``);
      defined.add(key);
      lexer.next();
      lexer.skipWsAndDocs();
      switch (key) {
        case "input":
        case "output": {
          const walrus = lexer.expect("COLON", "WALRUS") === "WALRUS";
          lexer.next();
          const target = walrus ? parseInlineStructure(id, key) : (lexer.skipWsAndDocs(), ref());
          if (key === "input") input = target;
          else output = target;
          break;
        }
        case "errors":
          lexer.expect("COLON");
          lexer.next();
          errors = parseIdList();
          break;
        default:
          throw lexer.error(`Unknown property ${key} for ${id}`);
      }
      lexer.expectAndSkipWhitespace();
      lexer.skipWsAndDocs();
    }
    lexer.expect("RBRACE");
    lexer.next();
    return { kind: "operation", type: "operation", id, location, traits, mixins, input, output, errors };
  }

  function parseInlineStructure(operation: ShapeId, key: "input" | "output"): ShapeRef {
    if (isV1()) {
      throw lexer.error(
        `Inlined operation inputs and outputs can only be used with Smithy version 2 or later. Attempted to use inlined IO with version \`${version}\`.`,
      );
    }
    // Doc comments before `:=` document nothing; the ones after it document the structure.
    lexer.discardDocLines();
    lexer.skipWs();
    const { traits } = parseDocsAndTraits();
    traits.push({ name: `smithy.api#${key}`, value: { kind: "object", entries: [], location: lexer.location() }, location: lexer.location() });
    const location = lexer.location();
    const id = `${expectNamespace()}#${operation.slice(operation.indexOf("#") + 1)}${key === "input" ? inputSuffix : outputSuffix}`;
    const shape = parseAggregate(id, location, "structure", traits);
    shapes.push(shape);
    return { text: id, location };
  }

  function parseIdList(): ShapeRef[] {
    lexer.skipWsAndDocs();
    lexer.expect("LBRACKET");
    lexer.next();
    lexer.skipWsAndDocs();
    const ids: ShapeRef[] = [];
    while (lexer.kind() !== "EOF" && lexer.kind() !== "RBRACKET") {
      lexer.expect("IDENTIFIER");
      ids.push(ref());
      lexer.skipWsAndDocs();
    }
    lexer.expect("RBRACKET");
    lexer.next();
    return ids;
  }

  function parseBody(id: ShapeId, allowed: readonly string[]): IdlObjectNode {
    lexer.skipWsAndDocs();
    lexer.expect("LBRACE");
    const body = values.parseNode() as IdlObjectNode;
    const extra = body.entries.filter((e) => !allowed.includes(e.key));
    if (extra.length > 0) {
      warn(
        `${id}: Expected an object with possible properties of ${allowed.map((p) => `\`${p}\``).join(", ")}, but found additional properties: ${extra.map((e) => `\`${e.key}\``).join(", ")}`,
        extra[0]!.keyLocation,
      );
    }
    return body;
  }

  function parseService(id: ShapeId, location: SourceLocation, traits: IdlTrait[]): IdlShape {
    const mixins = parseMixins();
    const body = parseBody(id, SERVICE_PROPERTIES);
    const version = optionalString(body, "version");
    const rename: { id: ShapeRef; name: string }[] = [];
    const renameNode = entry(body, "rename");
    if (renameNode) {
      for (const e of expectObject(renameNode, "rename").entries) {
        if (e.value.kind !== "string") throw new IdlSyntaxError(`Expected \`rename\` values to be strings`, e.value.location);
        rename.push({ id: { text: e.key, location: e.keyLocation }, name: e.value.value });
      }
    }
    return {
      kind: "service",
      type: "service",
      id,
      location,
      traits,
      mixins,
      version,
      operations: idList(body, "operations"),
      resources: idList(body, "resources"),
      errors: idList(body, "errors"),
      rename,
    };
  }

  function parseResource(id: ShapeId, location: SourceLocation, traits: IdlTrait[]): IdlShape {
    const mixins = parseMixins();
    const body = parseBody(id, RESOURCE_PROPERTIES);
    const lifecycle: Partial<Record<LifecycleOperation, ShapeRef>> = {};
    for (const key of LIFECYCLE) {
      const node = entry(body, key);
      if (node) lifecycle[key] = expectRef(node, key);
    }
    const namedRefs = (key: string): { name: string; target: ShapeRef }[] => {
      const node = entry(body, key);
      if (!node) return [];
      return expectObject(node, key).entries.map((e) => ({ name: e.key, target: expectRef(e.value, `${key}.${e.key}`) }));
    };
    const propertiesNode = entry(body, "properties");
    if (propertiesNode && isV1()) {
      throw new IdlSyntaxError(
        `Resource properties can only be used with Smithy version 2 or later. Attempted to use resource properties with version \`${version}\`.`,
        propertiesNode.location,
      );
    }
    return {
      kind: "resource",
      type: "resource",
      id,
      location,
      traits,
      mixins,
      identifiers: namedRefs("identifiers"),
      properties: namedRefs("properties"),
      lifecycle,
      operations: idList(body, "operations"),
      collectionOperations: idList(body, "collectionOperations"),
      resources: idList(body, "resources"),
    };
  }

  function parseApply(traits: IdlTrait[]): void {
    const location = lexer.location();
    let docLocation: SourceLocation | undefined;
    for (const trait of traits) {
      if (trait.name !== PRELUDE_DOCUMENTATION || trait.value?.kind !== "string" || trait !== traits[traits.length - 1]) {
        throw lexer.error("Traits applied to apply statement");
      }
      docLocation = trait.location;
    }
    if (docLocation) warn(danglingDocs(), docLocation, "BadDocumentationComment");
    lexer.next();
    lexer.expectAndSkipWhitespace();
    const target = ref();
    lexer.expectAndSkipWhitespace();
    let applied: IdlTrait[];
    if (lexer.expect("AT", "LBRACE") === "AT") {
      applied = [values.parseTrait()];
    } else {
      lexer.next();
      lexer.skipWsAndDocs();
      applied = values.parseTraits();
      lexer.skipWsAndDocs();
      lexer.expect("RBRACE");
      lexer.next();
    }
    applies.push({ target, traits: applied, location });
    lexer.expectAndSkipBr();
  }

  return { parse };
}

function stringNode(value: string, location: SourceLocation): IdlNode {
  return { kind: "string", value, location };
}

function entry(body: IdlObjectNode, key: string): IdlNode | undefined {
  return body.entries.find((e) => e.key === key)?.value;
}

function expectObject(node: IdlNode, what: string): IdlObjectNode {
  if (node.kind !== "object") throw new IdlSyntaxError(`Expected \`${what}\` to be an object`, node.location);
  return node;
}

function expectRef(node: IdlNode, what: string): ShapeRef {
  if (node.kind !== "string") throw new IdlSyntaxError(`Expected \`${what}\` to be a shape id`, node.location);
  return { text: node.value, location: node.location };
}

function optionalString(body: IdlObjectNode, key: string): string | undefined {
  const node = entry(body, key);
  if (!node) return undefined;
  if (node.kind !== "string") throw new IdlSyntaxError(`Expected \`${key}\` to be a string`, node.location);
  return node.value;
}

function idList(body: IdlObjectNode, key: string): ShapeRef[] {
  const node = entry(body, key);
  if (!node) return [];
  if (node.kind !== "array") throw new IdlSyntaxError(`Expected \`${key}\` to be an array of shape ids`, node.location);
  return node.items.map((item) => expectRef(item, key));
}

/** A node value without locations, for messages. */
export function plainValue(node: IdlNode): NodeValue {
  switch (node.kind) {
    case "array":
      return node.items.map(plainValue);
    case "object":
      return Object.fromEntries(node.entries.map((e) => [e.key, plainValue(e.value)]));
    case "null":
      return null;
    default:
      return node.value;
  }
}


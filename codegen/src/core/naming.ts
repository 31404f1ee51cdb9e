/**
 * Case conversions and the escapes that keep generated identifiers legal. Every generated
 * name goes through the symbol provider, which uses these.
 */

/** Splits `GetExportSnapshotRecords`, `ARNPrefix`, `foo_bar`, `S3Bucket` into words. */
export function splitWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** `ExportSnapshotRecord` -> `export-snapshot-record`; used for file names. */
export function kebabCase(text: string): string {
  return splitWords(text)
    .map((word) => word.toLowerCase())
    .join("-");
}

export function upperFirst(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  return text.length === 0 ? text : text[0]!.toLowerCase() + text.slice(1);
}

/** Words that cannot name a declaration in strict-mode ES modules or TypeScript type positions. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  "abstract", "any", "arguments", "as", "async", "await", "bigint", "boolean", "break", "case", "catch",
  "class", "const", "constructor", "continue", "debugger", "declare", "default", "delete", "do", "else",
  "enum", "eval", "export", "extends", "false", "finally", "for", "from", "function", "get", "if",
  "implements", "import", "in", "infer", "instanceof", "interface", "is", "keyof", "let", "module",
  "namespace", "never", "new", "null", "number", "object", "of", "package", "private", "protected",
  "public", "readonly", "require", "return", "set", "static", "string", "super", "switch", "symbol",
  "this", "throw", "true", "try", "type", "typeof", "undefined", "unique", "unknown", "var", "void",
  "while", "with", "yield",
]);

/**
 * Global names the generated code relies on; a model shape with one of these names would
 * shadow it inside its module. The official AWS SDK prefixes such names with `_`
 * (`_Object`, `_Error`), and so do we, so that the two stay drop-in compatible.
 */
export const SHADOWING_NAMES: ReadonlySet<string> = new Set([
  "Array", "ArrayBuffer", "BigInt", "Boolean", "Date", "Error", "Function", "Infinity", "JSON", "Map",
  "Math", "NaN", "Number", "Object", "Promise", "Record", "RegExp", "Set", "String", "Symbol",
  "Uint8Array", "Partial", "Required", "Readonly", "Pick", "Omit", "Exclude", "Extract", "Awaited",
  "Buffer",
]);

/** A safe declaration name for a model-provided PascalCase name. */
export function escapeDeclarationName(name: string): string {
  return RESERVED_WORDS.has(name) || SHADOWING_NAMES.has(name) ? `_${name}` : name;
}

const PLAIN_PROPERTY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * An object literal key or a property signature: bare when it can be, quoted otherwise. A
 * `__proto__` key is computed, because in an object literal both the bare and the quoted form set
 * the prototype instead of defining a property.
 */
export function propertyKey(name: string): string {
  if (name === "__proto__") return '["__proto__"]';
  return PLAIN_PROPERTY.test(name) ? name : JSON.stringify(name);
}

/** A property access expression: `value.name` or `value["na-me"]`. */
export function propertyAccess(target: string, name: string): string {
  return PLAIN_PROPERTY.test(name) ? `${target}.${name}` : `${target}[${JSON.stringify(name)}]`;
}

/** A TypeScript string literal. */
export function stringLiteral(text: string): string {
  return JSON.stringify(text);
}

/** An enum member key for `as const` objects: model enum member names are identifiers already. */
export function isPlainIdentifier(text: string): boolean {
  return PLAIN_PROPERTY.test(text);
}

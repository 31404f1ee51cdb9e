import type { PackageBuilder } from "../../core/generated-package.js";
import type { TsSymbol } from "../../core/ts-file.js";

/**
 * The helpers every JSON shape converter uses, emitted under `src/protocol/` of the serde
 * package: reading a parsed JSON value as a model type (and throwing a `ShapeMismatchError`
 * that names the JSON path when it is not one), and writing a model value as JSON.
 */
export interface JsonRuntime {
  readonly shapeMismatchError: TsSymbol;
  /** `JsonPath`: where a value sits, as converters pass it down (joined into text only for an error). */
  readonly jsonPath: TsSymbol;
  /** `pathText(path)`: the text of a `JsonPath`, e.g. `$.records[3].createdAt`. */
  readonly pathText: TsSymbol;
  readonly jsonObject: TsSymbol;
  /** `readObject`, `readString`, ..., `writeString`, ... by name. */
  read(name: JsonReadHelper): TsSymbol;
  write(name: JsonWriteHelper): TsSymbol;
  /** `toJsonText(value)` and `parseJsonText(text)`: JSON text in and out, big numbers kept. */
  readonly toJsonText: TsSymbol;
  readonly parseJsonText: TsSymbol;
}

export type JsonReadHelper =
  | "readObject"
  | "readArray"
  | "readString"
  | "readBoolean"
  | "readInteger"
  | "readFloat"
  | "readBigInteger"
  | "readBigDecimal"
  | "readBlob"
  | "readEpochSeconds"
  | "readDateTime"
  | "readHttpDate"
  | "readDocument"
  | "readUnionMember"
  | "readOwnMember"
  | "readErrorMessage"
  | "setEntry";

export type JsonWriteHelper =
  | "writeObject"
  | "writeArray"
  | "writeString"
  | "writeBoolean"
  | "writeInteger"
  | "writeFloat"
  | "writeBigInteger"
  | "writeBigDecimal"
  | "writeBlob"
  | "writeEpochSeconds"
  | "writeDateTime"
  | "writeHttpDate"
  | "writeDocument"
  | "writeUnionMember"
  | "writeOwnMember";

export const SHAPE_MISMATCH_FILE = "src/protocol/shape-mismatch-error.ts";
export const JSON_READ_FILE = "src/protocol/json-read.ts";
export const JSON_WRITE_FILE = "src/protocol/json-write.ts";
export const JSON_TEXT_FILE = "src/protocol/json-text.ts";

export interface JsonRuntimeOptions {
  /** Whether any shape of the package is a bigInteger or bigDecimal (adds `NumericValue` handling). */
  readonly bigNumbers: boolean;
}

/** Writes the JSON helper files and returns their symbols. */
export function writeJsonRuntime(pkg: PackageBuilder, options: JsonRuntimeOptions): JsonRuntime {
  writeShapeMismatchFile(pkg);
  writeJsonReadFile(pkg, options);
  writeJsonWriteFile(pkg, options);
  writeJsonTextFile(pkg, options);
  return {
    shapeMismatchError: { name: "ShapeMismatchError", from: SHAPE_MISMATCH_FILE },
    jsonPath: { name: "JsonPath", from: SHAPE_MISMATCH_FILE },
    pathText: { name: "pathText", from: SHAPE_MISMATCH_FILE },
    jsonObject: { name: "JsonObject", from: JSON_READ_FILE },
    read: (name) => ({ name, from: JSON_READ_FILE }),
    write: (name) => ({ name, from: JSON_WRITE_FILE }),
    toJsonText: { name: "toJsonText", from: JSON_TEXT_FILE },
    parseJsonText: { name: "parseJsonText", from: JSON_TEXT_FILE },
  };
}

function writeShapeMismatchFile(pkg: PackageBuilder): void {
  const file = pkg.tsFile(SHAPE_MISMATCH_FILE);
  for (const name of ["ShapeMismatchError", "JsonPath", "pathText", "memberPath", "describeValue", "mismatch"]) file.declare(name);
  file.line(`/**
 * A value that does not have the shape the model describes, at a JSON path such as
 * \`$.exportSnapshotRecords[3].createdAt\`. Shape converters throw it; the operation functions turn
 * it into the package's typed serialization or deserialization error, adding the operation.
 */
export class ShapeMismatchError extends Error {
  override readonly name = "ShapeMismatchError";
  /** Where the value is, e.g. \`$.exportSnapshotRecords[3].createdAt\`. */
  readonly path: string;
  /** What the model describes there, e.g. \`epoch-seconds timestamp\`. */
  readonly expected: string;
  /** What was there instead, e.g. \`string "yesterday"\`. */
  readonly received: string;

  constructor(path: string, expected: string, received: string) {
    super(\`\${path}: expected \${expected}, received \${received}\`);
    this.path = path;
    this.expected = expected;
    this.received = received;
  }
}

/**
 * Where a value sits in the document being read or written: the text of the root's path (\`"$"\`),
 * or the path of its container and its key there (a member name, a list index or a map key).
 * Converters hand their children \`{ parent: path, key }\` rather than text, so that the text
 * (\`$.exportSnapshotRecords[3].createdAt\`) is built only when a mismatch is thrown.
 */
export type JsonPath = string | { readonly parent: JsonPath; readonly key: string | number };

/** The text of a path: \`$.name\`, \`$["a-b"]\` (a key that is no identifier), \`$[3]\`. */
export function pathText(path: JsonPath): string {
  return typeof path === "string" ? path : memberPath(pathText(path.parent), path.key);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The path of member \`key\` (\`$.name\`, \`$["a-b"]\`) or element \`key\` (\`$[3]\`) of the value at \`path\`. */
function memberPath(path: string, key: string | number): string {
  if (typeof key === "number") return \`\${path}[\${key}]\`;
  return IDENTIFIER.test(key) ? \`\${path}.\${key}\` : \`\${path}[\${JSON.stringify(key)}]\`;
}

/** A short description of a value for error messages: its type and a preview. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return \`array (length \${value.length})\`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "invalid Date" : \`Date \${value.toISOString()}\`;
  if (value instanceof Uint8Array) return \`Uint8Array (length \${value.length})\`;
  switch (typeof value) {
    case "string":
      return \`string \${JSON.stringify(value.length > 60 ? \`\${value.slice(0, 60)}...\` : value)}\`;
    case "object":
      return "object";
    case "function":
      return "function";
    default:
      return \`\${typeof value} \${String(value)}\`;
  }
}

/** The error for a value at \`path\` (or at its member \`key\`) that is not the \`expected\` kind. */
export function mismatch(path: JsonPath, key: string | number | undefined, expected: string, value: unknown): ShapeMismatchError {
  const text = pathText(path);
  return new ShapeMismatchError(key === undefined ? text : memberPath(text, key), expected, describeValue(value));
}`);
}

function writeJsonReadFile(pkg: PackageBuilder, options: JsonRuntimeOptions): void {
  const file = pkg.tsFile(JSON_READ_FILE);
  const documentType = file.type({ name: "DocumentType", from: "@smithy/types" });
  const parseDateTime = file.value({ name: "parseRfc3339DateTimeWithOffset", from: "@smithy/smithy-client" });
  const parseHttpDate = file.value({ name: "parseRfc7231DateTime", from: "@smithy/smithy-client" });
  const fromBase64 = file.value({ name: "fromBase64", from: "@smithy/util-base64" });
  const mismatch = file.value({ name: "mismatch", from: SHAPE_MISMATCH_FILE });
  const jsonPath = file.type({ name: "JsonPath", from: SHAPE_MISMATCH_FILE });
  // With big numbers, \`parseJsonText\` can hand a long or double member a bigint or NumericValue.
  const unwrapNumber = options.bigNumbers
    ? `  if (typeof value === "bigint" || value instanceof ${file.value({ name: "NumericValue", from: "@smithy/core/serde" })}) value = Number(value.toString());\n`
    : "";
  file.line(`/** A JSON object as \`JSON.parse\` returns it. */
export type JsonObject = Record<string, unknown>;

/** The value at \`path\` as a JSON object (not an array). */
export function readObject(json: unknown, path: ${jsonPath}): JsonObject {
  if (typeof json === "object" && json !== null && !Array.isArray(json)) return json as JsonObject;
  throw ${mismatch}(path, undefined, "object", json);
}

export function readArray(json: unknown, path: ${jsonPath}): unknown[] {
  if (Array.isArray(json)) return json;
  throw ${mismatch}(path, undefined, "array", json);
}

/** Strings and enums (unknown enum values are kept as they came). */
export function readString(value: unknown, path: ${jsonPath}, key: string | number): string {
  if (typeof value === "string") return value;
  throw ${mismatch}(path, key, "string", value);
}

export function readBoolean(value: unknown, path: ${jsonPath}, key: string | number): boolean {
  if (typeof value === "boolean") return value;
  throw ${mismatch}(path, key, "boolean", value);
}

/** byte, short, integer, long and intEnum values: JSON numbers without a fraction. */
export function readInteger(value: unknown, path: ${jsonPath}, key: string | number): number {
${unwrapNumber}  if (Number.isInteger(value)) return value as number;
  throw ${mismatch}(path, key, "integer", value);
}

/** float and double values: JSON numbers, or the strings \`NaN\`, \`Infinity\` and \`-Infinity\`. */
export function readFloat(value: unknown, path: ${jsonPath}, key: string | number): number {
${unwrapNumber}  if (typeof value === "number") return value;
  if (value === "NaN") return Number.NaN;
  if (value === "Infinity") return Number.POSITIVE_INFINITY;
  if (value === "-Infinity") return Number.NEGATIVE_INFINITY;
  throw ${mismatch}(path, key, "number", value);
}

/** Blobs are base64 strings. */
export function readBlob(value: unknown, path: ${jsonPath}, key: string | number): Uint8Array {
  if (typeof value === "string") {
    try {
      return ${fromBase64}(value);
    } catch {
      // Reported below with the path, like any other mismatch.
    }
  }
  throw ${mismatch}(path, key, "base64 string", value);
}

const NUMERIC = /^-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?$/;
const MAX_TIME = 8.64e15;

/** Timestamps in seconds since the epoch, with up to millisecond fractions (the protocol's default format). */
export function readEpochSeconds(value: unknown, path: ${jsonPath}, key: string | number): Date {
  const seconds = typeof value === "number" ? value : typeof value === "string" && NUMERIC.test(value) ? Number(value) : Number.NaN;
  const time = Math.round(seconds * 1000);
  if (time >= -MAX_TIME && time <= MAX_TIME) return new Date(time);
  throw ${mismatch}(path, key, "epoch-seconds timestamp", value);
}

/** Timestamps with \`@timestampFormat("date-time")\`: RFC 3339 strings, with or without an offset. */
export function readDateTime(value: unknown, path: ${jsonPath}, key: string | number): Date {
  if (typeof value === "string") {
    try {
      return ${parseDateTime}(value)!;
    } catch {
      // Reported below with the path.
    }
  }
  throw ${mismatch}(path, key, "date-time timestamp (RFC 3339)", value);
}

/** Timestamps with \`@timestampFormat("http-date")\`: RFC 7231 IMF-fixdate strings. */
export function readHttpDate(value: unknown, path: ${jsonPath}, key: string | number): Date {
  if (typeof value === "string") {
    try {
      return ${parseHttpDate}(value)!;
    } catch {
      // Reported below with the path.
    }
  }
  throw ${mismatch}(path, key, "http-date timestamp (RFC 7231)", value);
}

${
    options.bigNumbers
      ? `/** Documents are the JSON they are, with long numbers (bigints, decimals) as plain numbers. */
export function readDocument(value: unknown): ${documentType} {
  if (typeof value === "bigint" || value instanceof ${file.value({ name: "NumericValue", from: "@smithy/core/serde" })}) return Number(value.toString());
  if (Array.isArray(value)) return value.map(readDocument);
  if (typeof value !== "object" || value === null) return value as ${documentType};
  const out: Record<string, ${documentType}> = {};
  for (const key of Object.keys(value)) setEntry(out, key, readDocument((value as JsonObject)[key]));
  return out;
}`
      : `/** Documents are passed through as the JSON they are. */
export function readDocument(value: unknown): ${documentType} {
  return value as ${documentType};
}`
  }

/**
 * The one member set in the JSON object of a union: \`null\` members and \`__type\` are ignored,
 * and no member, or more than one, is an error.
 */
export function readUnionMember(json: unknown, path: ${jsonPath}): [string, unknown] {
  const object = readObject(json, path);
  let found: [string, unknown] | undefined;
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (value === null || value === undefined || key === "__type") continue;
    if (found) throw ${mismatch}(path, undefined, "a union with one member set", \`members \${found[0]} and \${key}\`);
    found = [key, value];
  }
  if (!found) throw ${mismatch}(path, undefined, "a union with one member set", "no member");
  return found;
}

/** A member whose name is also a property of every object (\`constructor\`, \`toString\`, ...). */
export function readOwnMember(object: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/**
 * The message of an error response: its \`message\` member, else its \`Message\` member, else
 * \`UnknownError\`. An empty string counts as no message, as in the official SDK
 * (\`message || Message || "UnknownError"\`).
 */
export function readErrorMessage(object: JsonObject): string {
  const { message, Message } = object;
  if (typeof message === "string" && message !== "") return message;
  if (typeof Message === "string" && Message !== "") return Message;
  return "UnknownError";
}

/** Adds a map entry; a \`__proto__\` key becomes an entry, not the prototype. */
export function setEntry<Value>(target: Record<string, Value>, key: string, value: NoInfer<Value>): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}`);
  if (options.bigNumbers) {
    const numericValue = file.value({ name: "NumericValue", from: "@smithy/core/serde" });
    file.line();
    file.line(`/** bigInteger values: JSON numbers (exact when \`parseJsonText\` could read their digits), or digit strings. */
export function readBigInteger(value: unknown, path: ${jsonPath}, key: string | number): bigint {
  if (typeof value === "bigint") return value;
  if (Number.isInteger(value) || (typeof value === "string" && /^-?\\d+$/.test(value))) return BigInt(value as number | string);
  if (value instanceof ${numericValue} && /^-?\\d+$/.test(value.string)) return BigInt(value.string);
  throw ${mismatch}(path, key, "integer", value);
}

/** bigDecimal values, kept as their decimal digits. */
export function readBigDecimal(value: unknown, path: ${jsonPath}, key: string | number): ${numericValue} {
  if (value instanceof ${numericValue}) return value;
  if (typeof value === "number" && Number.isFinite(value)) return new ${numericValue}(String(value), "bigDecimal");
  if (typeof value === "bigint") return new ${numericValue}(value.toString(), "bigDecimal");
  if (typeof value === "string") {
    try {
      return new ${numericValue}(value, "bigDecimal");
    } catch {
      // Reported below with the path.
    }
  }
  throw ${mismatch}(path, key, "decimal number", value);
}`);
  }
}

function writeJsonWriteFile(pkg: PackageBuilder, options: JsonRuntimeOptions): void {
  const file = pkg.tsFile(JSON_WRITE_FILE);
  const dateToUtcString = file.value({ name: "dateToUtcString", from: "@smithy/smithy-client" });
  const toBase64 = file.value({ name: "toBase64", from: "@smithy/util-base64" });
  const mismatch = file.value({ name: "mismatch", from: SHAPE_MISMATCH_FILE });
  const jsonPath = file.type({ name: "JsonPath", from: SHAPE_MISMATCH_FILE });
  file.line(`/** Checks that a structure or map value is an object. */
export function writeObject(value: unknown, path: ${jsonPath}): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw ${mismatch}(path, undefined, "object", value);
}

export function writeArray(value: unknown, path: ${jsonPath}): void {
  if (!Array.isArray(value)) throw ${mismatch}(path, undefined, "array", value);
}

export function writeString(value: unknown, path: ${jsonPath}, key: string | number): string {
  if (typeof value === "string") return value;
  throw ${mismatch}(path, key, "string", value);
}

export function writeBoolean(value: unknown, path: ${jsonPath}, key: string | number): boolean {
  if (typeof value === "boolean") return value;
  throw ${mismatch}(path, key, "boolean", value);
}

export function writeInteger(value: unknown, path: ${jsonPath}, key: string | number): number {
  if (Number.isInteger(value)) return value as number;
  throw ${mismatch}(path, key, "integer", value);
}

/** float and double values; \`NaN\`, \`Infinity\` and \`-Infinity\` are sent as strings. */
export function writeFloat(value: unknown, path: ${jsonPath}, key: string | number): number | string {
  if (typeof value !== "number") throw ${mismatch}(path, key, "number", value);
  return Number.isFinite(value) ? value : String(value);
}

/** Blobs are sent as base64; a string is sent as its UTF-8 bytes. */
export function writeBlob(value: unknown, path: ${jsonPath}, key: string | number): string {
  if (value instanceof Uint8Array || typeof value === "string") return ${toBase64}(value);
  throw ${mismatch}(path, key, "Uint8Array", value);
}

function validTime(value: unknown, path: ${jsonPath}, key: string | number): number {
  const time = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw ${mismatch}(path, key, "Date", value);
  return time;
}

/** Seconds since the epoch, with the milliseconds as a fraction (the protocol's default format). */
export function writeEpochSeconds(value: unknown, path: ${jsonPath}, key: string | number): number {
  return validTime(value, path, key) / 1000;
}

/** RFC 3339 in UTC, without a fraction when the milliseconds are 0 (\`2000-01-02T20:34:56Z\`). */
export function writeDateTime(value: unknown, path: ${jsonPath}, key: string | number): string {
  const text = new Date(validTime(value, path, key)).toISOString();
  return text.endsWith(".000Z") ? \`\${text.slice(0, -5)}Z\` : text;
}

/** RFC 7231 IMF-fixdate (\`Sun, 02 Jan 2000 20:34:56 GMT\`); it has no fraction of a second. */
export function writeHttpDate(value: unknown, path: ${jsonPath}, key: string | number): string {
  return ${dateToUtcString}(new Date(validTime(value, path, key)));
}

/** Documents are sent as the JSON they are. */
export function writeDocument(value: unknown): unknown {
  return value;
}

/** The name of the one member set in a union value; none, or more than one, is an error. */
export function writeUnionMember(value: unknown, path: ${jsonPath}): string {
  writeObject(value, path);
  let found: string | undefined;
  for (const key of Object.keys(value as object)) {
    if ((value as Record<string, unknown>)[key] === undefined) continue;
    if (found !== undefined) throw ${mismatch}(path, undefined, "a union with one member set", \`members \${found} and \${key}\`);
    found = key;
  }
  if (found === undefined) throw ${mismatch}(path, undefined, "a union with one member set", "no member");
  return found;
}

/** A member whose name is also a property of every object (\`constructor\`, \`toString\`, ...). */
export function writeOwnMember(value: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}`);
  if (options.bigNumbers) {
    const numericValue = file.value({ name: "NumericValue", from: "@smithy/core/serde" });
    file.line();
    file.line(`/** bigInteger values stay bigints; \`toJsonText\` writes their digits. */
export function writeBigInteger(value: unknown, path: ${jsonPath}, key: string | number): bigint {
  if (typeof value === "bigint") return value;
  if (Number.isSafeInteger(value)) return BigInt(value as number);
  throw ${mismatch}(path, key, "bigint", value);
}

/** bigDecimal values stay \`NumericValue\`s; \`toJsonText\` writes their digits. */
export function writeBigDecimal(value: unknown, path: ${jsonPath}, key: string | number): ${numericValue} {
  if (value instanceof ${numericValue}) return value;
  if (typeof value === "number" && Number.isFinite(value)) return new ${numericValue}(String(value), "bigDecimal");
  throw ${mismatch}(path, key, "NumericValue", value);
}`);
  }
}

function writeJsonTextFile(pkg: PackageBuilder, options: JsonRuntimeOptions): void {
  const file = pkg.tsFile(JSON_TEXT_FILE);
  if (!options.bigNumbers) {
    file.line(`/** The JSON text of a serialized value. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value);
}

/** Parses JSON text; an empty body is an empty object. */
export function parseJsonText(text: string): unknown {
  return text.length === 0 ? {} : JSON.parse(text);
}`);
    return;
  }
  const numericValue = file.value({ name: "NumericValue", from: "@smithy/core/serde" });
  file.line(`// Marks a value toJsonText writes as bare digits, and a number parseJsonText keeps as written. The
// NUL makes it a string no payload sends; JSON escapes it as \\u0000.
const MARKER = "\\u0000\\u039d";
const MARKED = /"\\\\u0000\\u039d(\\d+)\\\\u0000\\u039d"/g;

/**
 * The JSON text of a serialized value. bigints and \`NumericValue\`s are written as bare numbers
 * with all their digits (\`JSON.stringify\` alone rejects bigints and would quote decimals).
 */
export function toJsonText(value: unknown): string {
  const digits: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === "bigint" || item instanceof ${numericValue}) {
      digits.push(item.toString());
      return \`\${MARKER}\${digits.length - 1}\${MARKER}\`;
    }
    return item;
  });
  return digits.length === 0 ? text : text.replace(MARKED, (_match, index: string) => digits[Number(index)]!);
}

/** Whether a number token has more significant digits than a double keeps (15). */
function isLong(token: string): boolean {
  return token.replace(/[eE].*$/, "").replace(/[-+.]/g, "").replace(/^0+/, "").length > 15;
}

/** Replaces each long number token outside strings with the string MARKER + token. */
function markLongNumbers(text: string): string {
  let out = "";
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: skip to its closing quote, stepping over escapes.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
      i++;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      let end = i + 1;
      while (end < text.length && /[0-9eE.+-]/.test(text[end]!)) end++;
      const token = text.slice(i, end);
      if (isLong(token)) {
        out += \`\${text.slice(copied, i)}\${JSON.stringify(MARKER + token)}\`;
        copied = end;
      }
      i = end;
    } else i++;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Parses JSON text; an empty body is an empty object. Numbers with more digits than a double
 * keeps are not rounded, as \`JSON.parse\` alone would round them: integers become bigints and
 * decimals \`NumericValue\`s (the readers of other number types turn them back into numbers).
 */
export function parseJsonText(text: string): unknown {
  if (text.length === 0) return {};
  const marked = /(?:\\d\\.?){16}/.test(text) ? markLongNumbers(text) : text;
  if (marked === text) return JSON.parse(text);
  return JSON.parse(marked, (_key, value: unknown) => {
    if (typeof value !== "string" || !value.startsWith(MARKER)) return value;
    const token = value.slice(MARKER.length);
    return /^-?\\d+$/.test(token) ? BigInt(token) : new ${numericValue}(token, "bigDecimal");
  });
}`);
}

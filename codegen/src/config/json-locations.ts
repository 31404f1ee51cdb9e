import type { SourceLocation } from "../model/diagnostics.js";

/** A path into a JSON document: object keys and array indexes, `services[0].scope` as `["services", 0, "scope"]`. */
export type JsonPath = readonly (string | number)[];

/** `services[0].scope`; the root is `(root)`. */
export function formatJsonPath(path: JsonPath): string {
  let out = "";
  for (const step of path) {
    if (typeof step === "number") out += `[${step}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(step) ? `${out ? "." : ""}${step}` : `[${JSON.stringify(step)}]`;
  }
  return out || "(root)";
}

/** A parsed JSON document that can say where each of its values starts. */
export interface LocatedJson {
  readonly value: unknown;
  /**
   * Where the value at `path` starts, or with `key` its key (for a missing key: its object);
   * 1-based.
   */
  locate(path: JsonPath, options?: { readonly key?: boolean }): SourceLocation;
}

/** A syntax error, at the place JSON.parse names. */
export class JsonSyntaxError extends Error {
  override readonly name = "JsonSyntaxError";
  constructor(
    message: string,
    readonly location: SourceLocation,
  ) {
    super(message);
  }
}

/**
 * Parses JSON text. JSON.parse decides validity and the values; a small scanner then records the
 * offset of every value by path, which only config files need (they are small), so that each
 * complaint about a value can name its line and column.
 */
export function parseLocatedJson(file: string, text: string): LocatedJson {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const at = (offset: number): SourceLocation => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
    return { file, line: line + 1, column: offset - lineStarts[line]! + 1 };
  };

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    throw new JsonSyntaxError(`invalid JSON: ${message.replace(/ in JSON at position \d+.*$/s, "").replace(/^.*?: /, "")}`, at(position ? Number(position[1]) : text.length));
  }

  const offsets = new Map<string, number>();
  const keyOffsets = new Map<string, number>();
  let i = 0;
  const skipSpace = (): void => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const scan = (path: JsonPath): void => {
    skipSpace();
    offsets.set(JSON.stringify(path), i);
    const c = text[i];
    if (c === "{") {
      i++;
      skipSpace();
      while (text[i] !== "}") {
        skipSpace();
        const keyStart = i;
        const key = readString();
        keyOffsets.set(JSON.stringify([...path, key]), keyStart);
        skipSpace();
        i++; // :
        scan([...path, key]);
        skipSpace();
        if (text[i] === ",") i++;
        skipSpace();
      }
      i++;
    } else if (c === "[") {
      i++;
      skipSpace();
      let index = 0;
      while (text[i] !== "]") {
        scan([...path, index++]);
        skipSpace();
        if (text[i] === ",") i++;
        skipSpace();
      }
      i++;
    } else if (c === '"') {
      readString();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
    }
  };
  scan([]);

  return {
    value,
    locate(path, options = {}) {
      const keyOffset = options.key ? keyOffsets.get(JSON.stringify(path)) : undefined;
      if (keyOffset !== undefined) return at(keyOffset);
      for (let length = path.length; length >= 0; length--) {
        const offset = offsets.get(JSON.stringify(path.slice(0, length)));
        if (offset !== undefined) return at(offset);
      }
      return at(0);
    },
  };
}

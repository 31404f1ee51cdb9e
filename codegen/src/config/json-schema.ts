import type { JsonPath } from "./json-locations.js";

/**
 * The part of JSON Schema the configuration's schema uses. The schema file is the one source of
 * truth: editors read it for completion, and `validateJson` reads it to check a file, so the two
 * cannot disagree. `title` is the noun phrase an error expects ("an npm scope such as @my-org").
 */
export interface JsonSchema {
  readonly $schema?: string;
  readonly title?: string;
  readonly description?: string;
  readonly type?: "object" | "array" | "string" | "boolean" | "number";
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: false;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly uniqueItems?: boolean;
  readonly minLength?: number;
  readonly pattern?: string;
}

/** The keywords `validateJson` understands; a schema using another one is refused (see the test). */
export const SUPPORTED_KEYWORDS: ReadonlySet<string> = new Set([
  "$schema", "title", "description", "type", "enum", "properties", "required", "additionalProperties",
  "items", "minItems", "uniqueItems", "minLength", "pattern",
]);

/** One value that does not fit the schema. */
export interface SchemaIssue {
  readonly path: JsonPath;
  readonly message: string;
  /** The issue is the key itself (an unknown key), not its value. */
  readonly atKey?: boolean;
}

/** `"x"`, `42`, `an object`, `an array`, `null`: how an error shows what it got. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return JSON.stringify(value);
}

const TYPE_WORDS = { object: "an object", array: "an array", string: "a string", boolean: "true or false", number: "a number" } as const;

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (value === null) return "null";
  return typeof value;
}

const expected = (schema: JsonSchema, fallback: string): string => schema.title ?? fallback;

/** Every way `value` does not fit `schema`, in document order; none when it fits. */
export function validateJson(value: unknown, schema: JsonSchema, path: JsonPath = []): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const fail = (message: string, at: JsonPath = path): void => void issues.push({ path: at, message });
  if (schema.enum) {
    if (!schema.enum.some((allowed) => allowed === value)) {
      fail(`expected one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}, got ${describeValue(value)}`);
    }
    return issues;
  }
  if (schema.type && typeOf(value) !== schema.type) {
    fail(`expected ${expected(schema, TYPE_WORDS[schema.type])}, got ${describeValue(value)}`);
    return issues;
  }
  if (typeof value === "string") {
    if (schema.minLength !== undefined && value.length < schema.minLength) fail(`expected ${expected(schema, "a non-empty string")}, got ""`);
    else if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value)) fail(`expected ${expected(schema, `a string matching ${schema.pattern}`)}, got ${describeValue(value)}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      fail(`expected ${expected(schema, "an array")} with at least ${schema.minItems} item${schema.minItems === 1 ? "" : "s"}, got ${value.length}`);
    }
    value.forEach((item, index) => {
      if (schema.uniqueItems && value.findIndex((other) => JSON.stringify(other) === JSON.stringify(item)) < index) {
        fail(`${describeValue(item)} is listed twice`, [...path, index]);
      }
      if (schema.items) issues.push(...validateJson(item, schema.items, [...path, index]));
    });
  }
  if (typeOf(value) === "object") {
    const object = value as Record<string, unknown>;
    const properties = schema.properties ?? {};
    for (const key of schema.required ?? []) {
      if (!Object.prototype.hasOwnProperty.call(object, key)) fail(`missing "${key}" (${expected(properties[key] ?? {}, "required")})`);
    }
    for (const [key, item] of Object.entries(object)) {
      const property = Object.prototype.hasOwnProperty.call(properties, key) ? properties[key] : undefined;
      if (property) issues.push(...validateJson(item, property, [...path, key]));
      else if (schema.additionalProperties === false) {
        issues.push({ path: [...path, key], atKey: true, message: `unknown key "${key}"; expected one of ${Object.keys(properties).map((k) => `"${k}"`).join(", ")}` });
      }
    }
  }
  return issues;
}

import { memberPathText } from "@smithy-gen/serde-core";

/**
 * The model's constraints on the JSON of a service's shapes, as a server package declares them
 * (generated from the model, one entry per shape that has something to check). The checks run on
 * the JSON document as it travels, so that paths name the members as the caller wrote them, and a
 * required member left out is seen as missing (a deserializer would fill in its zero value).
 * Types are the deserializer's business: a check meets a value of the wrong type and passes.
 */
export type ShapeConstraints =
  | StructureConstraints
  | UnionConstraints
  | ListConstraints
  | MapConstraints
  | StringConstraints
  | NumberConstraints
  | BlobConstraints;

/** A reference to another entry of the table, by name; recursion goes through names. */
export type ShapeRef = string;

export interface StructureConstraints {
  readonly type: "structure";
  /** Every member by its name on the wire; a member whose target has nothing to check has no `shape`. */
  readonly members: Readonly<Record<string, MemberConstraints>>;
}

export interface MemberConstraints {
  readonly shape?: ShapeRef;
  /** `@required`: the member must be present and not `null`. */
  readonly required?: boolean;
}

export interface UnionConstraints {
  readonly type: "union";
  readonly members: Readonly<Record<string, MemberConstraints>>;
}

export interface ListConstraints {
  readonly type: "list";
  readonly member?: ShapeRef;
  readonly length?: Range;
  readonly uniqueItems?: boolean;
  /** `@sparse`: `null` elements are allowed. */
  readonly sparse?: boolean;
}

export interface MapConstraints {
  readonly type: "map";
  readonly key?: ShapeRef;
  readonly value?: ShapeRef;
  readonly length?: Range;
  readonly sparse?: boolean;
}

export interface StringConstraints {
  readonly type: "string";
  /** In Unicode code points, as Smithy counts them. */
  readonly length?: Range;
  /** `@pattern`, an ECMA 262 regular expression, not anchored unless it says so. */
  readonly pattern?: string;
  /** The flags the pattern needs (`u` for `\p{...}`, say); default none. */
  readonly patternFlags?: string;
  /** The values of an enum; a value outside them is rejected. */
  readonly enum?: readonly string[];
}

export interface NumberConstraints {
  readonly type: "number";
  readonly range?: Range;
  /** The values of an intEnum. */
  readonly enum?: readonly number[];
}

export interface BlobConstraints {
  readonly type: "blob";
  /** In bytes (of the decoded value). */
  readonly length?: Range;
}

export interface Range {
  readonly min?: number;
  readonly max?: number;
}

/** The constraints of a service's shapes, by shape name. */
export type ConstraintTable = Readonly<Record<string, ShapeConstraints>>;

/** One value the model forbids: where, and what the model asks. */
export interface ConstraintViolation {
  /** JSON path of the value, e.g. `$.instanceNames[2]`. */
  readonly path: string;
  /** `required`, `length`, `range`, `pattern`, `enum`, `uniqueItems`, `unknownMember`, `sparse`. */
  readonly constraint: string;
  /** What is wrong, for the error message: `length 0 is below the minimum 1`. */
  readonly message: string;
}

const MAX_VIOLATIONS = 20;

/**
 * Every value of `json` (the JSON document of shape `shape`) that breaks a constraint of the model,
 * in document order, at most 20. `unknownMembers` also reports members the model does not define.
 */
export function checkConstraints(
  table: ConstraintTable,
  shape: ShapeRef,
  json: unknown,
  options: { readonly path?: string; readonly unknownMembers?: boolean } = {},
): ConstraintViolation[] {
  const violations: ConstraintViolation[] = [];
  const patterns = new Map<string, RegExp>();
  const report = (path: string, constraint: string, message: string): void => {
    if (violations.length < MAX_VIOLATIONS) violations.push({ path, constraint, message });
  };
  const check = (ref: ShapeRef | undefined, value: unknown, path: string): void => {
    if (ref === undefined || value === null || value === undefined || violations.length >= MAX_VIOLATIONS) return;
    const constraints = table[ref];
    if (!constraints) throw new Error(`no constraints named ${JSON.stringify(ref)} in the table`);
    switch (constraints.type) {
      case "structure":
      case "union": {
        if (!isObject(value)) return;
        const present = Object.keys(value).filter((key) => value[key] !== null && value[key] !== undefined);
        if (constraints.type === "union" && present.length !== 1) {
          report(path, "union", `a union must have exactly one member set, found ${present.length}`);
        }
        for (const [name, member] of Object.entries(constraints.members)) {
          const memberPath = memberPathText(path, name);
          const item = Object.prototype.hasOwnProperty.call(value, name) ? value[name] : undefined;
          if (member.required && (item === undefined || item === null)) report(memberPath, "required", "is required but missing");
          else check(member.shape, item, memberPath);
        }
        if (options.unknownMembers) {
          for (const key of Object.keys(value)) {
            if (!Object.prototype.hasOwnProperty.call(constraints.members, key)) report(memberPathText(path, key), "unknownMember", `is not a member of ${ref}`);
          }
        }
        return;
      }
      case "list": {
        if (!Array.isArray(value)) return;
        checkRange(constraints.length, value.length, path, "length", report);
        value.forEach((item, index) => {
          if (item === null && !constraints.sparse) report(`${path}[${index}]`, "sparse", "null is not allowed in this list");
          else check(constraints.member, item, `${path}[${index}]`);
        });
        if (constraints.uniqueItems) {
          const seen = new Map<string, number>();
          value.forEach((item, index) => {
            const key = canonicalJson(item);
            const first = seen.get(key);
            if (first !== undefined) report(`${path}[${index}]`, "uniqueItems", `repeats item ${first} (the list must have unique items)`);
            else seen.set(key, index);
          });
        }
        return;
      }
      case "map": {
        if (!isObject(value)) return;
        const keys = Object.keys(value);
        checkRange(constraints.length, keys.length, path, "length", report);
        for (const key of keys) {
          const entryPath = memberPathText(path, key);
          check(constraints.key, key, entryPath);
          if (value[key] === null && !constraints.sparse) report(entryPath, "sparse", "null is not allowed in this map");
          else check(constraints.value, value[key], entryPath);
        }
        return;
      }
      case "string": {
        if (typeof value !== "string") return;
        if (constraints.length) checkRange(constraints.length, codePoints(value), path, "length", report);
        if (constraints.pattern !== undefined) {
          const key = `${constraints.patternFlags ?? ""}/${constraints.pattern}`;
          let regex = patterns.get(key);
          if (!regex) {
            regex = new RegExp(constraints.pattern, constraints.patternFlags ?? "");
            patterns.set(key, regex);
          }
          if (!regex.test(value)) report(path, "pattern", `does not match the pattern ${constraints.pattern}`);
        }
        if (constraints.enum && !constraints.enum.includes(value)) {
          report(path, "enum", `must be one of ${constraints.enum.map((item) => JSON.stringify(item)).join(", ")}`);
        }
        return;
      }
      case "number": {
        const number = typeof value === "number" ? value : typeof value === "bigint" || isNumericValue(value) ? Number(String(value)) : undefined;
        if (number === undefined || Number.isNaN(number)) return;
        checkRange(constraints.range, number, path, "range", report);
        if (constraints.enum && !constraints.enum.includes(number)) report(path, "enum", `must be one of ${constraints.enum.join(", ")}`);
        return;
      }
      case "blob": {
        if (typeof value !== "string") return;
        checkRange(constraints.length, base64Length(value), path, "length", report);
        return;
      }
    }
  };
  check(shape, json, options.path ?? "$");
  return violations;
}

function checkRange(
  range: Range | undefined,
  size: number,
  path: string,
  constraint: "length" | "range",
  report: (path: string, constraint: string, message: string) => void,
): void {
  if (!range) return;
  const what = constraint === "length" ? `length ${size}` : `value ${size}`;
  if (range.min !== undefined && size < range.min) report(path, constraint, `${what} is below the minimum ${range.min}`);
  else if (range.max !== undefined && size > range.max) report(path, constraint, `${what} is above the maximum ${range.max}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isNumericValue(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as { constructor?: { name?: string } }).constructor?.name === "NumericValue";
}

function codePoints(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // A high surrogate followed by a low one is one code point.
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
    count++;
  }
  return count;
}

/** The number of bytes base64 text decodes to. */
function base64Length(text: string): number {
  const trimmed = text.replace(/=+$/, "");
  return Math.floor((trimmed.length * 3) / 4);
}

/** JSON text with object keys sorted, so that equal items compare equal whatever their key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isObject(value) && !isNumericValue(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
      .join(",")}}`;
  }
  return typeof value === "bigint" || isNumericValue(value) ? String(value) : JSON.stringify(value);
}

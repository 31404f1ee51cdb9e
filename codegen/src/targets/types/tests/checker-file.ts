import type { PackageBuilder } from "../../../core/generated-package.js";
import { MODEL_RULES_FILE } from "./model-rules.js";

export const CHECKER_FILE = "test/support/check-constraints.ts";

/**
 * `test/support/check-constraints.ts`: checks a value against the model's rules, independently
 * of how the arbitraries generate it, and lists every violation with its path.
 */
export function writeCheckerFile(pkg: PackageBuilder): void {
  const file = pkg.tsFile(CHECKER_FILE);
  for (const name of ["Bounds", "MemberRule", "ShapeRule", "CheckOptions", "violations"]) file.declare(name);
  const rules = file.value({ name: "MODEL_RULES", from: MODEL_RULES_FILE });
  file.line(`export interface Bounds {
  readonly min?: number;
  readonly max?: number;
}

interface Constraints {
  readonly length?: Bounds;
  readonly range?: Bounds;
  readonly pattern?: { readonly source: string; readonly flags: string };
}

export interface MemberRule extends Constraints {
  readonly name: string;
  /** The property holding the member when it differs from the member name (error members). */
  readonly property?: string;
  readonly target: string;
  readonly required?: boolean;
}

export type ShapeRule =
  | { readonly kind: "structure"; readonly members: readonly MemberRule[]; readonly error?: boolean }
  | { readonly kind: "union"; readonly members: readonly MemberRule[]; readonly stream?: boolean }
  | { readonly kind: "enum"; readonly values: readonly string[] }
  | { readonly kind: "intEnum"; readonly values: readonly number[] }
  | ({ readonly kind: "list"; readonly member: MemberRule; readonly sparse?: boolean; readonly uniqueItems?: boolean } & Constraints)
  | ({ readonly kind: "map"; readonly key: MemberRule; readonly value: MemberRule; readonly sparse?: boolean } & Constraints)
  | ({ readonly kind: "integer"; readonly type: "byte" | "short" | "integer" | "long" } & Constraints)
  | ({ readonly kind: "float"; readonly type: "float" | "double" } & Constraints)
  | ({ readonly kind: "string" | "blob" | "bigInteger" } & Constraints)
  | { readonly kind: "boolean" | "timestamp" | "document" | "bigDecimal" | "unit" };

export interface CheckOptions {
  /** Accept enum values and union members the model does not list. */
  readonly unknown?: boolean;
}

const INTEGER_LIMITS = {
  byte: { min: -128, max: 127 },
  short: { min: -32768, max: 32767 },
  integer: { min: -2147483648, max: 2147483647 },
  long: { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },
} as const;

function within(value: number | bigint, bounds: Bounds | undefined): boolean {
  if (!bounds) return true;
  if (bounds.min !== undefined && value < bounds.min) return false;
  return bounds.max === undefined || value <= bounds.max;
}

const describeBounds = (bounds: Bounds): string => \`\${bounds.min ?? ""}..\${bounds.max ?? ""}\`;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function ownValue(value: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(value, key);
  return descriptor ? descriptor.value : undefined;
}

function isJsonLike(value: unknown): boolean {
  if (value === null || typeof value === "boolean" || typeof value === "string") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonLike);
  return isPlainObject(value) && Object.values(value).every(isJsonLike);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b || (typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b))) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && a.every((x, i) => x === b[i]);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue(a[k], b[k]));
  }
  return false;
}

class Checker {
  readonly problems: string[] = [];
  constructor(private readonly options: CheckOptions) {}

  private fail(path: string, message: string): void {
    this.problems.push(\`\${path}: \${message}\`);
  }

  private length(path: string, length: number, bounds: Bounds | undefined, unit: string): void {
    if (!within(length, bounds)) this.fail(path, \`\${length} \${unit}, @length is \${describeBounds(bounds!)}\`);
  }

  shape(id: string, value: unknown, path: string, use: Constraints = {}): void {
    const rule = ${rules}[id];
    if (!rule) return this.fail(path, \`no rule for shape \${id}\`);
    const own = rule as Constraints;
    const length = use.length ?? own.length;
    const range = use.range ?? own.range;
    const pattern = use.pattern ?? own.pattern;
    switch (rule.kind) {
      case "structure":
        return this.structure(rule.members, value, path, rule.error === true);
      case "union":
        return this.union(rule.members, value, path);
      case "enum":
        if (typeof value !== "string") return this.fail(path, \`expected a string, got \${typeof value}\`);
        if (!this.options.unknown && !rule.values.includes(value)) this.fail(path, \`\${JSON.stringify(value)} is not a value of \${id}\`);
        return;
      case "intEnum":
        if (typeof value !== "number" || !Number.isInteger(value)) return this.fail(path, "expected an integer");
        if (!this.options.unknown && !rule.values.includes(value)) this.fail(path, \`\${value} is not a value of \${id}\`);
        return;
      case "list": {
        if (!Array.isArray(value)) return this.fail(path, "expected an array");
        this.length(path, value.length, length, "items");
        value.forEach((item, i) => this.item(rule.member, item, \`\${path}[\${i}]\`, rule.sparse === true));
        if (rule.uniqueItems) {
          for (let i = 0; i < value.length; i++) {
            for (let j = i + 1; j < value.length; j++) if (sameValue(value[i], value[j])) this.fail(path, \`items \${i} and \${j} are equal (@uniqueItems)\`);
          }
        }
        return;
      }
      case "map": {
        if (!isPlainObject(value)) return this.fail(path, "expected a plain object");
        const keys = Object.keys(value);
        this.length(path, keys.length, length, "entries");
        for (const key of keys) {
          this.shape(rule.key.target, key, \`\${path} key \${JSON.stringify(key)}\`, rule.key);
          this.item(rule.value, ownValue(value, key), \`\${path}[\${JSON.stringify(key)}]\`, rule.sparse === true);
        }
        return;
      }
      case "string": {
        if (typeof value !== "string") return this.fail(path, \`expected a string, got \${typeof value}\`);
        this.length(path, [...value].length, length, "code points");
        if (pattern && !new RegExp(pattern.source, pattern.flags).test(value)) {
          this.fail(path, \`\${JSON.stringify(value)} does not match @pattern \${pattern.source}\`);
        }
        return;
      }
      case "blob":
        if (!(value instanceof Uint8Array)) return this.fail(path, "expected a Uint8Array");
        return this.length(path, value.length, length, "bytes");
      case "integer": {
        if (typeof value !== "number" || !Number.isSafeInteger(value)) return this.fail(path, \`expected a safe integer, got \${String(value)}\`);
        if (!within(value, INTEGER_LIMITS[rule.type])) this.fail(path, \`\${value} is out of the range of a \${rule.type}\`);
        if (!within(value, range)) this.fail(path, \`\${value} is outside @range \${describeBounds(range!)}\`);
        return;
      }
      case "float": {
        if (typeof value !== "number") return this.fail(path, \`expected a number, got \${typeof value}\`);
        if (rule.type === "float" && !Number.isNaN(value) && Math.fround(value) !== value) this.fail(path, \`\${value} is not a 32-bit float\`);
        if (range && (Number.isNaN(value) || !within(value, range))) this.fail(path, \`\${value} is outside @range \${describeBounds(range)}\`);
        return;
      }
      case "bigInteger":
        if (typeof value !== "bigint") return this.fail(path, "expected a bigint");
        if (!within(value, range)) this.fail(path, \`\${value} is outside @range \${describeBounds(range!)}\`);
        return;
      case "bigDecimal":
        if (typeof value !== "object" || value === null || typeof (value as { string?: unknown }).string !== "string") this.fail(path, "expected a NumericValue");
        return;
      case "boolean":
        if (typeof value !== "boolean") this.fail(path, \`expected a boolean, got \${typeof value}\`);
        return;
      case "timestamp":
        if (!(value instanceof Date) || Number.isNaN(value.getTime())) this.fail(path, "expected a valid Date");
        return;
      case "document":
        if (!isJsonLike(value)) this.fail(path, "expected a JSON-like value");
        return;
      case "unit":
        if (!isPlainObject(value) || Object.keys(value).length > 0) this.fail(path, "expected an empty object");
        return;
    }
  }

  private item(member: MemberRule, value: unknown, path: string, sparse: boolean): void {
    if (value === null && sparse) return;
    if (value === null || value === undefined) return this.fail(path, sparse ? "undefined item" : "null item in a collection that is not @sparse");
    this.shape(member.target, value, path, member);
  }

  private structure(members: readonly MemberRule[], value: unknown, path: string, error: boolean): void {
    if (error ? !(value instanceof Error) : !isPlainObject(value)) return this.fail(path, error ? "expected an Error" : "expected a plain object");
    const target = value as object;
    const known = new Set(members.map((m) => m.property ?? m.name));
    if (!error) for (const key of Object.keys(target)) if (!known.has(key)) this.fail(path, \`unexpected property \${JSON.stringify(key)}\`);
    for (const member of members) {
      const key = member.property ?? member.name;
      const present = Object.prototype.hasOwnProperty.call(target, key) && ownValue(target, key) !== undefined;
      if (!present) {
        if (member.required) this.fail(\`\${path}.\${key}\`, "missing @required member");
        continue;
      }
      const rule = ${rules}[member.target];
      // A member holding an event stream holds an async iterable of the union's values; a replayed
      // one (the arbitraries') has them in \`events\`.
      if (rule?.kind === "union" && rule.stream) this.stream(rule.members, ownValue(target, key), \`\${path}.\${key}\`);
      else this.shape(member.target, ownValue(target, key), \`\${path}.\${key}\`, member);
    }
  }

  private stream(members: readonly MemberRule[], value: unknown, path: string): void {
    if (typeof value !== "object" || value === null || typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] !== "function") {
      return this.fail(path, "expected an async iterable of events");
    }
    const events = (value as { events?: unknown }).events;
    if (Array.isArray(events)) events.forEach((event, i) => this.union(members, event, \`\${path}.events[\${i}]\`));
  }

  private union(members: readonly MemberRule[], value: unknown, path: string): void {
    if (!isPlainObject(value)) return this.fail(path, "expected a plain object");
    const keys = Object.keys(value);
    if (keys.length !== 1) return this.fail(path, \`a union value sets exactly one member, this one sets \${keys.length}\`);
    const key = keys[0]!;
    const member = members.find((m) => (m.property ?? m.name) === key);
    if (member) return this.shape(member.target, ownValue(value, key), \`\${path}.\${key}\`, member);
    if (key !== "$unknown" || !this.options.unknown) return this.fail(path, \`unknown union member \${JSON.stringify(key)}\`);
    const unknown = ownValue(value, key);
    if (!Array.isArray(unknown) || unknown.length !== 2 || typeof unknown[0] !== "string") return this.fail(path, "$unknown must be [name, value]");
    if (members.some((m) => m.name === unknown[0])) this.fail(path, \`$unknown names the known member \${unknown[0]}\`);
  }
}

/** Every way \`value\` breaks the model's rules for shape \`id\` (empty when it satisfies them). */
export function violations(id: string, value: unknown, options: CheckOptions = {}): string[] {
  const checker = new Checker(options);
  checker.shape(id, value, "value");
  return checker.problems;
}`);
}

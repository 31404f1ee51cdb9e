import type { PackageBuilder } from "../../../core/generated-package.js";
import type { TsFile } from "../../../core/ts-file.js";

/** Package-relative paths of the arbitraries' hand-shaped helpers (a directory no shape file can take). */
export const ARBITRARY_SUPPORT = {
  options: "src/arbitraries/support/options.ts",
  constrained: "src/arbitraries/support/constrained.ts",
  values: "src/arbitraries/support/values.ts",
} as const;

export const FAST_CHECK = "fast-check";

const fc = (file: TsFile) => (name: string): string => file.value({ name, from: FAST_CHECK });
const fcType = (file: TsFile) => (name: string): string => file.type({ name, from: FAST_CHECK });

/** `options.ts`: the options every arbitrary takes. */
function writeOptionsFile(pkg: PackageBuilder): void {
  const file = pkg.tsFile(ARBITRARY_SUPPORT.options);
  file.declare("ArbitraryOptions");
  file.declare("DEFAULT_MAX_DEPTH");
  file.declare("maxDepthOf");
  file.declare("builtOnce");
  const t = fcType(file);
  file.line(`/** Options of every arbitrary of this package. All of them are optional. */
export interface ArbitraryOptions {
  /**
   * How many levels deep values of recursive shapes nest: each structure or union that contains
   * itself (directly or through other shapes) spends one level. Deeper values leave out optional
   * recursive members and use empty lists and maps. Default {@link DEFAULT_MAX_DEPTH}.
   */
  readonly maxDepth?: number;
  /**
   * Also generate enum values the model does not list, as a newer version of the service may
   * send them. Default false: only known values.
   */
  readonly unknownEnumValues?: boolean;
  /**
   * Also generate union values whose member this version of the client does not know
   * (\`{ $unknown: [name, value] }\`). Default false.
   */
  readonly unknownUnionMembers?: boolean;
}

/** The default {@link ArbitraryOptions.maxDepth}. */
export const DEFAULT_MAX_DEPTH = 3;

/** The depth budget an arbitrary of a recursive shape starts with. */
export function maxDepthOf(options: ArbitraryOptions): number {
  return options.maxDepth ?? DEFAULT_MAX_DEPTH;
}

const built = new WeakMap<ArbitraryOptions, Map<string, ${t("Arbitrary")}<unknown>>>();

/**
 * The arbitrary \`build\` makes, made once per options object and \`key\` (shape and depth):
 * shapes of a cycle refer to each other at every depth, and building each reference anew would
 * take time exponential in the depth.
 */
export function builtOnce<T>(options: ArbitraryOptions, key: string, build: () => ${t("Arbitrary")}<T>): ${t("Arbitrary")}<T> {
  let cache = built.get(options);
  if (!cache) {
    cache = new Map();
    built.set(options, cache);
  }
  let arbitrary = cache.get(key) as ${t("Arbitrary")}<T> | undefined;
  if (!arbitrary) {
    arbitrary = build();
    cache.set(key, arbitrary);
  }
  return arbitrary;
}`);
}

/** `constrained.ts`: strings, integers and filters that honour the model's constraint traits. */
function writeConstrainedFile(pkg: PackageBuilder): void {
  const file = pkg.tsFile(ARBITRARY_SUPPORT.constrained);
  for (const name of ["StringConstraints", "constrainedString", "codePointLength", "safeInteger", "satisfying"]) file.declare(name);
  const f = fc(file);
  const t = fcType(file);
  file.line(`/** Consecutive rejected candidates after which {@link satisfying} gives up instead of looping forever. */
const MAX_CONSECUTIVE_REJECTIONS = 10_000;

/**
 * The values of \`arbitrary\` that \`accept\` takes. Throws, naming \`what\`, when
 * {@link MAX_CONSECUTIVE_REJECTIONS} candidates in a row are rejected: constraints that nothing
 * generated satisfies must fail a test run, not hang it.
 */
export function satisfying<T>(arbitrary: ${t("Arbitrary")}<T>, accept: (value: T) => boolean, what: string): ${t("Arbitrary")}<T> {
  let rejected = 0;
  return arbitrary.filter((value) => {
    if (accept(value)) {
      rejected = 0;
      return true;
    }
    rejected++;
    if (rejected >= MAX_CONSECUTIVE_REJECTIONS) {
      throw new Error(\`\${what}: no value satisfying the model's constraints in \${MAX_CONSECUTIVE_REJECTIONS} attempts\`);
    }
    return false;
  });
}

/** The length Smithy's \`@length\` measures a string in: Unicode code points. */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** \`@length\` and \`@pattern\` of a string shape or member. */
export interface StringConstraints {
  readonly minLength?: number;
  readonly maxLength?: number;
  /** The model's pattern; like Smithy's, it is not implicitly anchored. */
  readonly pattern?: RegExp;
  /**
   * Patterns to generate candidates from instead of \`pattern\` when fast-check cannot use it
   * (lookarounds, word boundaries, the \`i\` flag); candidates are checked against \`pattern\`.
   */
  readonly generateFrom?: readonly RegExp[];
}

/** Whether a pattern is anchored at both ends, so that the strings it matches are those it matches in full. */
function isAnchored(pattern: RegExp): boolean {
  const { source } = pattern;
  if (!source.startsWith("^") || !source.endsWith("$")) return false;
  let backslashes = 0;
  for (let i = source.length - 2; i >= 0 && source[i] === "\\\\"; i--) backslashes++;
  return backslashes % 2 === 0;
}

/**
 * Candidates for \`pattern\`, or undefined when fast-check cannot generate from it. fast-check's
 * \`size\` bounds repetitions (\`*\`, \`+\`), not lengths: candidates of a few sizes together land
 * within \`@length\` often enough, short or long. A pattern not anchored at both ends also matches
 * longer strings (\`^[a-z]\` matches "ab"), so candidates that merely contain a match are added.
 */
function patternCandidates(pattern: RegExp, minLength: number, maxLength: number | undefined): ${t("Arbitrary")}<string> | undefined {
  const anchored = new RegExp(\`^(?:\${pattern.source})$\`, pattern.flags);
  const sizes: ("xsmall" | "small" | "medium" | "large")[] = ["xsmall", "small"];
  if (maxLength === undefined || maxLength > 60 || minLength > 8) sizes.push("medium");
  if (minLength > 100) sizes.push("large");
  try {
    const arbitraries = sizes.map((size) => ${f("stringMatching")}(anchored, { size }));
    if (!isAnchored(pattern)) arbitraries.push(...sizes.map((size) => ${f("stringMatching")}(pattern, { size })));
    return ${f("oneof")}(...arbitraries);
  } catch {
    return undefined;
  }
}

/** Built string arbitraries by constraints: building one parses its pattern, which is slow. */
const builtStrings = new Map<string, ${t("Arbitrary")}<string>>();

/**
 * Strings within \`@length\` (in code points) that match \`@pattern\`. \`shape\` names the shape
 * in the error thrown when no candidate satisfies both.
 */
export function constrainedString(constraints: StringConstraints, shape: string): ${t("Arbitrary")}<string> {
  const { minLength = 0, maxLength, pattern, generateFrom } = constraints;
  const key = JSON.stringify([shape, minLength, maxLength, pattern?.source, pattern?.flags, generateFrom?.map(String)]);
  let built = builtStrings.get(key);
  if (!built) {
    built = buildConstrainedString(minLength, maxLength, pattern, generateFrom, shape);
    builtStrings.set(key, built);
  }
  return built;
}

function buildConstrainedString(
  minLength: number,
  maxLength: number | undefined,
  pattern: RegExp | undefined,
  generateFrom: readonly RegExp[] | undefined,
  shape: string,
): ${t("Arbitrary")}<string> {
  if (!pattern) return ${f("string")}({ unit: "binary", minLength, ...(maxLength !== undefined ? { maxLength } : {}) });
  const generators = (generateFrom ?? [pattern]).flatMap((source) => patternCandidates(source, minLength, maxLength) ?? []);
  const candidates = generators.length > 1 ? ${f("oneof")}(...generators) : generators[0];
  if (candidates && !generateFrom && minLength === 0 && maxLength === undefined && isAnchored(pattern)) return candidates;
  return satisfying(
    candidates ?? ${f("string")}({ unit: "binary", minLength }),
    (value) => {
      const length = codePointLength(value);
      return length >= minLength && (maxLength === undefined || length <= maxLength) && pattern.test(value);
    },
    \`\${shape} (@pattern \${pattern}, @length \${minLength}..\${maxLength ?? ""})\`,
  );
}

/** Integers in \`[min, max]\` as JavaScript numbers, also beyond 32 bits (\`long\`). */
export function safeInteger(min: number, max: number): ${t("Arbitrary")}<number> {
  return ${f("bigInt")}({ min: BigInt(min), max: BigInt(max) }).map(Number);
}`);
}

/** `values.ts`: timestamps, documents, union arms, enum values and structural equality. */
function writeValuesFile(pkg: PackageBuilder, options: SupportOptions): void {
  const file = pkg.tsFile(ARBITRARY_SUPPORT.values);
  const names = ["structure", "timestamp", "unionMember", "unknownUnionMember", "stringEnumValue", "intEnumValue", "structurallyEqual"];
  if (options.bigDecimal) names.push("decimalValue");
  if (options.document) names.push("documentValue");
  for (const name of names) file.declare(name);
  const f = fc(file);
  const t = fcType(file);
  const optionsType = file.type({ name: "ArbitraryOptions", from: ARBITRARY_SUPPORT.options });
  file.line(`const EARLIEST_TIMESTAMP = new Date("1900-01-01T00:00:00.000Z");
const LATEST_TIMESTAMP = new Date("2099-12-31T23:59:59.999Z");

/** Timestamps: valid dates in whole milliseconds from 1900 through 2099. */
export function timestamp(): ${t("Arbitrary")}<Date> {
  return ${f("date")}({ min: EARLIEST_TIMESTAMP, max: LATEST_TIMESTAMP, noInvalidDate: true });
}

/** The keys of \`T\` whose properties are not optional. */
type RequiredKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];

/**
 * Values of a structure: \`required\` members always, the others sometimes, never with a null
 * prototype. (fast-check's \`record\` infers a type that TypeScript cannot represent for members
 * of enums with hundreds of values; the members are checked against \`T\` here instead.)
 */
export function structure<T extends object>(
  members: { [K in keyof T]: ${t("Arbitrary")}<Exclude<T[K], undefined>> },
  required: readonly RequiredKeys<T>[],
): ${t("Arbitrary")}<T> {
  const model = members as { [key: string]: ${t("Arbitrary")}<unknown> };
  const requiredKeys = required.map(String);
  return ${f("record")}(model, { requiredKeys, noNullPrototype: true }) as ${t("Arbitrary")}<unknown> as ${t("Arbitrary")}<T>;
}

/** A union value with exactly the member \`name\` set. */
export function unionMember<K extends string, T>(name: K, value: ${t("Arbitrary")}<T>): ${t("Arbitrary")}<{ [P in K]: T }> {
  return value.map((item) => ({ [name]: item }) as { [P in K]: T });
}

/** A union value whose member this client does not know: \`{ $unknown: [name, value] }\`. */
export function unknownUnionMember(known: readonly string[]): ${t("Arbitrary")}<{ $unknown: [string, unknown] }> {
  const name = ${f("string")}({ minLength: 1 }).filter((candidate) => !known.includes(candidate));
  return ${f("tuple")}(name, ${f("jsonValue")}()).map(([member, value]): { $unknown: [string, unknown] } => ({ $unknown: [member, value] }));
}

/** One of the known values of a string enum, or with \`unknownEnumValues\` also any other string. */
export function stringEnumValue<T extends string>(known: readonly T[], options: ${optionsType}): ${t("Arbitrary")}<T | (string & {})> {
  const values = ${f("constantFrom")}(...known);
  if (!options.unknownEnumValues) return values;
  const unknown = ${f("string")}({ minLength: 1 }).filter((value) => !(known as readonly string[]).includes(value));
  return ${f("oneof")}(values, unknown);
}

/** One of the known values of an integer enum, or with \`unknownEnumValues\` also any other integer. */
export function intEnumValue<T extends number>(known: readonly T[], options: ${optionsType}): ${t("Arbitrary")}<T | (number & {})> {
  const values = ${f("constantFrom")}(...known);
  if (!options.unknownEnumValues) return values;
  const unknown = ${f("integer")}().filter((value) => !(known as readonly number[]).includes(value));
  return ${f("oneof")}(values, unknown);
}

/**
 * Equality of generated values, the way \`@uniqueItems\` compares items: by content for
 * objects, arrays, dates and byte arrays; \`NaN\` equals \`NaN\` and \`0\` equals \`-0\`.
 */
export function structurallyEqual(a: unknown, b: unknown): boolean {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
  }
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    return a instanceof Uint8Array && b instanceof Uint8Array && a.length === b.length && a.every((byte, i) => byte === b[i]);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => structurallyEqual(item, b[i]));
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) => Object.prototype.hasOwnProperty.call(b, key) && structurallyEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}`);
  if (options.document) {
    const documentType = file.type({ name: "DocumentType", from: "@smithy/types" });
    file.line();
    file.line(`function withoutNegativeZero(value: ${t("JsonValue")}): ${documentType} {
  if (typeof value === "number") return Object.is(value, -0) ? 0 : value;
  if (Array.isArray(value)) return value.map(withoutNegativeZero);
  if (value !== null && typeof value === "object") {
    const out: { [key: string]: ${documentType} } = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      Object.defineProperty(out, key, { value: withoutNegativeZero(item), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/**
 * Document values: anything JSON can carry, except \`null\` at the top (a member or item whose
 * value is null is read back as absent), and with \`-0\` as \`0\` (JSON cannot tell them apart).
 */
export function documentValue(): ${t("Arbitrary")}<${documentType}> {
  return ${f("jsonValue")}()
    .filter((value) => value !== null)
    .map(withoutNegativeZero);
}`);
  }
  if (options.bigDecimal) {
    const nv = file.value({ name: "nv", from: "@smithy/core/serde" });
    const numericValue = file.type({ name: "NumericValue", from: "@smithy/core/serde" });
    file.line();
    file.line(`/** Decimal numbers of up to 30 digits, 10 of them after the point, for bigDecimal shapes. */
export function decimalValue(): ${t("Arbitrary")}<${numericValue}> {
  return ${f("tuple")}(${f("bigInt")}({ min: -(10n ** 30n) + 1n, max: 10n ** 30n - 1n }), ${f("integer")}({ min: 0, max: 10 })).map(([unscaled, scale]) => {
    const digits = (unscaled < 0n ? -unscaled : unscaled).toString().padStart(scale + 1, "0");
    const text = scale === 0 ? digits : \`\${digits.slice(0, -scale)}.\${digits.slice(-scale)}\`;
    return ${nv}(unscaled < 0n ? \`-\${text}\` : text);
  });
}`);
  }
}

/** Which optional helpers the model needs (each adds a runtime import). */
export interface SupportOptions {
  readonly bigDecimal: boolean;
  readonly document: boolean;
}

export function writeArbitrarySupportFiles(pkg: PackageBuilder, options: SupportOptions): void {
  writeOptionsFile(pkg);
  writeConstrainedFile(pkg);
  writeValuesFile(pkg, options);
}

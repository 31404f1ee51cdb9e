import { type Arbitrary, bigInt, oneof, string, stringMatching } from "fast-check";

/** Consecutive rejected candidates after which {@link satisfying} gives up instead of looping forever. */
const MAX_CONSECUTIVE_REJECTIONS = 10_000;

/**
 * The values of `arbitrary` that `accept` takes. Throws, naming `what`, when
 * {@link MAX_CONSECUTIVE_REJECTIONS} candidates in a row are rejected: constraints that nothing
 * generated satisfies must fail a test run, not hang it.
 */
export function satisfying<T>(arbitrary: Arbitrary<T>, accept: (value: T) => boolean, what: string): Arbitrary<T> {
  let rejected = 0;
  return arbitrary.filter((value) => {
    if (accept(value)) {
      rejected = 0;
      return true;
    }
    rejected++;
    if (rejected >= MAX_CONSECUTIVE_REJECTIONS) {
      throw new Error(`${what}: no value satisfying the model's constraints in ${MAX_CONSECUTIVE_REJECTIONS} attempts`);
    }
    return false;
  });
}

/** The length Smithy's `@length` measures a string in: Unicode code points. */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** `@length` and `@pattern` of a string shape or member. */
export interface StringConstraints {
  readonly minLength?: number;
  readonly maxLength?: number;
  /** The model's pattern; like Smithy's, it is not implicitly anchored. */
  readonly pattern?: RegExp;
  /**
   * Patterns to generate candidates from instead of `pattern` when fast-check cannot use it
   * (lookarounds, word boundaries, the `i` flag); candidates are checked against `pattern`.
   */
  readonly generateFrom?: readonly RegExp[];
}

/** Whether a pattern is anchored at both ends, so that the strings it matches are those it matches in full. */
function isAnchored(pattern: RegExp): boolean {
  const { source } = pattern;
  if (!source.startsWith("^") || !source.endsWith("$")) return false;
  let backslashes = 0;
  for (let i = source.length - 2; i >= 0 && source[i] === "\\"; i--) backslashes++;
  return backslashes % 2 === 0;
}

/**
 * Candidates for `pattern`, or undefined when fast-check cannot generate from it. fast-check's
 * `size` bounds repetitions (`*`, `+`), not lengths: candidates of a few sizes together land
 * within `@length` often enough, short or long. A pattern not anchored at both ends also matches
 * longer strings (`^[a-z]` matches "ab"), so candidates that merely contain a match are added.
 */
function patternCandidates(pattern: RegExp, minLength: number, maxLength: number | undefined): Arbitrary<string> | undefined {
  const anchored = new RegExp(`^(?:${pattern.source})$`, pattern.flags);
  const sizes: ("xsmall" | "small" | "medium" | "large")[] = ["xsmall", "small"];
  if (maxLength === undefined || maxLength > 60 || minLength > 8) sizes.push("medium");
  if (minLength > 100) sizes.push("large");
  try {
    const arbitraries = sizes.map((size) => stringMatching(anchored, { size }));
    if (!isAnchored(pattern)) arbitraries.push(...sizes.map((size) => stringMatching(pattern, { size })));
    return oneof(...arbitraries);
  } catch {
    return undefined;
  }
}

/** Built string arbitraries by constraints: building one parses its pattern, which is slow. */
const builtStrings = new Map<string, Arbitrary<string>>();

/**
 * Strings within `@length` (in code points) that match `@pattern`. `shape` names the shape
 * in the error thrown when no candidate satisfies both.
 */
export function constrainedString(constraints: StringConstraints, shape: string): Arbitrary<string> {
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
): Arbitrary<string> {
  if (!pattern) return string({ unit: "binary", minLength, ...(maxLength !== undefined ? { maxLength } : {}) });
  const generators = (generateFrom ?? [pattern]).flatMap((source) => patternCandidates(source, minLength, maxLength) ?? []);
  const candidates = generators.length > 1 ? oneof(...generators) : generators[0];
  if (candidates && !generateFrom && minLength === 0 && maxLength === undefined && isAnchored(pattern)) return candidates;
  return satisfying(
    candidates ?? string({ unit: "binary", minLength }),
    (value) => {
      const length = codePointLength(value);
      return length >= minLength && (maxLength === undefined || length <= maxLength) && pattern.test(value);
    },
    `${shape} (@pattern ${pattern}, @length ${minLength}..${maxLength ?? ""})`,
  );
}

/** Integers in `[min, max]` as JavaScript numbers, also beyond 32 bits (`long`). */
export function safeInteger(min: number, max: number): Arbitrary<number> {
  return bigInt({ min: BigInt(min), max: BigInt(max) }).map(Number);
}

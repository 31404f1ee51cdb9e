import { search } from "jmespath";

/** How a path matcher compares the value its JMESPath expression selects with `expected`. */
export type PathComparator = "stringEquals" | "booleanEquals" | "allStringEquals" | "anyStringEquals";

/** A JMESPath expression, the value expected of it and how they are compared (`smithy.waiters#PathMatcher`). */
export interface PathMatcher {
  readonly path: string;
  readonly expected: string;
  readonly comparator: PathComparator;
}

/**
 * What an acceptor looks at (`smithy.waiters#Matcher`, one member set): the output, the input and
 * output together (`{ input, output }`), whether the call succeeded, or the error's name.
 */
export type Matcher =
  | { readonly output: PathMatcher }
  | { readonly inputOutput: PathMatcher }
  | { readonly success: boolean }
  | { readonly errorType: string };

/** The state an acceptor moves the waiter to when its matcher matches. */
export type AcceptorState = "success" | "failure" | "retry";

/** One acceptor of a waiter (`smithy.waiters#Acceptor`), as the model writes it. */
export interface Acceptor {
  readonly state: AcceptorState;
  readonly matcher: Matcher;
}

/** The outcome of one call of the waited operation: its output, or the error it threw. */
export type CallOutcome<Output = unknown> = { readonly kind: "output"; readonly output: Output } | { readonly kind: "error"; readonly error: unknown };

/**
 * The state the first matching acceptor moves to (acceptors are tried in order), or `undefined` when
 * none matches. The caller then ends the wait with an error (the Smithy specification's failure) or
 * polls again after an output.
 */
export function acceptorState(acceptors: readonly Acceptor[], input: unknown, outcome: CallOutcome): AcceptorState | undefined {
  for (const acceptor of acceptors) if (matches(acceptor.matcher, input, outcome)) return acceptor.state;
  return undefined;
}

/** Whether `matcher` matches the outcome of a call made with `input`. */
export function matches(matcher: Matcher, input: unknown, outcome: CallOutcome): boolean {
  if ("success" in matcher) return matcher.success === (outcome.kind === "output");
  if ("errorType" in matcher) return outcome.kind === "error" && errorTypeOf(outcome.error) === shapeName(matcher.errorType);
  if (outcome.kind === "error") return false;
  if ("output" in matcher) return compare(matcher.output, select(matcher.output.path, outcome.output));
  return compare(matcher.inputOutput, select(matcher.inputOutput.path, { input, output: outcome.output }));
}

/** The value `path` selects from `data`; an expression that fails on this data selects nothing. */
export function select(path: string, data: unknown): unknown {
  try {
    return search(plain(data), path);
  } catch {
    return null;
  }
}

/**
 * The comparators of `smithy.waiters`: `stringEquals` (a string equal to `expected`),
 * `booleanEquals` (a boolean whose text is `expected`), `allStringEquals` (a non-empty list of
 * strings all equal to `expected`), `anyStringEquals` (a list with at least one such string).
 */
export function compare(matcher: PathMatcher, value: unknown): boolean {
  const { comparator, expected } = matcher;
  switch (comparator) {
    case "stringEquals":
      return typeof value === "string" && value === expected;
    case "booleanEquals":
      return typeof value === "boolean" && String(value) === expected;
    case "allStringEquals":
      return Array.isArray(value) && value.length > 0 && value.every((item) => item === expected);
    case "anyStringEquals":
      return Array.isArray(value) && value.some((item) => item === expected);
  }
}

/** The error's type: its `name` (a modelled error's shape name; an unmodelled one's code). */
function errorTypeOf(error: unknown): string | undefined {
  const name = (error as { name?: unknown } | null | undefined)?.name;
  return typeof name === "string" ? shapeName(name) : undefined;
}

/** `ns#Name` -> `Name`: the model may name an error by its shape id. */
function shapeName(id: string): string {
  return id.slice(id.indexOf("#") + 1);
}

/**
 * The data as JMESPath sees JSON: timestamps as their ISO text, big numbers and bigints as numbers,
 * blobs as lists; `$metadata` and functions are left out. jmespath treats any other object as a
 * JSON object, so a `Date` would otherwise be an empty object.
 */
function plain(value: unknown): unknown {
  if (value === null || typeof value !== "object") {
    if (typeof value === "bigint") return Number(value);
    return typeof value === "function" || typeof value === "symbol" ? undefined : value;
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (ArrayBuffer.isView(value)) return Array.from(value as Uint8Array);
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return plain((value as { toJSON(): unknown }).toJSON());
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === "$metadata") continue;
    Object.defineProperty(out, key, { value: plain(item), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

import type { Bounds } from "../types/constraints.js";
import { ecmaPattern } from "../types/patterns.js";

/*
 * A readable string for a documentation example that satisfies a `@pattern` and `@length`
 * (code points), decided at generation time without randomness: the same model always prints the
 * same example. fast-check's `stringMatching` would find more strings, but its output is random
 * and changes with its version; READMEs must not churn.
 */

/** The word examples are made of, where the constraints allow it. */
export const EXAMPLE_WORD = "example";

/** What {@link exampleString} gives: the string, and whether it satisfies the constraints. */
export interface ExampleString {
  readonly value: string;
  /** False when no candidate matched the pattern: the value then only has the right type. */
  readonly satisfied: boolean;
}

/** The constraints of one string value: `@pattern` as the model writes it, `@length` in code points. */
export interface StringConstraints {
  readonly pattern?: string;
  readonly length?: Bounds;
}

/**
 * The first of these candidates that satisfies the constraints: `example` (fitted to the length),
 * then strings built from the pattern with each quantifier repeated a few different ways.
 */
export function exampleString(constraints: StringConstraints): ExampleString {
  const fitted = fitLength(EXAMPLE_WORD, constraints.length);
  if (constraints.pattern === undefined) return { value: fitted, satisfied: true };
  const pattern = ecmaPattern(constraints.pattern);
  if (!pattern) return { value: fitted, satisfied: false };
  const check = new RegExp(pattern.source, pattern.flags);
  const fits = (text: string): boolean => check.test(text) && withinLength(text, constraints.length);
  if (fits(fitted)) return { value: fitted, satisfied: true };
  // Lookarounds and back-references are gone from the relaxed form; the check above still applies them.
  const source = pattern.relaxed?.source ?? pattern.source;
  let tree: Alternation;
  try {
    tree = parsePattern(source);
  } catch {
    return { value: fitted, satisfied: false };
  }
  for (const repeat of repeatWays(constraints.length)) {
    let candidate: string | undefined;
    try {
      candidate = generate(tree, repeat, pattern.flags);
    } catch {
      // A character set that does not compile on its own: the whole pattern's syntax was not read right.
      candidate = undefined;
    }
    if (candidate !== undefined && fits(candidate)) return { value: candidate, satisfied: true };
  }
  return { value: fitted, satisfied: false };
}

/** Whether `text` satisfies the constraints (a pattern JavaScript cannot read satisfies nothing). */
export function satisfiesString(text: string, constraints: StringConstraints): boolean {
  if (!withinLength(text, constraints.length)) return false;
  if (constraints.pattern === undefined) return true;
  const pattern = ecmaPattern(constraints.pattern);
  return pattern !== undefined && new RegExp(pattern.source, pattern.flags).test(text);
}

/** `text` repeated or cut to fit the bounds (in code points); its own length when that fits. */
export function fitLength(text: string, length: Bounds | undefined): string {
  const chars = [...text];
  const min = length?.min ?? 0;
  const max = length?.max ?? Infinity;
  const target = Math.max(min, Math.min(max, chars.length));
  return Array.from({ length: target }, (_, k) => chars[k % chars.length]).join("");
}

function withinLength(text: string, length: Bounds | undefined): boolean {
  const count = [...text].length;
  return (length?.min === undefined || count >= length.min) && (length?.max === undefined || count <= length.max);
}

/**
 * How many times to repeat a quantified part of the pattern (`*`, `+`, `?`, `{1,64}`): a few
 * ways, tried in order until one satisfies the constraints.
 */
type Repeat = (item: Quantified) => number;

/**
 * First the lean way: optional parts left out, a repeated group once, and a repeated character
 * set as many times as `example` has letters (so that `arn:aws[a-z-]*:[a-z]+` gives
 * `arn:aws:example`); then every quantifier repeated the same number of times, including the
 * length bounds, for patterns whose parts must add up to a minimum length.
 */
function repeatWays(length: Bounds | undefined): Repeat[] {
  const lean: Repeat = ({ node, min, max }) => (min === max || min === 0 || node.kind !== "set" ? min : Math.min(max, Math.max(min, EXAMPLE_WORD.length)));
  const counts = [...new Set([EXAMPLE_WORD.length, 1, 0, 3, ...(length?.min !== undefined ? [length.min] : []), ...(length?.max !== undefined ? [length.max] : [])])];
  return [lean, ...counts.map((count): Repeat => ({ min, max }) => Math.min(max, Math.max(min, count)))];
}

// A small regular expression tree: enough of ECMAScript's syntax to build one matching string.

type Node =
  | { readonly kind: "literal"; readonly text: string }
  | { readonly kind: "set"; readonly source: string }
  | { readonly kind: "group"; readonly body: Alternation }
  | { readonly kind: "empty" };

interface Quantified {
  readonly node: Node;
  readonly min: number;
  readonly max: number;
}

type Alternation = readonly (readonly Quantified[])[];

const QUANTIFIER = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})[?+]?/;

/** Parses a pattern that compiles as an ECMAScript RegExp; throws on syntax it does not know. */
function parsePattern(source: string): Alternation {
  let i = 0;
  const alternation = (): Alternation => {
    const branches: Quantified[][] = [[]];
    while (i < source.length && source[i] !== ")") {
      if (source[i] === "|") {
        branches.push([]);
        i++;
        continue;
      }
      const node = atom();
      const quantifier = QUANTIFIER.exec(source.slice(i));
      let min = 1;
      let max = 1;
      if (quantifier) {
        i += quantifier[0].length;
        const [, symbol, low, comma, high] = quantifier;
        if (symbol === "*") [min, max] = [0, Infinity];
        else if (symbol === "+") [min, max] = [1, Infinity];
        else if (symbol === "?") [min, max] = [0, 1];
        else {
          min = Number(low);
          max = comma === undefined ? min : high === "" ? Infinity : Number(high);
        }
      }
      branches[branches.length - 1]!.push({ node, min, max });
    }
    return branches;
  };
  const atom = (): Node => {
    const c = source[i]!;
    if (c === "^" || c === "$") {
      i++;
      return { kind: "empty" };
    }
    if (c === "(") {
      const lookaround = /^\(\?(?:=|!|<=|<!)/.exec(source.slice(i));
      const opening = lookaround?.[0] ?? /^\((?:\?:|\?<[A-Za-z][\w]*>)?/.exec(source.slice(i))![0];
      i += opening.length;
      const body = alternation();
      if (source[i] !== ")") throw new Error("unbalanced group");
      i++;
      return lookaround ? { kind: "empty" } : { kind: "group", body };
    }
    if (c === "[") {
      const start = i;
      i++;
      if (source[i] === "^") i++;
      if (source[i] === "]") i++;
      while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
      i++;
      return { kind: "set", source: source.slice(start, i) };
    }
    if (c === ".") {
      i++;
      return { kind: "set", source: "." };
    }
    if (c === "\\") return escape();
    i++;
    return { kind: "literal", text: c };
  };
  const escape = (): Node => {
    const rest = source.slice(i);
    const unicode = /^\\(?:u\{([0-9A-Fa-f]+)\}|u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2}))/.exec(rest);
    if (unicode) {
      i += unicode[0].length;
      return { kind: "literal", text: String.fromCodePoint(parseInt(unicode[1] ?? unicode[2] ?? unicode[3]!, 16)) };
    }
    const property = /^\\[pP]\{[^}]*\}/.exec(rest);
    if (property) {
      i += property[0].length;
      return { kind: "set", source: property[0] };
    }
    const letter = rest[1];
    if (letter === undefined) throw new Error("trailing backslash");
    i += 2;
    if (letter === "b" || letter === "B") return { kind: "empty" };
    if ("dDwWsS".includes(letter)) return { kind: "set", source: rest.slice(0, 2) };
    const control: Record<string, string> = { t: "\t", n: "\n", r: "\r", f: "\f", v: "\v", "0": "\0" };
    if (control[letter] !== undefined) return { kind: "literal", text: control[letter] };
    if (/[1-9]/.test(letter)) throw new Error("back-reference");
    return { kind: "literal", text: letter };
  };
  const tree = alternation();
  if (i !== source.length) throw new Error("unbalanced group");
  return tree;
}

/**
 * Characters tried for a character set at `position` in a run of characters from sets: the
 * letters of `example` (lower, then upper case) and digits follow the position, so that
 * `[a-z]{7}` gives `example`, `[A-Z]+` `EXAMPLE` and `\d{12}` `123456789012`; then any printable
 * ASCII character.
 */
function setCandidates(position: number): string[] {
  const digits = "1234567890";
  const letter = EXAMPLE_WORD[position % EXAMPLE_WORD.length]!;
  return [letter, letter.toUpperCase(), digits[position % digits.length]!, ...PRINTABLE];
}

const PRINTABLE = [
  ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/@+=,~ ",
  ...Array.from({ length: 0x7f - 0x21 }, (_, k) => String.fromCharCode(0x21 + k)),
  "\u00e9",
];

/** One string of the tree, repeated as `repeat` says; undefined when a set matches no candidate. */
function generate(tree: Alternation, repeat: Repeat, flags: string): string | undefined {
  const sets = new Map<string, RegExp>();
  const matcher = (source: string): RegExp => {
    let regex = sets.get(source);
    if (!regex) {
      regex = new RegExp(`^(?:${source})$`, flags);
      sets.set(source, regex);
    }
    return regex;
  };
  // Characters from sets since the last literal: `sg-[a-z0-9]+` spells `sg-example`.
  let run = 0;
  const alternation = (branches: Alternation): string | undefined => {
    // The first branch that can be built; later ones are tried only when it cannot.
    for (const branch of branches) {
      const start = run;
      const text = sequence(branch);
      if (text !== undefined) return text;
      run = start;
    }
    return undefined;
  };
  const sequence = (items: readonly Quantified[]): string | undefined => {
    let out = "";
    for (const item of items) {
      const count = repeat(item);
      for (let k = 0; k < count; k++) {
        const text = single(item.node);
        if (text === undefined) return undefined;
        out += text;
      }
    }
    return out;
  };
  const single = (node: Node): string | undefined => {
    switch (node.kind) {
      case "empty":
        return "";
      case "literal":
        run = 0;
        return node.text;
      case "group":
        return alternation(node.body);
      case "set": {
        const regex = matcher(node.source);
        return setCandidates(run++).find((candidate) => regex.test(candidate));
      }
    }
  };
  return alternation(tree);
}

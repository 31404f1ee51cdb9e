/**
 * Smithy `@pattern` values as JavaScript regular expressions. Smithy says patterns are ECMA 262
 * regexes, but real models also use `\p{...}` (needs the `u` flag) and Java's inline flags
 * (`^(?s)...`); and fast-check's `stringMatching` cannot generate from lookarounds, `\b` or
 * back-references. This module decides, once at generation time, how each pattern is checked and
 * from which (possibly relaxed) expression candidate strings are generated.
 */

/** A pattern the generated code can use. */
export interface EcmaPattern {
  /** The model's pattern, as written (minus Java inline flags). */
  readonly source: string;
  /** `""`, or the flags the pattern needs (`u` for `\p{...}`, `i`/`s` from Java inline flags). */
  readonly flags: string;
  /**
   * The pattern without the lookarounds and word boundaries fast-check cannot generate from, when
   * the pattern has any (and the rest still compiles). It matches a superset of the pattern's
   * strings: candidates generated from it must still be checked against `source`.
   */
  readonly relaxed?: string;
}

function compiles(source: string, flags: string): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}

/** Java-style inline flags at the very start (after an optional `^`): `(?i)`, `(?s)`, `(?is)`. */
const LEADING_INLINE_FLAGS = /^(\^?)\(\?([is]+)\)/;

/** The pattern as a JavaScript RegExp source and flags, or undefined when it is not usable. */
export function ecmaPattern(pattern: string): EcmaPattern | undefined {
  let source = pattern;
  let extra = "";
  const inline = LEADING_INLINE_FLAGS.exec(source);
  if (inline) {
    source = inline[1]! + source.slice(inline[0].length);
    extra = [...new Set(inline[2]!)].sort().join("");
  }
  // `\p{L}` compiles without the u flag too, but then means "p{L}": such escapes need unicode mode.
  const unicodeEscapes = /\\[pPu]\{/.test(source);
  const candidates = unicodeEscapes ? [`${extra}u`, extra] : [extra, `${extra}u`];
  const flags = candidates.map((f) => [...f].sort().join("")).find((f) => compiles(source, f));
  if (flags === undefined) return undefined;
  const relaxed = relaxPattern(source, flags.includes("u"));
  if (!relaxed.changed || !compiles(relaxed.source, flags)) return { source, flags };
  return { source, flags, relaxed: relaxed.source };
}

/** The end of the character class starting at `start` (the index of its `]`). */
function classEnd(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === "^") i++;
  if (source[i] === "]") i++;
  while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
  return i;
}

/** The index just past the group opening at `start`. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(source, i);
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return source.length;
}

const CLASS_ESCAPE = /^\\[dDwWsS]$/;

/**
 * Rewrites a character class so that a `-` next to a class escape (`[\w-_]`, legal as a literal
 * dash outside unicode mode) is escaped, which fast-check's regex parser requires.
 */
function normaliseClass(body: string): string {
  const atoms: string[] = [];
  for (let i = 0; i < body.length; ) {
    const atom = body[i] === "\\" ? body.slice(i, i + 2) : body[i]!;
    atoms.push(atom);
    i += atom.length;
  }
  return atoms
    .map((atom, i) => {
      if (atom !== "-" || i === 0 || i === atoms.length - 1) return atom;
      return CLASS_ESCAPE.test(atoms[i - 1]!) || CLASS_ESCAPE.test(atoms[i + 1]!) ? "\\-" : atom;
    })
    .join("");
}

/**
 * Removes lookaround assertions (with any quantifier after them) and `\b`/`\B`: the result
 * matches a superset of the pattern's strings and fast-check can generate from it.
 */
export function relaxPattern(source: string, unicode: boolean): { source: string; changed: boolean } {
  let out = "";
  let changed = false;
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (c === "\\") {
      const escape = source.slice(i, i + 2);
      if (escape === "\\b" || escape === "\\B") changed = true;
      else out += escape;
      i += 2;
      continue;
    }
    if (c === "[") {
      const end = classEnd(source, i);
      const negated = source[i + 1] === "^";
      const bodyStart = i + (negated ? 2 : 1);
      const body = source.slice(bodyStart, end);
      out += `[${negated ? "^" : ""}${unicode ? body : normaliseClass(body)}]`;
      i = end + 1;
      continue;
    }
    if (c === "(" && /^\(\?(=|!|<=|<!)/.test(source.slice(i, i + 4))) {
      changed = true;
      i = groupEnd(source, i);
      const quantifier = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(source.slice(i));
      if (quantifier) i += quantifier[0].length;
      continue;
    }
    out += c;
    i++;
  }
  return { source: out, changed };
}

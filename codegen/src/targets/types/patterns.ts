/**
 * Smithy `@pattern` values as JavaScript regular expressions. Smithy says patterns are ECMA 262
 * regexes, but real models also use `\p{...}` (needs the `u` flag) and Java's inline flags
 * (`^(?s)...`); and fast-check's `stringMatching` cannot generate from lookarounds, `\b` or
 * back-references. This module decides, once at generation time, how each pattern is checked and
 * from which (possibly relaxed) expression candidate strings are generated.
 */

/** A regular expression to generate candidate strings from. */
export interface GenerationPattern {
  readonly source: string;
  readonly flags: string;
}

/** A pattern the generated code can use. */
export interface EcmaPattern {
  /** The model's pattern, as written (minus Java inline flags). */
  readonly source: string;
  /** `""`, or the flags the pattern needs (`u` for `\p{...}`, `i`/`s` from Java inline flags). */
  readonly flags: string;
  /**
   * What to generate candidates from when fast-check cannot use the pattern as it is: without
   * lookarounds and word boundaries, with a dash next to a class escape escaped (`[\w-_]`), and
   * without the `i` flag. Candidates must still be checked against `source` and `flags`.
   */
  readonly relaxed?: GenerationPattern;
  /**
   * A second source of candidates for a pattern with a leading positive lookahead, which often
   * says more than the rest (`^arn:(?=[^:]+:fsx:...)...`): the text before it followed by the
   * lookahead's own pattern.
   */
  readonly lookaheadPrefix?: GenerationPattern;
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
  const candidates = (unicodeEscapes ? [`${extra}u`, extra] : [extra, `${extra}u`]).map((f) => [...f].sort().join(""));
  let flags = candidates.find((f) => compiles(source, f));
  if (flags === undefined) {
    // Java accepts what ECMAScript does not; read it as Java would when that is unambiguous.
    const repaired = repairJavaSyntax(source);
    flags = candidates.find((f) => compiles(repaired, f));
    source = repaired;
  }
  if (flags === undefined) return undefined;
  const relaxed = relaxPattern(source, flags.includes("u"));
  // A string that matches case-sensitively matches case-insensitively too.
  const generationFlags = flags.replace("i", "");
  const unicode = flags.includes("u");
  const prefix = leadingLookahead(source);
  const prefixed = prefix === undefined ? undefined : relaxPattern(prefix, unicode).source;
  return {
    source,
    flags,
    ...((relaxed.source !== source || generationFlags !== flags) && compiles(relaxed.source, generationFlags)
      ? { relaxed: { source: relaxed.source, flags: generationFlags } }
      : {}),
    ...(prefixed !== undefined && compiles(prefixed, generationFlags) ? { lookaheadPrefix: { source: prefixed, flags: generationFlags } } : {}),
  };
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

/**
 * For a pattern with a positive lookahead outside any group, the text before the first one
 * followed by the lookahead's pattern as a group; undefined otherwise.
 */
export function leadingLookahead(source: string): string | undefined {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(source, i);
    else if (c === ")") depth--;
    else if (c === "(") {
      if (depth === 0 && source.startsWith("(?=", i)) {
        const end = groupEnd(source, i);
        return `${source.slice(0, i)}(?:${source.slice(i + 3, end - 1)})`;
      }
      depth++;
    }
  }
  return undefined;
}

const CLASS_ESCAPE = /^\\[dDwWsS]$/;
const UNICODE_CLASS_ESCAPE = /^\\[pP]\{[^}]*\}$/;

/**
 * Java's readings of two things ECMAScript's unicode mode rejects: a dash next to a class
 * escape inside a class is a literal dash (`[\p{L}-_]`), and `+` after an exact count is
 * possessive, which changes nothing for an exact count (`\d{12}+`).
 */
export function repairJavaSyntax(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (c === "\\") {
      out += source.slice(i, i + 2);
      i += 2;
    } else if (c === "[") {
      const end = classEnd(source, i);
      const negated = source[i + 1] === "^";
      out += `[${negated ? "^" : ""}${normaliseClass(source.slice(i + (negated ? 2 : 1), end))}]`;
      i = end + 1;
    } else if (c === "{" && /^\{\d+\}\+/.test(source.slice(i))) {
      const count = /^\{\d+\}/.exec(source.slice(i))![0];
      out += count;
      i += count.length + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * Rewrites a character class so that a `-` next to a class escape (`[\w-_]`, legal as a literal
 * dash outside unicode mode) is escaped, which fast-check's regex parser requires.
 */
function normaliseClass(body: string): string {
  const atoms: string[] = [];
  for (let i = 0; i < body.length; ) {
    let atom = body[i] === "\\" ? body.slice(i, i + 2) : body[i]!;
    if (/^\\[pP]$/.test(atom) && body[i + 2] === "{") atom = body.slice(i, body.indexOf("}", i) + 1);
    atoms.push(atom);
    i += atom.length;
  }
  const isClassEscape = (atom: string): boolean => CLASS_ESCAPE.test(atom) || UNICODE_CLASS_ESCAPE.test(atom);
  return atoms
    .map((atom, i) => {
      if (atom !== "-" || i === 0 || i === atoms.length - 1) return atom;
      return isClassEscape(atoms[i - 1]!) || isClassEscape(atoms[i + 1]!) ? "\\-" : atom;
    })
    .join("");
}

/** The text inside each capturing group, by group number (1-based). */
function capturingGroups(source: string): Map<number, string> {
  const groups = new Map<number, string>();
  let number = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(source, i);
    else if (c === "(" && (source[i + 1] !== "?" || /^\(\?<[A-Za-z]/.test(source.slice(i, i + 4)))) {
      const end = groupEnd(source, i);
      const open = source[i + 1] === "?" ? source.indexOf(">", i) + 1 : i + 1;
      groups.set(++number, source.slice(open, end - 1));
    }
  }
  return groups;
}

/**
 * Removes lookaround assertions (with any quantifier after them) and `\b`/`\B`, replaces a
 * back-reference by its group's pattern, and escapes a dash next to a class escape: the result
 * matches a superset of the pattern's strings and fast-check can generate from it. `changed`
 * says whether anything was removed or replaced.
 */
export function relaxPattern(source: string, unicode: boolean): { source: string; changed: boolean } {
  let out = "";
  let changed = false;
  const groups = capturingGroups(source);
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (c === "\\") {
      const reference = /^\\([1-9]\d*)/.exec(source.slice(i));
      if (reference && groups.has(Number(reference[1]))) {
        out += `(?:${relaxPattern(groups.get(Number(reference[1]))!, unicode).source})`;
        changed = true;
        i += reference[0].length;
        continue;
      }
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

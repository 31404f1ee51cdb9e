import { UsageError } from "./command.js";

/**
 * How an option takes its argument:
 * - `flag`: none (`--strict`);
 * - `value`: exactly one, at most once (`--out dir`, `--out=dir`);
 * - `repeatable`: one per occurrence, any number of occurrences (`--service a --service b`);
 * - `list`: every argument up to the next option (`--old a.smithy b.smithy`), any number of times;
 * - `optional-value`: `--changeset=<dir>` or bare `--changeset`; a bare one records which
 *   positional follows it, for the command to decide whether that positional is its value.
 */
export type OptionKind = "flag" | "value" | "repeatable" | "list" | "optional-value";

/**
 * One option of a command. The same list parses the command line and writes `--help`, so the
 * two cannot disagree.
 */
export interface OptionSpec {
  /** The long name, without `--`. */
  readonly name: string;
  /** A one-letter alias, without `-`. */
  readonly short?: string;
  readonly kind: OptionKind;
  /** The argument's placeholder in the help, e.g. `<dir>`; none for flags. */
  readonly argument?: string;
  /** What the option does, one or more sentences. */
  readonly description: string;
  /** What holds when the option is absent, in words: `off`, `none`, `packages`, ... */
  readonly default: string;
}

/** A command line parsed against a command's options. */
export interface ParsedCommandLine {
  readonly positionals: readonly string[];
  has(name: string): boolean;
  /** The value of a `value` (or `optional-value`) option, if given. */
  value(name: string): string | undefined;
  /** Every value of a `repeatable` or `list` option, in order. */
  values(name: string): readonly string[];
  /**
   * For a bare `optional-value` option: the index (in `positionals`) of the positional that came
   * right after it, if any.
   */
  candidate(name: string): number | undefined;
}

function specOf(options: readonly OptionSpec[], name: string): OptionSpec | undefined {
  return options.find((o) => o.name === name);
}

/**
 * Parses `args` against `options`. An option not in the list, a missing or superfluous argument,
 * or an option given twice that may be given once, is a UsageError.
 */
export function parseCommandLine(args: readonly string[], options: readonly OptionSpec[]): ParsedCommandLine {
  const values = new Map<string, string[]>();
  const candidates = new Map<string, number>();
  const positionals: string[] = [];
  let collecting: string[] | undefined;
  let pendingCandidate: string | undefined;
  let onlyPositionals = false;

  const valuesOf = (name: string): string[] => {
    let list = values.get(name);
    if (!list) values.set(name, (list = []));
    return list;
  };

  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (onlyPositionals || !arg.startsWith("-") || arg === "-") {
      if (collecting) {
        collecting.push(arg);
        continue;
      }
      if (pendingCandidate !== undefined) candidates.set(pendingCandidate, positionals.length);
      pendingCandidate = undefined;
      positionals.push(arg);
      continue;
    }
    collecting = undefined;
    pendingCandidate = undefined;
    if (arg === "--") {
      onlyPositionals = true;
      continue;
    }
    const long = arg.startsWith("--");
    const eq = arg.indexOf("=");
    const name = long ? arg.slice(2, eq < 0 ? undefined : eq) : arg.slice(1, eq < 0 ? undefined : eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    const spec = long ? specOf(options, name) : options.find((o) => o.short === name);
    if (!spec) throw new UsageError(`unknown option \`${long ? `--${name}` : `-${name}`}\``);
    const display = `--${spec.name}`;
    const next = (): string => {
      if (inline !== undefined) {
        if (inline === "") throw new UsageError(`option ${display} needs a non-empty ${spec.argument ?? "value"}`);
        return inline;
      }
      const following = args[i + 1];
      if (following === undefined || (following.startsWith("-") && following !== "-")) {
        throw new UsageError(`option ${display} needs a value: ${display} ${spec.argument ?? "<value>"}`);
      }
      i++;
      if (following === "") throw new UsageError(`option ${display} needs a non-empty ${spec.argument ?? "value"}`);
      return following;
    };
    switch (spec.kind) {
      case "flag":
        if (inline !== undefined) throw new UsageError(`option ${display} takes no value`);
        valuesOf(spec.name).push("true");
        break;
      case "value":
        if (values.has(spec.name)) throw new UsageError(`option ${display} is given twice; give it once`);
        valuesOf(spec.name).push(next());
        break;
      case "repeatable":
        valuesOf(spec.name).push(next());
        break;
      case "list":
        collecting = valuesOf(spec.name);
        if (inline !== undefined) collecting.push(next());
        break;
      case "optional-value":
        if (values.has(spec.name)) throw new UsageError(`option ${display} is given twice; give it once`);
        valuesOf(spec.name);
        if (inline !== undefined) valuesOf(spec.name).push(next());
        else pendingCandidate = spec.name;
        break;
    }
  }
  for (const [name, list] of values) {
    if (specOf(options, name)?.kind === "list" && list.length === 0) throw new UsageError(`option --${name} needs at least one ${specOf(options, name)!.argument ?? "value"}`);
  }
  return {
    positionals,
    has: (name) => values.has(name),
    value: (name) => values.get(name)?.[0],
    values: (name) => values.get(name) ?? [],
    candidate: (name) => candidates.get(name),
  };
}

import { parseArgs } from "node:util";
import { UsageError } from "./command.js";

export interface OptionSpec {
  /** Boolean flags, without the leading `--`. */
  readonly flags?: readonly string[];
  /** Options taking a value (`--out dir` or `--out=dir`). */
  readonly values?: readonly string[];
}

export interface ParsedOptions {
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
  readonly positionals: readonly string[];
}

/** Parses a command's arguments; anything not in `spec` is a UsageError. */
export function parseOptions(args: readonly string[], spec: OptionSpec): ParsedOptions {
  const options: Record<string, { type: "boolean" | "string" }> = {};
  for (const flag of spec.flags ?? []) options[flag] = { type: "boolean" };
  for (const value of spec.values ?? []) options[value] = { type: "string" };
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    // Node's messages name the option; drop its advice about `--` which does not apply here.
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ""));
  }
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === true) flags.add(name);
    else if (typeof value === "string") values.set(name, value);
  }
  return { flags, values, positionals: parsed.positionals };
}

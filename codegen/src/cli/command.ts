import type { OptionSpec } from "./options.js";

/** Where a command writes; tests capture it instead of the process streams. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** One `smithy-gen <name>` command. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** What the command does, for its `--help`. */
  readonly description: string;
  /** The positional arguments of the usage line, e.g. `<path>...`; empty when it takes none. */
  readonly arguments: string;
  /** Every option: parses the command line and writes the help (`options.ts`, `help.ts`). */
  readonly options: readonly OptionSpec[];
  /** Example command lines for the help. */
  readonly examples?: readonly string[];
  /** Runs the command with the arguments after its name; returns the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** A mistake in the command line: reported with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export const EXIT_OK = 0;
/** The input (e.g. the model) is invalid. */
export const EXIT_INVALID_INPUT = 1;
export const EXIT_USAGE = 2;
/** A bug of the tool itself (sysexits' EX_SOFTWARE). */
export const EXIT_INTERNAL = 70;

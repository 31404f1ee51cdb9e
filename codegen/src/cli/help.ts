import type { Command } from "./command.js";
import type { OptionSpec } from "./options.js";

/** Lines are wrapped to this width, so that the help reads in an 100-column terminal. */
const WIDTH = 96;
const INDENT = "      ";

function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

/** `--model <path>...`, `-q, --quiet`, `--changeset[=<dir>]`, as the help writes an option. */
export function optionSynopsis(option: OptionSpec): string {
  const names = option.short ? `-${option.short}, --${option.name}` : `--${option.name}`;
  switch (option.kind) {
    case "flag":
      return names;
    case "value":
      return `${names} ${option.argument}`;
    case "repeatable":
      return `${names} ${option.argument} (repeatable)`;
    case "list":
      return `${names} ${option.argument}...`;
    case "optional-value":
      return `${names} [${option.argument}]`;
  }
}

/** The one usage line: `smithy-gen generate [options] [<model path>...]`. */
export function usageLine(command: Command): string {
  return `smithy-gen ${command.name} [options]${command.arguments ? ` ${command.arguments}` : ""}`;
}

/**
 * `smithy-gen <command> --help`: the usage line, what the command does, and every option with its
 * argument, what it does and its default, each in the same three-part layout. Written from the
 * command's option list, which is also what parses its command line.
 */
export function formatCommandHelp(command: Command): string {
  const lines = [`usage: ${usageLine(command)}`, "", ...wrap(command.description, ""), "", "options:"];
  for (const option of command.options) {
    lines.push(`  ${optionSynopsis(option)}`);
    lines.push(...wrap(option.description, INDENT));
    lines.push(...wrap(`default: ${option.default}`, INDENT));
  }
  lines.push(`  -h, --help`, `${INDENT}print this help and exit`, `${INDENT}default: off`);
  if (command.examples?.length) {
    lines.push("", "examples:");
    for (const example of command.examples) lines.push(`  ${example}`);
  }
  return `${lines.join("\n")}\n`;
}

/** `smithy-gen --help`: the commands, one line each. */
export function formatMainHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return (
    `usage: smithy-gen <command> [options]\n\ncommands:\n${lines.join("\n")}\n\n` +
    "options:\n  -v, --version  print the version of smithy-gen and exit\n  -h, --help     print this help and exit\n\n" +
    "Run `smithy-gen <command> --help` for a command's options.\n"
  );
}

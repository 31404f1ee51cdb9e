import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, UsageError, type CliIo, type Command } from "./command.js";
import { COMMANDS } from "./commands/index.js";
import { formatCommandHelp, formatMainHelp, usageLine } from "./help.js";
import { codegenVersion } from "./version.js";

// A reader that stops early (`smithy-gen ast model | head`) closes the pipe; that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** `--help` anywhere before a `--` asks for the help, whatever else the line holds. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf("--");
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === "--help" || arg === "-h");
}

/**
 * Entry point of the `smithy-gen` CLI; returns the process exit code. Never throws and never
 * prints a stack trace: usage mistakes exit 2, bugs of the tool exit 70 with one line.
 */
export async function main(argv: readonly string[], io: CliIo = processIo, commands: readonly Command[] = COMMANDS): Promise<number> {
  const [name, ...args] = argv;
  if (name === "--version" || name === "-v") {
    io.stdout(`${codegenVersion()}\n`);
    return EXIT_OK;
  }
  if (name === "help" && args[0] !== undefined) return main([args[0], "--help"], io, commands);
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout)(formatMainHelp(commands));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`smithy-gen: unknown command \`${name}\`\n${formatMainHelp(commands)}`);
    return EXIT_USAGE;
  }
  if (asksForHelp(args)) {
    io.stdout(formatCommandHelp(command));
    return EXIT_OK;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`smithy-gen ${command.name}: ${error.message}\nusage: ${usageLine(command)}\n(\`smithy-gen ${command.name} --help\` lists the options)\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`smithy-gen: internal error: ${message.split("\n")[0]}\n`);
    return EXIT_INTERNAL;
  }
}

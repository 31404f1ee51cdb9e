import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, UsageError, type CliIo, type Command } from "./command.js";
import { COMMANDS } from "./commands/index.js";

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

function usage(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `usage: smithy-gen <command> [options]\n\ncommands:\n${lines.join("\n")}\n`;
}

/**
 * Entry point of the `smithy-gen` CLI; returns the process exit code. Never throws and never
 * prints a stack trace: usage mistakes exit 2, bugs of the tool exit 70 with one line.
 */
export async function main(argv: readonly string[], io: CliIo = processIo, commands: readonly Command[] = COMMANDS): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout)(usage(commands));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`smithy-gen: unknown command \`${name}\`\n${usage(commands)}`);
    return EXIT_USAGE;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(`usage: ${command.usage}\n\n${command.summary}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`smithy-gen ${command.name}: ${error.message}\nusage: ${command.usage}\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`smithy-gen: internal error: ${message.split("\n")[0]}\n`);
    return EXIT_INTERNAL;
  }
}

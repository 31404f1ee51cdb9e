import { describe, expect, it } from "vitest";
import type { CliIo, Command } from "../../src/cli/command.js";
import { COMMANDS } from "../../src/cli/commands/index.js";
import { formatCommandHelp, optionSynopsis } from "../../src/cli/help.js";
import { main } from "../../src/cli/main.js";

function capture(): CliIo & { out: string; err: string } {
  const io = { out: "", err: "", stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

/** Runs a command with one option (and a value if it takes one) and nothing else; returns stderr. */
async function runWith(command: Command, arg: string): Promise<string> {
  const io = capture();
  await main([command.name, arg], io, [command]);
  return io.err;
}

describe.each(COMMANDS.map((command) => ({ name: command.name, command })))("smithy-gen $name --help", ({ command }) => {
  const help = formatCommandHelp(command);

  it("is what `smithy-gen <command> --help` prints", async () => {
    const io = capture();
    expect(await main([command.name, "--help"], io)).toBe(0);
    expect(io.out).toBe(help);
  });

  it("describes every option in the same layout: synopsis, what it does, its default", () => {
    const lines = help.split("\n");
    for (const option of command.options) {
      const at = lines.indexOf(`  ${optionSynopsis(option)}`);
      expect(at, `--${option.name} in:\n${help}`).toBeGreaterThan(0);
      if (option.kind !== "flag") expect(optionSynopsis(option)).toContain(option.argument!);
      expect(option.description.length).toBeGreaterThan(0);
      const block = lines.slice(at + 1, lines.findIndex((line, i) => i > at && !line.startsWith("      ")));
      expect(block.some((line) => line.startsWith("      default: ")), `the default of --${option.name}`).toBe(true);
    }
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it("accepts every option its help lists, and no other", async () => {
    for (const option of command.options) {
      const arg = option.kind === "flag" || option.kind === "list" || option.kind === "optional-value" ? `--${option.name}` : `--${option.name}=x`;
      expect(await runWith(command, arg)).not.toMatch(/unknown option/);
      if (option.short) expect(await runWith(command, `-${option.short}`)).not.toMatch(/unknown option/);
    }
    expect(await runWith(command, "--no-such-option")).toContain("unknown option `--no-such-option`");
  });
});

describe("smithy-gen --help", () => {
  it("lists every command and the global options", async () => {
    const io = capture();
    expect(await main(["--help"], io)).toBe(0);
    // Names are padded to the longest one, so that the summaries line up.
    const width = Math.max(...COMMANDS.map((command) => command.name.length));
    for (const command of COMMANDS) expect(io.out).toContain(`\n  ${command.name.padEnd(width)}  ${command.summary}\n`);
    expect(io.out).toContain("-v, --version");
  });
});

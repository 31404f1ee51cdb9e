import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError, type CliIo, type Command } from "../../src/cli/command.js";
import { astCommand } from "../../src/cli/commands/ast.js";
import { main } from "../../src/cli/main.js";

function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}

function modelFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "smithy-gen-cli-"));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const bare = { description: "a test command", arguments: "", options: [] };
const commands: Command[] = [
  astCommand,
  {
    name: "boom",
    summary: "fails",
    ...bare,
    run: async () => {
      throw new TypeError("something broke\n    at somewhere (file.js:1:1)");
    },
  },
  {
    name: "picky",
    summary: "rejects its arguments",
    ...bare,
    run: async () => {
      throw new UsageError("no arguments allowed");
    },
  },
];

describe("the smithy-gen dispatcher", () => {
  it("rejects a missing or unknown command with exit code 2 and the list of commands", async () => {
    const none = capture();
    expect(await main([], none, commands)).toBe(2);
    expect(none.err).toContain("usage: smithy-gen <command>");
    const unknown = capture();
    expect(await main(["nope"], unknown, commands)).toBe(2);
    expect(unknown.err).toMatch(/^smithy-gen: unknown command `nope`\n/);
    expect(unknown.err).toContain("  ast ");
  });

  it("prints help on --help with exit code 0", async () => {
    const io = capture();
    expect(await main(["--help"], io, commands)).toBe(0);
    expect(io.out).toContain("commands:");
  });

  it("prints a command's help on --help, or on `help <command>`", async () => {
    const io = capture();
    expect(await main(["ast", "--strict", "--help"], io, commands)).toBe(0);
    expect(io.out).toMatch(/^usage: smithy-gen ast \[options\] <path>\.\.\.\n\nLoads the Smithy model/);
    expect(io.out).toContain("\n  --flatten\n");
    const viaHelp = capture();
    expect(await main(["help", "ast"], viaHelp, commands)).toBe(0);
    expect(viaHelp.out).toBe(io.out);
  });

  it("prints its version for --version and -v", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    for (const flag of ["--version", "-v"]) {
      const io = capture();
      expect(await main([flag], io, commands)).toBe(0);
      expect(io.out).toBe(`${version}\n`);
      expect(io.err).toBe("");
    }
  });

  it("turns a UsageError into exit code 2 with the command's usage", async () => {
    const io = capture();
    expect(await main(["picky"], io, commands)).toBe(2);
    expect(io.err).toBe("smithy-gen picky: no arguments allowed\nusage: smithy-gen picky [options]\n(`smithy-gen picky --help` lists the options)\n");
  });

  it("reports a bug as one line and exit code 70, never a stack trace", async () => {
    const io = capture();
    expect(await main(["boom"], io, commands)).toBe(70);
    expect(io.err).toBe("smithy-gen: internal error: something broke\n");
  });
});

describe("smithy-gen ast", () => {
  it("rejects unknown options and a missing path with exit code 2", async () => {
    const unknown = capture();
    expect(await main(["ast", "--frobnicate", "x.smithy"], unknown, commands)).toBe(2);
    expect(unknown.err).toMatch(/^smithy-gen ast: unknown option `--frobnicate`\nusage: smithy-gen ast /);
    const missing = capture();
    expect(await main(["ast"], missing, commands)).toBe(2);
    expect(missing.err).toContain("expected at least one model file or directory");
  });

  it("prints the user's shapes as 2-space indented JSON, warnings on stderr", async () => {
    const path = modelFile("m.smithy", '$version: "2"\nnamespace ex\n@custom\nstring S\n');
    const io = capture();
    expect(await main(["ast", path], io, commands)).toBe(0);
    expect(io.out).toBe(`${JSON.stringify({ smithy: "2.0", shapes: { "ex#S": { type: "string", traits: { "ex#custom": {} } } } }, null, 2)}\n`);
    expect(io.err).toBe(
      `${path}:3:1: warning: Unable to resolve trait \`ex#custom\`. If this is a custom trait, then it must be defined before it can be used in a model.\n`,
    );
  });

  it("fails with exit code 1 in strict mode when a trait is unknown", async () => {
    const path = modelFile("m.smithy", '$version: "2"\nnamespace ex\n@custom\nstring S\n');
    const io = capture();
    expect(await main(["ast", "--strict", path], io, commands)).toBe(1);
    expect(io.out).toBe("");
    expect(io.err).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3:1: Unable to resolve trait`));
  });

  it("prints one path:line:column line per error and exits 1 for an invalid model", async () => {
    const path = modelFile("bad.smithy", '$version: "2"\nnamespace ex\nstructure S { a: Nope, b: Gone }\n');
    const io = capture();
    expect(await main(["ast", path], io, commands)).toBe(1);
    expect(io.err.trimEnd().split("\n")).toEqual([
      `${path}:3:15: ex#S$a: member targets \`ex#Nope\`, which is not defined in the model`,
      `${path}:3:24: ex#S$b: member targets \`ex#Gone\`, which is not defined in the model`,
    ]);
  });

  it("reports a path that does not exist as a located error", async () => {
    const io = capture();
    expect(await main(["ast", "/no/such/model.smithy"], io, commands)).toBe(1);
    expect(io.err).toBe("/no/such/model.smithy:1:1: no such file or directory\n");
  });
});

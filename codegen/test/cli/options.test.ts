import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/command.js";
import { parseCommandLine, type OptionSpec } from "../../src/cli/options.js";

const OPTIONS: readonly OptionSpec[] = [
  { name: "flag", short: "f", kind: "flag", description: "a flag", default: "off" },
  { name: "out", kind: "value", argument: "<dir>", description: "one value", default: "none" },
  { name: "service", kind: "repeatable", argument: "<id>", description: "values", default: "all" },
  { name: "model", kind: "list", argument: "<path>", description: "paths", default: "none" },
  { name: "changeset", kind: "optional-value", argument: "<dir>", description: "maybe a value", default: "off" },
];

const parse = (...args: string[]) => parseCommandLine(args, OPTIONS);
const usageError = (...args: string[]): string => {
  try {
    parse(...args);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`${args.join(" ")} parsed`);
};

describe("parseCommandLine", () => {
  it("reads flags (long and short), values (separate and inline) and positionals", () => {
    const parsed = parse("a", "-f", "--out", "dir", "b", "--service=x#Y", "--service", "z#W");
    expect(parsed.has("flag")).toBe(true);
    expect(parsed.value("out")).toBe("dir");
    expect(parsed.values("service")).toEqual(["x#Y", "z#W"]);
    expect(parsed.positionals).toEqual(["a", "b"]);
    expect(parsed.has("model")).toBe(false);
  });

  it("gives a list option every argument up to the next option, as often as it is given", () => {
    const parsed = parse("--model", "a", "b", "--flag", "c", "--model=d", "e");
    expect(parsed.values("model")).toEqual(["a", "b", "d", "e"]);
    expect(parsed.positionals).toEqual(["c"]);
    expect(usageError("--model", "--flag")).toBe("option --model needs at least one <path>");
  });

  it("records the positional after a bare optional-value option, and takes an inline value", () => {
    const bare = parse("--changeset", "x", "y");
    expect(bare.has("changeset")).toBe(true);
    expect(bare.value("changeset")).toBeUndefined();
    expect(bare.candidate("changeset")).toBe(0);
    expect(parse("x", "--changeset", "--flag", "y").candidate("changeset")).toBeUndefined();
    expect(parse("--changeset=out").value("changeset")).toBe("out");
  });

  it("takes everything after -- as positionals, and - as one", () => {
    expect(parse("--", "--flag", "-").positionals).toEqual(["--flag", "-"]);
    expect(parse("-").positionals).toEqual(["-"]);
  });

  it("rejects unknown options, missing, empty and superfluous values, and a single-value option given twice", () => {
    expect(usageError("--nope")).toBe("unknown option `--nope`");
    expect(usageError("-x")).toBe("unknown option `-x`");
    expect(usageError("--out")).toBe("option --out needs a value: --out <dir>");
    expect(usageError("--out", "--flag")).toBe("option --out needs a value: --out <dir>");
    expect(usageError("--out=")).toBe("option --out needs a non-empty <dir>");
    expect(usageError("--out", "")).toBe("option --out needs a non-empty <dir>");
    expect(usageError("--flag=yes")).toBe("option --flag takes no value");
    expect(usageError("--out", "a", "--out", "b")).toBe("option --out is given twice; give it once");
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDiffCommand } from "../../src/cli/commands/diff.js";
import { parseDiffArguments } from "../../src/cli/commands/diff-arguments.js";
import { TARGETS } from "../../src/targets/index.js";
import { FIXTURES, runCommand } from "./support/cli.js";

const V1 = join(FIXTURES, "weather-v1.smithy");
const FEATURE = join(FIXTURES, "weather-v2-feature.smithy");
const BREAKING = join(FIXTURES, "weather-v3-breaking.smithy");
const INVALID = join(FIXTURES, "invalid.smithy");

const temporary: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "smithy-gen-diff-"));
  temporary.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const diff = (args: readonly string[], cwd = FIXTURES) => runCommand(createDiffCommand({ targets: TARGETS, cwd }), args);

describe("smithy-gen diff --json", () => {
  it("prints exactly one object with the changes and the bumps", async () => {
    const run = await diff(["--json", V1, FEATURE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const json = JSON.parse(run.stdout) as { changes: Array<Record<string, unknown>>; bumps: Record<string, string> };
    expect(Object.keys(json).sort()).toEqual(["bumps", "changes"]);
    expect(json.changes).toEqual([
      { severity: "feature", shape: "example.weather#Condition", member: "SNOW", message: "Enum value `snow` (`SNOW`) was added." },
      { severity: "feature", shape: "example.weather#Day", member: "precipitation", message: "Optional member `precipitation` was added to `Day`." },
      { severity: "feature", shape: "example.weather#Ping", member: null, message: "Operation `Ping` was added to the service." },
    ]);
    for (const level of Object.values(json.bumps)) expect(level).toBe("minor");
    expect(Object.keys(json.bumps)).toEqual(Object.keys(json.bumps).sort());
    expect(json.bumps["@smithy-gen/weather-types"]).toBe("minor");
  });

  it("gives the member as null for changes of a shape itself", async () => {
    const run = await diff(["--json", V1, BREAKING]);
    const json = JSON.parse(run.stdout) as { changes: Array<{ severity: string; shape: string; member: string | null }> };
    expect(json.changes.map((c) => [c.severity, c.shape, c.member])).toEqual([
      ["patch", "example.weather#Day", null],
      ["breaking", "example.weather#Day", "low"],
    ]);
  });
});

describe("exit codes", () => {
  it("is 0 whatever the diff finds", async () => {
    expect((await diff([V1, BREAKING])).code).toBe(0);
    expect((await diff([V1, V1])).code).toBe(0);
  });

  it("--fail-on breaking: 1 when a breaking change exists, 0 for features only", async () => {
    const breaking = await diff(["--fail-on", "breaking", V1, BREAKING]);
    expect(breaking.code).toBe(1);
    expect(breaking.stdout).toContain("breaking example.weather#Day$low");
    expect((await diff(["--fail-on", "breaking", V1, FEATURE])).code).toBe(0);
    expect((await diff(["--fail-on=feature", V1, FEATURE])).code).toBe(1);
    expect((await diff(["--fail-on", "patch", V1, V1])).code).toBe(0);
  });

  it("is 2 for an unknown option or a wrong value, with a clear message", async () => {
    const unknown = await diff(["--colour", V1, FEATURE]);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toMatch(/^smithy-gen diff: unknown option `--colour`\nusage: smithy-gen diff /);
    const severity = await diff(["--fail-on", "major", V1, FEATURE]);
    expect(severity.code).toBe(2);
    expect(severity.stderr).toContain("option --fail-on takes breaking, feature or patch, not `major`");
    expect((await diff([V1])).stderr).toContain("expected an old and a new model, got 1 path");
  });

  it("is 1 for an invalid model, with located path:line:col lines", async () => {
    const run = await diff([V1, INVALID]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`${INVALID}:6:5: `)).toBe(true);
    expect(lines[0]).toContain("example.weather#Integr");
  });

  it("is 1 when --service names no service of a model, saying which", async () => {
    const run = await diff(["--service", "example.weather#Forecast", V1, FEATURE]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("smithy-gen diff: the old model has no service example.weather#Forecast; it has: example.weather#Weather\n");
    expect((await diff(["--service", "example.weather#Weather", V1, FEATURE])).code).toBe(0);
  });
});

describe("models of several files, and changesets", () => {
  it("--old and --new take several paths each", async () => {
    const split = join(FIXTURES, "weather-split");
    const run = await diff(["--json", "--old", join(split, "service.smithy"), join(split, "operations.smithy"), "--new", FEATURE]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { changes: unknown[] }).changes).toHaveLength(3);
  });

  it("a directory stands for its .smithy files and JSON ASTs, not the package.json beside them", async () => {
    const model = join(FIXTURES, "..", "..", "..", "..", "model");
    const run = await diff(["--json", model, model]);
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ changes: [], bumps: {} });
  });

  it("--changeset writes .changeset/<slug>.md under the current directory, bumping the touched packages", async () => {
    const cwd = tempDir();
    const run = await diff(["--changeset", V1, FEATURE], cwd);
    expect(run.code).toBe(0);
    const [file, ...others] = readdirSync(join(cwd, ".changeset"));
    expect(others).toEqual([]);
    expect(file).toMatch(/^weather-model-update-[0-9a-f]{8}\.md$/);
    expect(run.stdout).toContain(`Wrote .changeset/${file} (`);
    const content = readFileSync(join(cwd, ".changeset", file!), "utf8");
    expect(content).toMatch(/^---\n("@smithy-gen\/weather-[a-z]+": minor\n)+---\n\n/);
    expect(content).toContain('"@smithy-gen/weather-types": minor\n');
    expect(content).toContain("**Features**\n\n- `example.weather#Condition$SNOW`: Enum value `snow` (`SNOW`) was added.\n");

    // the same diff writes the same file again
    await diff(["--changeset", V1, FEATURE], cwd);
    expect(readdirSync(join(cwd, ".changeset"))).toEqual([file]);
  });

  it("--changeset <dir> writes there; nothing is written when no package changes", async () => {
    const cwd = tempDir();
    await diff(["--changeset", "out", V1, BREAKING], cwd);
    const [file] = readdirSync(join(cwd, "out"));
    expect(readFileSync(join(cwd, "out", file!), "utf8")).toContain('"@smithy-gen/weather-types": major\n');
    const none = await diff(["--changeset", "empty", V1, V1], cwd);
    expect(none.stdout).toContain("No generated package changes; no changeset written.");
  });
});

describe("argument parsing", () => {
  it("takes the argument after --changeset as its directory only when two models remain", () => {
    expect(parseDiffArguments(["--changeset", "a.smithy", "b.smithy"])).toMatchObject({ oldPaths: ["a.smithy"], newPaths: ["b.smithy"], changesetDir: ".changeset" });
    expect(parseDiffArguments(["--changeset", "out", "a.smithy", "b.smithy"])).toMatchObject({ oldPaths: ["a.smithy"], newPaths: ["b.smithy"], changesetDir: "out" });
    expect(parseDiffArguments(["a.smithy", "b.smithy", "--changeset"])).toMatchObject({ changesetDir: ".changeset" });
    expect(parseDiffArguments(["--changeset=out", "a", "b"])).toMatchObject({ changesetDir: "out" });
    expect(parseDiffArguments(["--old", "a", "b", "--changeset", "out", "--new", "c"])).toMatchObject({
      oldPaths: ["a", "b"],
      newPaths: ["c"],
      changesetDir: "out",
    });
    expect(parseDiffArguments(["a", "b"])).not.toHaveProperty("changesetDir");
  });
});

// The loop this project exists for, on the model AWS actually ships: model/ (the whole Lightsail
// service and our additions) updated to the official model of 2025-04 and back to today's. Each
// update must write the changeset the history's changes imply, and the round trip must give back
// model/ byte for byte, additions.smithy included.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createModelUpdateCommand } from "../../src/cli/commands/model-update.js";
import { TARGETS } from "../../src/targets/index.js";
import { AWS_MODELS_DIR, listFiles, REPO_ROOT, SHARED_DIR } from "../support/paths.js";
import { runCommand } from "./support/cli.js";

const HISTORY = join(SHARED_DIR, "models", "history", "lightsail-2016-11-28.2025-04-02.json");
const CURRENT = join(AWS_MODELS_DIR, "lightsail-2016-11-28.json");

let root: string;
const update = (model: string) => runCommand(createModelUpdateCommand({ targets: TARGETS, cwd: root, root }), ["--quiet", model]);
const smithyFiles = (dir: string): Record<string, string> =>
  Object.fromEntries(
    listFiles(dir)
      .filter((file) => file.endsWith(".smithy") && !/(^|[/\\])(node_modules|test)[/\\]/.test(relative(dir, file)))
      .map((file) => [relative(dir, file), readFileSync(file, "utf8")]),
  );
/** The changeset model-update wrote (the only file of .changeset/), then removed for the next update. */
function takeChangeset(): string {
  const names = readdirSync(join(root, ".changeset"));
  expect(names).toHaveLength(1);
  const text = readFileSync(join(root, ".changeset", names[0]!), "utf8");
  rmSync(join(root, ".changeset", names[0]!));
  return text;
}
const frontMatter = (changeset: string): string => changeset.slice(0, changeset.indexOf("---", 3) + 3);
const severities = (stdout: string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const match of stdout.matchAll(/^(breaking|feature|patch) +\S+/gm)) out[match[1]!] = (out[match[1]!] ?? 0) + 1;
  return out;
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "smithy-gen-history-"));
  const config = JSON.parse(readFileSync(join(REPO_ROOT, "smithy-gen.config.json"), "utf8")) as Record<string, unknown>;
  delete config.$schema;
  writeFileSync(join(root, "smithy-gen.config.json"), `${JSON.stringify(config, null, 2)}\n`);
  cpSync(join(REPO_ROOT, "model"), join(root, "model"), {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|test)$/.test(source) && !source.endsWith(".json") && !source.endsWith(".md"),
  });
  mkdirSync(join(root, ".changeset"));
  mkdirSync(join(root, "packages"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("pnpm model:update on Lightsail's published history", () => {
  it("to 2025-04: the 176 changes undone, a major bump of types, serde, client and server; the paginators keep our additions", async () => {
    const run = await update(HISTORY);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // The same changes as the history test's, backwards: what was added is removed (breaking).
    expect(severities(run.stdout)).toEqual({ breaking: 167, patch: 19 });
    expect(frontMatter(takeChangeset())).toBe(
      '---\n"@smithy-gen/lightsail-client": major\n"@smithy-gen/lightsail-serde": major\n"@smithy-gen/lightsail-server": major\n"@smithy-gen/lightsail-types": major\n---',
    );
    expect(readFileSync(join(root, "model", "additions.smithy"), "utf8")).toBe(readFileSync(join(REPO_ROOT, "model", "additions.smithy"), "utf8"));
  }, 180_000);

  it("back to today's: 159 features and 17 patches (the history test's), a minor bump, and model/ as it was, byte for byte", async () => {
    const run = await update(CURRENT);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(severities(run.stdout)).toEqual({ feature: 159, patch: 17 });
    expect(frontMatter(takeChangeset())).toBe(
      '---\n"@smithy-gen/lightsail-client": minor\n"@smithy-gen/lightsail-serde": minor\n"@smithy-gen/lightsail-server": minor\n"@smithy-gen/lightsail-types": minor\n---',
    );
    expect(smithyFiles(join(root, "model"))).toEqual(smithyFiles(join(REPO_ROOT, "model")));
  }, 180_000);
});

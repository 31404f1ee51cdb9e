import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createModelUpdateCommand } from "../../src/cli/commands/model-update.js";
import { TARGETS } from "../../src/targets/index.js";
import { loadModel } from "../../src/assembly/load.js";
import { AWS_MODELS_DIR, listFiles, SHARED_DIR } from "../support/paths.js";
import { runCommand } from "./support/cli.js";

const MODEL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "lightsail-seed-model");
const LAST_REGION = '    AP_SOUTHEAST_3 = "ap-southeast-3"\n';
const NEW_REGION = '    AP_SOUTHEAST_5 = "ap-southeast-5"\n';

let root: string;
let incoming: string;

const LIGHTSAIL = "com.amazonaws.lightsail#Lightsail_20161128";
const lightsailEntry = { models: ["model"], service: LIGHTSAIL, scope: "@smithy-gen", prefix: "lightsail" };
function writeConfig(services: readonly object[]): void {
  writeFileSync(join(root, "smithy-gen.config.json"), `${JSON.stringify({ output: "packages", runtime: "workspace", services }, null, 2)}\n`);
}

/** A repository in a temporary directory: smithy-gen.config.json, model/ (our .smithy files and a package.json), packages/. */
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "smithy-gen-model-update-"));
  writeConfig([lightsailEntry]);
  mkdirSync(join(root, "model"));
  for (const name of readdirSync(MODEL_DIR).filter((n) => n.endsWith(".smithy"))) cpSync(join(MODEL_DIR, name), join(root, "model", name));
  writeFileSync(join(root, "model", "package.json"), '{ "name": "model" }\n');
  mkdirSync(join(root, "packages"));
  // the new model: the same files, with the Region the service has since added
  incoming = join(root, "incoming");
  cpSync(join(root, "model"), incoming, { recursive: true });
  rmSync(join(incoming, "package.json"));
  const common = join(incoming, "common.smithy");
  writeFileSync(common, readFileSync(common, "utf8").replace(LAST_REGION, LAST_REGION + NEW_REGION));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const update = (args: readonly string[]) => runCommand(createModelUpdateCommand({ targets: TARGETS, cwd: root, root }), args);
const modelFiles = (): Record<string, string> =>
  Object.fromEntries(readdirSync(join(root, "model")).map((name) => [name, readFileSync(join(root, "model", name), "utf8")]));

describe("smithy-gen model-update", () => {
  it("writes the changeset, replaces the model's .smithy files and regenerates packages/", async () => {
    const before = modelFiles();
    const run = await update(["incoming"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);

    const [changeset, ...others] = readdirSync(join(root, ".changeset"));
    expect(others).toEqual([]);
    const content = readFileSync(join(root, ".changeset", changeset!), "utf8");
    expect(content).toContain('"@smithy-gen/lightsail-types": minor\n');
    expect(content).toContain("- `com.amazonaws.lightsail#RegionName$AP_SOUTHEAST_5`: Enum value `ap-southeast-5` (`AP_SOUTHEAST_5`) was added.\n");

    const after = modelFiles();
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after["package.json"]).toBe(before["package.json"]);
    expect(after["common.smithy"]).toContain(NEW_REGION);
    for (const name of Object.keys(before)) if (name !== "common.smithy") expect(after[name]).toBe(before[name]);

    const regionName = join(root, "packages", "lightsail-types", "src", "models", "region-name.ts");
    expect(readFileSync(regionName, "utf8")).toContain("ap-southeast-5");

    expect(run.stdout).toContain("feature  com.amazonaws.lightsail#RegionName$AP_SOUTHEAST_5");
    expect(run.stdout).toContain(`Wrote .changeset/${changeset} (`);
    expect(run.stdout).toContain("Replaced the model: wrote model/common.smithy.\n");
    expect(run.stdout).toMatch(/Regenerating packages\/:\n@smithy-gen\/lightsail-types +packages\/lightsail-types +\d+ files: \d+ written, 0 unchanged, 0 removed\n/);
  });

  it("keeps the version each package has", async () => {
    await update(["incoming"]);
    const manifest = join(root, "packages", "lightsail-types", "package.json");
    writeFileSync(manifest, readFileSync(manifest, "utf8").replace(/"version": "[^"]+"/, '"version": "1.4.2"'));
    const common = join(root, "incoming", "common.smithy");
    writeFileSync(common, readFileSync(common, "utf8").replace('    US_EAST_1 = "us-east-1"\n', '    /// Northern Virginia.\n    US_EAST_1 = "us-east-1"\n'));
    const run = await update(["incoming"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(manifest, "utf8")).version).toBe("1.4.2");
  });

  it("replaces model files even when no generated package changes (a comment), without a changeset", async () => {
    writeFileSync(join(incoming, "common.smithy"), `// Reviewed again.\n${readFileSync(join(root, "model", "common.smithy"), "utf8")}`);
    const run = await update(["incoming"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("No generated package changes; no changeset written.");
    expect(modelFiles()["common.smithy"]).toMatch(/^\/\/ Reviewed again\./);
    expect(existsSync(join(root, ".changeset"))).toBe(false);
  });

  it("does nothing when the new model is the same", async () => {
    const run = await update(["model"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("model/ already holds this model; nothing to do.\n");
    expect(existsSync(join(root, ".changeset"))).toBe(false);
    expect(readdirSync(join(root, "packages"))).toEqual([]);
  });

  describe("from AWS's JSON AST", () => {
    const HISTORY = join(SHARED_DIR, "models/history/lightsail-2016-11-28.2025-04-02.json");
    const LATEST = join(AWS_MODELS_DIR, "lightsail-2016-11-28.json");
    const ADDITIONS = `$version: "2.0"

namespace com.amazonaws.lightsail

// Our own: the official model has no @paginated.
apply GetExportSnapshotRecords @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "exportSnapshotRecords")
`;
    const listModel = (): string[] => listFiles(join(root, "model")).map((f) => relative(join(root, "model"), f));

    it("writes the filtered model as reviewable IDL, keeps additions.smithy, diffs, writes the changeset and regenerates", async () => {
      writeConfig([{ ...lightsailEntry, operations: ["GetExportSnapshotRecords"] }]);
      // the hand-written model already has the trait; the additions apply the same value
      writeFileSync(join(root, "model", "additions.smithy"), ADDITIONS);
      const run = await update([HISTORY]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(listModel()).toEqual([
        "additions.smithy",
        "endpoint-tests.smithy",
        "endpoints.smithy",
        "errors.smithy",
        "operations/get-export-snapshot-records.smithy",
        "package.json",
        "service.smithy",
        "shapes.smithy",
      ]);
      expect(readFileSync(join(root, "model", "additions.smithy"), "utf8")).toBe(ADDITIONS);
      const service = readFileSync(join(root, "model", "service.smithy"), "utf8");
      expect(service).toMatch(/^\/\/ Written by `smithy-gen model-update` from lightsail-2016-11-28\.2025-04-02\.json \(operations: GetExportSnapshotRecords\)\.\n/);
      expect(service).toContain("    operations: [GetExportSnapshotRecords]\n");
      expect(service).not.toContain("endpointRuleSet");
      expect(readFileSync(join(root, "model", "endpoints.smithy"), "utf8")).toContain("apply Lightsail_20161128 @endpointRuleSet(");
      const operation = readFileSync(join(root, "model", "operations/get-export-snapshot-records.smithy"), "utf8");
      expect(operation).toContain("operation GetExportSnapshotRecords {");
      expect(operation).toContain("structure GetExportSnapshotRecordsRequest {");
      expect(operation).toContain("structure GetExportSnapshotRecordsResult {");
      expect(readFileSync(join(root, "model", "shapes.smithy"), "utf8")).not.toContain("GetInstances");
      // the official documentation and the 15 Regions of that model replace ours: a changeset
      const [changeset] = readdirSync(join(root, ".changeset"));
      expect(readFileSync(join(root, ".changeset", changeset!), "utf8")).toContain('"@smithy-gen/lightsail-types":');
      expect(run.stdout).toContain(`Wrote .changeset/${changeset} (`);
      expect(run.stdout).toMatch(/Replaced the model: wrote model\/endpoint-tests\.smithy, .*; removed model\/common\.smithy, /);
      // the additions' @paginated still makes a paginator
      expect(existsSync(join(root, "packages", "lightsail-paginators", "src", "get-export-snapshot-records-paginator.ts"))).toBe(true);

      // the model directory loads with only the listed operation
      const loaded = loadModel([join(root, "model")]);
      const lightsail = loaded.model.expectShapeOfType(LIGHTSAIL, "service");
      expect(lightsail.operations).toEqual(["com.amazonaws.lightsail#GetExportSnapshotRecords"]);

      // the same model again: nothing to do; the newer one: an update that keeps the additions
      expect((await update([HISTORY])).stdout).toBe("model/ already holds this model; nothing to do.\n");
      const next = await update([LATEST]);
      expect(next.stderr).toBe("");
      expect(next.code).toBe(0);
      expect(next.stdout).toContain("com.amazonaws.lightsail#RegionName$AP_SOUTHEAST_5");
      expect(readFileSync(join(root, "model", "additions.smithy"), "utf8")).toBe(ADDITIONS);
      expect(readFileSync(join(root, "model", "shapes.smithy"), "utf8")).toContain('AP_SOUTHEAST_5 = "ap-southeast-5"');
    }, 120_000);

    it("reports an operation of the filter that the new model lacks, and a service it lacks, writing nothing", async () => {
      const before = modelFiles();
      writeConfig([{ ...lightsailEntry, operations: ["GetExportSnapshotRecords", "Frobnicate"] }]);
      const run = await update([HISTORY]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('the new model has no operation "Frobnicate" that smithy-gen.config.json services[0].operations lists');
      writeConfig([{ ...lightsailEntry, service: "com.amazonaws.lightsail#Nope" }]);
      const missing = await update([HISTORY]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain("no service com.amazonaws.lightsail#Nope in the new model; it has: com.amazonaws.lightsail#Lightsail_20161128");
      expect(modelFiles()).toEqual(before);
      expect(existsSync(join(root, ".changeset"))).toBe(false);
    }, 60_000);

    it("reports a bad JSON AST with file:line:col, and additions that conflict with the new model", async () => {
      const before = modelFiles();
      const bad = join(root, "bad.json");
      writeFileSync(bad, '{\n  "smithy": "2.0",\n  "shapes": {\n    "com.amazonaws.lightsail#X": { "type": "strin" }\n  }\n}\n');
      const run = await update([bad]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:4:5: `));
      writeConfig([{ ...lightsailEntry, operations: ["GetExportSnapshotRecords"] }]);
      writeFileSync(join(root, "model", "additions.smithy"), '$version: "2.0"\nnamespace com.amazonaws.lightsail\napply GetExportSnapshotRecords @http(method: "GET", uri: "/x")\n');
      const conflict = await update([HISTORY]);
      expect(conflict.code).toBe(1);
      expect(conflict.stderr).toMatch(/additions\.smithy:3:\d+: .*http/);
      expect({ ...modelFiles(), "additions.smithy": undefined }).toEqual({ ...before, "additions.smithy": undefined });
    }, 60_000);

    it("refuses new .smithy files that bring their own additions.smithy", async () => {
      writeFileSync(join(incoming, "additions.smithy"), ADDITIONS);
      const run = await update(["incoming"]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("the new model may not bring additions.smithy");
    });
  });

  it("updates the entry --service names when the configuration lists several, and asks for one otherwise", async () => {
    mkdirSync(join(root, "other"));
    writeFileSync(join(root, "other", "other.smithy"), '$version: "2"\nnamespace example.other\nservice Other {}\n');
    writeConfig([{ models: ["other"], service: "example.other#Other", scope: "@acme" }, lightsailEntry]);
    const ambiguous = await update(["incoming"]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain(`smithy-gen.config.json lists 2 services; choose one with --service (example.other#Other, ${LIGHTSAIL})`);
    const unknown = await update(["--service", "example.other#Nope", "incoming"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("smithy-gen.config.json lists no service example.other#Nope");
    const run = await update(["--service", LIGHTSAIL, "incoming"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Regenerating packages\/:\n@smithy-gen\/lightsail-types /);
    expect(readdirSync(join(root, "packages")).sort()).toEqual(["lightsail-client", "lightsail-paginators", "lightsail-serde", "lightsail-server", "lightsail-types"]);
  });

  it("names the packages after the entry's scope and prefix, and generates only its operations", async () => {
    writeConfig([{ ...lightsailEntry, scope: "@acme", prefix: "ls", operations: ["GetExportSnapshotRecords"] }]);
    const run = await update(["incoming"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const [changeset] = readdirSync(join(root, ".changeset"));
    expect(changeset).toMatch(/^ls-model-update-/);
    expect(readFileSync(join(root, ".changeset", changeset!), "utf8")).toContain('"@acme/ls-types": minor\n');
    expect(existsSync(join(root, "packages", "ls-client", "src", "commands", "get-export-snapshot-records-command.ts"))).toBe(true);
  });

  it("refuses a configuration without its file, or whose entry's model is not one directory", async () => {
    writeConfig([{ ...lightsailEntry, models: ["model/common.smithy", "model"] }]);
    const run = await update(["incoming"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("smithy-gen.config.json: services[0].models must be one directory of .smithy files for model-update to replace");
    rmSync(join(root, "smithy-gen.config.json"));
    const missing = await update(["incoming"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("smithy-gen.config.json: no such file (run from the repository root, or pass --root)");
  });

  it("writes nothing when the new model is invalid, and reports where", async () => {
    const before = modelFiles();
    const common = join(incoming, "common.smithy");
    writeFileSync(common, readFileSync(common, "utf8").replace("regionName: RegionName", "regionName: RegionNam"));
    const run = await update(["incoming"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${common.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+: `));
    expect(modelFiles()).toEqual(before);
    expect(existsSync(join(root, ".changeset"))).toBe(false);
    expect(readdirSync(join(root, "packages"))).toEqual([]);
  });
});

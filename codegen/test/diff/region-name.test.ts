import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadModelFromSources, type ModelSource } from "../../src/assembly/load.js";
import { generateService } from "../../src/core/pipeline.js";
import { diffModels } from "../../src/diff/model-diff.js";
import type { Model } from "../../src/model/model.js";
import { TARGETS } from "../../src/targets/index.js";
import { flattenMixins } from "../../src/transforms/flatten-mixins.js";
import { diffLines, type Hunk } from "./support/line-diff.js";

// The team's model (model/, the seed's 16 Regions) against the same model with the Region the
// service has since added.
const MODEL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "lightsail-seed-model");
const LAST_REGION = '    AP_SOUTHEAST_3 = "ap-southeast-3"\n';
const NEW_REGION = '    AP_SOUTHEAST_5 = "ap-southeast-5"\n';

function sources(): ModelSource[] {
  return readdirSync(MODEL_DIR)
    .filter((name) => name.endsWith(".smithy"))
    .sort()
    .map((name) => ({ path: join(MODEL_DIR, name), text: readFileSync(join(MODEL_DIR, name), "utf8") }));
}

function withNewRegion(list: readonly ModelSource[]): ModelSource[] {
  return list.map((source) => {
    if (!source.text.includes(LAST_REGION)) return source;
    return { path: source.path, text: source.text.replace(LAST_REGION, LAST_REGION + NEW_REGION) };
  });
}

const load = (list: readonly ModelSource[]): Model => flattenMixins(loadModelFromSources(list).model);

const mentionsRegion = (line: string): boolean => line.includes("ap-southeast-5") || line.includes("AP_SOUTHEAST_5");
/** A line without its list separator: what stays when an item is appended after it. */
const structural = (line: string): string => line.replace(/[\s,;|]+$/, "");

/** Whether `longer` is `shorter` with one stretch of text naming the Region inserted. */
function insertsRegion(shorter: string, longer: string): boolean {
  const extra = longer.length - shorter.length;
  if (extra <= 0) return false;
  let common = 0;
  while (common < shorter.length && shorter[common] === longer[common]) common++;
  for (let at = common; at >= 0; at--) {
    if (longer.slice(at + extra) === shorter.slice(at) && mentionsRegion(longer.slice(at, at + extra))) return true;
  }
  return false;
}

/**
 * The lines of a hunk the new Region does not explain. Every hunk must name the Region; a line
 * that does not name it must be either
 *  - structural: the same as a line on the other side but for a trailing `,`, `;` or `|` (the
 *    separator that moves when an item is appended after the line that used to be last), or
 *  - an old line that a new line repeats with text naming the Region inserted into it.
 */
function unexplainedLines(hunk: Hunk): string[] {
  const lines = [...hunk.removed.map((l) => `-${l}`), ...hunk.added.map((l) => `+${l}`)];
  if (!lines.some(mentionsRegion)) return lines;
  const out: string[] = [];
  for (const line of hunk.removed) {
    if (mentionsRegion(line)) continue;
    const explained = hunk.added.some((other) => structural(other) === structural(line) || insertsRegion(line, other));
    if (!explained) out.push(`-${line}`);
  }
  for (const line of hunk.added) {
    if (mentionsRegion(line)) continue;
    if (!hunk.removed.some((other) => structural(other) === structural(line))) out.push(`+${line}`);
  }
  return out;
}

describe("model/ with one more Region (ap-southeast-5)", () => {
  const before = load(sources());
  const after = load(withNewRegion(sources()));

  it("is one feature change: the new enum value", () => {
    const diff = diffModels(before, after, { targets: TARGETS });
    expect(diff.changes.map((c) => [c.severity, c.rule, c.shape, c.member, c.message])).toEqual([
      ["feature", "AddedEnumValue", "com.amazonaws.lightsail#RegionName", "AP_SOUTHEAST_5", "Enum value `ap-southeast-5` (`AP_SOUTHEAST_5`) was added."],
    ]);
  });

  it("bumps exactly the packages that carry the enum, minor: types, client and server (not serde, not paginators)", () => {
    const diff = diffModels(before, after, { targets: TARGETS });
    // a package carries RegionName when its sources declare or re-export it: the types package
    // declares it, the client re-exports it, the server's constraint table lists its values (the
    // server rejects a Region it does not know); serde passes enum strings through without naming
    // the enum, and paginators never see it
    const generated = generateService(after, TARGETS);
    const carriers = generated.packages.filter((pkg) =>
      generated.files.some((f) => f.path.startsWith(`${pkg.dir}/src/`) && /\bRegionName\b/.test(f.content)),
    );
    expect(carriers.map((p) => p.role).sort()).toEqual(["client", "server", "types"]);
    expect(diff.bumps).toEqual(Object.fromEntries(carriers.map((p) => [p.name, "minor"]).sort()));
    expect(diff.bumps).toEqual({ "@smithy-gen/lightsail-client": "minor", "@smithy-gen/lightsail-server": "minor", "@smithy-gen/lightsail-types": "minor" });
    const byRole = Object.fromEntries(diff.packages.map((p) => [p.role, p]));
    expect(byRole.types!.changedFiles).toEqual(["src/models/region-name.ts", "test/enums.test.ts", "test/support/model-rules.ts"]);
    expect(byRole.client!.changedFiles).toEqual([]); // touched through its re-export of RegionName
    expect(byRole.serde!.changedFiles).toEqual([]);
    expect(byRole.paginators!.changedFiles).toEqual([]);
  });

  /** Differing lines of the generated trees that the new Region does not explain, as `path: ±line`. */
  function unexplainedDifferences(oldModel: Model, newModel: Model): string[] {
    const oldFiles = new Map(generateService(oldModel, TARGETS).files.map((f) => [f.path, f.content]));
    const newFiles = new Map(generateService(newModel, TARGETS).files.map((f) => [f.path, f.content]));
    expect([...newFiles.keys()]).toEqual([...oldFiles.keys()]);
    const out: string[] = [];
    for (const [path, content] of newFiles) {
      if (content === oldFiles.get(path)) continue;
      for (const hunk of diffLines(oldFiles.get(path)!, content)) for (const line of unexplainedLines(hunk)) out.push(`${path}: ${line}`);
    }
    return out;
  }

  it("regenerates files that differ only in lines naming the new Region (and separators next to them)", () => {
    expect(unexplainedDifferences(before, after)).toEqual([]);
  });

  it("(the check itself flags lines that do not name the Region)", () => {
    const documented = withNewRegion(sources()).map((source) => ({
      path: source.path,
      text: source.text.replace(NEW_REGION, `    /// Asia Pacific (Malaysia).\n${NEW_REGION}`),
    }));
    const flagged = unexplainedDifferences(before, load(documented));
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((line) => line.includes("Malaysia"))).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import type { Target } from "../../src/core/target.js";
import { diffModels, type ModelDiff } from "../../src/diff/model-diff.js";
import { loadIdl, weatherIdl } from "./support/compare.js";
import { FAKE_TARGETS, fakeClient, fakePaginators, fakeSerde, fakeTypes } from "./support/fake-targets.js";

const BASE = `
/// Today's forecast.
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "days")
operation GetForecast {
    input := {
        nextToken: String
    }
    output := {
        days: Days
        nextToken: String
    }
}

list Days {
    member: Day
}

/// One day.
structure Day {
    high: Integer
    condition: Condition
}

enum Condition {
    SUNNY = "sunny"
    RAIN = "rain"
}
`;

function diff(edit: (text: string) => string, targets: readonly Target[] = FAKE_TARGETS): ModelDiff {
  return diffModels(loadIdl(weatherIdl(BASE)), loadIdl(weatherIdl(edit(BASE))), { targets });
}

const packageFiles = (d: ModelDiff): Record<string, readonly string[]> => Object.fromEntries(d.packages.map((p) => [p.role, p.changedFiles]));

describe("mapping changes to the generated packages", () => {
  it("a new enum value touches the package that writes the enum and the one re-exporting it", () => {
    const d = diff((t) => t.replace('    RAIN = "rain"\n', '    RAIN = "rain"\n    SNOW = "snow"\n'));
    expect(packageFiles(d)).toEqual({ types: ["src/models/Condition.ts"], serde: [], paginators: [], client: [] });
    expect(d.bumps).toEqual({ "@smithy-gen/weather-client": "minor", "@smithy-gen/weather-types": "minor" });
    expect(d.packagesOf(d.changes[0]!)).toEqual(["@smithy-gen/weather-client", "@smithy-gen/weather-types"]);
  });

  it("a package is bumped at the highest severity of the changes whose facts it read", () => {
    // documentation (patch) reaches types; the new member (feature) reaches types and serde
    const d = diff((t) => t.replace("/// One day.", "/// One calendar day.").replace("    high: Integer\n", "    high: Integer\n    low: Integer\n"));
    expect(d.changes.map((c) => `${c.severity} ${c.rule}`)).toEqual(["patch ChangedDocumentation", "feature AddedOptionalMember"]);
    expect(d.packagesOf(d.changes[0]!)).toEqual(["@smithy-gen/weather-client", "@smithy-gen/weather-types"]);
    expect(d.packagesOf(d.changes[1]!)).toEqual(["@smithy-gen/weather-client", "@smithy-gen/weather-serde", "@smithy-gen/weather-types"]);
    expect(d.bumps).toEqual({
      "@smithy-gen/weather-client": "minor",
      "@smithy-gen/weather-serde": "minor",
      "@smithy-gen/weather-types": "minor",
    });
  });

  it("documentation of an operation touches only the package that writes it", () => {
    const d = diff((t) => t.replace("/// Today's forecast.", "/// The forecast for today."));
    expect(d.bumps).toEqual({ "@smithy-gen/weather-client": "patch" });
  });

  it("the paginators package is touched only by pagination", () => {
    const d = diff((t) => t.replace('items: "days"', 'items: "days", pageSize: "size"').replace("        nextToken: String\n    }\n    output", "        nextToken: String\n        size: Integer\n    }\n    output"));
    expect(d.bumps["@smithy-gen/weather-paginators"]).toBe("minor");
    expect(d.packagesOf(d.changes.find((c) => c.rule === "ChangedPaginated")!)).toEqual(["@smithy-gen/weather-paginators"]);
    const removed = diff((t) => t.replace(/@paginated\(.*\)\n/, ""));
    expect(removed.bumps).toEqual({ "@smithy-gen/weather-paginators": "major" });
  });

  it("a change nothing generated reads touches no package", () => {
    const d = diff((t) => t.replace("    high: Integer\n", "    @sensitive\n    high: Integer\n"));
    expect(d.changes.map((c) => c.rule)).toEqual(["ChangedTrait"]);
    expect(d.bumps).toEqual({});
    expect(d.packagesOf(d.changes[0]!)).toEqual([]);
  });

  it("files that differ without a change to explain them bump at the highest severity found, and say so", () => {
    // a target that depends on something the tracer cannot see (metadata, which no change can say it alters)
    const metadataReader: Target = {
      role: "paginators",
      generate({ model }, pkg) {
        pkg.text("src/metadata.ts", JSON.stringify(model.metadata));
      },
      manifest: () => ({ description: "metadata" }),
    };
    const targets = [fakeTypes, fakeSerde, metadataReader, fakeClient];
    const withMetadata = (text: string): string => text.replace('$version: "2.0"', '$version: "2.0"\n\nmetadata release = "2"');
    const before = loadIdl(weatherIdl(BASE));
    const onlyMetadata = diffModels(before, loadIdl(withMetadata(weatherIdl(BASE))), { targets });
    expect(onlyMetadata.changes.map((c) => c.rule)).toEqual(["ChangedMetadata"]);
    expect(onlyMetadata.packages.find((p) => p.role === "paginators")).toMatchObject({ unexplained: true, bump: "patch", changedFiles: ["src/metadata.ts"] });
    const alsoBreaking = diffModels(before, loadIdl(withMetadata(weatherIdl(BASE.replace("    condition: Condition\n", ""))) ), { targets });
    expect(alsoBreaking.packages.find((p) => p.role === "paginators")).toMatchObject({ unexplained: true, bump: "major" });
  });

  it("ties a change to a package through the files that differ, not through everything the target read", () => {
    // serde reads every enum's values to write a catalogue that does not depend on them
    const serdeWithCatalogue: Target = {
      role: "serde",
      generate(context, pkg) {
        fakeSerde.generate(context, pkg);
        const enums = context.index.closure.filter((s) => s.type === "enum");
        pkg.text("src/catalogue.ts", enums.map((s) => `${s.id} ${"members" in s && s.members.size > 0 ? "has values" : "is empty"}`).join("\n"));
      },
      manifest: () => ({ description: "serde" }),
    };
    const d = diff(
      (t) => t.replace('    RAIN = "rain"\n', '    RAIN = "rain"\n    SNOW = "snow"\n').replace("    high: Integer\n", "    high: Integer\n    low: Integer\n"),
      [fakeTypes, serdeWithCatalogue, fakePaginators, fakeClient],
    );
    expect(d.packages.find((p) => p.role === "serde")!.changedFiles).toEqual(["src/shapes/Day.ts"]);
    const byRule = Object.fromEntries(d.changes.map((c) => [c.rule, d.packagesOf(c)]));
    expect(byRule.AddedEnumValue).toEqual(["@smithy-gen/weather-client", "@smithy-gen/weather-types"]);
    expect(byRule.AddedOptionalMember).toEqual(["@smithy-gen/weather-client", "@smithy-gen/weather-serde", "@smithy-gen/weather-types"]);
  });

  it("judges a package by the files it ships, not by generated tests that read every shape", () => {
    const serdeWithTests: Target = {
      role: "serde",
      generate(context, pkg) {
        fakeSerde.generate(context, pkg);
        const enums = context.index.closure.filter((s) => s.type === "enum" && "members" in s && s.members.size > 0);
        pkg.text("test/enums.test.ts", `${enums.length} enums; ${context.index.closure.length} shapes\n`);
      },
      manifest: () => ({ description: "serde" }),
    };
    const d = diff(
      (t) => t.replace('    RAIN = "rain"\n', '    RAIN = "rain"\n    SNOW = "snow"\n').replace("    high: Integer\n", "    high: Integer\n    wind: Wind\n") + "\nstructure Wind {\n    speed: Integer\n}\n",
      [fakeTypes, serdeWithTests, fakePaginators, fakeClient],
    );
    expect(d.packages.find((p) => p.role === "serde")!.changedFiles).toEqual(["src/shapes/Day.ts", "src/shapes/Wind.ts", "test/enums.test.ts"]);
    const byRule = Object.fromEntries(d.changes.map((c) => [c.rule, d.packagesOf(c)]));
    expect(byRule.AddedEnumValue).toEqual(["@smithy-gen/weather-client", "@smithy-gen/weather-types"]);
    expect(byRule.AddedOptionalMember).toEqual(["@smithy-gen/weather-client", "@smithy-gen/weather-serde", "@smithy-gen/weather-types"]);
  });

  it("ties the files of new shapes to the change that brings them", () => {
    const d = diff((t) => t.replace("    high: Integer\n", "    high: Integer\n    wind: Wind\n") + "\nstructure Wind {\n    speed: Gust\n}\n\nstructure Gust {}\n");
    const [change] = d.changes;
    expect(d.changes).toHaveLength(1);
    expect(change!.alters).toEqual(expect.arrayContaining([{ id: "example.weather#Gust", aspect: "*" }, { id: "example.weather#Wind", aspect: "*" }]));
    expect(d.packages.find((p) => p.role === "types")!.changedFiles).toEqual(["src/index.ts", "src/models/Day.ts", "src/models/Gust.ts", "src/models/Wind.ts"]);
    expect(d.packages.every((p) => !p.unexplained)).toBe(true);
  });

  it("does not depend on the order the targets run in", () => {
    const edit = (t: string): string => t.replace('    RAIN = "rain"\n', '    RAIN = "rain"\n    SNOW = "snow"\n');
    expect(diff(edit, [fakeClient, fakePaginators, fakeSerde, fakeTypes]).bumps).toEqual(diff(edit).bumps);
  });
});

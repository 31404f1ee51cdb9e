import { describe, expect, it } from "vitest";
import { createChangeset } from "../../src/diff/changeset.js";
import { diffModels } from "../../src/diff/model-diff.js";
import { formatDiffText } from "../../src/diff/report-text.js";
import { loadIdl, weatherIdl } from "./support/compare.js";
import { FAKE_TARGETS } from "./support/fake-targets.js";

const BASE = `
operation GetForecast {
    output := {
        day: Day
    }
}

/// One day.
structure Day {
    high: Integer
    low: Integer
    condition: Condition
}

enum Condition {
    SUNNY = "sunny"
    RAIN = "rain"
}
`;

const EDITED = BASE.replace("    low: Integer\n", "")
  .replace('    RAIN = "rain"\n', '    RAIN = "rain"\n    SNOW = "snow"\n')
  .replace("/// One day.", "/// One calendar day.");

const diffOf = (before: string, after: string) => diffModels(loadIdl(weatherIdl(before)), loadIdl(weatherIdl(after)), { targets: FAKE_TARGETS });

describe("changesets", () => {
  it("bump exactly the touched packages and list the changes by severity, naming shapes and members", () => {
    const changeset = createChangeset(diffOf(BASE, EDITED))!;
    expect(changeset.content).toBe(
      [
        "---",
        '"@smithy-gen/weather-client": major',
        '"@smithy-gen/weather-serde": major',
        '"@smithy-gen/weather-types": major',
        "---",
        "",
        "Model update of Weather (`example.weather#Weather`): 1 breaking change, 1 feature and 1 patch change.",
        "",
        "**Breaking changes**",
        "",
        "- `example.weather#Day$low`: Member `low` was removed from `Day`.",
        "",
        "**Features**",
        "",
        "- `example.weather#Condition$SNOW`: Enum value `snow` (`SNOW`) was added.",
        "",
        "**Fixes and documentation**",
        "",
        "- `example.weather#Day`: Documentation changed.",
        "",
      ].join("\n"),
    );
  });

  it("are named after their content: the same diff gives the same file, another diff another", () => {
    const first = createChangeset(diffOf(BASE, EDITED))!;
    expect(first.fileName).toMatch(/^weather-model-update-[0-9a-f]{8}\.md$/);
    expect(createChangeset(diffOf(BASE, EDITED))!.fileName).toBe(first.fileName);
    expect(createChangeset(diffOf(BASE, BASE.replace("/// One day.", "/// A day.")))!.fileName).not.toBe(first.fileName);
  });

  it("leave out changes that touch no package, and are not written when none is touched", () => {
    const sensitive = BASE.replace("    high: Integer\n", "    @sensitive\n    high: Integer\n");
    expect(createChangeset(diffOf(BASE, sensitive))).toBeUndefined();
    const mixed = createChangeset(diffOf(BASE, sensitive.replace("/// One day.", "/// A day.")))!;
    expect(mixed.content).not.toContain("@sensitive");
    expect(mixed.content).toContain("1 patch change.");
  });
});

describe("the text report", () => {
  it("lists each change with its severity, rule and packages, then each package's bump", () => {
    expect(formatDiffText(diffOf(BASE, EDITED))).toBe(
      [
        "Changes to example.weather#Weather: 1 breaking change, 1 feature and 1 patch change.",
        "",
        "feature  example.weather#Condition$SNOW",
        "         Enum value `snow` (`SNOW`) was added. [AddedEnumValue]",
        "         touches client, types",
        "patch    example.weather#Day",
        "         Documentation changed. [ChangedDocumentation]",
        "         touches client, types",
        "breaking example.weather#Day$low",
        "         Member `low` was removed from `Day`. [RemovedMember]",
        "         touches client, serde, types",
        "",
        "Packages:",
        "  @smithy-gen/weather-types       major (2 generated files differ)",
        "  @smithy-gen/weather-serde       major (1 generated file differs)",
        "  @smithy-gen/weather-paginators  unchanged",
        "  @smithy-gen/weather-client      major (re-exports changed types)",
        "",
      ].join("\n"),
    );
  });
});

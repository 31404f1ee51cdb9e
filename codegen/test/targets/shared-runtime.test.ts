import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/assembly/load.js";
import { generateService } from "../../src/core/pipeline.js";
import { TARGETS } from "../../src/targets/index.js";
import { codeLines, sharedRuns, type SourceFile } from "../support/identical-runs.js";
import { AWS_MODELS_DIR, REPO_ROOT } from "../support/paths.js";

/** The published sources (`src/`) of every package generated for a model. */
function publishedSources(paths: readonly string[]): SourceFile[] {
  const result = generateService(loadModel(paths).model, TARGETS);
  return result.files
    .filter((file) => file.path.split("/")[1] === "src" && file.path.endsWith(".ts"))
    .map((file) => ({ path: file.path, text: file.content }));
}

// The seed's one-operation model: with the whole service, two services' converters of alike shapes
// (a list of strings, a list of summaries) are alike by design; what must not repeat is runtime code.
const modelDir = join(REPO_ROOT, "codegen", "test", "fixtures", "lightsail-seed-model");
const lightsail = publishedSources(
  readdirSync(modelDir)
    .filter((name) => name.endsWith(".smithy"))
    .map((name) => join(modelDir, name)),
);

describe("one runtime, many services: generated packages share no code", () => {
  // A typical regional service, and one with endpoint discovery, account-id endpoints and big numbers' neighbours.
  it.each(["acm-2015-12-08.json", "dynamodb-2012-08-10.json"])(
    "Lightsail's packages and %s's share no block of six identical lines",
    (model) => {
      const other = publishedSources([join(AWS_MODELS_DIR, model)]);
      const runs = sharedRuns(lightsail, other);
      expect(runs.map((run) => `${run.first} ~ ${run.second}\n${run.lines.join("\n")}`)).toEqual([]);
    },
    120_000,
  );

  it("(the check finds a block the runtime used to print into every package)", () => {
    const block = ["export function readString(value: unknown, path: ValuePath, key: string | number): string {", '  if (typeof value === "string") return value;', '  throw mismatch(path, key, "string", value);', "}", "", "export function readBoolean(value: unknown, path: ValuePath, key: string | number): boolean {", '  if (typeof value === "boolean") return value;', '  throw mismatch(path, key, "boolean", value);'].join("\n");
    const runs = sharedRuns([{ path: "a/src/json-read.ts", text: `// header a\n${block}\n` }], [{ path: "b/src/json-read.ts", text: `// header b\nimport { x } from "y";\n${block}\n` }]);
    expect(runs).toHaveLength(1);
    expect(codeLines("import {\n  a,\n} from \"b\";\n/**\n * doc\n */\nconst x = 1;\n  },\n")).toEqual([{ text: "const x = 1;", line: 7 }]);
  });
});

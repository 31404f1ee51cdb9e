import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { defineDifferentialSuite } from "../../src/differential/differential-suite.js";
import { WORKSPACE_DIR } from "../../src/paths.js";

// Every one of Lightsail's 161 operations, through the checked-in packages generated from model/
// (the official model plus model/additions.smithy), against @aws-sdk/client-lightsail.
const MODEL_DIR = resolve(WORKSPACE_DIR, "../../model");
const smithyFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".smithy"))
    .sort()
    .map((name) => join(dir, name));

defineDifferentialSuite({
  label: "lightsail",
  workspaceModel: [...smithyFiles(MODEL_DIR), ...smithyFiles(join(MODEL_DIR, "operations"))],
  official: () => import("@aws-sdk/client-lightsail") as Promise<Record<string, unknown>>,
});

import { defineConfig } from "vitest/config";

/**
 * Runs the generated test suites of one swept model: `SWEEP_MODEL_DIR` is the model's directory
 * (`.sweep/<model>/`), `SWEEP_ENTRY_POINTS` the JSON map of its package specifiers to their
 * source entry points, standing in for the workspace links between the packages.
 */
const root = process.env.SWEEP_MODEL_DIR;
if (!root) throw new Error("SWEEP_MODEL_DIR is not set: this configuration is run by the sweep");
const entryPoints = JSON.parse(process.env.SWEEP_ENTRY_POINTS ?? "{}") as Record<string, string>;

export default defineConfig({
  root,
  resolve: {
    // A `*` of a specifier (a subpath pattern) stands for any text, which replaces the entry's `*`.
    alias: Object.entries(entryPoints).map(([name, entry]) => ({
      find: new RegExp(`^${name.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("(.+)")}$`),
      replacement: `${root}/${entry.replace("*", "$1")}`,
    })),
  },
  test: {
    include: ["*/test/**/*.test.ts"],
    testTimeout: 120_000,
    maxWorkers: 1,
  },
});

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { configDefaults, defineConfig, type Plugin } from "vitest/config";

/**
 * A generated package's arbitraries import the package by its own name; its own vitest config maps
 * that name to its source. The compile-and-run tests import generated sources into this process,
 * so the same mapping applies here: from a file under `.tmp/`, a package's own name is its source.
 */
function generatedSelfReference(): Plugin {
  return {
    name: "generated-self-reference",
    enforce: "pre",
    resolveId(source, importer) {
      if (!importer || !importer.includes("/.tmp/") || !source.startsWith("@smithy-gen/")) return null;
      for (let dir = dirname(importer); dir.includes("/.tmp/"); dir = dirname(dir)) {
        const manifest = join(dir, "package.json");
        if (!existsSync(manifest)) continue;
        const { name } = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string };
        return name === source ? join(dir, "src/index.ts") : null;
      }
      return null;
    },
  };
}

export default defineConfig({
  plugins: [generatedSelfReference()],
  test: {
    // Generated packages (with their own tests) are written under .tmp/ by the compile-and-run tests.
    exclude: [...configDefaults.exclude, ".tmp/**"],
    // Many tests load whole official models (Lightsail's 161 operations, DynamoDB...): a few
    // seconds alone, several times that on a 2-core machine running the other workspaces' tests.
    testTimeout: 30_000,
  },
});

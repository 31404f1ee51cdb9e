import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // esbuild bundles the client a few times (about a second each on a loaded machine).
    testTimeout: 60_000,
    // The bundles are made once, in beforeAll: three esbuild runs over a client of 161 commands.
    hookTimeout: 120_000,
  },
});

import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Generated packages (with their own tests) are written under .tmp/ by the compile-and-run tests.
    exclude: [...configDefaults.exclude, ".tmp/**"],
  },
});

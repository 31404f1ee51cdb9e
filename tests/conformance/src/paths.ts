import { join, resolve } from "node:path";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

/** `tests/conformance/`, wherever the repository is cloned. */
export const WORKSPACE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The 153 official AWS models live in `shared/` beside the repository (`<clone>/../shared`), on
 * a developer's machine and on CI alike.
 */
export const AWS_MODELS_DIR = resolve(WORKSPACE_DIR, "../../../shared/models/aws");

/**
 * Where the sweep writes each model's packages (gitignored). Inside the workspace, so that the
 * generated code's `@smithy/*`, `fast-check` and `vitest` imports resolve through this
 * workspace's `node_modules`.
 */
export const SWEEP_DIR = join(WORKSPACE_DIR, ".sweep");

/** Where the differential suites generate the services they compare (gitignored). */
export const GENERATED_DIR = join(WORKSPACE_DIR, ".generated");

/** The command-line entry of a tool installed in this workspace, run with the current Node.js. */
export function toolEntry(tool: "tsc" | "vitest"): string {
  return tool === "tsc" ? join(WORKSPACE_DIR, "node_modules/typescript/bin/tsc") : join(WORKSPACE_DIR, "node_modules/vitest/vitest.mjs");
}

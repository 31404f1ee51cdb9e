import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The monorepo root (`/work/main` in CI), found from this file's location. */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** The read-only reference data every checkout has beside the repository (`../shared`). */
export const SHARED_DIR = join(REPO_ROOT, "../shared");

export const IDL_CONFORMANCE_DIR = join(SHARED_DIR, "smithy/idl-conformance");
export const PROTOCOL_TESTS_DIR = join(SHARED_DIR, "smithy/protocol-tests");
export const REFERENCE_TRAITS_DIR = join(SHARED_DIR, "smithy/traits");
export const REFERENCE_PRELUDE = join(SHARED_DIR, "smithy/prelude/prelude.smithy");
export const AWS_MODELS_DIR = join(SHARED_DIR, "models/aws");

/** The built CLI entry point (`pnpm --filter @smithy-gen/codegen build` creates its dist/). */
export const CLI_BIN = join(REPO_ROOT, "codegen/bin/smithy-gen.js");
export const CLI_DIST_ENTRY = join(REPO_ROOT, "codegen/dist/cli/main.js");

/** Every file under `dir`, recursively, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string): void => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(path);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

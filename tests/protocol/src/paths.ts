import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** `tests/protocol/`, wherever the repository is cloned. */
export const WORKSPACE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The reference Smithy files live in `shared/` beside the repository (`<clone>/../shared`), on a
 * developer's machine and on CI alike.
 */
export const SHARED_SMITHY_DIR = resolve(WORKSPACE_DIR, "../../../shared/smithy");

/** The official protocol compliance suite and the AWS trait definitions it uses. */
export const PROTOCOL_TESTS_DIR = join(SHARED_SMITHY_DIR, "protocol-tests");
export const TRAITS_DIR = join(SHARED_SMITHY_DIR, "traits");

/**
 * Where the test services' packages are generated (gitignored). It is inside the workspace so
 * that their `@smithy/*` imports resolve through this workspace's `node_modules`.
 */
export const GENERATED_DIR = join(WORKSPACE_DIR, ".generated");

import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** `tests/protocol/`, wherever the repository is cloned. */
export const WORKSPACE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The reference Smithy files live in `shared/` beside the repository (`<clone>/../shared`), on a
 * developer's machine and on CI alike.
 */
export const SHARED_SMITHY_DIR = resolve(WORKSPACE_DIR, "../../../shared/smithy");

/**
 * The AWS and Smithy trait definitions every suite uses. The suites themselves are listed per
 * protocol in `protocols.ts`, relative to {@link SHARED_SMITHY_DIR}: the awsJson ones in
 * `protocol-tests/`, the rpcv2 ones in `protocol-tests-rpcv2/`.
 */
export const TRAITS_DIR = join(SHARED_SMITHY_DIR, "traits");

/**
 * Where the test services' packages are generated (gitignored). It is inside the workspace so
 * that their `@smithy/*` imports resolve through this workspace's `node_modules`.
 */
export const GENERATED_DIR = join(WORKSPACE_DIR, ".generated");

#!/usr/bin/env node
// @ts-check
/**
 * `smithy-gen-package-build` (in a package directory, after its two tsc compiles): completes
 * dist/cjs and bundles each entry point's own modules into its file. See bundle-entry-points.mjs.
 */
import { bundleEntryPoints, completeCommonJs, PackageBuildError } from "./bundle-entry-points.mjs";

const root = process.cwd();
try {
  completeCommonJs(root);
  await bundleEntryPoints(root);
} catch (error) {
  if (!(error instanceof PackageBuildError)) throw error;
  console.error(`smithy-gen-package-build: ${error.message}`);
  process.exit(1);
}

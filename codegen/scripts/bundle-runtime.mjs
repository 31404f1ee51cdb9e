// Part of `pnpm build` of @smithy-gen/codegen: copies the hand-written runtime packages of the
// monorepo (packages/runtime/*: package.json, README.md, LICENSE, tsconfig*.json, src/) into
// codegen/runtime/, which the npm package publishes, so that `smithy-gen generate --out` can write
// them into every workspace it creates. Runs after tsc (it uses the compiled copier).
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleRuntimePackages, RuntimePackageError } from "../dist/workspace/runtime-packages.js";

const from = fileURLToPath(new URL("../../packages/runtime/", import.meta.url));
const to = fileURLToPath(new URL("../runtime/", import.meta.url));
try {
  const packages = bundleRuntimePackages(from, to);
  const where = relative(process.cwd(), to) || ".";
  console.log(
    packages.length
      ? `bundled ${packages.length} runtime package${packages.length === 1 ? "" : "s"} into ${where}: ${packages.map((p) => p.name).join(", ")}`
      : `no runtime packages in ${relative(process.cwd(), from)}; ${where} is empty`,
  );
} catch (error) {
  if (!(error instanceof RuntimePackageError)) throw error;
  console.error(`bundle-runtime: ${error.message}`);
  process.exit(1);
}

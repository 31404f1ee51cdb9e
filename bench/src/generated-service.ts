import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { GenerateOptions, PackageRole } from "@smithy-gen/codegen";

/**
 * Generates the service of `modelPath` with `generateService` (in memory, every target or
 * `roles`) and writes the files under `dir` (emptied first); returns each package's directory
 * (absolute) by role, or why not. The generator is imported only here, when a section needs it.
 */
export async function writeGeneratedService(
  modelPath: string,
  dir: string,
  options: { readonly settings?: GenerateOptions["settings"]; readonly roles?: readonly PackageRole[] } = {},
): Promise<Partial<Record<PackageRole, string>> | string> {
  if (!existsSync(modelPath)) return `no model ${modelPath}`;
  const { generateService, loadModel, TARGETS } = await import("@smithy-gen/codegen");
  const result = generateService(loadModel([modelPath]).model, TARGETS, {
    ...(options.settings ? { settings: options.settings } : {}),
    ...(options.roles ? { roles: options.roles } : {}),
  });
  rmSync(dir, { recursive: true, force: true });
  for (const file of result.files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  return Object.fromEntries(result.packages.map((pkg) => [pkg.role, join(dir, pkg.dir)]));
}

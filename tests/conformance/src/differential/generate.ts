import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generateService, TARGETS, type GenerateOptions, type PackageRole } from "@smithy-gen/codegen";
import type { ServiceModel } from "./service-model.js";

/**
 * Generates the service's packages into `<outDir>/<package dir>/` (`src/` and `package.json`
 * only: what runs), replacing an earlier run's; returns the package name of each role. `settings`
 * choose the protocol (`smithy-gen generate --protocol`) and the packages' prefix, so that a
 * service generated with a second protocol has packages of its own.
 */
export function generatePackages(service: ServiceModel, outDir: string, settings?: GenerateOptions["settings"]): Readonly<Record<PackageRole, string>> {
  const result = generateService(service.model, TARGETS, { service: service.service.id, ...(settings ? { settings } : {}) });
  const names: Partial<Record<PackageRole, string>> = {};
  for (const pkg of result.packages) {
    names[pkg.role] = pkg.name;
    rmSync(join(outDir, pkg.dir), { recursive: true, force: true });
  }
  for (const file of result.files) {
    const inPackage = file.path.slice(file.path.indexOf("/") + 1);
    if (!inPackage.startsWith("src/") && inPackage !== "package.json") continue;
    const path = join(outDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  for (const role of ["types", "serde", "client"] as const) {
    if (!names[role]) throw new Error(`the generator wrote no ${role} package for ${service.service.id}`);
  }
  return names as Record<PackageRole, string>;
}

/** The package name of each role the generator gives the service, without writing anything. */
export function packageNames(service: ServiceModel, settings?: GenerateOptions["settings"]): Readonly<Record<PackageRole, string>> {
  const result = generateService(service.model, TARGETS, { service: service.service.id, ...(settings ? { settings } : {}) });
  return Object.fromEntries(result.packages.map((pkg) => [pkg.role, pkg.name])) as Record<PackageRole, string>;
}

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generateService, TARGETS, type Model, type PackageRole, type ShapeId, type Target } from "@smithy-gen/codegen";

/** The roles a protocol test needs; the harness refuses to run without them. */
const REQUIRED_ROLES: readonly PackageRole[] = ["types", "serde", "client"];

/** The generator's registered targets; an error when one the protocol tests need is missing. */
export function generatorTargets(): readonly Target[] {
  const missing = REQUIRED_ROLES.filter((role) => !TARGETS.some((target) => target.role === role));
  if (missing.length > 0) {
    throw new Error(`the generator registers no ${missing.join(", ")} target in TARGETS (codegen/src/targets/index.ts); the protocol tests need types, serde and client`);
  }
  return TARGETS;
}

export interface GeneratedServicePackages {
  readonly service: ShapeId;
  /** Package name by role, e.g. `client` -> `@smithy-gen/json-rpc-10-client`. */
  readonly packages: Readonly<Partial<Record<PackageRole, string>>>;
}

/** The packages a client case needs: the server's are left out where a protocol has no server side. */
export const CLIENT_ROLES: readonly PackageRole[] = REQUIRED_ROLES;

/**
 * Generates the packages of `service` (of `roles`, by default every one) with the generator's
 * registered targets into `<outDir>/<package dir>/`, replacing what an earlier run left there. Only
 * what runs is written (`src/` and `package.json`): the generated packages' own tests are not this
 * harness's business.
 */
export function generateServicePackages(model: Model, service: ShapeId, outDir: string, roles?: readonly PackageRole[]): GeneratedServicePackages {
  const result = generateService(model, generatorTargets(), roles ? { service, roles } : { service });
  const packages: Partial<Record<PackageRole, string>> = {};
  for (const pkg of result.packages) {
    packages[pkg.role] = pkg.name;
    rmSync(join(outDir, pkg.dir), { recursive: true, force: true });
  }
  for (const file of result.files) {
    const [, ...rest] = file.path.split("/");
    const inPackage = rest.join("/");
    if (!inPackage.startsWith("src/") && inPackage !== "package.json") continue;
    const path = join(outDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  return { service, packages };
}

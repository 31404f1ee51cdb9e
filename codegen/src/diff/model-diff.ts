import { createSymbolProvider, DEFAULT_SETTINGS, type GeneratorSettings } from "../core/symbols.js";
import type { Target } from "../core/target.js";
import { createServiceIndex } from "../knowledge/service-index.js";
import type { Model } from "../model/model.js";
import { compareCodeUnits } from "../model/node.js";
import type { ShapeId } from "../model/shape-id.js";
import type { BumpLevel, ModelChange } from "./change.js";
import { compareModels } from "./compare-models.js";
import { mapChangesToPackages, type PackageImpact } from "./package-impact.js";

export interface DiffOptions {
  readonly service?: ShapeId;
  /** The generator's targets; the package mapping generates both models with them. */
  readonly targets: readonly Target[];
  readonly settings?: GeneratorSettings;
}

/** Everything `smithy-gen diff` reports. */
export interface ModelDiff {
  /** The (new) service compared. */
  readonly service: ShapeId;
  /** `Lightsail`: the service's name in generated code (from its sdkId). */
  readonly serviceName: string;
  /** `lightsail`: the stem of the generated packages' names. */
  readonly packageStem: string;
  readonly changes: readonly ModelChange[];
  readonly packages: readonly PackageImpact[];
  /** Package name -> bump, for the touched packages only, sorted by name. */
  readonly bumps: Readonly<Record<string, BumpLevel>>;
  /** Names of the packages a change touches, sorted. */
  packagesOf(change: ModelChange): readonly string[];
}

/** Compares two (flattened) models and maps every change to the generated packages it touches. */
export function diffModels(oldModel: Model, newModel: Model, options: DiffOptions): ModelDiff {
  const { differences, changes } = compareModels(oldModel, newModel, { service: options.service });
  const impact = mapChangesToPackages(oldModel, newModel, changes, {
    targets: options.targets,
    services: { old: differences.service.old.id, new: differences.service.new.id },
    settings: options.settings,
  });
  const bumps: Record<string, BumpLevel> = {};
  for (const pkg of [...impact.packages].sort((a, b) => compareCodeUnits(a.name, b.name))) if (pkg.bump) bumps[pkg.name] = pkg.bump;
  const symbols = createSymbolProvider(createServiceIndex(newModel, differences.service.new), options.settings ?? DEFAULT_SETTINGS);
  return {
    service: differences.service.id,
    serviceName: symbols.serviceName,
    packageStem: symbols.packagePrefix,
    changes,
    packages: impact.packages,
    bumps,
    packagesOf: impact.packagesOf,
  };
}

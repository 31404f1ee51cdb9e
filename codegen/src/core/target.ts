import type { Model } from "../model/model.js";
import type { ServiceIndex } from "../knowledge/service-index.js";
import type { Diagnostic } from "../model/diagnostics.js";
import type { PackageBuilder } from "./generated-package.js";
import type { ManifestOptions } from "./package-manifest.js";
import type { PackageRole, SymbolProvider } from "./symbols.js";

/** What every target sees: the model, the service's indexes and the one symbol provider. */
export interface TargetContext {
  readonly model: Model;
  readonly index: ServiceIndex;
  readonly symbols: SymbolProvider;
  /** Report something the user should know (e.g. an operation whose feature is unsupported). */
  note(diagnostic: Diagnostic): void;
}

/** One generated package kind. Each target is its own module under `targets/`. */
export interface Target {
  readonly role: PackageRole;
  /** Writes the package's `src/` and `test/` files. */
  generate(context: TargetContext, pkg: PackageBuilder): void;
  /** The role-specific parts of the manifest. */
  manifest(context: TargetContext): Omit<ManifestOptions, "version" | "siblings">;
}

import { ModelError, type Diagnostic, type SourceLocation } from "../model/diagnostics.js";
import { Model } from "../model/model.js";
import { compareCodeUnits } from "../model/node.js";
import type { ShapeId } from "../model/shape-id.js";
import { membersOf, type Shape } from "../model/shapes.js";
import { createMixinFlattener } from "../transforms/flatten-mixins.js";
import { indexAppliedTraits, versionedTraitError } from "./applied-traits.js";
import { buildShapes } from "./build-shapes.js";
import { traitLocationKey, type FileContribution, type ShapeDefinition } from "./contribution.js";
import { mergeMetadata } from "./merge-metadata.js";
import { selectDefinitions } from "./select-definitions.js";
import { upgradeV1Shapes } from "./upgrade-v1.js";
import { createValidationContext } from "./validate/context.js";
import { validateModel } from "./validate/validate-model.js";

export interface AssembleOptions {
  /** Unknown traits are errors instead of warnings. */
  readonly strict?: boolean;
}

export interface AssembleResult {
  readonly model: Model;
  readonly warnings: Diagnostic[];
  /** Shapes that come from the generator's own prelude and trait definitions, not the user's files. */
  readonly bundledShapeIds: ReadonlySet<ShapeId>;
}

/**
 * Assembles the contributions of every file (prelude and shipped trait definitions first) into
 * one validated model. Throws a ModelError carrying every error found, each located.
 */
export function assemble(contributions: readonly FileContribution[], options: AssembleOptions = {}): AssembleResult {
  // Files that do not parse never get here (see load.ts); what contributions report (e.g. ids
  // that resolve to nothing) does not stop assembly, so that one run reports every problem.
  const diagnostics: Diagnostic[] = contributions.flatMap((c) => c.diagnostics);

  const table = selectDefinitions(contributions, diagnostics);
  checkInlineTraitVersions(table.definitions, diagnostics);
  const applied = indexAppliedTraits(contributions, table.extraTraits, diagnostics);
  const appliedLocations = new Map<string, SourceLocation>();
  const shapes = buildShapes(table.definitions, applied, diagnostics, appliedLocations);
  for (const [target, traits] of applied.unclaimed()) {
    for (const [trait, entry] of traits) {
      diagnostics.push({ severity: "error", code: "Model", location: entry.location, message: `Trait \`${trait}\` applied to unknown shape \`${target}\`` });
    }
  }

  const versionOf = (id: ShapeId) => table.definitions.get(id)?.version;
  upgradeV1Shapes(shapes, versionOf);
  const metadata = mergeMetadata(
    contributions.flatMap((c) => c.metadata),
    diagnostics,
  );

  const flattener = createMixinFlattener((id) => shapes.get(id));
  const checked: Shape[] = [];
  const bundledShapeIds = new Set<ShapeId>();
  for (const [id, def] of table.definitions) {
    if (def.origin === "user") checked.push(shapes.get(id)!);
    else bundledShapeIds.add(id);
  }
  validateModel(
    createValidationContext({
      shapes,
      checked,
      flat: (shape) => flattener.flatten(shape),
      versionOf,
      traitLocation: (target, trait) => {
        const key = traitLocationKey(target, trait);
        const dollar = target.indexOf("$");
        const def = table.definitions.get(dollar < 0 ? target : target.slice(0, dollar));
        return def?.traitLocations?.get(key) ?? appliedLocations.get(key);
      },
      strict: options.strict ?? false,
      diagnostics,
    }),
  );

  throwIfErrors(diagnostics);
  return { model: new Model(shapes, metadata), warnings: sortDiagnostics(diagnostics), bundledShapeIds };
}

function checkInlineTraitVersions(definitions: ReadonlyMap<ShapeId, ShapeDefinition>, diagnostics: Diagnostic[]): void {
  for (const def of definitions.values()) {
    if (def.origin !== "user") continue;
    const check = (target: ShapeId, traits: Record<string, unknown>, fallback: SourceLocation | undefined): void => {
      for (const trait in traits) {
        const message = versionedTraitError(trait, target, def.version);
        if (message) {
          const location = def.traitLocations?.get(traitLocationKey(target, trait)) ?? fallback;
          diagnostics.push({ severity: "error", code: "Model", location, message });
        }
      }
    };
    check(def.shape.id, def.shape.traits, def.shape.location);
    for (const member of membersOf(def.shape)) if (member) check(member.id, member.traits, member.location ?? def.shape.location);
  }
}

function throwIfErrors(diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.some((d) => d.severity === "error")) throw new ModelError(sortDiagnostics(diagnostics));
}

/** Errors first, each group in file, line and column order (stable otherwise). */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const rank = (d: Diagnostic): number => (d.severity === "error" ? 0 : 1);
  return [...diagnostics].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compareCodeUnits(a.location?.file ?? "", b.location?.file ?? "") ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0),
  );
}

import type { Diagnostic, SourceLocation } from "../model/diagnostics.js";
import type { NodeValue } from "../model/node.js";
import { PRELUDE_NAMESPACE, shapeIdNamespace, type ShapeId } from "../model/shape-id.js";
import type { AppliedTrait, FileContribution, SmithyVersion } from "./contribution.js";
import { mergeTraitValues } from "./merge-traits.js";

export interface PendingTrait {
  value: NodeValue;
  readonly location: SourceLocation;
}

/**
 * Traits applied from outside a shape's definition, waiting for the shape (or member) to be
 * built. Shapes claim theirs while they are built; what is left over targets nothing.
 */
export interface AppliedTraitIndex {
  claim(target: ShapeId): ReadonlyMap<ShapeId, PendingTrait> | undefined;
  has(target: ShapeId): boolean;
  unclaimed(): Iterable<[ShapeId, ReadonlyMap<ShapeId, PendingTrait>]>;
}

export function indexAppliedTraits(
  contributions: readonly FileContribution[],
  extra: readonly AppliedTrait[],
  diagnostics: Diagnostic[],
): AppliedTraitIndex {
  const pending = new Map<ShapeId, Map<ShapeId, PendingTrait>>();
  const add = (applied: AppliedTrait, fileNamespace: string | undefined): void => {
    const versionError = versionedTraitError(applied.trait, applied.target, applied.version);
    if (versionError) diagnostics.push({ severity: "error", code: "Model", location: applied.location, message: versionError });
    // The prelude is the same for every model; only the prelude's own files may add to it.
    if (shapeIdNamespace(applied.target) === PRELUDE_NAMESPACE && applied.origin === "user" && fileNamespace !== PRELUDE_NAMESPACE) {
      diagnostics.push({
        severity: "error",
        code: "Model",
        location: applied.location,
        message: `Cannot apply \`${applied.trait}\` to an immutable prelude shape defined in \`smithy.api\`.`,
      });
      return;
    }
    let traits = pending.get(applied.target);
    if (!traits) pending.set(applied.target, (traits = new Map()));
    const previous = traits.get(applied.trait);
    if (!previous) {
      traits.set(applied.trait, { value: applied.value, location: applied.location });
      return;
    }
    const merged = mergeTraitValues(applied.target, applied.trait, previous, applied);
    if (merged.kind === "conflict") diagnostics.push({ severity: "error", code: "Model", location: applied.location, message: merged.message });
    else previous.value = merged.value;
  };
  for (const contribution of contributions) for (const applied of contribution.applies) add(applied, contribution.namespace);
  for (const applied of extra) add(applied, undefined);

  const claimed = new Set<ShapeId>();
  return {
    claim(target) {
      const traits = pending.get(target);
      if (traits) claimed.add(target);
      return traits;
    },
    has(target) {
      return pending.has(target);
    },
    *unclaimed() {
      for (const entry of pending) if (!claimed.has(entry[0])) yield entry;
    },
  };
}

/** Traits that one Smithy version forbids: `@mixin` and `@default` in 1.0, `@box` in 2.0. */
export function versionedTraitError(trait: ShapeId, target: ShapeId, version: SmithyVersion): string | undefined {
  if (version === "1.0") {
    if (trait === "smithy.api#mixin") {
      return `Mixins can only be used in Smithy 2.0 or later. Attempted to apply a @mixin trait to \`${target}\` in a model file using version \`1.0\`.`;
    }
    if (trait === "smithy.api#default") return "The @default trait can only be used in Smithy 2.0 or later";
  } else if (trait === "smithy.api#box") {
    return "@box is not supported in Smithy IDL 2.0";
  }
  return undefined;
}

import type { SourceLocation } from "../model/diagnostics.js";
import { describeLocation } from "../model/diagnostics.js";
import { nodeEquals, type NodeValue } from "../model/node.js";
import type { ShapeId } from "../model/shape-id.js";

export type TraitMerge =
  | { readonly kind: "merged"; readonly value: NodeValue }
  | { readonly kind: "conflict"; readonly message: string };

/**
 * Smithy's rule for a trait applied more than once to the same shape: two list values are
 * concatenated, two equal values are one, anything else is a conflict. (Documentation is not
 * special: a doc comment and a different `@documentation` conflict.)
 */
export function mergeTraitValues(
  target: ShapeId,
  trait: ShapeId,
  previous: { readonly value: NodeValue; readonly location?: SourceLocation },
  next: { readonly value: NodeValue; readonly location?: SourceLocation },
): TraitMerge {
  if (Array.isArray(previous.value) && Array.isArray(next.value)) {
    return { kind: "merged", value: [...previous.value, ...next.value] };
  }
  if (nodeEquals(previous.value, next.value)) return { kind: "merged", value: previous.value };
  return {
    kind: "conflict",
    message:
      `Conflicting \`${trait}\` trait found on shape \`${target}\`. The previous trait was defined at ` +
      `${describeLocation(previous.location)}, and a conflicting trait was defined at ${describeLocation(next.location)}.`,
  };
}

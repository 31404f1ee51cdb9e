import type { Diagnostic, SourceLocation } from "../model/diagnostics.js";
import type { NodeValue } from "../model/node.js";
import type { ShapeId } from "../model/shape-id.js";
import type { Shape } from "../model/shapes.js";

/** The Smithy version a file is written in; it decides which features and upgrades apply. */
export type SmithyVersion = "1.0" | "2.0";

/** Where a file comes from: the user's model, or the definitions shipped with the generator. */
export type Origin = "prelude" | "bundled" | "user";

/** One shape as one file defines it, before mixins, applied traits and validation. */
export interface ShapeDefinition {
  /** Members inline, traits as written in the definition (not the applied ones). */
  readonly shape: Shape;
  readonly file: string;
  readonly version: SmithyVersion;
  readonly origin: Origin;
  /** Members whose target is elided; their `target` is empty until assembly fills it. */
  readonly elided: ReadonlySet<string>;
  /** `for Resource`: where elided members may find their targets. */
  readonly forResource?: { readonly id: ShapeId; readonly location: SourceLocation };
  /** Precise locations of inline traits, keyed by `target trait` (IDL only; JSON uses the shape's). */
  readonly traitLocations?: ReadonlyMap<string, SourceLocation>;
}

/** A trait applied with `apply` (IDL) or `"type": "apply"` (JSON AST). */
export interface AppliedTrait {
  /** A shape or member id. */
  readonly target: ShapeId;
  readonly trait: ShapeId;
  readonly value: NodeValue;
  readonly location: SourceLocation;
  readonly version: SmithyVersion;
  readonly origin: Origin;
}

export interface MetadataEntry {
  readonly key: string;
  readonly value: NodeValue;
  readonly location: SourceLocation;
}

/** Everything one model file contributes to the assembled model. */
export interface FileContribution {
  readonly file: string;
  readonly version: SmithyVersion;
  readonly origin: Origin;
  /** The IDL namespace; the prelude's shapes may only be changed from `smithy.api` files. */
  readonly namespace?: string;
  readonly shapes: readonly ShapeDefinition[];
  readonly applies: readonly AppliedTrait[];
  readonly metadata: readonly MetadataEntry[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The key of `traitLocations`. */
export function traitLocationKey(target: ShapeId, trait: ShapeId): string {
  return `${target} ${trait}`;
}

import type { SourceLocation } from "./diagnostics.js";
import type { NodeObject } from "./node.js";
import type { ShapeId } from "./shape-id.js";
import type { Shape, Traits } from "./shapes.js";

/** Traits applied to a shape defined elsewhere (`apply` in the IDL, `"type": "apply"` in JSON). */
export interface TraitApplication {
  readonly target: ShapeId;
  readonly traits: Traits;
  readonly location?: SourceLocation;
}

/**
 * What one model file contributes before assembly: its shapes (members inline), trait
 * applications, and its own metadata. The assembler merges fragments into one Model.
 * A list or map shape with mixins may lack its members here: they come from the mixin.
 */
export interface ModelFragment {
  readonly file: string;
  /** The file's Smithy version: "1.0", "1.1" or "2.0". */
  readonly version: string;
  readonly metadata: NodeObject;
  readonly shapes: Shape[];
  readonly applies: TraitApplication[];
}

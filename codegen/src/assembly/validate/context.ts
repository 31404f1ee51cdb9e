import type { Diagnostic, Severity, SourceLocation } from "../../model/diagnostics.js";
import type { ShapeId } from "../../model/shape-id.js";
import type { MemberShape, Shape } from "../../model/shapes.js";
import type { SmithyVersion } from "../contribution.js";

/** What every validation rule sees of the assembled model. */
export interface ValidationContext {
  readonly shapes: ReadonlyMap<ShapeId, Shape>;
  /** The shapes to check: the user's. The generator's own definitions are checked by a test. */
  readonly checked: readonly Shape[];
  /** The shape with its mixins applied (itself when it has none). */
  flat(shape: Shape): Shape;
  versionOf(id: ShapeId): SmithyVersion | undefined;
  /** Where a trait was written on a shape or member, when known more precisely than the shape. */
  traitLocation(target: ShapeId, trait: ShapeId): SourceLocation | undefined;
  readonly strict: boolean;
  report(severity: Severity, message: string, location: SourceLocation | undefined, code: string): void;
}

export type ValidationRule = (context: ValidationContext) => void;

export function createValidationContext(options: {
  shapes: ReadonlyMap<ShapeId, Shape>;
  checked: readonly Shape[];
  flat: (shape: Shape) => Shape;
  versionOf: (id: ShapeId) => SmithyVersion | undefined;
  traitLocation: (target: ShapeId, trait: ShapeId) => SourceLocation | undefined;
  strict: boolean;
  diagnostics: Diagnostic[];
}): ValidationContext {
  return {
    shapes: options.shapes,
    checked: options.checked,
    flat: options.flat,
    versionOf: options.versionOf,
    traitLocation: options.traitLocation,
    strict: options.strict,
    report(severity, message, location, code) {
      options.diagnostics.push({ severity, message, location, code });
    },
  };
}

/** A member's own location, else its shape's. */
export function memberLocation(member: MemberShape, shape: Shape): SourceLocation | undefined {
  return member.location ?? shape.location;
}

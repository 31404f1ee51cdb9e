import { hasTrait } from "../../model/model.js";
import { isNodeObject, nodeNumberValue, type NodeValue } from "../../model/node.js";
import type { MemberShape, Shape, SimpleType, Traits } from "../../model/shapes.js";

/** Inclusive bounds; an absent side is unbounded. */
export interface Bounds {
  readonly min?: number;
  readonly max?: number;
}

/** The constraint traits that restrict a value, as they apply at one use of a shape. */
export interface Constraints {
  /** `@length`: code points of a string, bytes of a blob, items of a list, entries of a map. */
  readonly length?: Bounds;
  /** `@range` of a number. */
  readonly range?: Bounds;
  /** `@pattern` of a string, as the model writes it. */
  readonly pattern?: string;
}

function bounds(node: NodeValue | undefined): Bounds | undefined {
  if (!isNodeObject(node)) return undefined;
  const out: { min?: number; max?: number } = {};
  // A bound beyond 2^53 (a bigint) is rounded: generated checks compare JS numbers.
  const min = nodeNumberValue(node.min);
  const max = nodeNumberValue(node.max);
  if (min !== undefined) out.min = min;
  if (max !== undefined) out.max = max;
  return out.min === undefined && out.max === undefined ? undefined : out;
}

function readConstraints(traits: Traits): Constraints {
  const length = bounds(traits["smithy.api#length"]);
  const range = bounds(traits["smithy.api#range"]);
  const pattern = traits["smithy.api#pattern"];
  return {
    ...(length ? { length } : {}),
    ...(range ? { range } : {}),
    ...(typeof pattern === "string" ? { pattern } : {}),
  };
}

/** The constraint traits written on a member itself (which override its target's). */
export function memberConstraints(member: MemberShape): Constraints {
  return readConstraints(member.traits);
}

/**
 * The constraints of a shape, with those of the member that targets it (if any) taking
 * precedence trait by trait, as Smithy specifies for member-level constraint traits.
 */
export function constraintsOf(shape: Shape, member?: MemberShape): Constraints {
  return { ...readConstraints(shape.traits), ...(member ? memberConstraints(member) : {}) };
}

/** Whether a member adds constraint traits of its own to its target's. */
export function memberHasConstraints(member: MemberShape): boolean {
  return ["smithy.api#length", "smithy.api#range", "smithy.api#pattern"].some((trait) => hasTrait(member, trait));
}

export function hasConstraints(constraints: Constraints): boolean {
  return constraints.length !== undefined || constraints.range !== undefined || constraints.pattern !== undefined;
}

/** The values of each integer type, clamped to what a JavaScript number holds exactly. */
export const INTEGER_LIMITS: Readonly<Partial<Record<SimpleType, Required<Bounds>>>> = {
  byte: { min: -128, max: 127 },
  short: { min: -32768, max: 32767 },
  integer: { min: -2147483648, max: 2147483647 },
  long: { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },
};

/** An integer type's bounds narrowed by `@range` (fractional bounds rounded inwards). */
export function integerBounds(type: SimpleType, range: Bounds | undefined): Required<Bounds> {
  const limits = INTEGER_LIMITS[type] ?? INTEGER_LIMITS.long!;
  const min = range?.min === undefined ? limits.min : Math.max(limits.min, Math.ceil(range.min));
  const max = range?.max === undefined ? limits.max : Math.min(limits.max, Math.floor(range.max));
  return { min, max };
}

export function isSparse(shape: Shape): boolean {
  return hasTrait(shape, "smithy.api#sparse");
}

/** `@uniqueItems`, and Smithy 1.0 sets, whose items are unique by definition. */
export function hasUniqueItems(shape: Shape): boolean {
  return shape.type === "set" || hasTrait(shape, "smithy.api#uniqueItems");
}

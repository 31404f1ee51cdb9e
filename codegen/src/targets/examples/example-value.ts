import type { Model } from "../../model/model.js";
import type { ShapeId } from "../../model/shape-id.js";
import { UNIT, type MemberShape, type MembersShape, type Shape } from "../../model/shapes.js";
import { constraintsOf, integerBounds, type Bounds } from "../types/constraints.js";
import { enumEntries, isEnumLike } from "../types/enum-values.js";
import { memberProperties } from "../types/member-names.js";
import { isRequiredMember } from "../types/members.js";
import { exampleString, satisfiesString } from "./example-string.js";

/**
 * A value of a shape for documentation examples, as a small tree that
 * {@link printExample} turns into TypeScript. Objects hold the generated types' property names
 * (a member `constructor` is the property `constructor_`), not the wire names.
 */
export type ExampleValue =
  | { readonly kind: "object"; readonly entries: readonly ExampleEntry[] }
  | { readonly kind: "array"; readonly items: readonly ExampleValue[] }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "bigint"; readonly value: bigint }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** A `Date` of an ISO 8601 text. */
  | { readonly kind: "timestamp"; readonly iso: string }
  /** A `Uint8Array` of the UTF-8 bytes of `text`. */
  | { readonly kind: "blob"; readonly text: string }
  /** A `NumericValue` of `@smithy/core/serde`, the generated type of a bigDecimal. */
  | { readonly kind: "bigDecimal"; readonly value: string }
  /** A `DocumentType`: the empty JSON object. */
  | { readonly kind: "document" };

export interface ExampleEntry {
  readonly key: string;
  readonly value: ExampleValue;
}

/** The one fixed instant of every example timestamp: examples must not change from run to run. */
export const EXAMPLE_TIMESTAMP = "2024-01-01T00:00:00.000Z";

/**
 * An example value of shape `id` (as it appears at `member`, whose constraints override the
 * shape's): the members the generated type requires and nothing else, so that the example
 * type-checks against the generated interface and stays short. Members are required by the types
 * target's own rule ({@link isRequiredMember}), so the two cannot disagree. Collections get as
 * many items as `@length` requires (at least none), a union its first member that can be built,
 * an enum its first value; strings match `@pattern` where {@link exampleString} finds a match.
 *
 * Terminates on recursive shapes: a structure or union already being built further up is not
 * entered again; a collection that would need one stays empty, and a union takes another member.
 * Smithy rejects models whose recursion passes only through required structure members, so a
 * value always exists; for a model that breaks that rule, the innermost structure is left empty.
 */
export function exampleValue(model: Model, id: ShapeId, member?: MemberShape): ExampleValue {
  return build(model, id, member, new Set()) ?? { kind: "object", entries: [] };
}

/** Undefined when the value would have to contain a shape that is being built further up. */
function build(model: Model, id: ShapeId, member: MemberShape | undefined, building: Set<ShapeId>): ExampleValue | undefined {
  if (id === UNIT) return { kind: "object", entries: [] };
  const shape = model.expectShape(id, member?.location);
  if (isEnumLike(shape)) return enumValue(shape);
  const constraints = constraintsOf(shape, member);
  switch (shape.type) {
    case "structure":
    case "union": {
      if (building.has(id)) return undefined;
      building.add(id);
      try {
        return shape.type === "structure" ? structureValue(model, shape, building) : unionValue(model, shape, building);
      } finally {
        building.delete(id);
      }
    }
    case "list":
    case "set": {
      const count = constraints.length?.min ?? 0;
      if (count === 0) return { kind: "array", items: [] };
      const item = build(model, shape.member.target, shape.member, building);
      return { kind: "array", items: item ? Array.from({ length: count }, () => item) : [] };
    }
    case "map": {
      const count = constraints.length?.min ?? 0;
      if (count === 0) return { kind: "object", entries: [] };
      const value = build(model, shape.value.target, shape.value, building);
      if (!value) return { kind: "object", entries: [] };
      return { kind: "object", entries: mapKeys(model, shape.key, count).map((key) => ({ key, value })) };
    }
    case "string":
      return { kind: "string", value: exampleString(constraints).value };
    case "boolean":
      return { kind: "boolean", value: true };
    case "blob":
      return { kind: "blob", text: exampleString({ ...(constraints.length ? { length: constraints.length } : {}) }).value };
    case "timestamp":
      return { kind: "timestamp", iso: EXAMPLE_TIMESTAMP };
    case "byte":
    case "short":
    case "integer":
    case "long": {
      const { min, max } = integerBounds(shape.type, constraints.range);
      return { kind: "number", value: clamp(1, { min, max }) };
    }
    case "float":
    case "double":
      return { kind: "number", value: clamp(1, constraints.range) };
    case "bigInteger": {
      const { min, max } = constraints.range ?? {};
      const bounds = { ...(min !== undefined ? { min: Math.ceil(min) } : {}), ...(max !== undefined ? { max: Math.floor(max) } : {}) };
      return { kind: "bigint", value: BigInt(clamp(1, bounds)) };
    }
    case "bigDecimal":
      return { kind: "bigDecimal", value: String(clamp(1, constraints.range)) };
    case "document":
      return { kind: "document" };
    default:
      throw new Error(`generator bug: no example value for the ${shape.type} ${id}`);
  }
}

/**
 * 1 within `bounds`: a count, a limit or a size of 1 reads as a real request (0 often means
 * "none" or is out of range), and the nearest bound otherwise.
 */
function clamp(value: number, bounds: Bounds | undefined): number {
  if (bounds?.min !== undefined && value < bounds.min) return bounds.min;
  if (bounds?.max !== undefined && value > bounds.max) return bounds.max;
  return value;
}

function structureValue(model: Model, shape: MembersShape, building: Set<ShapeId>): ExampleValue | undefined {
  const entries: ExampleEntry[] = [];
  for (const { member, property } of memberProperties(model, shape)) {
    if (!isRequiredMember(member)) continue;
    const value = build(model, member.target, member, building);
    if (!value) return undefined;
    entries.push({ key: property, value });
  }
  return { kind: "object", entries };
}

/** The first member (in model order) whose value can be built: exactly one key, as the tagged union type wants. */
function unionValue(model: Model, shape: MembersShape, building: Set<ShapeId>): ExampleValue | undefined {
  for (const { member, property } of memberProperties(model, shape)) {
    const value = build(model, member.target, member, building);
    if (value) return { kind: "object", entries: [{ key: property, value }] };
  }
  return undefined;
}

function enumValue(shape: Shape): ExampleValue {
  const first = enumEntries(shape)[0];
  if (shape.type === "intEnum") return { kind: "number", value: typeof first?.value === "number" ? first.value : 0 };
  return { kind: "string", value: first === undefined ? "" : String(first.value) };
}

/**
 * `count` distinct keys for a map (fewer when the key shape does not allow as many): the enum's
 * values in order, or the example string and variants of it that still satisfy the key's
 * constraints (`example2`, `examplea`, `exampla`, ...).
 */
function mapKeys(model: Model, key: MemberShape, count: number): string[] {
  const shape = model.expectShape(key.target, key.location);
  if (isEnumLike(shape)) return enumEntries(shape).slice(0, count).map((entry) => String(entry.value));
  const constraints = constraintsOf(shape, key);
  const first = exampleString(constraints).value;
  const keys = new Set([first]);
  const letters = "abcdefghijklmnopqrstuvwxyz";
  for (let n = 2; keys.size < count && n < 2 + 2 * letters.length; n++) {
    const letter = letters[(n - 2) % letters.length]!;
    for (const candidate of [`${first}${n}`, `${first}${letter}`, `${first.slice(0, -1)}${letter}`]) {
      if (keys.size < count && satisfiesString(candidate, constraints)) keys.add(candidate);
    }
  }
  return [...keys];
}

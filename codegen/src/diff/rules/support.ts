import { nodeToJson } from "../../model/node-json.js";
import { compareCodeUnits, nodeEquals, sortNode, type NodeValue } from "../../model/node.js";
import { PRELUDE_NAMESPACE, shapeIdName, shapeIdNamespace, type ShapeId } from "../../model/shape-id.js";
import type { MemberShape, Shape, Traits } from "../../model/shapes.js";
import type { ModelFact } from "../change.js";
import type { Differences } from "../differences.js";

/** Where a change is reported: the shape, and the member name when it is about a member. */
export interface ChangeLocation {
  readonly shape: ShapeId;
  readonly member: string | null;
}

export function isMember(target: Shape | MemberShape): target is MemberShape {
  return target.type === "member";
}

export function locate(target: Shape | MemberShape): ChangeLocation {
  return isMember(target) ? { shape: target.container, member: target.name } : { shape: target.id, member: null };
}

export const everything = (id: ShapeId): ModelFact => ({ id, aspect: "*" });
export const traitFact = (id: ShapeId, traitId: ShapeId): ModelFact => ({ id, aspect: `trait:${traitId}` });

/** `@jsonName` for prelude traits, `@aws.auth#sigv4` for the others. */
export function traitLabel(traitId: ShapeId): string {
  return `@${shapeIdNamespace(traitId) === PRELUDE_NAMESPACE ? shapeIdName(traitId) : traitId}`;
}

/** Compact, key-sorted JSON of a node value, shortened when long. */
export function formatNode(value: NodeValue | undefined, limit = 160): string {
  if (value === undefined) return "nothing";
  const text = nodeToJson(sortNode(value));
  return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}

export type TraitChangeKind = "added" | "removed" | "changed";

export function traitChange(oldTraits: Traits, newTraits: Traits, traitId: ShapeId): TraitChangeKind | undefined {
  const had = Object.prototype.hasOwnProperty.call(oldTraits, traitId);
  const has = Object.prototype.hasOwnProperty.call(newTraits, traitId);
  if (had && !has) return "removed";
  if (!had && has) return "added";
  if (had && has && !nodeEquals(oldTraits[traitId], newTraits[traitId])) return "changed";
  return undefined;
}

/** A shape or member present on both sides, with its two versions. */
export interface TraitBearerPair {
  readonly id: ShapeId;
  readonly old: Shape | MemberShape;
  readonly new: Shape | MemberShape;
}

/** Every changed shape and member on both sides, shapes first within a container. */
export function traitBearers(differences: Differences): TraitBearerPair[] {
  const out: TraitBearerPair[] = differences.changedShapes.map((c) => ({ id: c.id, old: c.old, new: c.new }));
  for (const m of differences.changedMembers) out.push({ id: m.new.id, old: m.old, new: m.new });
  return out;
}

/** The trait ids that differ between the two versions, sorted. */
export function changedTraitIds(pair: TraitBearerPair): ShapeId[] {
  const ids = new Set([...Object.keys(pair.old.traits), ...Object.keys(pair.new.traits)]);
  return [...ids].filter((id) => traitChange(pair.old.traits, pair.new.traits, id) !== undefined).sort(compareCodeUnits);
}

export const code = (text: string | number): string => `\`${text}\``;

import { compareCodeUnits } from "../model/node.js";
import type { ShapeId } from "../model/shape-id.js";

/**
 * How much a model change matters to someone who uses the generated packages:
 * `breaking` code that compiled or worked before may not any more, `feature` something was added,
 * `patch` nothing a caller can rely on changed (documentation, constraints the service enforces).
 */
export type ChangeSeverity = "breaking" | "feature" | "patch";

/** The semver bump a severity calls for. */
export type BumpLevel = "major" | "minor" | "patch";

/** Lowest first. */
export const SEVERITIES: readonly ChangeSeverity[] = ["patch", "feature", "breaking"];

const BUMPS: Readonly<Record<ChangeSeverity, BumpLevel>> = { breaking: "major", feature: "minor", patch: "patch" };

export function severityRank(severity: ChangeSeverity): number {
  return SEVERITIES.indexOf(severity);
}

export function maxSeverity(a: ChangeSeverity, b: ChangeSeverity): ChangeSeverity {
  return severityRank(a) >= severityRank(b) ? a : b;
}

export function bumpFor(severity: ChangeSeverity): BumpLevel {
  return BUMPS[severity];
}

export function isChangeSeverity(text: string): text is ChangeSeverity {
  return (SEVERITIES as readonly string[]).includes(text);
}

/**
 * One fact about a model that generated code can depend on: an aspect of a shape or member.
 * Aspects are a property name (`type`, `target`, `members`, `errors`, `input`, `operations`,
 * `version`, ...), `trait:<trait id>` for one applied trait, or `*` for everything about it.
 * The package mapping matches the facts a change alters against the facts each target read.
 */
export interface ModelFact {
  readonly id: ShapeId;
  readonly aspect: string;
}

/** One difference between two models, judged by one rule. */
export interface ModelChange {
  /** The rule that found it, e.g. `AddedEnumValue`. */
  readonly rule: string;
  readonly severity: ChangeSeverity;
  /** The shape the change is about (the container when it is about a member). */
  readonly shape: ShapeId;
  readonly member: string | null;
  readonly message: string;
  /** What the change alters, for mapping it to the generated packages. */
  readonly alters: readonly ModelFact[];
}

/** Shape id, then member (a change of the shape itself first), then message; code-unit order. */
export function compareChanges(a: ModelChange, b: ModelChange): number {
  return (
    compareCodeUnits(a.shape, b.shape) ||
    // member names are never empty, so a change of the shape itself sorts first
    compareCodeUnits(a.member ?? "", b.member ?? "") ||
    compareCodeUnits(a.message, b.message) ||
    compareCodeUnits(a.rule, b.rule)
  );
}

/** The id a change is about: `ns#Shape` or `ns#Shape$member`. */
export function changeTargetId(change: Pick<ModelChange, "shape" | "member">): ShapeId {
  return change.member === null ? change.shape : `${change.shape}$${change.member}`;
}

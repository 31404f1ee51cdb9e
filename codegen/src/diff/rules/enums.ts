import { memberId, type ShapeId } from "../../model/shape-id.js";
import type { Shape } from "../../model/shapes.js";
import type { ChangeSeverity, ModelFact } from "../change.js";
import type { Differences } from "../differences.js";
import { enumValuesOf } from "./enum-values.js";
import type { DiffRule, Report } from "./rule.js";
import { code, everything, traitFact } from "./support.js";

type EnumEvent = "added" | "removed" | "changed";

interface EnumEntryChange {
  readonly event: EnumEvent;
  readonly name: string;
  readonly message: string;
}

/** The facts an enum entry change alters: the member (enum shapes) or the `@enum` trait (strings). */
function altersOf(shape: Shape, name: string): ModelFact[] {
  if (shape.type === "enum" || shape.type === "intEnum") return [{ id: shape.id, aspect: "members" }, everything(memberId(shape.id, name))];
  return [traitFact(shape.id, "smithy.api#enum")];
}

function formatValue(value: string | number): string {
  return typeof value === "number" ? String(value) : code(value);
}

/** Entry-level differences of one enum-like shape present on both sides with the same kind. */
function entryChanges(oldShape: Shape, newShape: Shape): EnumEntryChange[] {
  const before = enumValuesOf(oldShape);
  const after = enumValuesOf(newShape);
  if (!before || !after) return [];
  const oldNames = new Map<string | number, string>();
  for (const [name, value] of before) oldNames.set(value, name);
  const newNames = new Map<string | number, string>();
  for (const [name, value] of after) newNames.set(value, name);
  const out: EnumEntryChange[] = [];
  for (const [name, value] of before) {
    const now = after.get(name);
    if (now === undefined) {
      const renamed = newNames.get(value);
      out.push(
        renamed === undefined
          ? { event: "removed", name, message: `Enum value ${formatValue(value)} (${code(name)}) was removed.` }
          : { event: "changed", name, message: `Enum value ${formatValue(value)} was renamed from ${code(name)} to ${code(renamed)}.` },
      );
    } else if (now !== value) {
      out.push({ event: "changed", name, message: `Enum member ${code(name)} changed its value from ${formatValue(value)} to ${formatValue(now)}.` });
    }
  }
  for (const [name, value] of after) {
    if (!before.has(name) && !oldNames.has(value)) {
      out.push({ event: "added", name, message: `Enum value ${formatValue(value)} (${code(name)}) was added.` });
    }
  }
  return out;
}

function evaluateEnums(d: Differences, event: EnumEvent, severity: ChangeSeverity, report: Report): void {
  for (const change of d.changedShapes) {
    if (change.old.type !== change.new.type) continue;
    for (const entry of entryChanges(change.old, change.new)) {
      if (entry.event !== event) continue;
      const isEnumShape = change.new.type === "enum" || change.new.type === "intEnum";
      report({
        severity,
        shape: change.id,
        member: isEnumShape ? entry.name : null,
        message: entry.message,
        alters: [...altersOf(change.old, entry.name), ...altersOf(change.new, entry.name)],
      });
    }
  }
}

const ENUM_TRAITS: readonly ShapeId[] = ["smithy.api#enum", "smithy.api#enumValue"];

export const addedEnumValue: DiffRule = {
  id: "AddedEnumValue",
  severities: ["feature"],
  reason:
    "Generated enums are `as const` objects plus an open union of their values, so a new value adds a constant " +
    "and nothing else; deserializers already pass unknown values through. Inserting it before the end is no " +
    "different (smithy-diff flags that for languages with ordinals; TypeScript's values are strings or explicit numbers).",
  traits: ENUM_TRAITS,
  evaluate: (d, report) => evaluateEnums(d, "added", "feature", report),
};

export const removedEnumValue: DiffRule = {
  id: "RemovedEnumValue",
  severities: ["breaking"],
  reason: "The constant disappears from the generated enum object, and code using it stops compiling.",
  traits: ENUM_TRAITS,
  evaluate: (d, report) => evaluateEnums(d, "removed", "breaking", report),
};

export const changedEnumValue: DiffRule = {
  id: "ChangedEnumValue",
  severities: ["breaking"],
  reason:
    "A member whose value changed sends a different string on the wire; a value whose member was renamed " +
    "changes the constant's TypeScript name.",
  traits: ENUM_TRAITS,
  evaluate: (d, report) => evaluateEnums(d, "changed", "breaking", report),
};

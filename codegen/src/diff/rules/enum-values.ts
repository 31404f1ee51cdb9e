import { getTrait } from "../../model/model.js";
import { isNodeArray, isNodeObject } from "../../model/node.js";
import type { Shape } from "../../model/shapes.js";

/**
 * The named values of an enum-like shape: an `enum` (a member without `@enumValue` has its name
 * as value), an `intEnum`, or a Smithy 1.0 string with `@enum` (an entry without a name is keyed
 * by its value). Undefined for anything else.
 */
export function enumValuesOf(shape: Shape): Map<string, string | number> | undefined {
  if (shape.type === "enum" || shape.type === "intEnum") {
    const out = new Map<string, string | number>();
    for (const member of shape.members.values()) {
      const value = getTrait(member, "smithy.api#enumValue");
      out.set(member.name, typeof value === "string" || typeof value === "number" ? value : member.name);
    }
    return out;
  }
  const legacy = shape.type === "string" ? getTrait(shape, "smithy.api#enum") : undefined;
  if (!isNodeArray(legacy)) return undefined;
  const out = new Map<string, string | number>();
  for (const entry of legacy) {
    if (!isNodeObject(entry) || typeof entry.value !== "string") continue;
    out.set(typeof entry.name === "string" ? entry.name : entry.value, entry.value);
  }
  return out;
}

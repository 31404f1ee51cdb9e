import { getTrait, hasTrait } from "../../model/model.js";
import { isNodeArray, isNodeObject, type NodeValue } from "../../model/node.js";
import type { Shape } from "../../model/shapes.js";
import { documentationOf } from "../../core/symbols.js";

/** One known value of an enum, intEnum, or string with the Smithy 1.0 `@enum` trait. */
export interface EnumEntry {
  /** The key in the generated `as const` object. */
  readonly key: string;
  readonly value: string | number;
  readonly documentation?: string;
  /** `@deprecated` of the member, or `deprecated: true` of an `@enum` entry. */
  readonly deprecated?: NodeValue;
}

/** Whether the shape becomes an `as const` object and an open union type. */
export function isEnumLike(shape: Shape): boolean {
  return shape.type === "enum" || shape.type === "intEnum" || (shape.type === "string" && hasTrait(shape, "smithy.api#enum"));
}

/** The known values, in model order. */
export function enumEntries(shape: Shape): EnumEntry[] {
  if (shape.type === "enum" || shape.type === "intEnum") {
    return [...shape.members.values()].map((member) => {
      const explicit = getTrait(member, "smithy.api#enumValue");
      const value = typeof explicit === "string" || typeof explicit === "number" ? explicit : member.name;
      const documentation = documentationOf(member);
      const deprecated = getTrait(member, "smithy.api#deprecated");
      return {
        key: member.name,
        value,
        ...(documentation !== undefined ? { documentation } : {}),
        ...(deprecated !== undefined ? { deprecated } : {}),
      };
    });
  }
  const trait = getTrait(shape, "smithy.api#enum");
  if (!isNodeArray(trait)) return [];
  const out: EnumEntry[] = [];
  for (const definition of trait) {
    if (!isNodeObject(definition) || typeof definition.value !== "string") continue;
    const key = typeof definition.name === "string" ? definition.name : definition.value;
    out.push({
      key,
      value: definition.value,
      ...(typeof definition.documentation === "string" ? { documentation: definition.documentation } : {}),
      ...(definition.deprecated === true ? { deprecated: {} } : {}),
    });
  }
  return out;
}

/** Whether the enum's values are numbers (intEnum). */
export function isIntEnum(shape: Shape): boolean {
  return shape.type === "intEnum";
}

import { hasTrait } from "../../model/model.js";
import { nodeToJson } from "../../model/node-json.js";
import { isNodeInteger, isNodeNumber } from "../../model/node.js";
import type { ValidationRule } from "./context.js";

const ENUM_VALUE = "smithy.api#enumValue";
const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

/**
 * Enum shapes have at least one member; a string enum's values are non-empty distinct
 * strings, an intEnum's values distinct integers that fit in 32 bits.
 */
export const validateEnums: ValidationRule = (context) => {
  for (const shape of context.checked) {
    if (shape.type !== "enum" && shape.type !== "intEnum") continue;
    const flat = context.flat(shape);
    if (flat.type !== "enum" && flat.type !== "intEnum") continue;
    if (flat.members.size === 0 && !hasTrait(shape, "smithy.api#mixin")) {
      const message = shape.type === "enum" ? `${shape.id}: enum must have at least one entry` : `${shape.id}: intEnum shapes must have at least one member`;
      context.report("error", message, shape.location, "Model");
      continue;
    }
    const seen = new Map<string, string>();
    for (const member of flat.members.values()) {
      const location = context.traitLocation(member.id, ENUM_VALUE) ?? member.location ?? shape.location;
      const value = member.traits[ENUM_VALUE];
      const problem =
        shape.type === "enum"
          ? typeof value !== "string"
            ? `enum members can only be assigned string values, but found: ${nodeToJson(value ?? null)}`
            : value === ""
              ? "enum values may not be empty"
              : undefined
          : !isNodeNumber(value)
            ? `intEnum members require integer values, but found: ${nodeToJson(value ?? null)}`
            : !isNodeInteger(value)
              ? "intEnum members do not support floating point values"
              : value < INT_MIN || value > INT_MAX
                ? `intEnum members must fit within an integer, but found: ${value}`
                : undefined;
      if (problem) {
        context.report("error", `${member.id}: ${problem}`, location, "Enum");
        continue;
      }
      const key = String(value);
      const previous = seen.get(key);
      if (previous !== undefined) {
        context.report("error", `${member.id}: the value ${nodeToJson(value!)} is already used by member \`${previous}\``, location, "Enum");
      } else {
        seen.set(key, member.name);
      }
    }
  }
};

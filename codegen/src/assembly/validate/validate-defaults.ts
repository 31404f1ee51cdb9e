import { nodeToJson } from "../../model/node-json.js";
import { isNodeInteger, isNodeNumber, isNodeObject, type NodeValue } from "../../model/node.js";
import type { ShapeId } from "../../model/shape-id.js";
import { isMembersShape, type Shape } from "../../model/shapes.js";
import type { ValidationContext, ValidationRule } from "./context.js";

const DEFAULT = "smithy.api#default";

// bigints, so that a long's bounds are exact (a JS number would round them to 2^63)
const INTEGER_RANGES: Readonly<Record<string, readonly [bigint, bigint]>> = {
  byte: [BigInt(-128), BigInt(127)],
  short: [BigInt(-32768), BigInt(32767)],
  integer: [BigInt("-2147483648"), BigInt("2147483647")],
  long: [BigInt("-9223372036854775808"), BigInt("9223372036854775807")],
};

/**
 * `@default` values (also written `= value`) must fit their shape: a string for strings,
 * enums (one of their values) and blobs, a number in range for numbers, a boolean for
 * booleans, an empty list or map for collections; `null` only says a member has no default.
 */
export const validateDefaults: ValidationRule = (context) => {
  for (const shape of context.checked) {
    // The defaults a 1.0 shape gets from the upgrade are Smithy's own zero values, not the user's.
    if (context.versionOf(shape.id) !== "1.0" && Object.prototype.hasOwnProperty.call(shape.traits, DEFAULT)) {
      check(context, shape.id, shape.traits[DEFAULT]!, shape, false);
    }
    if (!isMembersShape(shape) || shape.type === "enum" || shape.type === "intEnum") continue;
    const flat = context.flat(shape);
    if (!isMembersShape(flat)) continue;
    // The shape's own members (inherited ones are checked on their mixin), with their full traits.
    for (const own of shape.members.values()) {
      const member = flat.members.get(own.name);
      if (!member) continue;
      const hasDefault = Object.prototype.hasOwnProperty.call(member.traits, DEFAULT);
      // @addedDefault records that a default came later; without a default it means nothing.
      if (!hasDefault && Object.prototype.hasOwnProperty.call(member.traits, "smithy.api#addedDefault")) {
        context.report("error", `${member.id}: @addedDefault can only be used with @default`, own.location ?? shape.location, "Default");
      }
      if (!hasDefault) continue;
      const target = context.shapes.get(member.target);
      if (target) check(context, member.id, member.traits[DEFAULT]!, target, true, own.location ?? shape.location);
    }
  }
};

function check(context: ValidationContext, id: ShapeId, value: NodeValue, target: Shape, isMember: boolean, location = target.location): void {
  if (value === null && isMember) return;
  const problem = describeProblem(context, value, target);
  if (problem) {
    context.report("error", `${id}: invalid @default value ${nodeToJson(value)}: ${problem}`, context.traitLocation(id, DEFAULT) ?? location, "Default");
  }
}

function describeProblem(context: ValidationContext, value: NodeValue, target: Shape): string | undefined {
  switch (target.type) {
    case "boolean":
      return typeof value === "boolean" ? undefined : "expected a boolean";
    case "string":
    case "blob":
      return typeof value === "string" ? undefined : "expected a string";
    case "enum": {
      if (typeof value !== "string") return "expected a string";
      return enumValues(context, target).includes(value) ? undefined : `expected one of the values of \`${target.id}\``;
    }
    case "intEnum": {
      if (typeof value !== "number") return "expected a number";
      return enumValues(context, target).includes(value) ? undefined : `expected one of the values of \`${target.id}\``;
    }
    case "byte":
    case "short":
    case "integer":
    case "long": {
      if (!isNodeInteger(value)) return "expected an integer";
      const [min, max] = INTEGER_RANGES[target.type]!;
      return value >= min && value <= max ? undefined : `expected a ${target.type} between ${min} and ${max}`;
    }
    case "bigInteger":
      return isNodeInteger(value) ? undefined : "expected an integer";
    case "float":
    case "double":
    case "bigDecimal":
      return isNodeNumber(value) ? undefined : "expected a number";
    case "timestamp":
      return isNodeNumber(value) || typeof value === "string" ? undefined : "expected a number or a string";
    case "document":
      return undefined;
    case "list":
    case "set":
      return Array.isArray(value) && value.length === 0 ? undefined : "a list can only default to an empty list";
    case "map":
      return isNodeObject(value) && Object.keys(value).length === 0 ? undefined : "a map can only default to an empty map";
    default:
      return `${target.type} shapes cannot have a default value`;
  }
}

function enumValues(context: ValidationContext, shape: Shape): NodeValue[] {
  const flat = context.flat(shape);
  return isMembersShape(flat) ? [...flat.members.values()].map((m) => m.traits["smithy.api#enumValue"] ?? m.name) : [];
}

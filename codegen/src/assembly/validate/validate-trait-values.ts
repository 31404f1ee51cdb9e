import { hasTrait } from "../../model/model.js";
import { nodeToJson } from "../../model/node-json.js";
import { isNodeInteger, isNodeNumber, isNodeObject, type NodeValue } from "../../model/node.js";
import type { ShapeId } from "../../model/shape-id.js";
import { isMembersShape, membersOf, UNIT, type Shape, type Traits } from "../../model/shapes.js";
import type { ValidationContext, ValidationRule } from "./context.js";
import { constraintProblem, type ConstraintProblem } from "./trait-value-constraints.js";

/** Documents and the trait shapes whose values other rules check more precisely. */
const SKIPPED_TRAITS: ReadonlySet<ShapeId> = new Set(["smithy.api#default", "smithy.api#enumValue"]);

/**
 * A trait's value must fit its definition shape: an object with the declared members (required
 * ones present) for a structure, one member for a union, an array for a list, a
 * string, number or boolean for those shapes, one of the values for an enum. Each value is
 * walked once, so the cost is linear in the size of the values. Where the value's type fits,
 * the constraint traits of the definition's shapes and members apply (`@length`, `@range`,
 * `@pattern`, `@idRef`: see trait-value-constraints.ts).
 */
export const validateTraitValues: ValidationRule = (context) => {
  const check = (target: ShapeId, traits: Traits, fallback: Shape["location"]): void => {
    for (const trait in traits) {
      if (SKIPPED_TRAITS.has(trait)) continue;
      const definition = context.shapes.get(trait);
      if (!definition || !hasTrait(definition, "smithy.api#trait")) continue;
      const problem = firstProblem(context, traits[trait]!, definition, `@${trait}`, {});
      if (problem) {
        const location = context.traitLocation(target, trait) ?? fallback;
        context.report(problem.severity, `${target}: invalid value for trait \`${trait}\`: ${problem.message}`, location, "TraitValue");
      }
    }
  };
  for (const shape of context.checked) {
    check(shape.id, shape.traits, shape.location);
    for (const member of membersOf(shape)) if (member) check(member.id, member.traits, member.location ?? shape.location);
  }
};

function describe(value: NodeValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `${typeof value === "bigint" ? "number" : typeof value} ${nodeToJson(value)}`;
}

/**
 * The first way `value` does not fit `shape` (reached through a member with `memberTraits`), as
 * `path: problem`, or undefined: first its type, then its constraints.
 */
function firstProblem(context: ValidationContext, value: NodeValue, shape: Shape, path: string, memberTraits: Traits): ConstraintProblem | undefined {
  const flat = context.flat(shape);
  const typeProblem = firstTypeProblem(context, value, flat, path);
  if (typeProblem !== undefined) return typeof typeProblem === "string" ? { severity: "error", message: typeProblem } : typeProblem;
  return constraintProblem(context, value, [memberTraits, flat.traits], path);
}

function firstTypeProblem(context: ValidationContext, value: NodeValue, flat: Shape, path: string): string | ConstraintProblem | undefined {
  const expected = (what: string): string => `${path}: expected ${what}, but found ${describe(value)}`;
  switch (flat.type) {
    case "document":
      return undefined;
    case "string":
    case "blob":
      return typeof value === "string" ? undefined : expected("a string");
    case "timestamp":
      return typeof value === "string" || isNodeNumber(value) ? undefined : expected("a timestamp");
    case "boolean":
      return typeof value === "boolean" ? undefined : expected("a boolean");
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "bigInteger":
      return isNodeInteger(value) ? undefined : expected("an integer");
    case "float":
    case "double":
    case "bigDecimal":
      return isNodeNumber(value) ? undefined : expected("a number");
    case "enum":
    case "intEnum": {
      const values = [...flat.members.values()].map((m) => m.traits["smithy.api#enumValue"]);
      return values.includes(value as string) ? undefined : expected(`one of ${values.map((v) => JSON.stringify(v)).join(", ")}`);
    }
    case "list":
    case "set": {
      if (!Array.isArray(value)) return expected("an array");
      const member = flat.member && context.shapes.get(flat.member.target);
      if (!member) return undefined;
      for (let i = 0; i < value.length; i++) {
        const problem = firstProblem(context, value[i]!, member, `${path}[${i}]`, flat.member!.traits);
        if (problem) return problem;
      }
      return undefined;
    }
    case "map": {
      if (!isNodeObject(value)) return expected("an object");
      const keyShape = flat.key && context.shapes.get(flat.key.target);
      const target = flat.value && context.shapes.get(flat.value.target);
      for (const [key, entry] of Object.entries(value)) {
        if (keyShape) {
          const problem = constraintProblem(context, key, [flat.key!.traits, context.flat(keyShape).traits], `${path} key ${JSON.stringify(key)}`);
          if (problem) return problem;
        }
        if (!target) continue;
        const problem = firstProblem(context, entry, target, `${path}.${key}`, flat.value!.traits);
        if (problem) return problem;
      }
      return undefined;
    }
    case "structure":
    case "union": {
      if (flat.id === UNIT) return undefined;
      if (!isNodeObject(value)) return expected("an object");
      if (!isMembersShape(flat)) return undefined;
      const keys = Object.keys(value);
      if (flat.type === "union" && keys.length !== 1) return `${path}: a union value must set exactly one member, but found ${keys.length}`;
      for (const key of keys) {
        const member = flat.members.get(key);
        // Smithy only warns about unknown members, and real models carry some (e.g. a
        // `maxResults` in @paginated); they mean nothing to a generator, so they pass silently.
        if (!member) continue;
        // A null member value means the member is not set.
        if (value[key] === null) continue;
        const target = context.shapes.get(member.target);
        if (!target) continue;
        const problem = firstProblem(context, value[key]!, target, `${path}.${key}`, member.traits);
        if (problem) return problem;
      }
      for (const member of flat.members.values()) {
        const present = Object.prototype.hasOwnProperty.call(value, member.name) && value[member.name] !== null;
        if (!present && hasTrait(member, "smithy.api#required") && !hasTrait(member, "smithy.api#default")) {
          return `${path}: missing required member \`${member.name}\``;
        }
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

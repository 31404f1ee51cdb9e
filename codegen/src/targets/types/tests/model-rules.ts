import type { PackageBuilder } from "../../../core/generated-package.js";
import type { TargetContext } from "../../../core/target.js";
import { isErrorShape } from "../../../core/symbols.js";
import { hasTrait } from "../../../model/model.js";
import { compareCodeUnits } from "../../../model/node.js";
import type { MemberShape, Shape, StructureShape, UnionShape } from "../../../model/shapes.js";
import { constraintsOf, hasUniqueItems, isSparse, memberConstraints, type Bounds, type Constraints } from "../constraints.js";
import { memberProperties } from "../member-names.js";
import { enumEntries, isEnumLike } from "../enum-values.js";
import { isRequiredMember } from "../members.js";
import { ecmaPattern } from "../patterns.js";

export const MODEL_RULES_FILE = "test/support/model-rules.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function boundsJson(bounds: Bounds | undefined): Json | undefined {
  if (!bounds) return undefined;
  const out: { [key: string]: Json } = {};
  if (bounds.min !== undefined) out.min = bounds.min;
  if (bounds.max !== undefined) out.max = bounds.max;
  return out;
}

/** The constraints as the checker reads them; patterns as RegExp source and flags. */
function constraintsJson(constraints: Constraints): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  const length = boundsJson(constraints.length);
  const range = boundsJson(constraints.range);
  if (length) out.length = length;
  if (range) out.range = range;
  if (constraints.pattern !== undefined) {
    const pattern = ecmaPattern(constraints.pattern);
    if (pattern) out.pattern = { source: pattern.source, flags: pattern.flags };
  }
  return out;
}

function memberRule(member: MemberShape, property?: string): Json {
  const out: { [key: string]: Json } = { name: member.name, target: member.target };
  if (property !== undefined && property !== member.name) out.property = property;
  if (isRequiredMember(member)) out.required = true;
  // Constraint traits on the member itself override the target's, trait by trait.
  return { ...out, ...constraintsJson(memberConstraints(member)) };
}

/** The rule the checker applies to values of one shape. */
export function shapeRule(context: TargetContext, shape: Shape): Json {
  if (isEnumLike(shape)) {
    return { kind: shape.type === "intEnum" ? "intEnum" : "enum", values: enumEntries(shape).map((e) => e.value) };
  }
  switch (shape.type) {
    case "structure": {
      if (shape.id === "smithy.api#Unit") return { kind: "unit" };
      const members = memberProperties(context.model, shape as StructureShape).map((e) => memberRule(e.member, e.property));
      return { kind: "structure", ...(isErrorShape(shape) ? { error: true } : {}), members };
    }
    case "union":
      return {
        kind: "union",
        members: memberProperties(context.model, shape as UnionShape).map((e) => memberRule(e.member, e.property)),
        ...(hasTrait(shape, "smithy.api#streaming") ? { stream: true } : {}),
      };
    case "list":
    case "set":
      return {
        kind: "list",
        member: memberRule(shape.member),
        ...(isSparse(shape) ? { sparse: true } : {}),
        ...(hasUniqueItems(shape) ? { uniqueItems: true } : {}),
        ...constraintsJson(constraintsOf(shape)),
      };
    case "map":
      return {
        kind: "map",
        key: memberRule(shape.key),
        value: memberRule(shape.value),
        ...(isSparse(shape) ? { sparse: true } : {}),
        ...constraintsJson(constraintsOf(shape)),
      };
    case "byte":
    case "short":
    case "integer":
    case "long":
      return { kind: "integer", type: shape.type, ...constraintsJson(constraintsOf(shape)) };
    case "float":
    case "double":
      return { kind: "float", type: shape.type, ...constraintsJson(constraintsOf(shape)) };
    case "string":
    case "blob":
    case "bigInteger":
      return { kind: shape.type, ...constraintsJson(constraintsOf(shape)) };
    case "boolean":
    case "timestamp":
    case "document":
    case "bigDecimal":
      return { kind: shape.type };
    default:
      throw new Error(`generator bug: no value rule for the ${shape.type} ${shape.id}`);
  }
}

/** `test/support/model-rules.ts`: the constraints of every shape a value can have, as data. */
export function writeModelRulesFile(context: TargetContext, pkg: PackageBuilder): void {
  const file = pkg.tsFile(MODEL_RULES_FILE);
  const ruleType = file.type({ name: "ShapeRule", from: "test/support/check-constraints.ts" });
  const shapes = context.index.closure
    .filter((s) => s.type !== "operation" && s.type !== "service" && s.type !== "resource")
    .sort((a, b) => compareCodeUnits(a.id, b.id));
  file.doc(["The model's constraint traits for every shape of the service, read by `check-constraints.ts`."]);
  file.line(`export const MODEL_RULES: Readonly<Record<string, ${ruleType}>> = {`);
  file.indent(() => {
    for (const shape of shapes) file.line(`${JSON.stringify(shape.id)}: ${JSON.stringify(shapeRule(context, shape))},`);
  });
  file.line("};");
}

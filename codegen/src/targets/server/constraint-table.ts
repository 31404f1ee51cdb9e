import { propertyKey, stringLiteral } from "../../core/naming.js";
import type { TargetContext } from "../../core/target.js";
import type { TsFile } from "../../core/ts-file.js";
import { getTrait, hasTrait } from "../../model/model.js";
import type { MemberShape, Shape } from "../../model/shapes.js";
import { constraintsOf, hasUniqueItems, isSparse, memberHasConstraints, type Bounds } from "../types/constraints.js";
import { enumEntries, isEnumLike } from "../types/enum-values.js";
import { ecmaPattern } from "../types/patterns.js";

/** The runtime's name for the table's type. */
export interface ConstraintTableNames {
  /** `ConstraintTable`, as `file` refers to it. */
  readonly tableType: string;
  /** `lightsailConstraints` */
  readonly name: string;
}

/**
 * Whether a member is `@required` on the wire: present and not null in every request. A member with
 * a `@default` may be left out (the service applies the default), so it is not.
 */
export function requiredOnTheWire(member: MemberShape): boolean {
  if (!hasTrait(member, "smithy.api#required")) return false;
  const fallback = getTrait(member, "smithy.api#default");
  return fallback === undefined || fallback === null;
}

/**
 * `src/constraints.ts`: the model's constraints on the JSON of every shape the server reads or
 * writes, as data for `checkConstraints` of `@smithy-gen/aws-json-server`. One entry per structure,
 * union, list and map (they hold members to check, and the member names that exist), and per simple
 * shape with `@length`, `@range`, `@pattern` or enum values; a member with constraint traits of its
 * own gets an entry `Container$member`. Entries sorted by name.
 */
export function writeConstraintTable(context: TargetContext, file: TsFile, shapes: readonly Shape[], names: ConstraintTableNames): void {
  const { model, symbols } = context;
  const entries = new Map<string, string[]>();
  /** The member lines of structures and unions, one a line. */
  const memberLines = new Map<string, string[]>();
  const simpleEntry = (shape: Shape, member?: MemberShape): string[] | undefined => {
    const constraints = constraintsOf(shape, member);
    const fields: string[] = [];
    const bounds = (key: string, value: Bounds | undefined) => {
      if (!value) return;
      const parts = [...(value.min !== undefined ? [`min: ${value.min}`] : []), ...(value.max !== undefined ? [`max: ${value.max}`] : [])];
      fields.push(`${key}: { ${parts.join(", ")} }`);
    };
    switch (shape.type) {
      case "string":
      case "enum": {
        bounds("length", constraints.length);
        if (constraints.pattern !== undefined) {
          const pattern = ecmaPattern(constraints.pattern);
          if (pattern) {
            fields.push(`pattern: ${stringLiteral(pattern.source)}`);
            if (pattern.flags) fields.push(`patternFlags: ${stringLiteral(pattern.flags)}`);
          }
        }
        if (isEnumLike(shape)) fields.push(`enum: [${enumEntries(shape).map((entry) => stringLiteral(String(entry.value))).join(", ")}]`);
        return fields.length ? ['type: "string"', ...fields] : undefined;
      }
      case "byte":
      case "short":
      case "integer":
      case "long":
      case "float":
      case "double":
      case "bigInteger":
      case "bigDecimal":
      case "intEnum":
        bounds("range", constraints.range);
        if (shape.type === "intEnum") fields.push(`enum: [${enumEntries(shape).map((entry) => String(entry.value)).join(", ")}]`);
        return fields.length ? ['type: "number"', ...fields] : undefined;
      case "blob":
        bounds("length", constraints.length);
        return fields.length ? ['type: "blob"', ...fields] : undefined;
      default:
        return undefined;
    }
  };
  /** The entry a member (or list member, map key or value) refers to, made if needed. */
  const refOf = (container: Shape, member: MemberShape): string | undefined => {
    const target = model.expectShape(member.target);
    if (memberHasConstraints(member)) {
      const own = simpleEntry(target, member);
      if (own) {
        const name = `${symbols.shapeName(container.id)}$${member.name}`;
        entries.set(name, own);
        return name;
      }
    }
    return entryOf(target);
  };
  const visited = new Set<string>();
  const entryOf = (shape: Shape): string | undefined => {
    const name = symbols.shapeName(shape.id);
    if (visited.has(shape.id)) return entries.has(name) || isAggregate(shape) ? name : undefined;
    visited.add(shape.id);
    switch (shape.type) {
      case "structure":
      case "union": {
        const members = [...shape.members.values()].map((member) => {
          const ref = refOf(shape, member);
          const parts = [...(ref ? [`shape: ${stringLiteral(ref)}`] : []), ...(shape.type === "structure" && requiredOnTheWire(member) ? ["required: true"] : [])];
          return parts.length ? `${propertyKey(member.name)}: { ${parts.join(", ")} },` : `${propertyKey(member.name)}: {},`;
        });
        entries.set(name, [`type: ${stringLiteral(shape.type)}`]);
        memberLines.set(name, members);
        return name;
      }
      case "list":
      case "set": {
        const fields = ['type: "list"'];
        const ref = refOf(shape, shape.member);
        if (ref) fields.push(`member: ${stringLiteral(ref)}`);
        const length = constraintsOf(shape).length;
        if (length) fields.push(`length: { ${[...(length.min !== undefined ? [`min: ${length.min}`] : []), ...(length.max !== undefined ? [`max: ${length.max}`] : [])].join(", ")} }`);
        if (hasUniqueItems(shape)) fields.push("uniqueItems: true");
        if (isSparse(shape)) fields.push("sparse: true");
        entries.set(name, fields);
        return name;
      }
      case "map": {
        const fields = ['type: "map"'];
        const key = refOf(shape, shape.key);
        const value = refOf(shape, shape.value);
        if (key) fields.push(`key: ${stringLiteral(key)}`);
        if (value) fields.push(`value: ${stringLiteral(value)}`);
        const length = constraintsOf(shape).length;
        if (length) fields.push(`length: { ${[...(length.min !== undefined ? [`min: ${length.min}`] : []), ...(length.max !== undefined ? [`max: ${length.max}`] : [])].join(", ")} }`);
        if (isSparse(shape)) fields.push("sparse: true");
        entries.set(name, fields);
        return name;
      }
      default: {
        const fields = simpleEntry(shape);
        if (!fields) return undefined;
        entries.set(name, fields);
        return name;
      }
    }
  };
  for (const shape of shapes) entryOf(shape);

  file.declare(names.name);
  file.doc([
    `The constraints of the model on the JSON of every shape the ${symbols.serviceName} server reads or writes:`,
    "required members, `@length`, `@range`, `@pattern`, enum values, `@uniqueItems`, and the members each",
    "structure has. `checkConstraints` of `@smithy-gen/aws-json-server` checks a document against it.",
  ]);
  file.block(`export const ${names.name}: ${names.tableType} = {`, () => {
    for (const name of [...entries.keys()].sort(compareStrings)) {
      const members = memberLines.get(name);
      if (!members) file.line(`${propertyKey(name)}: { ${entries.get(name)!.join(", ")} },`);
      else if (members.length === 0) file.line(`${propertyKey(name)}: { ${entries.get(name)!.join(", ")}, members: {} },`);
      else {
        file.block(`${propertyKey(name)}: {`, () => {
          file.line(`${entries.get(name)!.join(", ")},`);
          file.block("members: {", () => file.line(...members), "},");
        }, "},");
      }
    }
  }, "};");
}

function isAggregate(shape: Shape): boolean {
  return shape.type === "structure" || shape.type === "union" || shape.type === "list" || shape.type === "set" || shape.type === "map";
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

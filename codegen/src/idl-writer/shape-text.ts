import type { ShapeId } from "../model/shape-id.js";
import { membersOf, UNIT, type MemberShape, type ResourceShape, type ServiceShape, type Shape } from "../model/shapes.js";
import { INDENT, inlineNode, nodeKey, WIDTH } from "./node-text.js";
import type { IdlScope } from "./references.js";
import { quoteString } from "./strings.js";
import { DEFAULT, ENUM_VALUE, traitLines } from "./traits-text.js";

/**
 * One shape statement: its documentation comments, traits, the shape itself with its mixins
 * (`structure X with [M] { ... }`), and its members. Traits a shape adds to members it inherits
 * from a mixin are not written here but by `inheritedMemberApplies`, as `apply` statements.
 */
export function shapeText(scope: IdlScope, shape: Shape, skipTraits: ReadonlySet<ShapeId> = new Set()): string {
  // IDL 2.0 has no `set`: a set (from a 1.0 model) is written as Smithy 2.0 defines it, a list
  // with `@uniqueItems` (loaded back, it is that list)
  const isSet = shape.type === "set";
  const traits = isSet && shape.traits[UNIQUE_ITEMS] === undefined ? { ...shape.traits, [UNIQUE_ITEMS]: {} } : shape.traits;
  const lines = traitLines(scope, traits, "", { docComments: true, skip: skipTraits });
  const name = scope.ref(shape.id);
  const mixins = shape.mixins.length ? ` with [${shape.mixins.map((id) => scope.ref(id)).join(", ")}]` : "";
  const head = `${isSet ? "list" : shape.type} ${name}${mixins}`;
  const body = bodyLines(scope, shape);
  if (body === undefined) lines.push(head);
  else if (body.length === 0) lines.push(`${head} {}`);
  else lines.push(`${head} {`, ...body, "}");
  return lines.join("\n");
}

const UNIQUE_ITEMS = "smithy.api#uniqueItems";

/** `apply Shape$member @trait` for the traits a shape adds to the members it inherits. */
export function inheritedMemberApplies(scope: IdlScope, shape: Shape): string[] {
  const out: string[] = [];
  for (const member of membersOf(shape)) {
    if (member?.inheritedFrom && Object.keys(member.traits).length > 0) out.push(applyText(scope, member.id, member.traits));
  }
  return out;
}

/** `apply Target @trait`, or a block of traits. */
export function applyText(scope: IdlScope, target: ShapeId, traits: Shape["traits"]): string {
  const head = `apply ${scope.ref(target)}`;
  const ids = Object.keys(traits);
  if (ids.length === 1) return `${head} ${traitLines(scope, traits, "", { docComments: false })[0]}`;
  return `${head} {\n${traitLines(scope, traits, INDENT, { docComments: false }).join("\n")}\n}`;
}

/** The lines inside the braces; undefined for shapes written without braces (simple shapes). */
function bodyLines(scope: IdlScope, shape: Shape): string[] | undefined {
  switch (shape.type) {
    case "structure":
    case "union":
    case "enum":
    case "intEnum":
      return memberBlocks(scope, [...shape.members.values()], shape.type === "enum" || shape.type === "intEnum");
    case "list":
    case "set":
      return memberBlocks(scope, shape.member ? [shape.member] : [], false);
    case "map":
      return memberBlocks(scope, [shape.key, shape.value].filter((m): m is MemberShape => m !== undefined), false);
    case "operation": {
      const lines: string[] = [];
      if (shape.input !== undefined) lines.push(`${INDENT}input: ${scope.ref(shape.input)}`);
      if (shape.output !== undefined) lines.push(`${INDENT}output: ${scope.ref(shape.output)}`);
      if (shape.errors.length) lines.push(idList(scope, "errors", shape.errors));
      return lines;
    }
    case "service":
      return serviceLines(scope, shape);
    case "resource":
      return resourceLines(scope, shape);
    default:
      return undefined;
  }
}

function memberBlocks(scope: IdlScope, members: readonly MemberShape[], isEnum: boolean): string[] {
  const lines: string[] = [];
  let previousHadTraits = false;
  for (const member of members) {
    if (member.inheritedFrom) continue;
    // `= value`: the default of a structure member, the value of an enum member
    const sugar = isEnum ? ENUM_VALUE : DEFAULT;
    const value = member.traits[sugar];
    const flat = value === undefined ? undefined : inlineNode(value, WIDTH);
    const skip = new Set<ShapeId>(flat !== undefined ? [sugar] : []);
    const traits = traitLines(scope, member.traits, INDENT, { docComments: true, skip });
    // members with traits stand apart, so that the traits' owner is plain
    if (lines.length > 0 && (traits.length > 0 || previousHadTraits)) lines.push("");
    lines.push(...traits);
    previousHadTraits = traits.length > 0;
    const target = isEnum && member.target === UNIT ? "" : `: ${scope.ref(member.target)}`;
    lines.push(`${INDENT}${member.name}${target}${flat !== undefined ? ` = ${flat}` : ""}`);
  }
  return lines;
}

function idList(scope: IdlScope, key: string, ids: readonly ShapeId[]): string {
  const flat = `${INDENT}${key}: [${ids.map((id) => scope.ref(id)).join(", ")}]`;
  if (flat.length <= WIDTH) return flat;
  return `${INDENT}${key}: [\n${ids.map((id) => `${INDENT}${INDENT}${scope.ref(id)}`).join("\n")}\n${INDENT}]`;
}

function idMap(scope: IdlScope, key: string, entries: Record<string, ShapeId>): string {
  const parts = Object.entries(entries).map(([name, id]) => `${nodeKey(name)}: ${scope.ref(id)}`);
  const flat = `${INDENT}${key}: { ${parts.join(", ")} }`;
  if (flat.length <= WIDTH) return flat;
  return `${INDENT}${key}: {\n${parts.map((part) => `${INDENT}${INDENT}${part}`).join("\n")}\n${INDENT}}`;
}

function serviceLines(scope: IdlScope, shape: ServiceShape): string[] {
  const lines: string[] = [];
  if (shape.version !== undefined) lines.push(`${INDENT}version: ${quoteString(shape.version)}`);
  if (shape.operations.length) lines.push(idList(scope, "operations", shape.operations));
  if (shape.resources.length) lines.push(idList(scope, "resources", shape.resources));
  if (shape.errors.length) lines.push(idList(scope, "errors", shape.errors));
  const renames = Object.keys(shape.rename);
  if (renames.length) {
    lines.push(`${INDENT}rename: {`);
    // keys are absolute shape ids, written quoted so that they stay absolute
    for (const id of renames) lines.push(`${INDENT}${INDENT}${quoteString(id)}: ${quoteString(shape.rename[id]!)}`);
    lines.push(`${INDENT}}`);
  }
  return lines;
}

function resourceLines(scope: IdlScope, shape: ResourceShape): string[] {
  const lines: string[] = [];
  if (Object.keys(shape.identifiers).length) lines.push(idMap(scope, "identifiers", shape.identifiers));
  if (Object.keys(shape.properties).length) lines.push(idMap(scope, "properties", shape.properties));
  for (const key of ["create", "put", "read", "update", "delete", "list"] as const) {
    const target = shape[key];
    if (target !== undefined) lines.push(`${INDENT}${key}: ${scope.ref(target)}`);
  }
  if (shape.operations.length) lines.push(idList(scope, "operations", shape.operations));
  if (shape.collectionOperations.length) lines.push(idList(scope, "collectionOperations", shape.collectionOperations));
  if (shape.resources.length) lines.push(idList(scope, "resources", shape.resources));
  return lines;
}


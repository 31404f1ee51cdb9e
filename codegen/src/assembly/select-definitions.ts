import { describeLocation, type Diagnostic } from "../model/diagnostics.js";
import { shapeToNode } from "../model/json-ast.js";
import { nodeToJson } from "../model/node-json.js";
import { sortNode, type NodeObject } from "../model/node.js";
import type { ShapeId } from "../model/shape-id.js";
import { membersOf, type Shape } from "../model/shapes.js";
import type { AppliedTrait, FileContribution, ShapeDefinition } from "./contribution.js";

export interface DefinitionTable {
  /** The definition each shape is built from, in the order the files define them. */
  readonly definitions: ReadonlyMap<ShapeId, ShapeDefinition>;
  /** Traits of a repeated definition that differ from the first one's; merged like applied traits. */
  readonly extraTraits: readonly AppliedTrait[];
}

/**
 * Picks one definition per shape id. The definitions shipped with the generator step aside for
 * a user file that defines the same shape (e.g. the user loads Smithy's own trait files). A
 * shape defined twice must be defined the same way; Smithy accepts such duplicates.
 */
export function selectDefinitions(contributions: readonly FileContribution[], diagnostics: Diagnostic[]): DefinitionTable {
  const userDefined = new Set<ShapeId>();
  for (const contribution of contributions) {
    if (contribution.origin === "user") for (const def of contribution.shapes) userDefined.add(def.shape.id);
  }
  const definitions = new Map<ShapeId, ShapeDefinition>();
  const extraTraits: AppliedTrait[] = [];
  for (const contribution of contributions) {
    for (const def of contribution.shapes) {
      const id = def.shape.id;
      if (def.origin !== "user" && userDefined.has(id)) continue;
      const previous = definitions.get(id);
      if (!previous) {
        definitions.set(id, def);
        continue;
      }
      if (structureKey(previous) !== structureKey(def)) {
        diagnostics.push({
          severity: "error",
          code: "Model",
          location: def.shape.location,
          message: `Conflicting shape definition for \`${id}\` found at ${describeLocation(previous.shape.location)} and ${describeLocation(def.shape.location)}`,
        });
        continue;
      }
      if (traitsKey(previous.shape) !== traitsKey(def.shape)) extraTraits.push(...inlineTraits(def));
    }
  }
  return { definitions, extraTraits };
}

// Everything but the traits, in a canonical form.
function structureKey(def: ShapeDefinition): string {
  const node = shapeToNode(stripTraits(def.shape)) as NodeObject;
  node.elided = [...def.elided].sort();
  if (def.forResource) node.for = def.forResource.id;
  return nodeToJson(sortNode(node));
}

function traitsKey(shape: Shape): string {
  const traits: NodeObject = { shape: shape.traits };
  for (const member of membersOf(shape)) if (member) traits[member.name] = member.traits;
  return nodeToJson(sortNode(traits));
}

function stripTraits(shape: Shape): Shape {
  const strip = <T extends { traits: object }>(value: T): T => ({ ...value, traits: {} });
  switch (shape.type) {
    case "structure":
    case "union":
    case "enum":
    case "intEnum":
      return { ...strip(shape), members: new Map([...shape.members].map(([name, m]) => [name, strip(m)])) };
    case "list":
    case "set":
      return { ...strip(shape), member: shape.member && strip(shape.member) };
    case "map":
      return { ...strip(shape), key: shape.key && strip(shape.key), value: shape.value && strip(shape.value) };
    default:
      return strip(shape);
  }
}

function inlineTraits(def: ShapeDefinition): AppliedTrait[] {
  const out: AppliedTrait[] = [];
  const location = def.shape.location ?? { file: def.file, line: 1, column: 1 };
  const add = (target: ShapeId, traits: Record<string, unknown>): void => {
    for (const [trait, value] of Object.entries(traits)) {
      out.push({ target, trait, value: value as AppliedTrait["value"], location, version: def.version, origin: def.origin });
    }
  };
  add(def.shape.id, def.shape.traits);
  for (const member of membersOf(def.shape)) if (member) add(member.id, member.traits);
  return out;
}

import type { Diagnostic, SourceLocation } from "../model/diagnostics.js";
import { hasTrait } from "../model/model.js";
import { memberId, type ShapeId } from "../model/shape-id.js";
import { membersOf, UNIT, type MemberShape, type Shape, type Traits } from "../model/shapes.js";
import { createMixinFlattener } from "../transforms/flatten-mixins.js";
import type { AppliedTraitIndex } from "./applied-traits.js";
import { traitLocationKey, type ShapeDefinition } from "./contribution.js";
import { mergeTraitValues } from "./merge-traits.js";

const MIXIN_TRAIT = "smithy.api#mixin";
const ENUM_VALUE = "smithy.api#enumValue";

/**
 * Builds every shape from its definition, mixins and resources before the shapes that use them:
 * applied traits are merged in, elided member targets filled, members inherited from mixins
 * checked against the shape's own. The result is the model as the JSON AST writes it (mixins
 * not flattened): members inherited from a mixin appear only when the shape adds traits to
 * them (or when a list or map needs them), marked with `inheritedFrom`.
 */
export function buildShapes(
  definitions: ReadonlyMap<ShapeId, ShapeDefinition>,
  applied: AppliedTraitIndex,
  diagnostics: Diagnostic[],
  /** Receives where each applied trait came from, keyed by `traitLocationKey`. */
  appliedLocations: Map<string, SourceLocation>,
): Map<ShapeId, Shape> {
  const built = new Map<ShapeId, Shape>();
  const state = new Map<ShapeId, "building" | "built">();
  const flattener = createMixinFlattener((id) => built.get(id));
  const error = (message: string, location: SourceLocation | undefined): void => {
    diagnostics.push({ severity: "error", code: "Model", location, message });
  };

  const visit = (id: ShapeId): void => {
    if (state.has(id)) return;
    const def = definitions.get(id)!;
    state.set(id, "building");
    const missing: ShapeId[] = [];
    const cycles: ShapeId[] = [];
    const dependencies = def.forResource ? [...def.shape.mixins, def.forResource.id] : def.shape.mixins;
    for (const dependency of dependencies) {
      if (!definitions.has(dependency)) {
        if (def.shape.mixins.includes(dependency)) missing.push(dependency);
        else error(`${id}: the resource \`${dependency}\` named by \`for\` is not defined in the model`, def.forResource?.location);
        continue;
      }
      if (state.get(dependency) === "building") cycles.push(dependency);
      else visit(dependency);
    }
    if (missing.length > 0) {
      error(`Unable to resolve mixins; attempted to mixin shapes that are not in the model: [${missing.join(", ")}]`, def.shape.location);
    }
    if (cycles.length > 0) error(`Unable to resolve mixins; cycles detected between this shape and [${cycles.join(", ")}]`, def.shape.location);
    built.set(id, buildShape(def));
    state.set(id, "built");
  };

  function claimInto(target: ShapeId, traits: Traits, inlineLocation: (trait: ShapeId) => SourceLocation | undefined): void {
    const pending = applied.claim(target);
    if (!pending) return;
    for (const [trait, entry] of pending) {
      appliedLocations.set(traitLocationKey(target, trait), entry.location);
      if (!Object.prototype.hasOwnProperty.call(traits, trait)) {
        traits[trait] = entry.value;
        continue;
      }
      const merged = mergeTraitValues(target, trait, { value: traits[trait]!, location: inlineLocation(trait) }, entry);
      if (merged.kind === "conflict") error(merged.message, entry.location);
      else traits[trait] = merged.value;
    }
  }

  function buildShape(def: ShapeDefinition): Shape {
    const source = def.shape;
    const id = source.id;
    const inlineLocation = (target: ShapeId) => (trait: ShapeId) =>
      def.traitLocations?.get(traitLocationKey(target, trait)) ?? source.location;
    const traits: Traits = { ...source.traits };
    claimInto(id, traits, inlineLocation(id));

    // The mixins this shape can actually use, flattened so their inherited members are visible.
    const mixins: Shape[] = [];
    const wrongType: ShapeId[] = [];
    for (const mixinId of source.mixins) {
      const mixin = built.get(mixinId);
      if (!mixin) continue;
      if (mixin.type !== source.type) {
        wrongType.push(mixinId);
        continue;
      }
      if (!hasTrait(mixin, MIXIN_TRAIT)) {
        error(`Shape \`${id}\` cannot use \`${mixinId}\` as a mixin because it is not marked with the @mixin trait`, source.location);
      }
      mixins.push(flattener.flatten(mixin));
    }
    if (wrongType.length > 0) {
      error(
        `Mixins may only be mixed into shapes of the same type. The following mixins were applied to the ${source.type} shape \`${id}\` which are not ${source.type} shapes: [${wrongType.map((m) => `\`${m}\``).join(", ")}]`,
        source.location,
      );
    }

    const resource = def.forResource ? built.get(def.forResource.id) : undefined;
    const members = buildMembers(def, mixins, resource, inlineLocation);
    const base = { id, traits, mixins: [...source.mixins], location: source.location };

    switch (source.type) {
      case "structure":
      case "union":
      case "enum":
      case "intEnum": {
        const map = new Map(members.map((m) => [m.name, m]));
        if (source.type === "enum") addImplicitEnumValues(map);
        return { ...base, type: source.type, members: map };
      }
      case "list":
      case "set":
        return { ...base, type: source.type, member: members.find((m) => m.name === "member")! };
      case "map":
        return { ...base, type: "map", key: members.find((m) => m.name === "key")!, value: members.find((m) => m.name === "value")! };
      case "operation": {
        // `smithy.api#Unit` and no input at all mean the same; the model says it one way.
        const shape: Shape = { ...base, type: "operation", errors: [...source.errors] };
        if (source.input !== undefined && source.input !== UNIT) shape.input = source.input;
        if (source.output !== undefined && source.output !== UNIT) shape.output = source.output;
        return shape;
      }
      case "service": {
        const shape: Shape = {
          ...base,
          type: "service",
          operations: [...source.operations],
          resources: [...source.resources],
          errors: [...source.errors],
          rename: { ...source.rename },
        };
        if (source.version !== undefined) shape.version = source.version;
        return shape;
      }
      case "resource": {
        const shape: Shape = {
          ...base,
          type: "resource",
          identifiers: { ...source.identifiers },
          properties: { ...source.properties },
          operations: [...source.operations],
          collectionOperations: [...source.collectionOperations],
          resources: [...source.resources],
        };
        for (const key of ["create", "put", "read", "update", "delete", "list"] as const) {
          if (source[key] !== undefined) shape[key] = source[key];
        }
        return shape;
      }
      default:
        return { ...base, type: source.type };
    }
  }

  function buildMembers(
    def: ShapeDefinition,
    mixins: readonly Shape[],
    resource: Shape | undefined,
    inlineLocation: (target: ShapeId) => (trait: ShapeId) => SourceLocation | undefined,
  ): MemberShape[] {
    const id = def.shape.id;
    const own = membersOf(def.shape).filter((m): m is MemberShape => m !== undefined);
    const ownNames = new Set(own.map((m) => m.name));
    const fromMixins = (name: string): MemberShape[] => {
      const found: MemberShape[] = [];
      for (const mixin of mixins) {
        const member = membersOf(mixin).find((m) => m?.name === name);
        if (member) found.push(member);
      }
      return found;
    };
    const out: MemberShape[] = [];

    for (const source of own) {
      let target = source.target;
      const inherited = mixins.length > 0 ? fromMixins(source.name) : [];
      if (def.elided.has(source.name)) {
        target = elidedTarget(def, source, resource) ?? inherited[0]?.target ?? "";
        // A `for` that names no resource is reported once, not again for every elided member.
        const badResource = resource !== undefined && resource.type !== "resource";
        if (!target && !badResource) {
          error(
            `${source.id}: Member target was elided, but no bound resource or mixin contained a matching identifier or member name.`,
            source.location,
          );
        }
      }
      for (const mixinMember of inherited) {
        if (target && mixinMember.target !== target) {
          error(`${source.id}: Member conflicts with an inherited mixin member: \`${mixinMember.id}\``, source.location);
        }
      }
      const member: MemberShape = { type: "member", id: source.id, container: id, name: source.name, target, traits: { ...source.traits } };
      if (source.location) member.location = source.location;
      if (inherited.length > 0) member.inheritedFrom = inherited[0]!.id;
      claimInto(member.id, member.traits, inlineLocation(member.id));
      out.push(member);
    }

    // Members only the mixins define: kept when the shape adds traits to them, or when the
    // shape's type cannot do without them (a list's member, a map's key and value).
    const needsAll = def.shape.type === "list" || def.shape.type === "set" || def.shape.type === "map";
    const seen = new Set<string>();
    for (const mixin of mixins) {
      for (const mixinMember of membersOf(mixin)) {
        if (!mixinMember || ownNames.has(mixinMember.name) || seen.has(mixinMember.name)) continue;
        seen.add(mixinMember.name);
        const all = fromMixins(mixinMember.name);
        for (const other of all.slice(1)) {
          if (other.target !== mixinMember.target) {
            const mid = memberId(id, mixinMember.name);
            error(
              `${mid}: Member conflicts with an inherited mixin member: \`${mid}\` (\`${mixinMember.id}\` and \`${other.id}\` have different targets)`,
              def.shape.location,
            );
          }
        }
        const mid = memberId(id, mixinMember.name);
        if (!needsAll && !applied.has(mid)) continue;
        const member: MemberShape = {
          type: "member",
          id: mid,
          container: id,
          name: mixinMember.name,
          target: mixinMember.target,
          traits: {},
          inheritedFrom: mixinMember.id,
        };
        if (mixinMember.location) member.location = mixinMember.location;
        claimInto(mid, member.traits, () => undefined);
        out.push(member);
      }
    }
    return out;
  }

  function elidedTarget(def: ShapeDefinition, member: MemberShape, resource: Shape | undefined): ShapeId | undefined {
    if (!def.forResource) return undefined;
    if (!resource) return undefined;
    if (resource.type !== "resource") {
      error(
        `${member.id}: The target of the \`for\` production must be a resource shape, but found a ${resource.type} shape: ${resource.id}`,
        member.location,
      );
      return undefined;
    }
    // A property wins over an identifier of the same name, as in Smithy.
    const flat = flattener.flatten(resource);
    if (flat.type !== "resource") return undefined;
    return Object.prototype.hasOwnProperty.call(flat.properties, member.name)
      ? flat.properties[member.name]
      : Object.prototype.hasOwnProperty.call(flat.identifiers, member.name)
        ? flat.identifiers[member.name]
        : undefined;
  }

  for (const id of definitions.keys()) visit(id);

  // Keep the order in which the files define the shapes.
  const ordered = new Map<ShapeId, Shape>();
  for (const id of definitions.keys()) ordered.set(id, built.get(id)!);
  return ordered;
}

/** Enum members without `@enumValue` have their own name as value. */
function addImplicitEnumValues(members: Map<string, MemberShape>): void {
  for (const member of members.values()) {
    if (!member.inheritedFrom && !Object.prototype.hasOwnProperty.call(member.traits, ENUM_VALUE)) member.traits[ENUM_VALUE] = member.name;
  }
}

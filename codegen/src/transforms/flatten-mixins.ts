import { hasTrait, Model } from "../model/model.js";
import { isNodeObject } from "../model/node.js";
import { memberId, type ShapeId } from "../model/shape-id.js";
import type { MembersShape, MemberShape, OperationShape, ResourceShape, ServiceShape, Shape, Traits } from "../model/shapes.js";

const MIXIN_TRAIT = "smithy.api#mixin";

/**
 * Smithy's mixin flattening: every shape gets the members and traits of its mixins (members
 * first from the mixins, in order, then its own), the mixin shapes are dropped and `mixins`
 * is emptied. Traits a mixin lists in `@mixin(localTraits: [...])`, and `@mixin` itself, are
 * not copied. A later mixin's trait wins over an earlier one's; the shape's own traits win over
 * all of them.
 */
export function flattenMixins(model: Model): Model {
  const flattener = createMixinFlattener((id) => model.shapes.get(id));
  const shapes = new Map<ShapeId, Shape>();
  for (const [id, shape] of model.shapes) {
    if (hasTrait(shape, MIXIN_TRAIT)) continue;
    shapes.set(id, flattener.flatten(shape));
  }
  return new Model(shapes, model.metadata);
}

export interface MixinFlattener {
  /** The shape as it is with its mixins applied (the shape itself when it has none). */
  flatten(shape: Shape): Shape;
}

/**
 * Flattens shapes looked up by id, memoizing each result; the assembler uses it to see a
 * mixin's complete members while building the shapes that use it.
 */
export function createMixinFlattener(lookup: (id: ShapeId) => Shape | undefined): MixinFlattener {
  const cache = new WeakMap<Shape, Shape>();
  const visiting = new Set<ShapeId>();

  function flatten(shape: Shape): Shape {
    if (shape.mixins.length === 0) return shape;
    const cached = cache.get(shape);
    if (cached) return cached;
    // A cycle is an error reported by assembly; here it only must not recurse forever.
    if (visiting.has(shape.id)) return shape;
    visiting.add(shape.id);
    const mixins: Shape[] = [];
    for (const id of shape.mixins) {
      const mixin = lookup(id);
      if (mixin && mixin.type === shape.type) mixins.push(flatten(mixin));
    }
    visiting.delete(shape.id);
    const result = flattenWith(shape, mixins);
    cache.set(shape, result);
    return result;
  }

  return { flatten };
}

/** The trait ids a mixin does not pass on. */
export function localTraitsOf(mixin: Shape): Set<ShapeId> {
  const local = new Set<ShapeId>([MIXIN_TRAIT]);
  const value = mixin.traits[MIXIN_TRAIT];
  if (isNodeObject(value) && Array.isArray(value.localTraits)) {
    for (const id of value.localTraits) if (typeof id === "string") local.add(id);
  }
  return local;
}

function flattenWith(shape: Shape, mixins: readonly Shape[]): Shape {
  const traits: Traits = {};
  for (const mixin of mixins) {
    const local = localTraitsOf(mixin);
    for (const [id, value] of Object.entries(mixin.traits)) if (!local.has(id)) traits[id] = value;
  }
  Object.assign(traits, shape.traits);
  const base = { id: shape.id, traits, mixins: [] as ShapeId[], location: shape.location };

  switch (shape.type) {
    case "structure":
    case "union":
    case "enum":
    case "intEnum": {
      const members = mergeMembers(
        shape.id,
        mixins.map((m) => [...(m as MembersShape).members.values()]),
        [...shape.members.values()],
      );
      return { ...base, type: shape.type, members: new Map(members.map((m) => [m.name, m])) };
    }
    case "list":
    case "set": {
      const [member] = mergeMembers(
        shape.id,
        mixins.map((m) => membersOfFixed(m, ["member"])),
        shape.member ? [shape.member] : [],
      );
      return { ...base, type: shape.type, member: member! };
    }
    case "map": {
      const merged = mergeMembers(
        shape.id,
        mixins.map((m) => membersOfFixed(m, ["key", "value"])),
        [shape.key, shape.value].filter((m): m is MemberShape => m !== undefined),
      );
      return { ...base, type: "map", key: merged.find((m) => m.name === "key")!, value: merged.find((m) => m.name === "value")! };
    }
    case "operation": {
      const ops = mixins as OperationShape[];
      const out: OperationShape = { ...base, type: "operation", errors: union(ops.map((m) => m.errors), shape.errors) };
      const input = shape.input ?? ops.find((m) => m.input)?.input;
      const output = shape.output ?? ops.find((m) => m.output)?.output;
      if (input !== undefined) out.input = input;
      if (output !== undefined) out.output = output;
      return out;
    }
    case "service": {
      const services = mixins as ServiceShape[];
      const out: ServiceShape = {
        ...base,
        type: "service",
        operations: union(services.map((m) => m.operations), shape.operations),
        resources: union(services.map((m) => m.resources), shape.resources),
        errors: union(services.map((m) => m.errors), shape.errors),
        rename: Object.assign({}, ...services.map((m) => m.rename), shape.rename) as Record<ShapeId, string>,
      };
      const version = shape.version ?? services.find((m) => m.version !== undefined)?.version;
      if (version !== undefined) out.version = version;
      return out;
    }
    case "resource": {
      const resources = mixins as ResourceShape[];
      const out: ResourceShape = {
        ...base,
        type: "resource",
        identifiers: Object.assign({}, ...resources.map((m) => m.identifiers), shape.identifiers) as Record<string, ShapeId>,
        properties: Object.assign({}, ...resources.map((m) => m.properties), shape.properties) as Record<string, ShapeId>,
        operations: union(resources.map((m) => m.operations), shape.operations),
        collectionOperations: union(resources.map((m) => m.collectionOperations), shape.collectionOperations),
        resources: union(resources.map((m) => m.resources), shape.resources),
      };
      for (const key of ["create", "put", "read", "update", "delete", "list"] as const) {
        const target = shape[key] ?? resources.find((m) => m[key] !== undefined)?.[key];
        if (target !== undefined) out[key] = target;
      }
      return out;
    }
    default:
      return { ...base, type: shape.type };
  }
}

function membersOfFixed(shape: Shape, names: readonly string[]): MemberShape[] {
  const out: MemberShape[] = [];
  for (const name of names) {
    const member = (shape as unknown as Record<string, MemberShape | undefined>)[name];
    if (member) out.push(member);
  }
  return out;
}

/**
 * Members of the mixins first (in mixin order), then the shape's own; a member present in
 * several places gets the traits of each, later ones winning.
 */
function mergeMembers(container: ShapeId, fromMixins: readonly MemberShape[][], own: readonly MemberShape[]): MemberShape[] {
  const merged = new Map<string, MemberShape>();
  const add = (member: MemberShape): void => {
    const existing = merged.get(member.name);
    if (existing) {
      Object.assign(existing.traits, member.traits);
      existing.target = member.target;
      return;
    }
    const copy: MemberShape = {
      type: "member",
      id: memberId(container, member.name),
      container,
      name: member.name,
      target: member.target,
      traits: { ...member.traits },
    };
    if (member.location) copy.location = member.location;
    merged.set(member.name, copy);
  };
  for (const members of fromMixins) for (const member of members) add(member);
  for (const member of own) add(member);
  return [...merged.values()];
}

function union(fromMixins: readonly ShapeId[][], own: readonly ShapeId[]): ShapeId[] {
  const seen = new Set<ShapeId>();
  const out: ShapeId[] = [];
  for (const ids of [...fromMixins, own]) {
    for (const id of ids) {
      if (!seen.has(id)) {
        seen.add(id);
        out.push(id);
      }
    }
  }
  return out;
}

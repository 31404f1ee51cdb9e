import type { ApplyStatement, IdlFile, IdlMember, IdlNode, IdlShape, IdlTrait, ShapeRef } from "../idl/ast.js";
import type { Diagnostic, SourceLocation } from "../model/diagnostics.js";
import type { NodeObject, NodeValue } from "../model/node.js";
import { memberId, type ShapeId } from "../model/shape-id.js";
import type { ListShape, MapShape, MembersShape, MemberShape, ResourceShape, Shape, Traits } from "../model/shapes.js";
import {
  traitLocationKey,
  type AppliedTrait,
  type FileContribution,
  type MetadataEntry,
  type Origin,
  type ShapeDefinition,
} from "./contribution.js";
import { mergeTraitValues } from "./merge-traits.js";
import { resolveShapeId, type ShapeTypeIndex } from "./resolve-ids.js";

/**
 * Turns a parsed IDL file into what it contributes to the model: shape ids resolved against the
 * whole model, node values made plain (unquoted shape ids resolved too), and annotation traits
 * given the value their trait's shape calls for.
 */
export function idlToContribution(idl: IdlFile, origin: Origin, index: ShapeTypeIndex): FileContribution {
  const diagnostics: Diagnostic[] = [...idl.diagnostics];
  const error = (message: string, location: SourceLocation, code = "Model"): void => {
    diagnostics.push({ severity: "error", message, location, code });
  };

  for (const use of idl.uses.values()) {
    if (index.typeOf(use.id) === undefined) {
      diagnostics.push({ severity: "warning", message: `Use statement refers to undefined shape: ${use.id}`, location: use.location, code: "Model" });
    }
  }

  const resolve = (ref: ShapeRef): ShapeId => {
    const resolution = resolveShapeId(ref.text, idl.namespace, idl.uses, index);
    if (resolution.kind === "invalid") {
      error(resolution.message, ref.location, "Syntax");
      return ref.text;
    }
    return resolution.id;
  };

  const toNode = (node: IdlNode): NodeValue => {
    switch (node.kind) {
      case "string": {
        if (!node.shapeId) return node.value;
        const resolution = resolveShapeId(node.value, idl.namespace, idl.uses, index);
        if (resolution.kind === "invalid") {
          error(resolution.message, node.location, "Syntax");
          return node.value;
        }
        if (!resolution.found) {
          error(
            `Syntactic shape ID \`${node.value}\` does not resolve to a valid shape ID: \`${resolution.id}\`. ` +
              "Did you mean to quote this string? Are you missing a model file?",
            node.location,
            "SyntacticShapeIdTarget",
          );
        }
        return resolution.id;
      }
      case "number":
      case "boolean":
        return node.value;
      case "null":
        return null;
      case "array":
        return node.items.map(toNode);
      case "object": {
        const out: NodeObject = {};
        for (const entry of node.entries) setOwn(out, entry.key, toNode(entry.value));
        return out;
      }
    }
  };

  const traitValue = (trait: IdlTrait, traitId: ShapeId): NodeValue => {
    if (trait.value !== undefined) return toNode(trait.value);
    // An annotation trait (`@foo`) is an empty object or list depending on the trait's shape.
    const type = index.typeOf(traitId);
    if (type === undefined || type === "structure" || type === "map") return {};
    if (type === "list" || type === "set") return [];
    return null;
  };

  const traitLocations = new Map<string, SourceLocation>();

  // Applies the traits written on one shape or member, merging repeats with Smithy's rules.
  const collectTraits = (target: ShapeId, traits: readonly IdlTrait[]): Traits => {
    const out: Traits = {};
    for (const trait of traits) {
      const traitId = resolve({ text: trait.name, location: trait.location });
      const value = traitValue(trait, traitId);
      const key = traitLocationKey(target, traitId);
      if (Object.prototype.hasOwnProperty.call(out, traitId)) {
        const merged = mergeTraitValues(target, traitId, { value: out[traitId]!, location: traitLocations.get(key) }, { value, location: trait.location });
        if (merged.kind === "conflict") error(merged.message, trait.location);
        else out[traitId] = merged.value;
      } else {
        setOwn(out, traitId, value);
        traitLocations.set(key, trait.location);
      }
    }
    return out;
  };

  const shapes: ShapeDefinition[] = [];
  for (const idlShape of idl.shapes) {
    traitLocations.clear();
    const definition = convertShape(idlShape, idl, origin, resolve, collectTraits);
    shapes.push({ ...definition, traitLocations: new Map(traitLocations) });
  }

  const applies: AppliedTrait[] = [];
  for (const statement of idl.applies) applies.push(...convertApply(statement, idl, origin, resolve, traitValue));

  const metadata: MetadataEntry[] = idl.metadata.map((m) => ({ key: m.key, value: toNode(m.value), location: m.location }));

  return { file: idl.file, version: idl.version, origin, namespace: idl.namespace, shapes, applies, metadata, diagnostics };
}

function convertApply(
  statement: ApplyStatement,
  idl: IdlFile,
  origin: Origin,
  resolve: (ref: ShapeRef) => ShapeId,
  traitValue: (trait: IdlTrait, traitId: ShapeId) => NodeValue,
): AppliedTrait[] {
  const target = resolve(statement.target);
  return statement.traits.map((trait) => {
    const traitId = resolve({ text: trait.name, location: trait.location });
    return { target, trait: traitId, value: traitValue(trait, traitId), location: trait.location, version: idl.version, origin };
  });
}

function convertShape(
  idlShape: IdlShape,
  idl: IdlFile,
  origin: Origin,
  resolve: (ref: ShapeRef) => ShapeId,
  collectTraits: (target: ShapeId, traits: readonly IdlTrait[]) => Traits,
): Omit<ShapeDefinition, "traitLocations"> {
  const id = idlShape.id;
  const base = {
    id,
    traits: collectTraits(id, idlShape.traits),
    mixins: idlShape.mixins.map(resolve),
    location: idlShape.location,
  };
  const elided = new Set<string>();
  const member = (m: IdlMember): MemberShape => {
    if (!m.target) elided.add(m.name);
    const mid = memberId(id, m.name);
    return {
      type: "member",
      id: mid,
      container: id,
      name: m.name,
      target: m.target ? resolve(m.target) : "",
      traits: collectTraits(mid, m.traits),
      location: m.location,
    };
  };
  const common = { file: idl.file, version: idl.version, origin, elided };
  switch (idlShape.kind) {
    case "simple":
      return { ...common, shape: { ...base, type: idlShape.type } };
    case "aggregate": {
      const forResource = idlShape.forResource ? { id: resolve(idlShape.forResource), location: idlShape.forResource.location } : undefined;
      const members = idlShape.members.map(member);
      let shape: Shape;
      if (idlShape.type === "list" || idlShape.type === "set") {
        // A list without a member is reported during assembly, unless a mixin provides it.
        shape = { ...base, type: idlShape.type, member: members[0] } as ListShape;
      } else if (idlShape.type === "map") {
        shape = { ...base, type: "map", key: members.find((m) => m.name === "key"), value: members.find((m) => m.name === "value") } as MapShape;
      } else {
        shape = { ...base, type: idlShape.type, members: new Map(members.map((m) => [m.name, m])) } as MembersShape;
      }
      return { ...common, shape, forResource };
    }
    case "operation": {
      const shape: Shape = { ...base, type: "operation", errors: idlShape.errors.map(resolve) };
      if (idlShape.input) shape.input = resolve(idlShape.input);
      if (idlShape.output) shape.output = resolve(idlShape.output);
      return { ...common, shape };
    }
    case "service": {
      const rename: Record<ShapeId, string> = {};
      for (const entry of idlShape.rename) rename[resolve(entry.id)] = entry.name;
      const shape: Shape = {
        ...base,
        type: "service",
        operations: idlShape.operations.map(resolve),
        resources: idlShape.resources.map(resolve),
        errors: idlShape.errors.map(resolve),
        rename,
      };
      if (idlShape.version !== undefined) shape.version = idlShape.version;
      return { ...common, shape };
    }
    case "resource": {
      const named = (entries: readonly { name: string; target: ShapeRef }[]): Record<string, ShapeId> => {
        const out: Record<string, ShapeId> = {};
        for (const entry of entries) setOwn(out, entry.name, resolve(entry.target));
        return out;
      };
      const shape: ResourceShape = {
        ...base,
        type: "resource",
        identifiers: named(idlShape.identifiers),
        properties: named(idlShape.properties),
        operations: idlShape.operations.map(resolve),
        collectionOperations: idlShape.collectionOperations.map(resolve),
        resources: idlShape.resources.map(resolve),
      };
      for (const [key, ref] of Object.entries(idlShape.lifecycle)) {
        if (ref) shape[key as "create"] = resolve(ref);
      }
      return { ...common, shape };
    }
  }
}

/** Sets a property even when its name is `__proto__`. */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

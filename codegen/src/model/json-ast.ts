import { ModelError, type SourceLocation } from "./diagnostics.js";
import type { ModelFragment, TraitApplication } from "./fragment.js";
import { Model } from "./model.js";
import { nodeToJson, parseNodeJson } from "./node-json.js";
import { compareCodeUnits, isNodeObject, sortNode, type NodeObject, type NodeValue } from "./node.js";
import { isAbsoluteShapeId, memberId, PRELUDE_NAMESPACE, shapeIdNamespace, type ShapeId } from "./shape-id.js";
import {
  membersOf,
  SHAPE_TYPES,
  UNIT,
  type ListShape,
  type MapShape,
  type MembersShape,
  type MemberShape,
  type OperationShape,
  type ResourceShape,
  type ServiceShape,
  type Shape,
  type Traits,
} from "./shapes.js";

/**
 * Finds the line and column of a JSON object key lazily: JSON.parse is fast, and locations
 * are only needed when something is wrong.
 */
class JsonLocator {
  private lineStarts: number[] | undefined;
  constructor(
    private readonly file: string,
    private readonly text: string,
  ) {}

  /** Location of `"key"` followed by a colon, searching from `from` (a character offset). */
  keyOffset(key: string, from = 0): number {
    const needle = JSON.stringify(key);
    let at = this.text.indexOf(needle, from);
    while (at >= 0) {
      let next = at + needle.length;
      while (next < this.text.length && /\s/.test(this.text[next]!)) next++;
      if (this.text[next] === ":") return at;
      at = this.text.indexOf(needle, at + 1);
    }
    return -1;
  }

  locate(path: readonly string[]): SourceLocation {
    let offset = 0;
    for (const key of path) {
      const found = this.keyOffset(key, offset);
      if (found < 0) break;
      offset = found;
    }
    return this.at(offset);
  }

  at(offset: number): SourceLocation {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = 0; i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { file: this.file, line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }
}

/** A parse error in JSON text, located from V8's "at position N" message where it gives one. */
function jsonSyntaxError(file: string, text: string, error: unknown): ModelError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const locator = new JsonLocator(file, text);
  const location = position ? locator.at(Number(position[1])) : locator.at(text.length);
  return ModelError.at(location, `invalid JSON: ${message.replace(/^.*?: /, "")}`, "Syntax");
}

/** Parses a Smithy JSON AST document into a fragment. Shape locations point at their keys. */
export function readJsonAst(file: string, text: string): ModelFragment {
  let root: NodeValue;
  try {
    root = parseNodeJson(text);
  } catch (error) {
    throw jsonSyntaxError(file, text, error);
  }
  const locator = new JsonLocator(file, text);
  const fail = (path: string[], message: string): never => {
    throw ModelError.at(locator.locate(path), message, "JsonAst");
  };
  if (!isNodeObject(root)) return fail([], "a Smithy JSON AST must be an object");
  const version = root.smithy;
  if (typeof version !== "string") return fail([], 'missing or invalid "smithy" version');
  if (!/^(1\.0|1\.1|2\.0|1|2)$/.test(version)) return fail(["smithy"], `unsupported Smithy version "${version}"`);
  const metadata = root.metadata ?? {};
  if (!isNodeObject(metadata)) return fail(["metadata"], '"metadata" must be an object');
  const shapesNode = root.shapes ?? {};
  if (!isNodeObject(shapesNode)) return fail(["shapes"], '"shapes" must be an object');

  // Resolve each shape key's offset once, in document order, so that locations stay cheap.
  let searchFrom = Math.max(0, locator.keyOffset("shapes"));
  const shapeLocation = (id: string): SourceLocation => {
    const offset = locator.keyOffset(id, searchFrom);
    if (offset < 0) return locator.locate(["shapes", id]);
    searchFrom = offset;
    return locator.at(offset);
  };

  const shapes: Shape[] = [];
  const applies: TraitApplication[] = [];
  for (const [id, value] of Object.entries(shapesNode)) {
    const location = shapeLocation(id);
    const at = (message: string): never => {
      throw ModelError.at(location, `${id}: ${message}`, "JsonAst");
    };
    if (!isAbsoluteShapeId(id)) at("shape keys must be absolute shape ids");
    if (!isNodeObject(value)) return at("a shape must be an object");
    const type = value.type;
    const traits = readTraits(value.traits, at);
    // Apply statements may target members, e.g. members a shape inherits from a mixin.
    if (type === "apply") {
      applies.push({ target: id, traits, location });
      continue;
    }
    if (id.includes("$")) at("only apply statements may use a member id as their key");
    if (typeof type !== "string" || !SHAPE_TYPES.has(type)) return at(`unknown shape type ${nodeToJson(type ?? null)}`);
    shapes.push(readShape(id, type, value, traits, location, at));
  }
  return { file, version: version.length === 1 ? `${version}.0` : version, metadata, shapes, applies };
}

function readTraits(node: NodeValue | undefined, at: (message: string) => never): Traits {
  if (node === undefined) return {};
  if (!isNodeObject(node)) return at('"traits" must be an object');
  for (const key of Object.keys(node)) if (!isAbsoluteShapeId(key)) at(`trait id "${key}" is not an absolute shape id`);
  return { ...node };
}

function readTarget(node: NodeValue | undefined, what: string, at: (message: string) => never): ShapeId {
  if (!isNodeObject(node) || typeof node.target !== "string" || !isAbsoluteShapeId(node.target)) {
    return at(`${what} must be an object with an absolute "target" shape id`);
  }
  return node.target;
}

function readTargets(node: NodeValue | undefined, what: string, at: (message: string) => never): ShapeId[] {
  if (node === undefined) return [];
  if (!Array.isArray(node)) return at(`"${what}" must be an array`);
  return node.map((entry) => readTarget(entry, `each of "${what}"`, at));
}

function readIdMap(node: NodeValue | undefined, what: string, at: (message: string) => never): Record<string, ShapeId> {
  if (node === undefined) return {};
  if (!isNodeObject(node)) return at(`"${what}" must be an object`);
  const out: Record<string, ShapeId> = {};
  for (const [name, value] of Object.entries(node)) out[name] = readTarget(value, `"${what}.${name}"`, at);
  return out;
}

function readMember(
  container: ShapeId,
  name: string,
  node: NodeValue | undefined,
  location: SourceLocation,
  at: (message: string) => never,
): MemberShape {
  if (!isNodeObject(node)) return at(`member "${name}" must be an object`);
  const target = readTarget(node, `member "${name}"`, at);
  return { type: "member", id: memberId(container, name), container, name, target, traits: readTraits(node.traits, at), location };
}

function readShape(
  id: ShapeId,
  type: string,
  node: NodeObject,
  traits: Traits,
  location: SourceLocation,
  at: (message: string) => never,
): Shape {
  const mixins = readTargets(node.mixins, "mixins", at);
  const base = { id, traits, mixins, location };
  const optionalMember = (name: string): MemberShape | undefined =>
    node[name] === undefined ? undefined : readMember(id, name, node[name], location, at);
  switch (type) {
    case "structure":
    case "union":
    case "enum":
    case "intEnum": {
      const members = new Map<string, MemberShape>();
      const membersNode = node.members ?? {};
      if (!isNodeObject(membersNode)) return at('"members" must be an object');
      for (const [name, member] of Object.entries(membersNode)) members.set(name, readMember(id, name, member, location, at));
      return { ...base, type, members } as MembersShape;
    }
    // A list or map that gets its members from a mixin leaves them out; assembly fills them in.
    case "list":
    case "set":
      return { ...base, type, member: optionalMember("member") } as ListShape;
    case "map":
      return { ...base, type, key: optionalMember("key"), value: optionalMember("value") } as MapShape;
    case "operation": {
      const shape: OperationShape = { ...base, type, errors: readTargets(node.errors, "errors", at) };
      if (node.input !== undefined) shape.input = readTarget(node.input, '"input"', at);
      if (node.output !== undefined) shape.output = readTarget(node.output, '"output"', at);
      return shape;
    }
    case "service": {
      const rename = node.rename ?? {};
      if (!isNodeObject(rename)) return at('"rename" must be an object');
      const shape: ServiceShape = {
        ...base,
        type,
        operations: readTargets(node.operations, "operations", at),
        resources: readTargets(node.resources, "resources", at),
        errors: readTargets(node.errors, "errors", at),
        rename: rename as Record<string, string>,
      };
      if (node.version !== undefined) {
        if (typeof node.version !== "string") return at('"version" must be a string');
        shape.version = node.version;
      }
      return shape;
    }
    case "resource": {
      const shape: ResourceShape = {
        ...base,
        type,
        identifiers: readIdMap(node.identifiers, "identifiers", at),
        properties: readIdMap(node.properties, "properties", at),
        operations: readTargets(node.operations, "operations", at),
        collectionOperations: readTargets(node.collectionOperations, "collectionOperations", at),
        resources: readTargets(node.resources, "resources", at),
      };
      for (const key of ["create", "put", "read", "update", "delete", "list"] as const) {
        if (node[key] !== undefined) shape[key] = readTarget(node[key], `"${key}"`, at);
      }
      return shape;
    }
    default:
      return { ...base, type } as Shape;
  }
}

export interface JsonAstOptions {
  /** Include prelude (`smithy.api`) shapes. Default false. */
  readonly includePrelude?: boolean;
  /** Writes only the shapes for which this returns true (after the prelude filter). */
  readonly shapeFilter?: (id: ShapeId) => boolean;
}

function traitsNode(traits: Traits): NodeObject | undefined {
  const keys = Object.keys(traits);
  if (keys.length === 0) return undefined;
  const out: NodeObject = {};
  for (const key of keys.sort(compareCodeUnits)) out[key] = sortNode(traits[key]!);
  return out;
}

function memberNode(member: MemberShape): NodeObject {
  const out: NodeObject = { target: member.target };
  const traits = traitsNode(member.traits);
  if (traits) out.traits = traits;
  return out;
}

const targetRef = (id: ShapeId): NodeObject => ({ target: id });

/** One shape as the JSON AST writes it. */
export function shapeToNode(shape: Shape): NodeObject {
  const out: NodeObject = { type: shape.type };
  switch (shape.type) {
    // Members inherited from mixins are not repeated; the traits they add become `apply` statements.
    case "structure":
    case "union":
    case "enum":
    case "intEnum": {
      const members: NodeObject = {};
      for (const member of shape.members.values()) if (!member.inheritedFrom) members[member.name] = memberNode(member);
      out.members = members;
      break;
    }
    case "list":
    case "set":
      if (shape.member && !shape.member.inheritedFrom) out.member = memberNode(shape.member);
      break;
    case "map":
      if (shape.key && !shape.key.inheritedFrom) out.key = memberNode(shape.key);
      if (shape.value && !shape.value.inheritedFrom) out.value = memberNode(shape.value);
      break;
    // Like Smithy's serializer, input and output are always written (`smithy.api#Unit` when absent).
    case "operation":
      out.input = targetRef(shape.input ?? UNIT);
      out.output = targetRef(shape.output ?? UNIT);
      if (shape.errors.length) out.errors = shape.errors.map(targetRef);
      break;
    case "service":
      if (shape.version !== undefined) out.version = shape.version;
      if (shape.operations.length) out.operations = shape.operations.map(targetRef);
      if (shape.resources.length) out.resources = shape.resources.map(targetRef);
      if (shape.errors.length) out.errors = shape.errors.map(targetRef);
      if (Object.keys(shape.rename).length) out.rename = sortNode(shape.rename) as NodeObject;
      break;
    case "resource": {
      const ids = (record: Record<string, ShapeId>): NodeObject => {
        const node: NodeObject = {};
        for (const [name, target] of Object.entries(record)) node[name] = targetRef(target);
        return node;
      };
      if (Object.keys(shape.identifiers).length) out.identifiers = ids(shape.identifiers);
      if (Object.keys(shape.properties).length) out.properties = ids(shape.properties);
      for (const key of ["put", "create", "read", "update", "delete", "list"] as const) {
        const target = shape[key];
        if (target !== undefined) out[key] = targetRef(target);
      }
      if (shape.operations.length) out.operations = shape.operations.map(targetRef);
      if (shape.collectionOperations.length) out.collectionOperations = shape.collectionOperations.map(targetRef);
      if (shape.resources.length) out.resources = shape.resources.map(targetRef);
      break;
    }
    default:
      break;
  }
  if (shape.mixins.length) out.mixins = shape.mixins.map(targetRef);
  const traits = traitsNode(shape.traits);
  if (traits) out.traits = traits;
  return out;
}

/** The model as a JSON AST document: shapes sorted by id, traits sorted, prelude left out by default. */
export function modelToJsonAst(model: Model, options: JsonAstOptions = {}): NodeObject {
  const shapes: NodeObject = {};
  const ids = [...model.shapes.keys()].sort(compareCodeUnits);
  for (const id of ids) {
    if (!options.includePrelude && shapeIdNamespace(id) === PRELUDE_NAMESPACE) continue;
    if (options.shapeFilter && !options.shapeFilter(id)) continue;
    const shape = model.shapes.get(id)!;
    shapes[id] = shapeToNode(shape);
    for (const member of membersOf(shape)) {
      if (member?.inheritedFrom && Object.keys(member.traits).length > 0) {
        shapes[member.id] = { type: "apply", traits: traitsNode(member.traits)! };
      }
    }
  }
  const out: NodeObject = { smithy: "2.0" };
  if (Object.keys(model.metadata).length) out.metadata = sortNode(model.metadata);
  out.shapes = shapes;
  return out;
}

import type { SourceLocation } from "./diagnostics.js";
import type { NodeValue } from "./node.js";
import type { ShapeId } from "./shape-id.js";

export type SimpleType =
  | "blob"
  | "boolean"
  | "string"
  | "byte"
  | "short"
  | "integer"
  | "long"
  | "float"
  | "double"
  | "bigInteger"
  | "bigDecimal"
  | "timestamp"
  | "document";

export type ShapeType =
  | SimpleType
  | "enum"
  | "intEnum"
  | "list"
  | "set"
  | "map"
  | "structure"
  | "union"
  | "service"
  | "operation"
  | "resource";

export const SIMPLE_TYPES: ReadonlySet<string> = new Set<SimpleType>([
  "blob",
  "boolean",
  "string",
  "byte",
  "short",
  "integer",
  "long",
  "float",
  "double",
  "bigInteger",
  "bigDecimal",
  "timestamp",
  "document",
]);

export const SHAPE_TYPES: ReadonlySet<string> = new Set<ShapeType>([
  ...(SIMPLE_TYPES as ReadonlySet<SimpleType>),
  "enum",
  "intEnum",
  "list",
  "set",
  "map",
  "structure",
  "union",
  "service",
  "operation",
  "resource",
]);

/** Applied traits by absolute trait shape id, values as the JSON AST writes them. */
export type Traits = Record<ShapeId, NodeValue>;

export interface MemberShape {
  readonly type: "member";
  /** `namespace#Container$name` */
  readonly id: ShapeId;
  readonly container: ShapeId;
  readonly name: string;
  target: ShapeId;
  traits: Traits;
  location?: SourceLocation;
  /**
   * Set on a member that a shape with mixins inherits (the model as loaded, not flattened): the
   * id of the mixin's member it comes from. `traits` then holds only the traits this shape adds
   * to it, which the JSON AST writes as an `apply` statement. `flattenMixins` clears it.
   */
  inheritedFrom?: ShapeId;
}

interface ShapeBase {
  readonly id: ShapeId;
  traits: Traits;
  /** Mixins applied to this shape, in order (empty once flattened). */
  mixins: ShapeId[];
  location?: SourceLocation;
}

export interface SimpleShape extends ShapeBase {
  readonly type: SimpleType;
}

/** Shapes whose content is a set of named members. */
export interface MembersShape extends ShapeBase {
  readonly type: "structure" | "union" | "enum" | "intEnum";
  /** Members in declaration order. */
  members: Map<string, MemberShape>;
}

export interface ListShape extends ShapeBase {
  readonly type: "list" | "set";
  member: MemberShape;
}

export interface MapShape extends ShapeBase {
  readonly type: "map";
  key: MemberShape;
  value: MemberShape;
}

export interface OperationShape extends ShapeBase {
  readonly type: "operation";
  /** Absent means `smithy.api#Unit`. */
  input?: ShapeId;
  output?: ShapeId;
  errors: ShapeId[];
}

export interface ServiceShape extends ShapeBase {
  readonly type: "service";
  version?: string;
  operations: ShapeId[];
  resources: ShapeId[];
  errors: ShapeId[];
  /** Shape id -> the name it has inside this service's closure. */
  rename: Record<ShapeId, string>;
}

export type LifecycleOperation = "create" | "put" | "read" | "update" | "delete" | "list";

export interface ResourceShape extends ShapeBase {
  readonly type: "resource";
  identifiers: Record<string, ShapeId>;
  properties: Record<string, ShapeId>;
  create?: ShapeId;
  put?: ShapeId;
  read?: ShapeId;
  update?: ShapeId;
  delete?: ShapeId;
  list?: ShapeId;
  operations: ShapeId[];
  collectionOperations: ShapeId[];
  resources: ShapeId[];
}

export type Shape =
  | SimpleShape
  | MembersShape
  | ListShape
  | MapShape
  | OperationShape
  | ServiceShape
  | ResourceShape;

export type StructureShape = MembersShape & { readonly type: "structure" };
export type UnionShape = MembersShape & { readonly type: "union" };
export type EnumShape = MembersShape & { readonly type: "enum" };
export type IntEnumShape = MembersShape & { readonly type: "intEnum" };

export const UNIT: ShapeId = "smithy.api#Unit";

/** The members of any shape that has them (structure, union, enums, list, map), in order. */
export function membersOf(shape: Shape): MemberShape[] {
  switch (shape.type) {
    case "structure":
    case "union":
    case "enum":
    case "intEnum":
      return [...shape.members.values()];
    case "list":
    case "set":
      return [shape.member];
    case "map":
      return [shape.key, shape.value];
    default:
      return [];
  }
}

export function isMembersShape(shape: Shape): shape is MembersShape {
  return shape.type === "structure" || shape.type === "union" || shape.type === "enum" || shape.type === "intEnum";
}

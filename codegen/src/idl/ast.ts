import type { Diagnostic, SourceLocation } from "../model/diagnostics.js";
import type { ShapeId } from "../model/shape-id.js";
import type { LifecycleOperation, SimpleType } from "../model/shapes.js";

/**
 * What the IDL parser produces for one file: everything the file says, with shape references
 * still written as in the file (`String`, `Foo$bar`, `aws.api#service`). They are resolved once
 * every file of the model is known, since a relative id may name a shape of another file.
 */
export interface IdlFile {
  readonly file: string;
  readonly version: SmithyVersion;
  readonly namespace?: string;
  /** `use` statements: the shape name they bring in -> the absolute id. */
  readonly uses: ReadonlyMap<string, UseStatement>;
  readonly metadata: readonly MetadataStatement[];
  readonly shapes: readonly IdlShape[];
  readonly applies: readonly ApplyStatement[];
  /** Syntax errors (the parser recovers at the next statement) and warnings. */
  readonly diagnostics: readonly Diagnostic[];
}

export type SmithyVersion = "1.0" | "2.0";

export interface UseStatement {
  readonly id: ShapeId;
  readonly location: SourceLocation;
}

export interface MetadataStatement {
  readonly key: string;
  readonly value: IdlNode;
  readonly location: SourceLocation;
}

/** A shape id as written, resolved later against the use statements, the namespace and the prelude. */
export interface ShapeRef {
  readonly text: string;
  readonly location: SourceLocation;
}

/** Node values with their locations; unquoted strings are shape ids to resolve. */
export type IdlNode =
  | { readonly kind: "string"; readonly value: string; readonly location: SourceLocation; readonly shapeId?: boolean }
  | { readonly kind: "number"; readonly value: number | bigint; readonly isFloat: boolean; readonly location: SourceLocation }
  | { readonly kind: "boolean"; readonly value: boolean; readonly location: SourceLocation }
  | { readonly kind: "null"; readonly location: SourceLocation }
  | { readonly kind: "array"; readonly items: readonly IdlNode[]; readonly location: SourceLocation }
  | { readonly kind: "object"; readonly entries: readonly IdlObjectEntry[]; readonly location: SourceLocation };

export interface IdlObjectEntry {
  readonly key: string;
  readonly keyLocation: SourceLocation;
  readonly value: IdlNode;
}

export type IdlObjectNode = Extract<IdlNode, { kind: "object" }>;

/** A trait application: `@name`, `@name(value)`, a doc comment, or sugar such as `= default`. */
export interface IdlTrait {
  /** The trait's shape id as written (relative or absolute). */
  readonly name: string;
  /** Absent for annotation traits (`@sensitive`, `@sensitive()`), whose value depends on the trait's shape. */
  readonly value?: IdlNode;
  readonly location: SourceLocation;
}

export interface IdlMember {
  readonly name: string;
  /** Absent when the target is elided (`$name`): it comes from a mixin or the bound resource. */
  readonly target?: ShapeRef;
  readonly traits: readonly IdlTrait[];
  readonly location: SourceLocation;
}

interface IdlShapeBase {
  readonly id: ShapeId;
  readonly location: SourceLocation;
  readonly traits: IdlTrait[];
  readonly mixins: readonly ShapeRef[];
}

export type IdlShape =
  | (IdlShapeBase & { readonly kind: "simple"; readonly type: SimpleType })
  | (IdlShapeBase & {
      readonly kind: "aggregate";
      readonly type: "structure" | "union" | "enum" | "intEnum" | "list" | "set" | "map";
      readonly members: readonly IdlMember[];
      /** `for Resource`: elided members may take their targets from the resource. */
      readonly forResource?: ShapeRef;
    })
  | (IdlShapeBase & {
      readonly kind: "operation";
      readonly type: "operation";
      readonly input?: ShapeRef;
      readonly output?: ShapeRef;
      readonly errors: readonly ShapeRef[];
    })
  | (IdlShapeBase & {
      readonly kind: "service";
      readonly type: "service";
      readonly version?: string;
      readonly operations: readonly ShapeRef[];
      readonly resources: readonly ShapeRef[];
      readonly errors: readonly ShapeRef[];
      readonly rename: readonly { readonly id: ShapeRef; readonly name: string }[];
    })
  | (IdlShapeBase & {
      readonly kind: "resource";
      readonly type: "resource";
      readonly identifiers: readonly { readonly name: string; readonly target: ShapeRef }[];
      readonly properties: readonly { readonly name: string; readonly target: ShapeRef }[];
      readonly lifecycle: Partial<Record<LifecycleOperation, ShapeRef>>;
      readonly operations: readonly ShapeRef[];
      readonly collectionOperations: readonly ShapeRef[];
      readonly resources: readonly ShapeRef[];
    });

export interface ApplyStatement {
  readonly target: ShapeRef;
  readonly traits: readonly IdlTrait[];
  readonly location: SourceLocation;
}

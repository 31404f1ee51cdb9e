import type { Model } from "../model/model.js";
import { compareCodeUnits, type NodeObject } from "../model/node.js";
import type { ShapeId } from "../model/shape-id.js";
import type { Traits } from "../model/shapes.js";
import { nodeKey, renderNode, WIDTH } from "./node-text.js";
import { createIdlScope, type NamespaceNames } from "./references.js";
import { applyText, inheritedMemberApplies, shapeText } from "./shape-text.js";

/** Traits applied to a shape from this file with `apply` (the shape itself may be in another file). */
export interface IdlApply {
  readonly target: ShapeId;
  readonly traits: Traits;
}

/** What one IDL file holds. */
export interface IdlFileSpec {
  /** Absent only in a file of metadata alone (a model without shapes). */
  readonly namespace?: string;
  /** Shape statements, in this order. */
  readonly shapes: readonly ShapeId[];
  /** Traits left out of these shapes' statements (they are applied by another file). */
  readonly omitTraits?: ReadonlyMap<ShapeId, ReadonlySet<ShapeId>>;
  readonly applies?: readonly IdlApply[];
  readonly metadata?: NodeObject;
  /** A `//` comment at the top of the file (not documentation). */
  readonly header?: string;
}

/**
 * One IDL 2.0 file: `$version`, metadata, namespace, `use` statements, the shape statements (each
 * followed by the `apply` statements of its inherited members), then the file's other `apply`
 * statements, separated by blank lines. The same model and spec always give the same text.
 */
export function writeIdlFile(model: Model, names: NamespaceNames, spec: IdlFileSpec): string {
  if (spec.namespace === undefined && (spec.shapes.length > 0 || spec.applies?.length)) throw new Error("shapes need a namespace");
  const scope = createIdlScope(spec.namespace ?? "", names, (id) => model.getShape(id)?.type);
  const blocks: string[] = [];
  for (const id of spec.shapes) {
    const shape = model.expectShape(id);
    blocks.push(shapeText(scope, shape, spec.omitTraits?.get(id)));
    const applies = inheritedMemberApplies(scope, shape);
    if (applies.length) blocks.push(applies.join("\n"));
  }
  for (const apply of spec.applies ?? []) blocks.push(applyText(scope, apply.target, apply.traits));

  const head: string[] = [];
  if (spec.header) head.push(...spec.header.split("\n").map((line) => (line ? `// ${line}` : "//")), "");
  head.push('$version: "2.0"', "");
  const metadata = spec.metadata ?? {};
  const keys = Object.keys(metadata).sort(compareCodeUnits);
  for (const key of keys) {
    const start = `metadata ${nodeKey(key)} = `;
    head.push(start + renderNode(metadata[key]!, "", WIDTH - start.length));
  }
  if (keys.length) head.push("");
  if (spec.namespace !== undefined) head.push(`namespace ${spec.namespace}`, "");
  const uses = scope.uses();
  if (uses.length) head.push(...uses.map((id) => `use ${id}`), "");
  return blocks.length ? `${head.join("\n")}\n${blocks.join("\n\n")}\n` : head.join("\n");
}

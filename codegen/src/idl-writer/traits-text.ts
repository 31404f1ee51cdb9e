import { compareCodeUnits, isNodeObject, type NodeValue } from "../model/node.js";
import type { ShapeId } from "../model/shape-id.js";
import type { Traits } from "../model/shapes.js";
import { INDENT, inlineNode, renderEntries, renderNode, WIDTH } from "./node-text.js";
import type { IdlScope } from "./references.js";
import { docComment } from "./strings.js";

export const DOCUMENTATION = "smithy.api#documentation";
export const DEFAULT = "smithy.api#default";
export const ENUM_VALUE = "smithy.api#enumValue";

/** One trait application, `@name`, `@name(value)` or `@name(key: value, ...)`, starting at `indent`. */
export function traitText(scope: IdlScope, traitId: ShapeId, value: NodeValue, indent: string): string {
  const name = `@${scope.ref(traitId)}`;
  if (isNodeObject(value)) {
    const keys = Object.keys(value);
    // `@name` alone is an empty object for a structure or map trait (or one without a definition)
    if (keys.length === 0) {
      const type = scope.typeOf(traitId);
      return type === undefined || type === "structure" || type === "map" ? name : `${name}({})`;
    }
    const room = WIDTH - indent.length - name.length - 2;
    const flat = inlineNode(value, room + 4);
    // `@name(a: 1, b: 2)`: the braces of a structure value are left out
    if (flat !== undefined) return `${name}(${flat.slice(2, -2)})`;
    return `${name}(\n${renderEntries(value, indent + INDENT).join("\n")}\n${indent})`;
  }
  return `${name}(${renderNode(value, indent, WIDTH - indent.length - name.length - 2)})`;
}

export interface TraitLinesOptions {
  /** Write `@documentation` as `///` comments when it can be (not in `apply` statements). */
  readonly docComments: boolean;
  /** Traits written elsewhere (member sugar such as `= default`, enum values). */
  readonly skip?: ReadonlySet<ShapeId>;
}

/** The lines of a shape's or member's traits: documentation first, then the others by id. */
export function traitLines(scope: IdlScope, traits: Traits, indent: string, options: TraitLinesOptions): string[] {
  const lines: string[] = [];
  const ids = Object.keys(traits)
    .filter((id) => !options.skip?.has(id))
    .sort(compareCodeUnits);
  const doc = traits[DOCUMENTATION];
  if (options.docComments && typeof doc === "string" && ids.includes(DOCUMENTATION)) {
    const comment = docComment(doc, indent);
    if (comment) {
      lines.push(...comment);
      ids.splice(ids.indexOf(DOCUMENTATION), 1);
    }
  }
  for (const id of ids) lines.push(indent + traitText(scope, id, traits[id]!, indent));
  return lines;
}


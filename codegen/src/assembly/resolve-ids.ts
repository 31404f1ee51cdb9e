import { isIdentifier, PRELUDE_NAMESPACE, tryParseShapeId, type ShapeId } from "../model/shape-id.js";
import type { ShapeType } from "../model/shapes.js";

/** Which root shapes exist in the whole model (every file, the prelude, the bundled traits). */
export interface ShapeTypeIndex {
  typeOf(id: ShapeId): ShapeType | undefined;
}

export type Resolution =
  | { readonly kind: "resolved"; readonly id: ShapeId; readonly found: boolean }
  | { readonly kind: "invalid"; readonly message: string };

/**
 * Resolves a shape id as written in an IDL file. An absolute id is taken as is. A relative
 * one names, in this order: the shape brought in by a `use` statement; the shape of the file's
 * namespace, defined in any file of the model (forward references included); the prelude
 * shape. When none exists it stays in the file's namespace and `found` is false.
 */
export function resolveShapeId(
  text: string,
  namespace: string | undefined,
  uses: ReadonlyMap<string, { readonly id: ShapeId }>,
  index: ShapeTypeIndex,
): Resolution {
  if (text.includes("#")) {
    const parsed = tryParseShapeId(text);
    if (!parsed) return { kind: "invalid", message: `Invalid shape id \`${text}\`` };
    const root = `${parsed.namespace}#${parsed.name}`;
    return { kind: "resolved", id: text, found: index.typeOf(root) !== undefined };
  }
  const dollar = text.indexOf("$");
  const name = dollar < 0 ? text : text.slice(0, dollar);
  const member = dollar < 0 ? undefined : text.slice(dollar + 1);
  if (!isIdentifier(name) || (member !== undefined && !isIdentifier(member))) {
    return { kind: "invalid", message: `Invalid shape id \`${text}\`` };
  }
  const withMember = (root: ShapeId): ShapeId => (member === undefined ? root : `${root}$${member}`);
  const imported = uses.get(name);
  if (imported) return { kind: "resolved", id: withMember(imported.id), found: index.typeOf(imported.id) !== undefined };
  const local = `${namespace ?? PRELUDE_NAMESPACE}#${name}`;
  if (index.typeOf(local) !== undefined) return { kind: "resolved", id: withMember(local), found: true };
  const prelude = `${PRELUDE_NAMESPACE}#${name}`;
  if (index.typeOf(prelude) !== undefined) return { kind: "resolved", id: withMember(prelude), found: true };
  return { kind: "resolved", id: withMember(local), found: false };
}

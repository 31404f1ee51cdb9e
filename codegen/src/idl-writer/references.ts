import type { Model } from "../model/model.js";
import { compareCodeUnits } from "../model/node.js";
import type { ShapeType } from "../model/shapes.js";
import { PRELUDE_NAMESPACE, shapeIdName, shapeIdNamespace, type ShapeId } from "../model/shape-id.js";

/**
 * How one IDL file names shapes. The loader resolves a relative id through the file's `use`
 * statements, then the namespace (in any file), then the prelude: a shape of the file's namespace
 * is written by its name; a prelude shape by its name unless the namespace defines that name; any
 * other shape by its name with a `use` statement when the name is free (not in the namespace, not
 * in the prelude, not used for another shape), else by its absolute id.
 */
export interface IdlScope {
  readonly namespace: string;
  /** The id (a shape or a member) as this file writes it. */
  ref(id: ShapeId): string;
  /** The `use` statements the references so far need, sorted. */
  uses(): ShapeId[];
  /** The type of a shape of the model (a trait's type decides what `@trait` alone means). */
  typeOf(id: ShapeId): ShapeType | undefined;
}

/** The shape names of each namespace of the model, which a scope must not shadow. */
export type NamespaceNames = ReadonlyMap<string, ReadonlySet<string>>;

export function namespaceNames(model: Model, extra: Iterable<ShapeId> = []): NamespaceNames {
  const out = new Map<string, Set<string>>();
  for (const id of [...model.shapes.keys(), ...extra]) {
    const namespace = shapeIdNamespace(id);
    let names = out.get(namespace);
    if (!names) out.set(namespace, (names = new Set()));
    names.add(shapeIdName(id));
  }
  return out;
}

export function createIdlScope(namespace: string, names: NamespaceNames, typeOf: (id: ShapeId) => ShapeType | undefined): IdlScope {
  const local = names.get(namespace) ?? new Set<string>();
  const prelude = names.get(PRELUDE_NAMESPACE) ?? new Set<string>();
  const used = new Map<string, ShapeId>();

  const rootRef = (root: ShapeId): string => {
    const namespaceOf = shapeIdNamespace(root);
    const name = shapeIdName(root);
    if (namespaceOf === namespace) return name;
    if (namespaceOf === PRELUDE_NAMESPACE) return local.has(name) || used.has(name) ? root : name;
    const previous = used.get(name);
    if (previous !== undefined) return previous === root ? name : root;
    if (local.has(name) || prelude.has(name)) return root;
    used.set(name, root);
    return name;
  };

  return {
    namespace,
    ref(id) {
      const dollar = id.indexOf("$");
      return dollar < 0 ? rootRef(id) : `${rootRef(id.slice(0, dollar))}${id.slice(dollar)}`;
    },
    uses: () => [...used.values()].sort(compareCodeUnits),
    typeOf,
  };
}

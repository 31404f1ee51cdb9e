/**
 * Where a value sits in the document being read or written: the text of the root's path (`"$"`),
 * or the path of its container and its key there (a member name, a list index or a map key).
 * Converters hand their children `{ parent: path, key }` rather than text, so that the text
 * (`$.exportSnapshotRecords[3].createdAt`) is built only when something is wrong there.
 */
export type ValuePath = string | { readonly parent: ValuePath; readonly key: string | number };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The text of a path: `$.name`, `$["a-b"]` (a key that is no identifier), `$[3]`. */
export function pathText(path: ValuePath): string {
  return typeof path === "string" ? path : memberPathText(pathText(path.parent), path.key);
}

/** The text of member `key` (`$.name`, `$["a-b"]`) or element `key` (`$[3]`) of the value at `path`. */
export function memberPathText(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/**
 * Absolute shape ids: `namespace#Name` for shapes and `namespace#Name$member` for members.
 */
export type ShapeId = string;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NAMESPACE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export interface ParsedShapeId {
  readonly namespace: string;
  readonly name: string;
  readonly member?: string;
}

export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text);
}

export function isNamespace(text: string): boolean {
  return NAMESPACE.test(text);
}

/** Parses an absolute shape id; returns undefined when the text is not one. */
export function tryParseShapeId(text: string): ParsedShapeId | undefined {
  const hash = text.indexOf("#");
  if (hash <= 0) return undefined;
  const namespace = text.slice(0, hash);
  const rest = text.slice(hash + 1);
  const dollar = rest.indexOf("$");
  const name = dollar < 0 ? rest : rest.slice(0, dollar);
  const member = dollar < 0 ? undefined : rest.slice(dollar + 1);
  if (!isNamespace(namespace) || !isIdentifier(name)) return undefined;
  if (member !== undefined && !isIdentifier(member)) return undefined;
  return member === undefined ? { namespace, name } : { namespace, name, member };
}

export function isAbsoluteShapeId(text: string): boolean {
  return tryParseShapeId(text) !== undefined;
}

export function shapeIdNamespace(id: ShapeId): string {
  return id.slice(0, id.indexOf("#"));
}

/** The shape name without namespace or member: `com.foo#Bar$baz` -> `Bar`. */
export function shapeIdName(id: ShapeId): string {
  const rest = id.slice(id.indexOf("#") + 1);
  const dollar = rest.indexOf("$");
  return dollar < 0 ? rest : rest.slice(0, dollar);
}

export function memberId(container: ShapeId, member: string): ShapeId {
  return `${container}$${member}`;
}

export const PRELUDE_NAMESPACE = "smithy.api";

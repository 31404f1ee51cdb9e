import type { Model, StructureShape } from "@smithy-gen/codegen";

/**
 * Properties every error instance already has (`Error`, `ServiceException`, `Object.prototype`).
 * The types target exposes a modelled member of one of these names as `<name>_`; `message` (a
 * string) is the exception's own message. Written out here rather than imported so that the
 * harness checks the generated classes against the documented rule, not against itself.
 */
const RESERVED = new Set([
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  "__proto__",
  "cause",
  "constructor",
  "hasOwnProperty",
  "isPrototypeOf",
  "name",
  "propertyIsEnumerable",
  "stack",
  "toLocaleString",
  "toString",
  "valueOf",
]);

/** The property of an error instance that holds the modelled member `member` of `shape`. */
export function errorPropertyOf(model: Model, shape: StructureShape, member: string): string {
  const target = shape.members.get(member);
  if (member === "message" && target && model.expectShape(target.target).type === "string") return "message";
  return RESERVED.has(member) || member === "message" ? `${member}_` : member;
}

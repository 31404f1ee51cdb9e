import { ModelError } from "../../model/diagnostics.js";
import type { Model } from "../../model/model.js";
import type { MemberShape, MembersShape } from "../../model/shapes.js";
import { isErrorShape } from "../../core/symbols.js";

/**
 * Members of TypeScript's `Object` interface. Every object type has them, so an interface with an
 * optional member `constructor?: string` accepts no object literal that leaves it out (its
 * `constructor` is a `Function`). A model member of one of these names becomes `<name>_`.
 */
export const OBJECT_PROTOTYPE_PROPERTIES: ReadonlySet<string> = new Set([
  "constructor",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "toString",
  "valueOf",
]);

/**
 * Properties an error instance already has through `Error`, `ServiceException` and
 * `Object.prototype`: a modelled member of the same name cannot be a field of the error class
 * (its type would clash, or assigning it would break the instance, as `__proto__` would), so it
 * becomes `<name>_` too. `message` is the exception's own message and stays.
 */
export const ERROR_INSTANCE_PROPERTIES: ReadonlySet<string> = new Set([
  ...OBJECT_PROTOTYPE_PROPERTIES,
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  "__proto__",
  "cause",
  "name",
  "stack",
]);

/** One member of a structure or union and the TypeScript property that holds it. */
export interface MemberProperty {
  readonly member: MemberShape;
  /** The property name in the generated type (and in an error's constructor options). */
  readonly property: string;
  /** True for an error's `message`, which `ServiceException` already declares and sets. */
  readonly inherited: boolean;
}

/**
 * The properties of a structure's, union's or error's members, in model order. A member keeps
 * its name unless it is one of {@link OBJECT_PROTOTYPE_PROPERTIES} (or, for errors,
 * {@link ERROR_INSTANCE_PROPERTIES}): then its property is `<name>_`. Serde reads and writes
 * members through these property names; the wire keeps the member names.
 */
export function memberProperties(model: Model, shape: MembersShape): MemberProperty[] {
  const error = isErrorShape(shape);
  const reserved = error ? ERROR_INSTANCE_PROPERTIES : OBJECT_PROTOTYPE_PROPERTIES;
  const names = new Set(shape.members.keys());
  const out: MemberProperty[] = [];
  for (const member of shape.members.values()) {
    if (error && member.name === "message" && model.expectShape(member.target, member.location).type === "string") {
      out.push({ member, property: "message", inherited: true });
      continue;
    }
    if (!reserved.has(member.name) && !(error && member.name === "message")) {
      out.push({ member, property: member.name, inherited: false });
      continue;
    }
    const property = `${member.name}_`;
    if (names.has(property)) {
      throw ModelError.at(
        member.location ?? shape.location,
        `${shape.id}: the member \`${member.name}\` would become the property \`${property}\`, which another member already uses`,
        "Naming",
      );
    }
    out.push({ member, property, inherited: false });
  }
  return out;
}

/** The TSDoc line that explains a renamed member. */
export function renamedMemberNote(entry: MemberProperty): string[] {
  const { name } = entry.member;
  if (entry.property === name) return [];
  const holder = OBJECT_PROTOTYPE_PROPERTIES.has(name) ? "object" : "error";
  return [`The model's member \`${name}\`, renamed because every ${holder} already has a \`${name}\` property.`];
}

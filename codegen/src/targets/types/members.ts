import { hasTrait } from "../../model/model.js";
import type { MemberShape } from "../../model/shapes.js";

/**
 * Whether the member is always present in the generated type: `@required`, unless the model
 * marks it `@clientOptional` (Smithy's way of telling clients not to rely on its presence).
 */
export function isRequiredMember(member: MemberShape): boolean {
  return hasTrait(member, "smithy.api#required") && !hasTrait(member, "smithy.api#clientOptional");
}

/** An object literal key: like `propertyKey`, but `__proto__` is computed so it stays an own property. */
export function objectLiteralKey(name: string): string {
  if (name === "__proto__") return '["__proto__"]';
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

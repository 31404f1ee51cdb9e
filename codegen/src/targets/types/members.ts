import { hasTrait } from "../../model/model.js";
import type { MemberShape } from "../../model/shapes.js";

/**
 * Whether the member is always present in the generated type: `@required`, unless the model
 * marks it `@clientOptional` (Smithy's way of telling clients not to rely on its presence).
 */
export function isRequiredMember(member: MemberShape): boolean {
  return hasTrait(member, "smithy.api#required") && !hasTrait(member, "smithy.api#clientOptional");
}

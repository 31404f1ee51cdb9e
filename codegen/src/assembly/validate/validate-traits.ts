import { hasTrait } from "../../model/model.js";
import type { ShapeId } from "../../model/shape-id.js";
import { membersOf, type Shape, type Traits } from "../../model/shapes.js";
import type { ValidationRule } from "./context.js";

type TraitStatus = "ok" | "unknown" | "not-a-trait";

/**
 * Every applied trait must have a trait definition (a shape marked `@trait`). An unknown trait
 * is a warning, or an error in strict mode (Smithy's own default is an error; a generator that
 * only reads a model can go on without the definition).
 */
export const validateTraits: ValidationRule = (context) => {
  const status = new Map<ShapeId, TraitStatus>();
  const statusOf = (trait: ShapeId): TraitStatus => {
    let result = status.get(trait);
    if (result === undefined) {
      const definition = context.shapes.get(trait);
      result = !definition ? "unknown" : hasTrait(definition, "smithy.api#trait") ? "ok" : "not-a-trait";
      status.set(trait, result);
    }
    return result;
  };
  const checkTraits = (target: ShapeId, traits: Traits, fallback: Shape["location"]): void => {
    for (const trait in traits) {
      const result = statusOf(trait);
      if (result === "ok") continue;
      const location = context.traitLocation(target, trait) ?? fallback;
      if (result === "unknown") {
        context.report(
          context.strict ? "error" : "warning",
          `Unable to resolve trait \`${trait}\`. If this is a custom trait, then it must be defined before it can be used in a model.`,
          location,
          "UnknownTrait",
        );
      } else {
        context.report("error", `Trait \`${trait}\` applied to \`${target}\` is not a trait: its shape is not marked with @trait`, location, "Trait");
      }
    }
  };
  for (const shape of context.checked) {
    checkTraits(shape.id, shape.traits, shape.location);
    for (const member of membersOf(shape)) if (member) checkTraits(member.id, member.traits, member.location ?? shape.location);
  }
};


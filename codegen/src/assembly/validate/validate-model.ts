import type { ValidationContext, ValidationRule } from "./context.js";
import { validateDefaults } from "./validate-defaults.js";
import { validateEnums } from "./validate-enums.js";
import { validateMixinShapes } from "./validate-mixin-shapes.js";
import { validateTargets } from "./validate-targets.js";
import { validateTraitValues } from "./validate-trait-values.js";
import { validateTraits } from "./validate-traits.js";
import { validateShapeTypeVersions } from "./validate-versions.js";

/** The checks run on every assembled model, in this order. */
export const MODEL_RULES: readonly ValidationRule[] = [
  validateShapeTypeVersions,
  validateTargets,
  validateMixinShapes,
  validateEnums,
  validateDefaults,
  validateTraits,
  validateTraitValues,
];

export function validateModel(context: ValidationContext): void {
  for (const rule of MODEL_RULES) rule(context);
}

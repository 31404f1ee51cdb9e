import { hasTrait } from "../../model/model.js";
import type { ValidationRule } from "./context.js";

/**
 * Smithy's limits on what a mixin may define: an operation mixin has no input or output (they
 * stay `smithy.api#Unit`), a resource mixin no identifiers or properties.
 */
export const validateMixinShapes: ValidationRule = (context) => {
  for (const shape of context.checked) {
    if (!hasTrait(shape, "smithy.api#mixin")) continue;
    if (shape.type === "operation" && (shape.input !== undefined || shape.output !== undefined)) {
      context.report(
        "error",
        `Operation shapes with the mixin trait MUST target \`smithy.api#Unit\` for their input and output. Operation mixin shape \`${shape.id}\` defines one or both of these properties.`,
        shape.location,
        "Model",
      );
    }
    if (shape.type === "resource" && (Object.keys(shape.identifiers).length > 0 || Object.keys(shape.properties).length > 0)) {
      context.report(
        "error",
        `Resource shapes with the mixin trait may not define any properties. Resource mixin shape \`${shape.id}\` defines one or more properties.`,
        shape.location,
        "Model",
      );
    }
  }
};

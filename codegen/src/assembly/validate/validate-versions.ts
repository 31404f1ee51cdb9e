import type { ValidationRule } from "./context.js";

/**
 * What one version of Smithy does not have: `enum` and `intEnum` shapes and resource
 * properties in 1.0, `set` shapes in 2.0. (The IDL parser already rejects most of these; JSON
 * AST files are checked here.)
 */
export const validateShapeTypeVersions: ValidationRule = (context) => {
  for (const shape of context.checked) {
    const version = context.versionOf(shape.id);
    if (version === "1.0" && shape.type === "resource" && Object.keys(shape.properties).length > 0) {
      context.report(
        "error",
        `${shape.id}: Resource properties can only be used with Smithy version 2 or later. Attempted to use resource properties with version \`1.0\`.`,
        shape.location,
        "Model",
      );
    }
    const unsupported =
      version === "1.0" ? shape.type === "enum" || shape.type === "intEnum" : version === "2.0" ? shape.type === "set" : false;
    if (unsupported) {
      context.report("error", `${shape.id}: ${shape.type} shapes cannot be used in Smithy version ${version}`, shape.location, "Model");
    }
  }
};

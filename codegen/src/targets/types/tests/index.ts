import type { PackageBuilder } from "../../../core/generated-package.js";
import type { TargetContext } from "../../../core/target.js";
import type { Shape } from "../../../model/shapes.js";
import { isEnumLike } from "../enum-values.js";
import type { RecursionIndex } from "../recursion.js";
import { writeCheckerFile } from "./checker-file.js";
import { writeModelRulesFile } from "./model-rules.js";
import { errorStructures, writeArbitrariesTest, writeEnumsTest, writeErrorsTest, writeSettingsFile, writeVitestConfig } from "./test-files.js";

/**
 * The types package's own tests (vitest + fast-check): arbitraries satisfy the model's
 * constraints, enums list the model's values, error classes behave.
 */
export function writeTypesTests(
  context: TargetContext,
  pkg: PackageBuilder,
  shapes: { readonly declared: readonly Shape[]; readonly arbitrary: readonly Shape[]; readonly recursion: RecursionIndex },
): void {
  writeSettingsFile(pkg);
  writeVitestConfig(pkg);
  writeModelRulesFile(context, pkg);
  writeCheckerFile(pkg);
  writeArbitrariesTest(context, pkg, shapes.arbitrary);
  writeEnumsTest(context, pkg, shapes.declared.filter(isEnumLike));
  writeErrorsTest(context, pkg, errorStructures(shapes.declared), shapes.recursion);
}

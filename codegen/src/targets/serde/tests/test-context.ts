import type { PackageBuilder } from "../../../core/generated-package.js";
import type { TargetContext } from "../../../core/target.js";
import type { TsFile } from "../../../core/ts-file.js";
import type { ShapeId } from "../../../model/shape-id.js";
import type { MemberShape, Shape } from "../../../model/shapes.js";
import type { ConverterNames } from "../../../protocols/protocol.js";
import type { SerdeErrorClasses } from "../error-classes.js";
import type { SerdePlan } from "../serde-plan.js";
import type { ExpectedValues } from "./expected-values.js";
import type { TestSupport } from "./support-file.js";

/** What the generators of the serde package's tests share. */
export interface TestContext {
  readonly target: TargetContext;
  readonly pkg: PackageBuilder;
  readonly plan: SerdePlan;
  readonly support: TestSupport;
  readonly errors: SerdeErrorClasses;
  /** What a value reads back as (its left-out members' defaults filled in), for comparisons. */
  readonly expected: ExpectedValues;
  /** Every shape's converters, in `src/` or `test/converters/` (see `converterNames`). */
  readonly converters: ConverterNames;
  typeOf(file: TsFile, id: ShapeId): string;
  /** The TypeScript property of a member (some are renamed, e.g. `constructor_`, an error's `name_`). */
  propertyName(shape: Shape, member: MemberShape): string;
}

import type { PackageBuilder } from "../../../core/generated-package.js";
import type { TargetContext } from "../../../core/target.js";
import type { TsSymbol } from "../../../core/ts-file.js";
import { membersOf, type MemberShape, type Shape } from "../../../model/shapes.js";
import type { ProtocolGenerator } from "../../../protocols/protocol.js";
import type { SerdeErrorClasses } from "../error-classes.js";
import { createGeneratorContext } from "../generator-context.js";
import type { SerdePlan } from "../serde-plan.js";
import { writeEnumTests } from "./enum-tests.js";
import { writeErrorTests } from "./error-tests.js";
import { writeExpectedValues } from "./expected-values.js";
import { writeOperationTests } from "./operation-tests.js";
import { writeRoundTripTests } from "./round-trip-tests.js";
import { writeTestSupportFile } from "./support-file.js";
import type { TestContext } from "./test-context.js";

/** `ArbitraryOptions` of the types package's `./arbitraries`. */
function arbitraryOptionsSymbol(target: TargetContext): TsSymbol {
  const { symbols } = target;
  const sample = symbols.arbitraryHome(symbols.index.service.id);
  return symbols.symbol({ ...sample, name: "ArbitraryOptions" }, "serde");
}

/**
 * The serde package's generated tests, grouped by kind in a few files so that a big model's
 * tests stay fast: round trips, enums, errors and operations, plus `test/support.ts` (and
 * `test/expected.ts` when a model has defaults to fill in).
 */
export function writeSerdeTests(target: TargetContext, pkg: PackageBuilder, plan: SerdePlan, generator: ProtocolGenerator, errors: SerdeErrorClasses): void {
  const generatorContext = createGeneratorContext(target, pkg, plan, errors);
  const base: Omit<TestContext, "expected"> = {
    target,
    pkg,
    plan,
    errors,
    support: writeTestSupportFile(pkg, generator, arbitraryOptionsSymbol(target), {
      bigDecimal: plan.shapes.some((shape) => [...membersOf(shape)].some((member) => target.model.getShape(member.target)?.type === "bigDecimal")),
    }),
    converters: generatorContext.names,
    typeOf: generatorContext.typeOf,
    propertyName: (shape: Shape, member: MemberShape) => generatorContext.propertyName(shape, member),
  };
  const context: TestContext = { ...base, expected: writeExpectedValues(base) };
  writeRoundTripTests(context);
  writeEnumTests(context);
  writeErrorTests(context);
  writeOperationTests(context);
}

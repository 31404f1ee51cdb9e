import type { PackageBuilder } from "../../../core/generated-package.js";
import { isErrorShape } from "../../../core/symbols.js";
import type { TargetContext } from "../../../core/target.js";
import type { TsFile } from "../../../core/ts-file.js";
import type { Shape, StructureShape } from "../../../model/shapes.js";
import { structureEntries, structureRecord } from "../arbitraries/arbitrary-file.js";
import type { ArbitraryScope } from "../arbitraries/expressions.js";
import { FAST_CHECK } from "../arbitraries/support-files.js";
import { faultOf } from "../error-file.js";
import { enumEntries, isEnumLike, isIntEnum } from "../enum-values.js";
import type { RecursionIndex } from "../recursion.js";
import { getTrait } from "../../../model/model.js";
import { isNodeObject } from "../../../model/node.js";
import { CHECKER_FILE } from "./checker-file.js";

export const SETTINGS_FILE = "test/support/settings.ts";

const vitest = (file: TsFile, name: string): string => file.value({ name, from: "vitest" });
const fc = (file: TsFile, name: string): string => file.value({ name, from: FAST_CHECK });

/** `test/support/settings.ts`: fast-check run settings shared by the generated tests. */
export function writeSettingsFile(pkg: PackageBuilder): void {
  const file = pkg.tsFile(SETTINGS_FILE);
  file.declare("FC_SETTINGS");
  file.line(`/**
 * fast-check settings of the generated tests: \`FC_NUM_RUNS\` runs per property (default 100) and,
 * to replay a failure, the \`FC_SEED\` it printed. Failures are never retried.
 */
export const FC_SETTINGS = {
  numRuns: Number(process.env["FC_NUM_RUNS"] ?? "100"),
  ...(process.env["FC_SEED"] !== undefined ? { seed: Number(process.env["FC_SEED"]) } : {}),
};`);
}

/**
 * `vitest.config.ts`: a property over a large recursive structure (a page of backups, each with
 * its file system) runs for seconds, longer than vitest's default timeout of 5 seconds. The
 * arbitraries import the package by its name (see `seenFromArbitraries`); in the package's own
 * tests that name is its source, the module the tests import, so that both see one copy.
 */
export function writeVitestConfig(pkg: PackageBuilder): void {
  const file = pkg.tsFile("vitest.config.ts");
  const defineConfig = file.value({ name: "defineConfig", from: "vitest/config" });
  const fileURLToPath = file.value({ name: "fileURLToPath", from: "node:url" });
  file.line(`export default ${defineConfig}({`);
  file.line(`  resolve: { alias: { ${JSON.stringify(pkg.name)}: ${fileURLToPath}(new URL("./src/index.ts", import.meta.url)) } },`);
  file.line("  test: { include: [\"test/**/*.test.ts\"], testTimeout: 60_000 },");
  file.line("});");
}

/** `test/arbitraries.test.ts`: every arbitrary's values satisfy the model's constraints. */
export function writeArbitrariesTest(context: TargetContext, pkg: PackageBuilder, arbitrary: readonly Shape[]): void {
  const { symbols } = context;
  const file = pkg.tsFile("test/arbitraries.test.ts");
  const [describe, expect, it] = ["describe", "expect", "it"].map((n) => vitest(file, n));
  const [assert, property] = ["assert", "property"].map((n) => fc(file, n));
  const violations = file.value({ name: "violations", from: CHECKER_FILE });
  const settings = file.value({ name: "FC_SETTINGS", from: SETTINGS_FILE });
  const check = (name: string, call: string, id: string, unknown: boolean): void => {
    file.block(`${it}(${JSON.stringify(name)}, () => {`, () => {
      const check = `${violations}(${JSON.stringify(id)}, value${unknown ? ", { unknown: true }" : ""})`;
      file.line(`${assert}(${property}(${call}, (value) => void ${expect}(${check}).toEqual([])), ${settings});`);
    }, "});");
  };
  file.block(`${describe}("arbitraries satisfy the model's constraints", () => {`, () => {
    for (const shape of arbitrary) {
      const name = file.value(symbols.symbol(symbols.arbitraryHome(shape.id), "types"));
      check(symbols.arbitraryHome(shape.id).name, `${name}()`, shape.id, false);
    }
  }, "});");
  const open = arbitrary.filter((s) => isEnumLike(s) || s.type === "union");
  if (open.length === 0) return;
  file.line();
  file.block(`${describe}("with unknown enum values and union members, arbitraries still give well-formed values", () => {`, () => {
    for (const shape of open) {
      const name = file.value(symbols.symbol(symbols.arbitraryHome(shape.id), "types"));
      const options = isEnumLike(shape) ? "{ unknownEnumValues: true }" : "{ unknownUnionMembers: true, unknownEnumValues: true }";
      check(symbols.arbitraryHome(shape.id).name, `${name}(${options})`, shape.id, true);
    }
  }, "});");
}

/** A value of the enum's type that is not one of its known values. */
function unknownValue(values: readonly (string | number)[], numeric: boolean): string {
  if (numeric) return String(Math.max(0, ...(values as number[])) + 1);
  let text = "a value this client does not know";
  while (values.includes(text)) text += "!";
  return JSON.stringify(text);
}

/** `test/enums.test.ts`: every enum object lists exactly the model's values, and its type stays open. */
export function writeEnumsTest(context: TargetContext, pkg: PackageBuilder, enums: readonly Shape[]): void {
  if (enums.length === 0) return;
  const { symbols } = context;
  const file = pkg.tsFile("test/enums.test.ts");
  const [describe, expect, it] = ["describe", "expect", "it"].map((n) => vitest(file, n));
  file.block(`${describe}("enums list exactly the model's values", () => {`, () => {
    for (const shape of enums) {
      const name = file.value(symbols.symbol(symbols.typeHome(shape.id), "types"));
      const entries = enumEntries(shape);
      file.block(`${it}(${JSON.stringify(symbols.typeName(shape.id))}, () => {`, () => {
        file.line(`${expect}(Object.entries(${name})).toEqual([`);
        file.indent(() => {
          for (const entry of entries) file.line(`[${JSON.stringify(entry.key)}, ${JSON.stringify(entry.value)}],`);
        });
        file.line("]);");
        file.line(`// The type accepts values the service may add later.`);
        file.line(`const later: ${name} = ${unknownValue(entries.map((e) => e.value), isIntEnum(shape))};`);
        file.line(`${expect}(Object.values(${name})).not.toContain(later);`);
      }, "});");
    }
  }, "});");
}

/** `test/errors.test.ts`: each error class's name, fault, class chain and members. */
export function writeErrorsTest(context: TargetContext, pkg: PackageBuilder, errors: readonly StructureShape[], recursion: RecursionIndex): void {
  const { symbols } = context;
  const file = pkg.tsFile("test/errors.test.ts");
  const [describe, expect, it] = ["describe", "expect", "it"].map((n) => vitest(file, n));
  const [assert, property] = ["assert", "property"].map((n) => fc(file, n));
  const settings = file.value({ name: "FC_SETTINGS", from: SETTINGS_FILE });
  const serviceException = file.value({ name: "ServiceException", from: "@smithy/core/client" });
  const base = file.value(symbols.symbol(symbols.serviceExceptionHome(), "types"));
  const scope: ArbitraryScope = { context, file, recursion, options: "{}" };

  file.block(`${describe}(${JSON.stringify(symbols.serviceExceptionHome().name)}, () => {`, () => {
    file.block(`${it}("is a ServiceException and an Error", () => {`, () => {
      file.line(`const error = new ${base}({ name: "UnmodelledError", $fault: "server", $metadata: {}, message: "unmodelled" });`);
      file.line(`${expect}(error).toBeInstanceOf(${serviceException});`);
      file.line(`${expect}(error).toBeInstanceOf(Error);`);
      file.line(`${expect}(error.name).toBe("UnmodelledError");`);
      file.line(`${expect}(error.message).toBe("unmodelled");`);
    }, "});");
  }, "});");

  const classes = errors.map((shape) => file.value(symbols.symbol(symbols.typeHome(shape.id), "types")));
  errors.forEach((shape, i) => {
    const errorClass = classes[i]!;
    const retryable = getTrait(shape, "smithy.api#retryable");
    const other = errors.length > 1 ? classes[(i + 1) % errors.length] : undefined;
    const construct = `new ${errorClass}({ ...options, $metadata: {} })`;
    file.line();
    file.block(`${describe}(${JSON.stringify(symbols.typeName(shape.id))}, () => {`, () => {
      file.line(`const members = ${structureRecord(scope, structureEntries(scope, shape))};`);
      file.line();
      file.block(`${it}("has its name and fault, and is an instance of its own classes only", () => {`, () => {
        file.line(`${assert}(`);
        file.indent(() => {
          file.block(`${property}(members, (options) => {`, () => {
            file.line(`const error = ${construct};`);
            file.line(`${expect}(error.name).toBe(${JSON.stringify(symbols.shapeName(shape.id))});`);
            file.line(`${expect}(error.$fault).toBe(${JSON.stringify(faultOf(shape))});`);
            if (retryable !== undefined) {
              const throttling = isNodeObject(retryable) && retryable.throttling === true;
              file.line(`${expect}(error.$retryable).toEqual(${throttling ? "{ throttling: true }" : "{}"});`);
            }
            for (const cls of [errorClass, base, serviceException, "Error"]) file.line(`${expect}(error).toBeInstanceOf(${cls});`);
            if (other) file.line(`${expect}(error).not.toBeInstanceOf(${other});`);
          }, "}),");
          file.line(`${settings},`);
        });
        file.line(");");
      }, "});");
      file.line();
      file.block(`${it}("keeps its modelled members", () => {`, () => {
        file.line(`${assert}(`);
        file.indent(() => {
          file.block(`${property}(members, (options) => {`, () => {
            file.line(`const error = ${construct};`);
            file.block(`for (const [key, value] of Object.entries(options)) {`, () => {
              file.line(`${expect}(Object.getOwnPropertyDescriptor(error, key)?.value).toEqual(value);`);
            });
          }, "}),");
          file.line(`${settings},`);
        });
        file.line(");");
      }, "});");
    }, "});");
  });
}

export function errorStructures(declared: readonly Shape[]): StructureShape[] {
  return declared.filter(isErrorShape) as StructureShape[];
}

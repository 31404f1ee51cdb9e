import type { Shape } from "../../model/shapes.js";
import type { PackageBuilder } from "../../core/generated-package.js";
import type { TargetContext } from "../../core/target.js";
import { docToTsdoc } from "../../core/tsdoc.js";
import { deprecatedLines, shapeDocLines } from "./docs.js";
import { enumEntries, isIntEnum } from "./enum-values.js";
import { propertyKey } from "../../core/naming.js";

/**
 * `src/models/<shape>.ts`: the known values as an `as const` object, and a type of the same name
 * that accepts them and any other value, because a service may add values before this client
 * knows them. Known values still autocomplete and can be compared against the object's keys.
 */
export function writeEnumFile(context: TargetContext, pkg: PackageBuilder, shape: Shape): void {
  const home = context.symbols.typeHome(shape.id);
  const file = pkg.tsFile(home.file);
  file.declare(home.name);
  const numeric = isIntEnum(shape);
  file.doc(shapeDocLines(shape, [numeric ? "Known values of an integer enum." : "Known values of a string enum."]));
  file.block(`export const ${home.name} = {`, () => {
    for (const entry of enumEntries(shape)) {
      const docs = docToTsdoc(entry.documentation);
      const deprecated = deprecatedLines(entry.deprecated);
      file.doc(docs.length && deprecated.length ? [...docs, "", ...deprecated] : [...docs, ...deprecated]);
      file.line(`${propertyKey(entry.key)}: ${typeof entry.value === "number" ? String(entry.value) : JSON.stringify(entry.value)},`);
    }
  }, "} as const;");
  file.line();
  file.doc([
    `A value of {@link ${home.name}}: one of its known values, or ${numeric ? "a number" : "a string"} this version of the client does not know yet.`,
  ]);
  file.line(`export type ${home.name} = (typeof ${home.name})[keyof typeof ${home.name}] | (${numeric ? "number" : "string"} & {});`);
}

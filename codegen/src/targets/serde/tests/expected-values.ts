import { isErrorShape } from "../../../core/symbols.js";
import { propertyAccess, propertyKey } from "../../../core/naming.js";
import type { TsFile, TsSymbol } from "../../../core/ts-file.js";
import { shapesHoldingFilledDefaults } from "../../../knowledge/filled-defaults.js";
import { compareCodeUnits } from "../../../model/node.js";
import type { ShapeId } from "../../../model/shape-id.js";
import type { MemberShape, MembersShape } from "../../../model/shapes.js";
import { defaultValueExpression, hasFilledDefault } from "../../../protocols/default-values.js";
import type { TestContext } from "./test-context.js";

export const EXPECTED_VALUES_FILE = "test/expected.ts";

/**
 * What the generated tests expect a value to read back as: the value itself, except that a member
 * it leaves out takes its `@default` (at every level: deserializers fill defaults in, and
 * serializers write those of members nested in an input). Values of shapes that can hold such a
 * member go through `expectedX(value)` functions in `test/expected.ts`.
 */
export interface ExpectedValues {
  /** The expected read-back of `value`, an expression of the shape's type, as printed in `file`. */
  of(file: TsFile, id: ShapeId, value: string): string;
  /**
   * The expected read-back of a member's value `value` (`undefined` when left out), as printed in
   * `file`: an expression to use as a property's value (it may be a conditional).
   */
  ofMember(file: TsFile, member: MemberShape, value: string): string;
}

/**
 * Writes `test/expected.ts` (when any shape needs it) and returns the expressions tests compare
 * with. One function per structure, union, list and map whose values can leave out a defaulted
 * member, sorted by shape id; error shapes are classes, whose members the tests compare one by one.
 */
export function writeExpectedValues(context: Pick<TestContext, "target" | "pkg" | "plan" | "typeOf" | "propertyName">): ExpectedValues {
  const { model, symbols } = context.target;
  const shapes = context.plan.shapes;
  const needed = shapesHoldingFilledDefaults(model, shapes.map((shape) => shape.id));
  const names = new Map<ShapeId, TsSymbol>();
  const written = shapes.filter((shape) => needed.has(shape.id) && !isErrorShape(shape)).sort((a, b) => compareCodeUnits(a.id, b.id));
  for (const shape of written) names.set(shape.id, { name: `expected${symbols.shapeName(shape.id)}`, from: EXPECTED_VALUES_FILE });

  const expected: ExpectedValues = {
    of(file, id, value) {
      const fn = names.get(id);
      return fn ? `${file.value(fn)}(${value})` : value;
    },
    ofMember(file, member, value) {
      const fallback = defaultValueExpression(file, model, member);
      if (fallback !== undefined) {
        return `${value} ?? ${fallback}`;
      }
      return names.has(member.target) ? `${value} == null ? ${value} : ${expected.of(file, member.target, value)}` : value;
    },
  };
  if (written.length === 0) return expected;

  const file = context.pkg.tsFile(EXPECTED_VALUES_FILE);
  for (const symbol of names.values()) file.declare(symbol.name);
  written.forEach((shape, i) => {
    if (i > 0) file.line();
    const name = names.get(shape.id)!.name;
    const type = context.typeOf(file, shape.id);
    file.doc([`\`${symbols.shapeName(shape.id)}\` (\`${shape.id}\`) as it reads back:`, "members left out, at any depth, take their `@default`."]);
    file.block(`export function ${name}(value: ${type}): ${type} {`, () => {
      switch (shape.type) {
        case "structure": {
          const members = [...(shape as MembersShape).members.values()].filter((member) => hasFilledDefault(model, member) || names.has(member.target));
          file.block("return {", () => {
            file.line("...value,");
            for (const member of members) {
              const property = context.propertyName(shape, member);
              // `value.__proto__` of an object without that own member is its prototype.
              const access = property === "__proto__" ? `(Object.hasOwn(value, "__proto__") ? value.__proto__ : undefined)` : propertyAccess("value", property);
              file.line(`${propertyKey(property)}: ${expected.ofMember(file, member, access)},`);
            }
          }, "};");
          break;
        }
        case "union":
          for (const member of (shape as MembersShape).members.values()) {
            if (!names.has(member.target)) continue;
            const property = context.propertyName(shape, member);
            const access = propertyAccess("value", property);
            file.line(`if (${access} !== undefined) return { ${propertyKey(property)}: ${expected.of(file, member.target, access)} };`);
          }
          file.line("return value;");
          break;
        case "list":
        case "set":
          file.line(`return value.map((item) => (item == null ? item : ${expected.of(file, shape.member.target, "item")}));`);
          break;
        case "map":
          file.line(`return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, item == null ? item : ${expected.of(file, shape.value.target, "item")}]));`);
          break;
        default:
          throw new Error(`generator bug: no expected value function for ${shape.type} ${shape.id}`);
      }
    });
  });
  return expected;
}

import { propertyAccess, propertyKey } from "../../../core/naming.js";
import { isErrorShape } from "../../../core/symbols.js";
import type { TsFile } from "../../../core/ts-file.js";
import { compareCodeUnits } from "../../../model/node.js";
import type { ShapeId } from "../../../model/shape-id.js";
import type { MemberShape, Shape } from "../../../model/shapes.js";
import { isEnumLike } from "../../types/enum-values.js";
import type { TestContext } from "./test-context.js";

export const ENUM_TEST_FILE = "test/enums.test.ts";

/** A shape whose converters carry an enum value: as a member, a list element or a map value. */
interface Carrier {
  readonly shape: Shape;
  readonly member: MemberShape;
}

/** For each enum the operations use, the first shape (by id) that carries it; structures before errors. */
function enumCarriers(context: TestContext): Map<ShapeId, Carrier> {
  const { model } = context.target;
  const carriers = new Map<ShapeId, Carrier>();
  const ordered = [...context.plan.shapes].sort((a, b) => Number(isErrorShape(a)) - Number(isErrorShape(b)) || compareCodeUnits(a.id, b.id));
  for (const shape of ordered) {
    const members =
      shape.type === "structure" || shape.type === "union"
        ? [...shape.members.values()]
        : shape.type === "list" || shape.type === "set"
          ? [shape.member]
          : shape.type === "map"
            ? [shape.value]
            : [];
    for (const member of members) {
      const target = model.expectShape(member.target);
      if (isEnumLike(target) && !carriers.has(target.id)) carriers.set(target.id, { shape, member });
    }
  }
  return carriers;
}

/** `(value) => ...`: puts an enum value into its carrier, round-trips the carrier, and takes the value out again. */
function carrierRoundTrip(context: TestContext, file: TsFile, carrier: Carrier, enumType: string): string {
  const { shape, member } = carrier;
  const serialize = file.value(context.converters.serializer(shape.id));
  const deserialize = file.value(context.converters.deserializer(shape.id));
  const wire = (value: string): string => `${file.value(context.support.decode)}(${file.value(context.support.encode)}(${serialize}(${value})))`;
  switch (shape.type) {
    case "list":
    case "set":
      return `(value: ${enumType}): unknown => ${deserialize}(${wire("[value]")}, "$")[0]`;
    case "map":
      return `(value: ${enumType}): unknown => ${deserialize}(${wire("{ key: value }")}, "$").key`;
    default: {
      const type = context.typeOf(file, shape.id);
      const property = context.propertyName(shape, member);
      const carried = `{ ${propertyKey(property)}: value }${shape.type === "union" ? "" : ` as ${type}`}`;
      const args = isErrorShape(shape) ? `${wire(carried)}, "$", {}` : `${wire(carried)}, "$"`;
      return `(value: ${enumType}): unknown => ${propertyAccess(`${deserialize}(${args})`, property)}`;
    }
  }
}

/**
 * `test/enums.test.ts`: every known value of every enum the operations use, and any unknown
 * value, survives serialize -> JSON bytes -> deserialize unchanged.
 */
export function writeEnumTests(context: TestContext): void {
  const { symbols, model } = context.target;
  const carriers = enumCarriers(context);
  if (carriers.size === 0) return;
  const file = context.pkg.tsFile(ENUM_TEST_FILE);
  const describe = file.value({ name: "describe", from: "vitest" });
  const it = file.value({ name: "it", from: "vitest" });
  const expect = file.value({ name: "expect", from: "vitest" });
  const assert = file.value({ name: "assert", from: "fast-check" });
  const property = file.value({ name: "property", from: "fast-check" });
  const fcParameters = file.value(context.support.fcParameters);
  const ids = [...carriers.keys()].sort(compareCodeUnits);
  file.block(`${describe}(${JSON.stringify(`enum values survive serialize -> ${context.support.bodyName} bytes -> deserialize`)}, () => {`, () => {
    ids.forEach((id, i) => {
      if (i > 0) file.line();
      const carrier = carriers.get(id)!;
      const shape = model.expectShape(id);
      const values = file.value(symbols.symbol(symbols.typeHome(id), "serde"));
      const enumType = file.type(symbols.symbol(symbols.typeHome(id), "serde"));
      const numeric = shape.type === "intEnum";
      const unknownValues = numeric
        ? `${file.value({ name: "integer", from: "fast-check" })}().filter((value) => !(Object.values(${values}) as number[]).includes(value))`
        : `${file.value({ name: "string", from: "fast-check" })}().filter((value) => !(Object.values(${values}) as string[]).includes(value))`;
      file.block(`${describe}(${JSON.stringify(`${symbols.shapeName(id)} (${id}), carried by ${symbols.shapeName(carrier.shape.id)}`)}, () => {`, () => {
        file.line(`const roundTrip = ${carrierRoundTrip(context, file, carrier, enumType)};`);
        file.line();
        file.block(`${it}("keeps every known value", () => {`, () => {
          file.line(`for (const value of Object.values(${values})) ${expect}(roundTrip(value)).toBe(value);`);
        }, "});");
        file.line();
        file.block(`${it}("keeps a value the model does not list, as it came", () => {`, () => {
          file.line(`${assert}(${property}(${unknownValues}, (value) => {\n  ${expect}(roundTrip(value)).toBe(value);\n}), ${fcParameters});`);
        }, "});");
      }, "});");
    });
  }, "});");
}

import { isErrorShape } from "../../../core/symbols.js";
import type { TsFile } from "../../../core/ts-file.js";
import { propertyAccess, propertyKey } from "../../../core/naming.js";
import type { Shape } from "../../../model/shapes.js";
import { containsHttpDate, idempotencyTokenMembers } from "./shape-facts.js";
import type { TestContext } from "./test-context.js";

export const ROUND_TRIP_TEST_FILE = "test/round-trip.test.ts";

/** `(value) => deserializeX(decode(encode(serializeX(value))), "$")` for one shape, as printed in `file`. */
export function roundTripFunction(context: TestContext, file: TsFile, shape: Shape): string {
  const { support } = context;
  const serialize = file.value(context.converters.serializer(shape.id));
  const deserialize = file.value(context.converters.deserializer(shape.id));
  return `(value: ${context.typeOf(file, shape.id)}) => ${deserialize}(${file.value(support.decode)}(${file.value(support.encode)}(${serialize}(value))), "$")`;
}

/**
 * `test/round-trip.test.ts`: every structure, union, list and map the operations use goes through
 * serialize -> JSON bytes -> deserialize and comes back deep-equal (unknown enum values
 * included), except that members it left out come back with their `@default`; every union keeps
 * a member it does not know.
 */
export function writeRoundTripTests(context: TestContext): void {
  const { symbols, model } = context.target;
  const { pkg, plan, support, expected } = context;
  const shapes = plan.shapes.filter((shape) => !isErrorShape(shape));
  if (shapes.length === 0) return;
  const file = pkg.tsFile(ROUND_TRIP_TEST_FILE);
  const describe = file.value({ name: "describe", from: "vitest" });
  const it = file.value({ name: "it", from: "vitest" });
  const expect = file.value({ name: "expect", from: "vitest" });
  const assert = file.value({ name: "assert", from: "fast-check" });
  const property = file.value({ name: "property", from: "fast-check" });
  const fcParameters = file.value(support.fcParameters);
  const options = file.value(support.arbitraryOptions);
  file.line(`${file.value(support.configureTests)}();`);
  file.line();
  file.block(`${describe}(${JSON.stringify(`serialize -> ${context.support.bodyName} bytes -> deserialize gives the value back`)}, () => {`, () => {
    shapes.forEach((shape, i) => {
      if (i > 0) file.line();
      const arbitrary = file.value(symbols.symbol(symbols.arbitraryHome(shape.id), "serde"));
      file.block(`${it}(${JSON.stringify(`${symbols.shapeName(shape.id)} (${shape.id})`)}, () => {`, () => {
        const tokens = idempotencyTokenMembers(shape);
        file.line(`const roundTrip = ${roundTripFunction(context, file, shape)};`);
        file.block(`${assert}(`, () => {
          file.block(`${property}(${arbitrary}(${options}), (value) => {`, () => {
            if (containsHttpDate(model, shape)) {
              file.line("// http-date timestamps have no fraction of a second: the first trip drops milliseconds, the next keeps all.");
              file.line("const once = roundTrip(value);");
              file.line(`${expect}(roundTrip(once)).toEqual(once);`);
            } else if (tokens.length) {
              file.line("const result = roundTrip(value);");
              file.line("// Absent idempotency tokens are filled in with fresh ones.");
              const fills = tokens.map((member) => `${propertyKey(member.name)}: ${propertyAccess("value", member.name)} ?? ${propertyAccess("result", member.name)}`);
              file.line(`${expect}(result).toEqual({ ...${expected.of(file, shape.id, "value")}, ${fills.join(", ")} });`);
            } else {
              file.line(`${expect}(roundTrip(value)).toEqual(${expected.of(file, shape.id, "value")});`);
            }
          }, "}),");
          file.line(`${fcParameters},`);
        }, ");");
      }, "});");
    });
  }, "});");

  const unions = shapes.filter((shape) => shape.type === "union");
  if (unions.length === 0) return;
  const unknownMember = file.value(support.unknownUnionMember);
  file.line();
  file.block(`${describe}("a union member this client does not know comes back as $unknown", () => {`, () => {
    unions.forEach((shape, i) => {
      if (i > 0) file.line();
      if (shape.type !== "union") return;
      const known = JSON.stringify([...shape.members.keys()]);
      file.block(`${it}(${JSON.stringify(`${symbols.shapeName(shape.id)} (${shape.id})`)}, () => {`, () => {
        file.line(`const roundTrip = ${roundTripFunction(context, file, shape)};`);
        file.line(`${assert}(${property}(${unknownMember}(${known}), (value) => {\n  ${expect}(roundTrip(value)).toEqual(value);\n}), ${fcParameters});`);
      }, "});");
    });
  }, "});");
}

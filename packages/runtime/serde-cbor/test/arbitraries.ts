import { dateToTag } from "@smithy/core/cbor";
import { NumericValue } from "@smithy/core/serde";
import fc from "fast-check";

/**
 * Values of the CBOR data model as the encoder takes them: numbers (floats of every kind too),
 * bigints (bignums beyond 64 bits), text, bytes, booleans, null, arrays, maps, timestamps (tag 1)
 * and decimals (tag 4).
 */
export const cborValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.integer(),
    fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }),
    fc.double(),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.boolean(),
    fc.constant(null),
    fc.uint8Array({ maxLength: 40 }),
    fc.date({ noInvalidDate: true }).map(dateToTag),
    fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 20 })).map(([digits, scale]) => new NumericValue(decimalText(digits, scale), "bigDecimal")),
    fc.array(tie("value"), { maxLength: 6 }),
    fc.dictionary(fc.string({ unit: "grapheme", maxLength: 12 }), tie("value"), { maxKeys: 6 }),
  ),
})).value;

/** `digits` with `scale` of them after the decimal point (`12345`, 2 -> `123.45`). */
export function decimalText(digits: bigint, scale: number): string {
  const sign = digits < 0n ? "-" : "";
  const text = (digits < 0n ? -digits : digits).toString().padStart(scale + 1, "0");
  return scale === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -scale)}.${text.slice(-scale)}`;
}

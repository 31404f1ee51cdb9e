import { nv, type NumericValue } from "@smithy/core/serde";
import type { DocumentType } from "@smithy/types";
import { type Arbitrary, type JsonValue, bigInt, integer, jsonValue, tuple } from "fast-check";

function withoutNegativeZero(value: JsonValue): DocumentType {
  if (typeof value === "number") return Object.is(value, -0) ? 0 : value;
  if (Array.isArray(value)) return value.map(withoutNegativeZero);
  if (value !== null && typeof value === "object") {
    const out: { [key: string]: DocumentType } = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      // defineProperty: a `__proto__` key is an entry, not the prototype.
      Object.defineProperty(out, key, { value: withoutNegativeZero(item), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/**
 * Document values: anything JSON can carry, except `null` at the top (a member or item whose
 * value is null is read back as absent), and with `-0` as `0` (JSON cannot tell them apart).
 */
export function documentValue(): Arbitrary<DocumentType> {
  return jsonValue()
    .filter((value) => value !== null)
    .map(withoutNegativeZero);
}

/** The most digits, and digits after the point, of a generated decimal. */
const DECIMAL_DIGITS = 30;
const DECIMAL_SCALE = 10;

/** Decimal numbers of up to 30 digits, 10 of them after the point, for bigDecimal shapes. */
export function decimalValue(): Arbitrary<NumericValue> {
  const limit = 10n ** BigInt(DECIMAL_DIGITS);
  return tuple(bigInt({ min: -limit + 1n, max: limit - 1n }), integer({ min: 0, max: DECIMAL_SCALE })).map(([unscaled, scale]) => {
    const digits = (unscaled < 0n ? -unscaled : unscaled).toString().padStart(scale + 1, "0");
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return nv(unscaled < 0n ? `-${text}` : text);
  });
}

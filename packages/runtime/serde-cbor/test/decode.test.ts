import { tagSymbol } from "@smithy/core/cbor";
import { NumericValue } from "@smithy/core/serde";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CborDecodeError, decodeCbor, encodeCbor, MAX_BIGNUM_BYTES, MAX_DECIMAL_EXPONENT, MAX_NESTING_DEPTH, PROTO_KEY_STAND_IN } from "../src/index.js";
import { bytes, expectDecodeError, repeat } from "./helpers.js";

/** Hex text to bytes (`"f9 3c 00"`). */
function hex(text: string): Uint8Array {
  return Uint8Array.from(text.split(/\s+/).filter(Boolean), (pair) => Number.parseInt(pair, 16));
}

describe("decodeCbor: floats of every width (RFC 8949 Appendix A vectors)", () => {
  it.each([
    ["f9 00 00", 0],
    ["f9 3c 00", 1],
    ["f9 3e 00", 1.5],
    ["f9 7b ff", 65504],
    ["f9 c4 00", -4],
    ["f9 00 01", 5.960464477539063e-8],
    ["f9 04 00", 0.00006103515625],
    ["f9 7c 00", Number.POSITIVE_INFINITY],
    ["f9 fc 00", Number.NEGATIVE_INFINITY],
    ["fa 47 c3 50 00", 100000],
    ["fa 7f 7f ff ff", 3.4028234663852886e38],
    ["fa 7f 80 00 00", Number.POSITIVE_INFINITY],
    ["fb 3f f1 99 99 99 99 99 9a", 1.1],
    ["fb 7e 37 e4 3c 88 00 75 9c", 1e300],
    ["fb c0 10 66 66 66 66 66 66", -4.1],
    ["fb ff f0 00 00 00 00 00 00", Number.NEGATIVE_INFINITY],
  ])("%s is %d", (text, value) => {
    expect(decodeCbor(hex(text))).toBe(value);
  });

  it("reads every width's NaN as NaN, and -0 as -0 except in half precision (a @smithy/core limitation: +0)", () => {
    expect(Object.is(decodeCbor(hex("fa 80 00 00 00")), -0)).toBe(true);
    expect(Object.is(decodeCbor(hex("fb 80 00 00 00 00 00 00 00")), -0)).toBe(true);
    expect(Object.is(decodeCbor(hex("f9 80 00")), 0)).toBe(true);
    expect(decodeCbor(hex("f9 7e 00"))).toBeNaN();
    expect(decodeCbor(hex("fa 7f c0 00 00"))).toBeNaN();
    expect(decodeCbor(hex("fb 7f f8 00 00 00 00 00 00"))).toBeNaN();
  });
});

describe("decodeCbor: integers", () => {
  it("reads integers up to 2^53 as numbers and larger ones as exact bigints", () => {
    expect(decodeCbor(hex("1b 00 1f ff ff ff ff ff ff"))).toBe(Number.MAX_SAFE_INTEGER);
    expect(decodeCbor(hex("3b 00 1f ff ff ff ff ff fe"))).toBe(Number.MIN_SAFE_INTEGER);
    expect(decodeCbor(hex("1b ff ff ff ff ff ff ff ff"))).toBe(18446744073709551615n);
    expect(decodeCbor(hex("3b ff ff ff ff ff ff ff ff"))).toBe(-18446744073709551616n);
    expect(decodeCbor(hex("c2 49 01 00 00 00 00 00 00 00 00"))).toBe(18446744073709551616n);
    expect(decodeCbor(hex("c3 49 01 00 00 00 00 00 00 00 00"))).toBe(-18446744073709551617n);
  });

  it("accepts heads longer than needed (not preferred serialization, still well-formed)", () => {
    expect(decodeCbor(hex("1b 00 00 00 00 00 00 00 05"))).toBe(5);
    expect(decodeCbor(hex("78 01 61"))).toBe("a");
  });
});

describe("decodeCbor: indefinite-length items", () => {
  it("joins the chunks of an indefinite-length text string", () => {
    expect(decodeCbor(hex("7f 65 73 74 72 65 61 64 6d 69 6e 67 ff"))).toBe("streaming");
    expect(decodeCbor(bytes(0x7f, 0x62, "é", 0x60, 0x64, "😀", 0xff))).toBe("é😀");
    expect(decodeCbor(hex("7f ff"))).toBe("");
  });

  it("joins the chunks of an indefinite-length byte string", () => {
    // The decoder joins them into a Node.js Buffer, a Uint8Array.
    const joined = decodeCbor(hex("5f 42 01 02 43 03 04 05 ff"));
    expect(joined).toBeInstanceOf(Uint8Array);
    expect(Array.from(joined as Uint8Array)).toEqual([1, 2, 3, 4, 5]);
    expect((decodeCbor(hex("5f ff")) as Uint8Array).length).toBe(0);
  });

  it("reads indefinite-length arrays and maps, nested in definite ones and the other way round", () => {
    expect(decodeCbor(hex("9f ff"))).toEqual([]);
    expect(decodeCbor(hex("9f 01 82 02 03 9f 04 05 ff ff"))).toEqual([1, [2, 3], [4, 5]]);
    expect(decodeCbor(hex("83 01 9f 02 03 ff 82 04 05"))).toEqual([1, [2, 3], [4, 5]]);
    expect(decodeCbor(hex("bf 61 61 01 61 62 9f 02 03 ff ff"))).toEqual({ a: 1, b: [2, 3] });
    expect(decodeCbor(hex("bf 63 46 75 6e f5 63 41 6d 74 21 ff"))).toEqual({ Fun: true, Amt: -2 });
    expect(decodeCbor(hex("82 61 61 bf 61 62 61 63 ff"))).toEqual(["a", { b: "c" }]);
  });
});

describe("decodeCbor: indefinite-length text strings where the decoder reads definite lengths only", () => {
  // @smithy/core 3.41's decoder throws "unexpected minor value 31." for these; decodeCbor joins the chunks first.
  const large = (value: Uint8Array) => bytes(0xb8, 25, value, Array.from({ length: 24 }, (_, i) => [0x62, "k", 0x41 + i, 0x00]));

  it("reads a map key in chunks (RFC 8949 3.2.3; Smithy's RpcV2CborSimpleScalarPropertiesUsingIndefiniteLength sends one)", () => {
    expect(decodeCbor(hex("a1 7f 62 61 62 61 63 ff 01"))).toEqual({ abc: 1 });
    expect(decodeCbor(hex("bf 7f ff 01 7f 60 61 62 60 ff 02 ff"))).toEqual({ "": 1, b: 2 });
    expect(decodeCbor(bytes(0xa1, 0x7f, 0x62, "é", 0x64, "😀", 0xff, 0x61, "v"))).toEqual({ "é😀": "v" });
  });

  it("reads a text value in chunks in a map of 25 or more entries, definite or not", () => {
    const map = decodeCbor(large(bytes(0x62, "v0", 0x7f, 0x63, "str", 0x64, "eams", 0xff))) as Record<string, unknown>;
    expect(Object.keys(map)).toHaveLength(25);
    expect(map.v0).toBe("streams");
    expect(map.kX).toBe(0);
    const key = decodeCbor(large(bytes(0x7f, 0x61, "v", 0x61, "1", 0xff, 0x7f, 0xff))) as Record<string, unknown>;
    expect(key.v1).toBe("");
  });

  it("joins long chunks under a longer head, and leaves the caller's bytes alone", () => {
    const long = "x".repeat(300);
    const body = bytes(0xa1, 0x61, "k", 0x7f, 0x78, 200, long.slice(0, 200), 0x78, 100, long.slice(200), 0xff);
    const before = Uint8Array.from(body);
    expect(decodeCbor(body)).toEqual({ k: long });
    expect(decodeCbor(large(bytes(0x62, "v2", 0x7f, 0x78, 200, long.slice(0, 200), 0x78, 100, long.slice(200), 0xff)))).toMatchObject({ v2: long });
    expect(body).toEqual(before);
  });

  it("reads any value whose text strings (keys and values, in maps of any size) come in random chunks", () => {
    /** CBOR with every text string in chunks (cut where `cuts` says) and ints, booleans and null as they are. */
    const encode = (value: unknown, cuts: () => number): unknown[] => {
      const head = (major: number, n: number): number[] => (n < 24 ? [(major << 5) | n] : n < 256 ? [(major << 5) | 24, n] : [(major << 5) | 25, n >> 8, n & 0xff]);
      const text = (t: string): unknown[] => {
        const parts = [...t];
        const chunks: unknown[] = [0x7f];
        for (let i = 0; i < parts.length; ) {
          const n = Math.min(parts.length - i, cuts());
          const chunk = new TextEncoder().encode(parts.slice(i, i + n).join(""));
          chunks.push(head(3, chunk.length), chunk);
          i += n;
        }
        return [...chunks, 0xff];
      };
      if (value === null) return [0xf6];
      if (typeof value === "boolean") return [value ? 0xf5 : 0xf4];
      if (typeof value === "number") return value >= 0 ? head(0, value) : head(1, -1 - value);
      if (typeof value === "string") return text(value);
      if (Array.isArray(value)) return [head(4, value.length), ...value.map((item) => encode(item, cuts))];
      const entries = Object.entries(value as object);
      return [head(5, entries.length), ...entries.flatMap(([key, item]) => [text(key), encode(item, cuts)])];
    };
    const scalar = fc.oneof(fc.string({ unit: "grapheme", maxLength: 6 }), fc.integer({ min: -1000, max: 1000 }), fc.boolean(), fc.constant(null));
    const key = fc.string({ unit: "grapheme", maxLength: 5 }).filter((k) => k !== "__proto__");
    const value = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof({ depthSize: "small" }, scalar, fc.array(tie("value"), { maxLength: 3 }), fc.dictionary(key, tie("value"), { minKeys: 0, maxKeys: 30 })),
    })).value;
    fc.assert(
      fc.property(value, fc.integer({ min: 1, max: 4 }), (original, cut) => {
        expect(decodeCbor(bytes(encode(original, () => cut)))).toEqual(original);
      }),
      { numRuns: 200 },
    );
  });

  it("makes a __proto__ key in chunks an entry, and still tells it from the stand-in key", () => {
    const map = decodeCbor(bytes(0xa2, 0x7f, 0x65, "__pro", 0x64, "to__", 0xff, 0xa1, 0x61, "x", 1, 0x61, "a", 2)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    expect(Object.keys(map)).toEqual(["__proto__", "a"]);
    expect(Object.getOwnPropertyDescriptor(map, "__proto__")?.value).toEqual({ x: 1 });
    expectDecodeError(
      () => decodeCbor(bytes(0xa2, 0x7f, 0x69, "__proto__", 0xff, 0x01, 0x69, PROTO_KEY_STAND_IN, 0x02)),
      /both the key "__proto__" and the key/,
      "map keys the decoder can tell apart",
    );
  });
});

describe("decodeCbor: bignums and decimal fractions under longer tag heads than needed", () => {
  it("reads tags 2, 3 and 4 under a head of 2, 3, 5 or 9 bytes as under the one-byte head (RFC 8949 allows any)", () => {
    expect(decodeCbor(hex("d8 02 41 01"))).toBe(1n);
    expect(decodeCbor(hex("d9 00 03 41 00"))).toBe(-1n);
    expect(decodeCbor(hex("da 00 00 00 02 42 01 00"))).toBe(256n);
    expect(decodeCbor(hex("db 00 00 00 00 00 00 00 03 49 01 00 00 00 00 00 00 00 00"))).toBe(-18446744073709551617n);
    expect((decodeCbor(hex("d8 04 82 21 19 6a b3")) as NumericValue).string).toBe("273.15");
    expect((decodeCbor(hex("c4 82 20 d8 02 41 05")) as NumericValue).string).toBe("0.5");
    expect(decodeCbor(hex("82 d8 02 41 01 a1 61 61 d8 03 41 01"))).toEqual([1n, { a: -2n }]);
  });

  it("checks their content as under the one-byte head", () => {
    expectDecodeError(() => decodeCbor(hex("d8 02 61 31")), /^a text string/, /bignum/);
    expectDecodeError(() => decodeCbor(hex("d8 04 81 01")), /^an array of 1 items/, /decimal fraction/);
    expectDecodeError(() => decodeCbor(hex("c4 82 20 d8 05 41 05")), /tag 5/, /mantissa/);
  });

  it("leaves other tags under longer heads as tag objects (tag 1 read as any tag 1)", () => {
    const tagged = decodeCbor(hex("d8 01 1a 51 4b 67 b0")) as { tag: number; value: unknown };
    expect([tagged.tag, tagged.value]).toEqual([1, 1363896240]);
  });
});

describe("decodeCbor: other items", () => {
  it("reads null and undefined as null, and simple values true and false", () => {
    expect(decodeCbor(hex("83 f6 f7 f5"))).toEqual([null, null, true]);
    expect(decodeCbor(hex("f4"))).toBe(false);
  });

  it("reads tag 1 as a tag object and tag 4 as a NumericValue", () => {
    const tagged = decodeCbor(hex("c1 1a 51 4b 67 b0")) as { tag: number; value: unknown; [tagSymbol]: true };
    expect(tagged[tagSymbol]).toBe(true);
    expect([tagged.tag, tagged.value]).toEqual([1, 1363896240]);
    const decimal = decodeCbor(hex("c4 82 21 19 6a b3"));
    expect(decimal).toBeInstanceOf(NumericValue);
    expect((decimal as NumericValue).string).toBe("273.15");
  });

  it("makes a map key __proto__ an entry in small, large and indefinite-length maps, whatever its value", () => {
    for (const value of [{ x: 1 }, null, "text", 5, [1]]) {
      // A computed key makes an own property, which the encoder writes as a key.
      const map = decodeCbor(encodeCbor({ a: 1, ["__proto__"]: value, b: 2 })) as Record<string, unknown>;
      expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
      expect(Object.keys(map)).toEqual(["a", "__proto__", "b"]);
      expect(Object.getOwnPropertyDescriptor(map, "__proto__")?.value).toEqual(value);
    }
    const proto = bytes(0x69, "__proto__");
    const cases: [Uint8Array, unknown][] = [
      [bytes(0xa2, proto, 0xa1, 0x61, "x", 1, 0x61, "a", 2), { x: 1 }],
      [bytes(0xa2, proto, 0xf6, 0x61, "a", 2), null],
      [bytes(0xa2, proto, 0x64, "text", 0x61, "a", 2), "text"],
      [bytes(0xbf, proto, 0x05, 0x61, "a", 2, 0xff), 5],
      [bytes(0xa2, 0x78, 0x09, "__proto__", 0x81, 0x01, 0x61, "a", 2), [1]], // a longer head than needed
    ];
    for (const [body, value] of cases) {
      const map = decodeCbor(body) as Record<string, unknown>;
      expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
      expect(Object.keys(map)).toEqual(["__proto__", "a"]);
      expect(Object.getOwnPropertyDescriptor(map, "__proto__")?.value).toEqual(value);
      expect(map.a).toBe(2);
    }
    const large = bytes(0xb8, 30, Array.from({ length: 29 }, (_, i) => [0x62, "k", 0x41 + i, 0x00]), proto, 0xa0);
    const decoded = decodeCbor(large) as Record<string, unknown>;
    expect(Object.keys(decoded).at(-1)).toBe("__proto__");
    expect(Object.getOwnPropertyDescriptor(decoded, "__proto__")?.value).toEqual({});
  });

  it("finds __proto__ keys in maps nested in arrays, maps and tags, and leaves the caller's bytes alone", () => {
    const body = bytes(0x82, 0xc1, 0xa1, 0x69, "__proto__", 0x01, 0xa1, 0x61, "m", 0xa1, 0x69, "__proto__", 0x02);
    const copy = Uint8Array.from(body);
    const [tagged, map] = decodeCbor(body) as [{ value: Record<string, unknown> }, { m: Record<string, unknown> }];
    expect(Object.getOwnPropertyDescriptor(tagged.value, "__proto__")?.value).toBe(1);
    expect(Object.getOwnPropertyDescriptor(map.m, "__proto__")?.value).toBe(2);
    expect(body).toEqual(copy);
  });

  it("refuses a body with both __proto__ and the key that stands in for it while decoding", () => {
    expectDecodeError(() => decodeCbor(bytes(0xa2, 0x69, "__proto__", 1, 0x69, PROTO_KEY_STAND_IN, 2)), /both the key "__proto__" and the key/);
    expect(decodeCbor(bytes(0xa1, 0x69, PROTO_KEY_STAND_IN, 2))).toEqual({ [PROTO_KEY_STAND_IN]: 2 });
  });

  it("refuses what is not a Uint8Array", () => {
    expectDecodeError(() => decodeCbor("a1" as never), /^string "a1"$/, "a CBOR body (Uint8Array)");
  });
});

describe("decodeCbor: malformed bodies are CborDecodeErrors at $ naming the byte", () => {
  it("empty and truncated bodies", () => {
    expectDecodeError(() => decodeCbor(new Uint8Array(0)), /^an empty body \(at byte 0\)$/);
    expectDecodeError(() => decodeCbor(hex("1a 01 02")), /an unsigned integer head needing 4 more bytes with 2 left \(at byte 0\)/);
    expectDecodeError(() => decodeCbor(hex("65 61 62")), /text string declaring 5 bytes with 2 left/);
    expectDecodeError(() => decodeCbor(hex("82 01")), /an array declaring 2 items with 1 bytes left \(at byte 0\)/);
    expectDecodeError(() => decodeCbor(hex("82 81 01")), /end of the body \(truncated\) \(at byte 3\)/);
    expectDecodeError(() => decodeCbor(hex("a1 61 61")), /end of the body/);
    expectDecodeError(() => decodeCbor(hex("fa 3f 80")), /simple value or float head needing 4 more bytes with 2 left/);
    expectDecodeError(() => decodeCbor(hex("9f 01 02")), /end of the body/);
    expectDecodeError(() => decodeCbor(hex("7f 61 61")), /end of the body/);
  });

  it("declared lengths beyond the body: 2^32 and 2^60 bytes or items in a 10-byte body, and 2^31 items", () => {
    expectDecodeError(() => decodeCbor(hex("5b 00 00 00 01 00 00 00 00 00")), /byte string declaring 4294967296 bytes with 1 left \(at byte 0\)/);
    expectDecodeError(() => decodeCbor(hex("5b 10 00 00 00 00 00 00 00 00")), /byte string declaring 1152921504606847000 bytes with 1 left/);
    expectDecodeError(() => decodeCbor(hex("7a ff ff ff ff 00")), /text string declaring 4294967295 bytes with 1 left/);
    expectDecodeError(() => decodeCbor(hex("9b 00 00 00 01 00 00 00 00 00")), /an array declaring 4294967296 items with 1 bytes left/);
    expectDecodeError(() => decodeCbor(hex("9b 10 00 00 00 00 00 00 00 00")), /an array declaring 1152921504606847000 items/);
    expectDecodeError(() => decodeCbor(hex("bb 00 00 00 01 00 00 00 00 00")), /map declaring 4294967296 entries with 1 bytes left/);
    expectDecodeError(() => decodeCbor(bytes(0x9a, 0x80, 0, 0, 0, new Uint8Array(100_000).fill(1))), /an array declaring 2147483648 items with 100000 bytes left/);
    expectDecodeError(() => decodeCbor(hex("a2 61 61 01")), /map declaring 2 entries with 3 bytes left/);
  });

  it("nesting deeper than MAX_NESTING_DEPTH, of arrays, indefinite arrays, maps and tags", () => {
    const depth = MAX_NESTING_DEPTH;
    expect(decodeCbor(bytes(repeat(0x81, depth), 0))).toBeInstanceOf(Array);
    expectDecodeError(() => decodeCbor(bytes(repeat(0x81, depth + 1), 0)), /nesting deeper than 1000 arrays, maps and tags \(at byte 1000\)/);
    expectDecodeError(() => decodeCbor(bytes(repeat(0x81, 100_000), 0)), /nesting deeper than 1000/);
    expectDecodeError(() => decodeCbor(bytes(repeat(0x9f, 100_000), repeat(0xff, 100_000))), /nesting deeper than 1000/);
    expectDecodeError(() => decodeCbor(bytes(repeat([0xa1, 0x61, 0x61], 100_000), 0)), /nesting deeper than 1000/);
    expectDecodeError(() => decodeCbor(bytes(repeat(0xc1, 100_000), 0)), /nesting deeper than 1000/);
    expect(decodeCbor(bytes(repeat(0xc6, depth), 0))).toBeTypeOf("object");
  });

  it("invalid UTF-8 in text strings, keys and chunks (the decoder would put U+FFFD in silently)", () => {
    expectDecodeError(() => decodeCbor(hex("62 c3 28")), /text string that is not valid UTF-8 \(at byte 0\)/);
    expectDecodeError(() => decodeCbor(bytes(0x78, 30, repeat(0x61, 29), 0xff)), /not valid UTF-8/);
    expectDecodeError(() => decodeCbor(hex("a1 61 80 01")), /not valid UTF-8 \(at byte 1\)/, /map key/);
    expectDecodeError(() => decodeCbor(hex("62 ed a0 80")), /not valid UTF-8/); // an encoded surrogate
    // A chunk must be valid UTF-8 on its own (RFC 8949 3.2.3): no character split between chunks.
    expectDecodeError(() => decodeCbor(hex("7f 61 c3 61 a9 ff")), /not valid UTF-8 \(at byte 1\)/);
  });

  it("reserved and unsupported additional information, breaks and simple values", () => {
    expectDecodeError(() => decodeCbor(hex("1c")), /reserved additional information 28 on an unsigned integer \(at byte 0\)/);
    expectDecodeError(() => decodeCbor(hex("7d")), /reserved additional information 29 on a text string/);
    expectDecodeError(() => decodeCbor(hex("9e")), /reserved additional information 30 on an array/);
    expectDecodeError(() => decodeCbor(hex("1f")), /indefinite length on an unsigned integer/);
    expectDecodeError(() => decodeCbor(hex("df 01")), /indefinite length on a tag/);
    expectDecodeError(() => decodeCbor(hex("ff")), /break code \(0xff\) outside an indefinite-length item/);
    expectDecodeError(() => decodeCbor(hex("82 ff 01")), /break code .* outside/);
    expectDecodeError(() => decodeCbor(hex("bf 61 61 ff")), /break code \(0xff\) after a map key, without its value \(at byte 3\)/);
    expectDecodeError(() => decodeCbor(hex("f8 20")), /the simple value 32/);
    expectDecodeError(() => decodeCbor(hex("f0")), /the unassigned simple value 16/);
  });

  it("map keys other than text strings (the decoder would read them as text)", () => {
    expectDecodeError(() => decodeCbor(hex("a1 01 02")), /^an unsigned integer \(at byte 1\)$/, "a map key (a text string)");
    expectDecodeError(() => decodeCbor(hex("a1 41 61 02")), /^a byte string/, /map key/);
    expectDecodeError(() => decodeCbor(hex("a1 81 61 02")), /^an array/, /map key/);
    expectDecodeError(() => decodeCbor(hex("a1 f6 02")), /simple value/, /map key/);
    expectDecodeError(() => decodeCbor(hex("a1 5f 41 61 ff 02")), /indefinite-length byte string/, /map key/);
    // A key in chunks must be a text string of text chunks, each valid UTF-8.
    expectDecodeError(() => decodeCbor(hex("a1 7f 41 61 ff 02")), /^a byte string \(at byte 2\)$/, /chunk of an indefinite-length text string/);
    expectDecodeError(() => decodeCbor(hex("a1 7f 61 c3 61 a9 ff 02")), /not valid UTF-8 \(at byte 2\)/);
    expectDecodeError(() => decodeCbor(hex("a1 7f 61 61 02")), /^an unsigned integer/, /chunk of an indefinite-length text string/);
  });

  it("indefinite-length strings whose chunks are not definite strings of their type", () => {
    expectDecodeError(() => decodeCbor(hex("7f 01 ff")), /^an unsigned integer/, /chunk of an indefinite-length text string/);
    expectDecodeError(() => decodeCbor(hex("5f 61 61 ff")), /^a text string/, /chunk of an indefinite-length byte string/);
    expectDecodeError(() => decodeCbor(hex("5f 5f ff ff")), /indefinite-length byte string/);
  });

  it("bytes after the data item (the decoder would ignore them)", () => {
    expectDecodeError(() => decodeCbor(hex("01 02 03")), /^2 more bytes after the data item \(at byte 1\)$/);
    expectDecodeError(() => decodeCbor(hex("a0 00")), /^1 more byte after the data item/);
  });

  it("bignums that are not byte strings within the body and the limit, or too long", () => {
    expectDecodeError(() => decodeCbor(hex("c2 45 01 02")), /byte string declaring 5 bytes with 2 left/);
    expectDecodeError(() => decodeCbor(hex("c2 5b 00 00 00 01 00 00 00 00 01")), /byte string of 4294967296 bytes/);
    expectDecodeError(() => decodeCbor(hex("c2 01")), /^an unsigned integer/, /bignum's definite-length byte string/);
    expectDecodeError(() => decodeCbor(hex("c2 62 31 32")), /^a text string/, /bignum/);
    expectDecodeError(() => decodeCbor(hex("c3 5f 41 01 ff")), /indefinite-length byte string/, /bignum/);
    const longest = bytes(0xc2, 0x59, MAX_BIGNUM_BYTES >> 8, MAX_BIGNUM_BYTES & 0xff, new Uint8Array(MAX_BIGNUM_BYTES).fill(0xff));
    expect(decodeCbor(longest)).toBe(2n ** BigInt(8 * MAX_BIGNUM_BYTES) - 1n);
    const tooLong = bytes(0xc2, 0x59, (MAX_BIGNUM_BYTES + 1) >> 8, (MAX_BIGNUM_BYTES + 1) & 0xff, new Uint8Array(MAX_BIGNUM_BYTES + 1));
    expectDecodeError(() => decodeCbor(tooLong), new RegExp(`byte string of ${MAX_BIGNUM_BYTES + 1} bytes`));
  });

  it("decimal fractions that are not [integer exponent, integer or bignum mantissa], or whose exponent is too large", () => {
    expectDecodeError(() => decodeCbor(hex("c4 01")), /^an unsigned integer/, /decimal fraction's array of two items/);
    expectDecodeError(() => decodeCbor(hex("c4 80")), /^an array of 0 items/);
    expectDecodeError(() => decodeCbor(hex("c4 9f 00 01 ff")), /^an array of indefinite length/);
    expectDecodeError(() => decodeCbor(hex("c4 82 00 f9 3e 00")), /simple value or float/, /mantissa/);
    expectDecodeError(() => decodeCbor(hex("c4 82 00 61 61")), /text string/, /mantissa/);
    expectDecodeError(() => decodeCbor(hex("c4 82 00 f6")), /simple value/, /mantissa/);
    // A bignum mantissa under a longer tag head is read as under 0xc2 (see the longer tag heads above).
    expect((decodeCbor(hex("c4 82 00 d8 02 41 01")) as NumericValue).string).toBe("1");
    expectDecodeError(() => decodeCbor(hex("c4 82 f9 3e 00 01")), /simple value or float/, /exponent/);
    expectDecodeError(() => decodeCbor(hex("c4 82 1a 10 00 00 00 01")), /the exponent 268435456/);
    expectDecodeError(() => decodeCbor(hex("c4 82 3a 0f ff ff ff 01")), /the exponent -268435456/);
    expectDecodeError(() => decodeCbor(hex("c4 82 1b 00 00 00 01 00 00 00 00 01")), /the exponent 4294967296/);
    expect((decodeCbor(bytes(0xc4, 0x82, 0x39, (MAX_DECIMAL_EXPONENT - 1) >> 8, (MAX_DECIMAL_EXPONENT - 1) & 0xff, 0x01)) as NumericValue).string).toBe(`0.${"0".repeat(MAX_DECIMAL_EXPONENT - 1)}1`);
    expect((decodeCbor(hex("c4 82 21 c2 49 01 00 00 00 00 00 00 00 00")) as NumericValue).string).toBe("184467440737095516.16");
  });

  it("keeps the decoder's own error, typed, as the cause of anything the check lets through", () => {
    const error = new CborDecodeError("x", "y", undefined, { cause: new Error("z") });
    expect(error.received).toBe("y");
    expect((error.cause as Error).message).toBe("z");
    expect(error.message).toBe("$: expected x, received y");
  });
});

import { describe, expect, it } from "vitest";
import { base64Bytes, cborBodyDifferences, cborDifferences } from "../../src/cbor-differences.js";

/** Bytes written as hex, spaces allowed: the encodings below are spelled out, not produced by the encoder under test. */
const hex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text.replace(/\s+/g, ""), "hex"));
const base64 = (text: string): string => Buffer.from(hex(text)).toString("base64");
/** `cborBodyDifferences` of an expected and an actual body, both written as hex. */
const differences = (expected: string, actual: string): string[] => cborBodyDifferences(base64(expected), hex(actual));

// {"value": <item>} with a definite-length map: a1, the key "value" (65 76616c7565), then the item.
const value = (item: string): string => `a1 6576616c7565 ${item}`;

describe("cborBodyDifferences", () => {
  it("accepts the same number in any float width, or as an integer", () => {
    // 1.5 as a half, a single and a double float.
    expect(differences(value("f9 3e00"), value("fb 3ff8000000000000"))).toEqual([]);
    expect(differences(value("fa 3fc00000"), value("f9 3e00"))).toEqual([]);
    // 1 as an integer and as a half float; 7.625 as a single float and as a double.
    expect(differences(value("01"), value("f9 3c00"))).toEqual([]);
    expect(differences(value("fa 40f40000"), value("fb 401e800000000000"))).toEqual([]);
  });

  it("fails a different float, naming the path and both values", () => {
    expect(differences(value("fa 40f40000"), value("fb 401e000000000000"))).toEqual(["body.value: expected 7.625, got 7.5"]);
    // A single float that is not the double's value (1.1 rounded to 32 bits) differs from the double 1.1.
    expect(differences(value("fa 3f8ccccd"), value("fb 3ff199999999999a"))).toEqual(["body.value: expected 1.100000023841858, got 1.1"]);
    expect(differences(value("01"), value("fb 3ff0000000000001"))).toEqual(["body.value: expected 1, got 1.0000000000000002"]);
  });

  it("takes NaN of any width and payload as NaN, and tells the infinities, NaN, 0 and -0 apart", () => {
    expect(differences(value("f9 7e00"), value("fb 7ff8000000000000"))).toEqual([]);
    expect(differences(value("f9 7c01"), value("fa 7fc00000"))).toEqual([]);
    expect(differences(value("f9 7c00"), value("fb fff0000000000000"))).toEqual(["body.value: expected Infinity, got -Infinity"]);
    expect(differences(value("fa 7fc00000"), value("00"))).toEqual(["body.value: expected NaN, got 0"]);
    // -0 as a single float (@smithy/core 3.41 decodes a half-float -0 as 0).
    expect(differences(value("fa 80000000"), value("00"))).toEqual(["body.value: expected -0.0, got 0"]);
  });

  it("ignores map key order and definite or indefinite lengths", () => {
    // {"a": 1, "b": [2]} against {"b": [2], "a": 1} written with indefinite lengths.
    expect(differences("a2 6161 01 6162 81 02", "bf 6162 9f 02 ff 6161 01 ff")).toEqual([]);
  });

  it("fails a missing key, an extra key and a different value of each", () => {
    expect(differences("a2 6161 01 6162 02", "a1 6161 01")).toEqual(["body.b: expected 2, got nothing"]);
    expect(differences("a1 6161 01", "a2 6161 01 6163 f6")).toEqual(["body.c: expected nothing, got null"]);
    expect(differences("a1 6161 82 01 02", "a1 6161 81 01")).toEqual(["body.a: expected 2 items, got 1"]);
    expect(differences("a1 6161 63 666f6f", "a1 6161 63 666f70")).toEqual(['body.a: expected "foo", got "fop"']);
  });

  it("compares byte strings by content, and never with text", () => {
    expect(differences(value("43 666f6f"), value("5f 41 66 42 6f6f ff"))).toEqual([]);
    expect(differences(value("43 666f6f"), value("43 666f70"))).toEqual(["body.value: expected h'666f6f', got h'666f70'"]);
    expect(differences(value("43 666f6f"), value("63 666f6f"))).toEqual(['body.value: expected h\'666f6f\', got "foo"']);
  });

  it("compares timestamps (tag 1) by tag and value, an integer and a float of the same second alike", () => {
    // 1398796238 as an integer and as a double.
    expect(differences(value("c1 1a 535fefce"), value("c1 fb 41d4d7fbf3800000"))).toEqual([]);
    expect(differences(value("c1 fb 41cc37db380fbe77"), value("c1 fb 41cc37db380fbe76"))).toEqual([
      "body.value<tag 1>: expected 946845296.123, got 946845296.1229999",
    ]);
    // The seconds without their tag are another value.
    expect(differences(value("c1 02"), value("02"))).toEqual(["body.value: expected 1(2), got 2"]);
    expect(differences(value("c1 02"), value("c0 02"))).toEqual(["body.value: expected 1(2), got 0(2)"]);
  });

  it("takes an integer beyond 2^53 and a bignum of the same value as equal", () => {
    // 2^53 + 1 as a 64-bit integer and as tag 2 of 7 bytes.
    expect(differences(value("1b 0020000000000001"), value("c2 47 20000000000001"))).toEqual([]);
    expect(differences(value("1b 0020000000000001"), value("1b 0020000000000002"))).toEqual(["body.value: expected 9007199254740993, got 9007199254740994"]);
  });

  it("fails an actual body that is not one well-formed CBOR item", () => {
    expect(differences("a0", "a0 00")).toEqual([expect.stringMatching(/^body: expected CBOR \{\}, got bytes that are not CBOR \(.+\): a000$/)]);
    expect(differences("a1 6161 01", "a1 6161")).toEqual([expect.stringMatching(/^body: expected CBOR \{"a": 1\}, got bytes that are not CBOR/)]);
  });

  it("throws for a test case whose body is not base64 of CBOR", () => {
    expect(() => cborBodyDifferences("not base64!", hex("a0"))).toThrow(/the test case's body is not base64 of CBOR/);
    expect(() => cborBodyDifferences(base64("a1 61"), hex("a0"))).toThrow(/the test case's body is not base64 of CBOR/);
  });
});

describe("cborDifferences", () => {
  it("keeps sparse nulls: null is a value, not a missing entry", () => {
    expect(cborDifferences({ x: null }, { x: null })).toEqual([]);
    expect(cborDifferences({ x: null }, {})).toEqual(["$.x: expected null, got nothing"]);
    expect(cborDifferences([null], ["a"])).toEqual(['$[0]: expected null, got "a"']);
  });
});

describe("base64Bytes", () => {
  it("reads standard base64 with or without padding, and refuses anything else", () => {
    expect(base64Bytes("v/8=")).toEqual(hex("bfff"));
    expect(base64Bytes("v/8")).toEqual(hex("bfff"));
    expect(() => base64Bytes("v_8")).toThrow(/not base64/);
  });
});

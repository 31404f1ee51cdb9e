import { flattenMixins, loadModelFromSources } from "@smithy-gen/codegen";
import { cbor } from "@smithy/core/cbor";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HttpRequest } from "@smithy/core/protocols";
import { comparable } from "../../src/differential/comparable.js";
import { cborRequestView } from "../../src/differential/http.js";
import { cborErrorCodeForms, cborErrorResponse } from "../../src/differential/responses.js";
import type { ServiceModel } from "../../src/differential/service-model.js";
import { cborOf, decodeCborValue, encodeCborItem, PLAIN_STYLE, toWireCbor, type CborItem, type CborStyle } from "../../src/differential/wire-cbor.js";

const model = flattenMixins(
  loadModelFromSources([
    {
      path: "wire.smithy",
      text: `$version: "2.0"
namespace example.wire
structure Out {
  @timestampFormat("date-time") when: Timestamp
  bytes: Blob
  ratio: Double
  count: Long
  choice: Choice
  tags: Tags
  flags: Flags
}
union Choice { a: String, b: Integer }
map Tags { key: String, value: String }
list Flags { member: Boolean }
@error("client") structure Oops { message: String, code: String }
@aws.protocols#awsQueryError(code: "Custom", httpResponseCode: 402) @error("client") structure Coded { message: String }
@error("server") structure Broken { Message: String }
`,
    },
  ]).model,
);

const service = { model, service: { id: "example.wire#Service", traits: { "aws.protocols#awsQueryCompatible": {} } }, operations: [] } as unknown as ServiceModel;
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const encode = (item: CborItem, style: Partial<CborStyle> = {}) => hex(encodeCborItem(item, { ...PLAIN_STYLE, ...style }));

describe("the harness's wire CBOR", () => {
  it("encodes as RFC 8949 appendix A shows", () => {
    expect(encode(cborOf(0))).toBe("00");
    expect(encode(cborOf(24))).toBe("1818");
    expect(encode(cborOf(1_000_000))).toBe("1a000f4240");
    expect(encode(cborOf(-1000))).toBe("3903e7");
    expect(encode(cborOf(18446744073709551616n))).toBe("c249010000000000000000");
    expect(encode(cborOf(-18446744073709551617n))).toBe("c349010000000000000000");
    expect(encode({ type: "float", value: 1.5 }, { floats: "shortest" })).toBe("f93e00");
    expect(encode({ type: "float", value: 65504 }, { floats: "shortest" })).toBe("f97bff");
    expect(encode({ type: "float", value: 5.960464477539063e-8 }, { floats: "shortest" })).toBe("f90001");
    expect(encode({ type: "float", value: 100000 }, { floats: "shortest" })).toBe("fa47c35000");
    expect(encode({ type: "float", value: 1.1 }, { floats: "shortest" })).toBe("fb3ff199999999999a");
    expect(encode({ type: "float", value: -Infinity }, { floats: "shortest" })).toBe("f9fc00");
    expect(encode({ type: "float", value: 1.5 })).toBe("fb3ff8000000000000");
    expect(encode(cborOf({ a: 1, b: [2, 3] }))).toBe("a26161016162820203");
    expect(encode(cborOf("\u00fc"))).toBe("62c3bc");
    expect(encode({ type: "tag", tag: 1, item: { type: "float", value: 1363896240.5 } })).toBe("c1fb41d452d9ec200000");
    expect(encode(cborOf([true, null, undefined]))).toBe("83f5f6f7");
  });

  it("writes values from the model as a service does: tag 1 timestamps whatever their format, byte strings, native NaN, unknown union members", () => {
    const value = { when: new Date(1_500), bytes: new Uint8Array([104, 105]), ratio: Number.NaN, count: 7, choice: { $unknown: ["c", { x: 1 }] }, tags: { k: "v" }, flags: [true, null] };
    expect(encode(toWireCbor(model, "example.wire#Out", value))).toBe(
      encode({
        type: "map",
        entries: [
          ["when", { type: "tag", tag: 1, item: { type: "float", value: 1.5 } }],
          ["bytes", { type: "bytes", value: new Uint8Array([104, 105]) }],
          ["ratio", { type: "float", value: Number.NaN }],
          ["count", { type: "int", value: 7n }],
          ["choice", cborOf({ c: { x: 1 } })],
          ["tags", cborOf({ k: "v" })],
          ["flags", cborOf([true, null])],
        ],
      }),
    );
    // Integral floats and whole-second timestamps become integers when the style says so.
    const integral = toWireCbor(model, "example.wire#Out", { when: new Date(2_000), ratio: 3 }, { ...PLAIN_STYLE, integralAsInteger: true });
    expect(comparable(decodeCborValue(encodeCborItem(integral)))).toEqual({ when: { $tag: 1, value: 2 }, ratio: 3 });
    expect(hex(encodeCborItem(integral))).toContain("c102");
    // An error's own members only: no message when the error has none of its own.
    expect(comparable(decodeCborValue(encodeCborItem(toWireCbor(model, "example.wire#Oops", Object.assign(new Error(), { code: "E2" })))))).toEqual({ code: "E2" });
  });

  const items: fc.Arbitrary<CborItem> = fc.letrec<{ item: CborItem }>((tie) => ({
    item: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.bigInt({ min: -(1n << 70n), max: 1n << 70n }).map((value): CborItem => ({ type: "int", value })),
      fc.uint8Array({ maxLength: 12 }).map((value): CborItem => ({ type: "bytes", value })),
      fc.string({ unit: "grapheme", maxLength: 8 }).map((value): CborItem => ({ type: "text", value })),
      fc.double().map((value): CborItem => ({ type: "float", value })),
      fc.constantFrom(true, false, null).map((value): CborItem => ({ type: "simple", value })),
      fc.array(tie("item"), { maxLength: 4 }).map((items): CborItem => ({ type: "array", items })),
      fc.dictionary(fc.string({ maxLength: 6 }), tie("item"), { maxKeys: 4 }).map((record): CborItem => ({ type: "map", entries: Object.entries(record) })),
      fc.tuple(fc.integer({ min: 5, max: 100_000 }), tie("item")).map(([tag, item]): CborItem => ({ type: "tag", tag, item })),
    ),
  })).item;
  const styles: fc.Arbitrary<CborStyle> = fc.record({
    seed: fc.integer(),
    indefinite: fc.constantFrom(0, 0.5, 1),
    indefiniteKeys: fc.boolean(),
    wideHeads: fc.boolean(),
    floats: fc.constantFrom("shortest" as const, "double" as const),
    integralAsInteger: fc.boolean(),
  });
  /** The value an item stands for, as decodeCborValue gives it. */
  const valueOf = (item: CborItem): unknown => {
    switch (item.type) {
      case "int":
        return item.value >= BigInt(Number.MIN_SAFE_INTEGER) && item.value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(item.value) : item.value;
      case "bytes":
      case "text":
      case "float":
        return item.value;
      case "simple":
        return item.value === undefined ? { $undefined: true } : item.value;
      case "array":
        return item.items.map(valueOf);
      case "map":
        return Object.fromEntries(item.entries.map(([key, value]) => [key, valueOf(value)]));
      case "tag":
        return { $tag: item.tag, value: valueOf(item.item) };
    }
  };

  it("decodes whatever it encodes, in every style, to the value it stands for", () => {
    fc.assert(
      fc.property(items, styles, (item, style) => {
        // Bignums are tags 2 and 3 of their bytes when decoded by the harness.
        const decoded = decodeCborValue(encodeCborItem(item, style));
        const big = (value: bigint) => value < -(1n << 64n) || value >= 1n << 64n;
        if (JSON.stringify(item, (_, v) => (typeof v === "bigint" ? (big(v) ? "BIG" : 0) : v)).includes("BIG")) return;
        expect(comparable(decoded)).toEqual(comparable(valueOf(item)));
      }),
      { numRuns: 300 },
    );
  });

  it("encodes what @smithy/core/cbor decodes to the same value (tags 0-4 aside), in every style but indefinite keys", () => {
    fc.assert(
      fc.property(items, styles, (item, style) => {
        const bytes = encodeCborItem(item, { ...style, indefiniteKeys: false });
        expect(comparable(normalize(cbor.deserialize(bytes)))).toEqual(comparable(decodeCborValue(bytes)));
      }),
      { numRuns: 300 },
    );
  });

  it("writes error responses with the code where each form says, the awsQuery code in x-amzn-query-error", () => {
    const body = (wire: { body: string | Uint8Array }) => comparable(decodeCborValue(wire.body as Uint8Array));
    const coded = Object.assign(new Error("no"), { message: "no" });
    expect(cborErrorCodeForms(service)).toHaveLength(4);
    expect(cborErrorCodeForms({ ...service, service: { ...service.service, traits: {} } } as unknown as ServiceModel)).toEqual(["shape id in __type", "name in __type"]);
    const id = cborErrorResponse(service, "example.wire#Coded", coded, "shape id in __type", { tip: "t" });
    expect([id.status, id.headers["x-amzn-query-error"], body(id)]).toEqual([402, undefined, { __type: "example.wire#Coded", message: "no", tip: "t" }]);
    expect(body(cborErrorResponse(service, "example.wire#Coded", coded, "name in __type"))).toEqual({ __type: "Coded", message: "no" });
    const both = cborErrorResponse(service, "example.wire#Coded", coded, "x-amzn-query-error header and __type");
    expect([both.headers["x-amzn-query-error"], body(both)]).toEqual(["Custom;Sender", { __type: "example.wire#Coded", message: "no" }]);
    const only = cborErrorResponse(service, "example.wire#Broken", { Message: "down" }, "x-amzn-query-error header only");
    expect([only.status, only.headers["x-amzn-query-error"], body(only)]).toEqual([500, "Broken;Receiver", { Message: "down" }]);
    const unmodelled = cborErrorResponse(service, undefined, { code: "UnmodelledX", message: "m" }, "x-amzn-query-error header and __type", { message: "kept?" });
    expect([unmodelled.status, unmodelled.headers["x-amzn-query-error"], body(unmodelled)]).toEqual([400, "UnmodelledX;Sender", { __type: "example.wire#UnmodelledX", message: "m" }]);
  });

  it("views a request's headers but the per-call ones, the signed headers, the length against the body, and the body decoded", () => {
    const request = (headers: Record<string, string>, body?: Uint8Array) =>
      cborRequestView(new HttpRequest({ method: "POST", protocol: "https:", hostname: "h", path: "/p", headers, ...(body ? { body } : {}) }));
    const body = encodeCborItem(cborOf({ a: [1, "x"] }), { ...PLAIN_STYLE, indefinite: 1, seed: 3 });
    const view = request(
      { "Content-Type": "application/cbor", "content-length": String(body.length), "x-amz-date": "d", authorization: "AWS4-HMAC-SHA256 Credential=x, SignedHeaders=accept;host, Signature=s", "user-agent": "u" },
      body,
    );
    expect(view).toMatchObject({ headers: { "content-type": "application/cbor" }, signedHeaders: "accept;host", contentLength: "the body's length", body: { a: [1, "x"] } });
    expect(request({ "content-length": "9" }, body).contentLength).toBe(`9 for a body of ${body.length} bytes`);
    expect(request({}).body).toEqual({ empty: true });
    expect(request({}, Uint8Array.from([0xa1])).body).toMatchObject({ unparsable: "a1" });
  });

  it("refuses what is not one well-formed item, a key that is no text, and a repeated key", () => {
    for (const bad of ["", "18", "a16161", "a2616101616102", "a10101", "0000", "62c3", "5f01ff", "ff"]) {
      expect(() => decodeCborValue(Buffer.from(bad, "hex")), bad).toThrow();
    }
  });
});

/** @smithy/core/cbor's decoded value in the harness's shape: tags as `{ $tag, value }`, bignums as tags of their bytes, `undefined` spelled out. */
function normalize(value: unknown): unknown {
  if (value === undefined) return { $undefined: true };
  if (typeof value === "bigint") {
    if (value >= -(1n << 64n) && value < 1n << 64n) return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
    let magnitude = value >= 0n ? value : -1n - value;
    const bytes: number[] = [];
    while (magnitude > 0n) {
      bytes.unshift(Number(magnitude & 0xffn));
      magnitude >>= 8n;
    }
    return { $tag: value >= 0n ? 2 : 3, value: Uint8Array.from(bytes) };
  }
  if (value === null || typeof value !== "object" || value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map(normalize);
  const record = value as Record<string | symbol, unknown>;
  if (Object.getOwnPropertySymbols(record).length > 0 && "tag" in record) return { $tag: Number(record.tag), value: normalize(record.value) };
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, normalize(item)]));
}

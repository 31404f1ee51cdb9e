import { describe, expect, it } from "vitest";
import { comparable, comparableOutput } from "../../src/comparable.js";

describe("comparable", () => {
  it("makes a Buffer and a Uint8Array of the same bytes equal, and different bytes not", () => {
    expect(comparable({ data: Buffer.from("abc") })).toEqual(comparable({ data: new TextEncoder().encode("abc") }));
    expect(comparable({ data: Buffer.from("abd") })).not.toEqual(comparable({ data: new TextEncoder().encode("abc") }));
  });

  it("drops undefined members but keeps null ones", () => {
    expect(comparable({ a: undefined, b: null, c: [undefined] })).toStrictEqual({ b: null, c: [undefined] });
  });

  it("keeps Dates comparable by time", () => {
    expect(comparable({ when: new Date(5) })).toEqual({ when: new Date(5) });
    expect(comparable({ when: new Date(5) })).not.toEqual({ when: new Date(6) });
  });
});

describe("comparableOutput", () => {
  it("drops the top-level $metadata only", () => {
    expect(comparableOutput({ $metadata: { httpStatusCode: 200 }, doc: { $metadata: 1 } })).toStrictEqual({ doc: { $metadata: 1 } });
  });
});

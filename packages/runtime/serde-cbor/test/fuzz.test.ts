import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { CborDecodeError, decodeCbor, encodeCbor } from "../src/index.js";
import { cborValue } from "./arbitraries.js";

/** The longest a body may take to be decoded or refused; the decoder's pathological cases took seconds. */
const TIME_BOUND_MS = 250;

/** What `decodeCbor` says when the decoder throws after the check let a body through: never expected. */
const DECODER_FALLBACK = "a CBOR body that @smithy/core/cbor decodes";

let bodies = 0;
const outcomes = { values: 0, errors: 0 };

/**
 * Decodes `body`, asserting that the outcome is a value or a CborDecodeError from the check (no
 * RangeError, TypeError or other crash of the decoder, nor a decoder error the check missed), within
 * the time bound.
 */
function decodesOrRefuses(body: Uint8Array): void {
  bodies++;
  const start = performance.now();
  let thrown: unknown;
  try {
    decodeCbor(body);
    outcomes.values++;
  } catch (error) {
    thrown = error;
    outcomes.errors++;
  }
  const elapsed = performance.now() - start;
  expect(elapsed, `decoding ${body.length} bytes took ${elapsed.toFixed(0)} ms`).toBeLessThan(TIME_BOUND_MS);
  if (thrown === undefined) return;
  if (!(thrown instanceof CborDecodeError)) throw new Error(`decodeCbor let ${String(thrown)} escape for ${hexPreview(body)}`, { cause: thrown });
  expect(thrown.path).toBe("$");
  expect(thrown.expected, `the decoder threw after the check: ${thrown.received} for ${hexPreview(body)}`).not.toBe(DECODER_FALLBACK);
  expect(thrown.offset).toBeGreaterThanOrEqual(0);
  expect(thrown.offset).toBeLessThanOrEqual(body.length);
}

function hexPreview(body: Uint8Array): string {
  const shown = Array.from(body.subarray(0, 48), (byte) => byte.toString(16).padStart(2, "0")).join(" ");
  return body.length > 48 ? `${shown} ... (${body.length} bytes)` : shown;
}

/** A valid encoding of a CBOR value. */
const encoded = cborValue.map((value) => encodeCbor(value));

/** A head of major type `major` declaring `argument` (a length or a count), in the 4- or 8-byte form. */
function hugeHead(major: number, argument: bigint): number[] {
  if (argument < 2n ** 32n) return [(major << 5) | 26, ...[24n, 16n, 8n, 0n].map((shift) => Number((argument >> shift) & 0xffn))];
  return [(major << 5) | 27, ...[56n, 48n, 40n, 32n, 24n, 16n, 8n, 0n].map((shift) => Number((argument >> shift) & 0xffn))];
}

describe("decodeCbor on malformed bodies: a value or a CborDecodeError, in bounded time, never a crash", () => {
  afterAll(() => {
    // At least 1,000 malformed bodies in all, and both outcomes seen.
    expect(bodies).toBeGreaterThanOrEqual(1000);
    expect(outcomes.values).toBeGreaterThan(0);
    expect(outcomes.errors).toBeGreaterThan(0);
  });

  it("random bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), decodesOrRefuses), { numRuns: 300 });
  });

  it("random bytes that start like a container or a tag", () => {
    const start = fc.constantFrom(0x81, 0x82, 0x9f, 0xa1, 0xa2, 0xbf, 0x5f, 0x7f, 0xc1, 0xc2, 0xc3, 0xc4, 0xd8);
    fc.assert(fc.property(start, fc.uint8Array({ maxLength: 32 }), (first, rest) => decodesOrRefuses(Uint8Array.from([first, ...rest]))), { numRuns: 200 });
  });

  it("truncations of valid encodings", () => {
    fc.assert(
      fc.property(encoded.filter((body) => body.length > 1), fc.nat(), (body, cut) => decodesOrRefuses(body.subarray(0, cut % body.length))),
      { numRuns: 200 },
    );
  });

  it("mutations of valid encodings: bytes replaced, inserted and removed", () => {
    const mutation = fc.record({ kind: fc.constantFrom("replace", "insert", "remove"), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) });
    fc.assert(
      fc.property(encoded, fc.array(mutation, { minLength: 1, maxLength: 4 }), (body, mutations) => {
        const bytes = Array.from(body);
        for (const { kind, at, byte } of mutations) {
          const index = at % (bytes.length + 1);
          if (kind === "insert") bytes.splice(index, 0, byte);
          else if (bytes.length === 0) bytes.push(byte);
          else if (kind === "remove") bytes.splice(index % bytes.length, 1);
          else bytes[index % bytes.length] = byte;
        }
        decodesOrRefuses(Uint8Array.from(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it("crafted heads declaring huge lengths and counts, alone or inside valid items", () => {
    const argument = fc.oneof(fc.constantFrom(2n ** 31n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 53n + 1n, 2n ** 60n, 2n ** 64n - 1n), fc.bigInt({ min: 1n << 20n, max: 2n ** 64n - 1n }));
    const prefix = fc.constantFrom([], [0x81], [0x82, 0x01], [0xa1, 0x61, 0x61], [0x9f], [0xbf, 0x61, 0x61], [0xc2], [0xc4, 0x82, 0x00], [0x5f], [0x7f]);
    fc.assert(
      fc.property(prefix, fc.constantFrom(2, 3, 4, 5, 6), argument, fc.uint8Array({ maxLength: 16 }), (before, major, size, after) =>
        decodesOrRefuses(Uint8Array.from([...before, ...hugeHead(major, size), ...after])),
      ),
      { numRuns: 200 },
    );
  });

  it("deep nesting of arrays, indefinite arrays, maps and tags, closed or not", () => {
    const opener = fc.constantFrom([0x81], [0x9f], [0xa1, 0x61, 0x61], [0xbf, 0x61, 0x61], [0xc1], [0xc6], [0xd8, 0x20]);
    fc.assert(
      fc.property(fc.array(opener, { minLength: 1, maxLength: 4 }), fc.integer({ min: 500, max: 20_000 }), fc.boolean(), (openers, depth, close) => {
        const bytes: number[] = [];
        for (let i = 0; i < depth; i++) bytes.push(...openers[i % openers.length]!);
        bytes.push(0x00);
        if (close) for (let i = 0; i < depth; i++) bytes.push(0xff);
        decodesOrRefuses(Uint8Array.from(bytes));
      }),
      { numRuns: 100 },
    );
  });

  it("valid encodings decode (the check refuses none of them)", () => {
    fc.assert(
      fc.property(encoded, (body) => {
        expect(() => decodeCbor(body)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

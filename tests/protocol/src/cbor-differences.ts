import { decodeCbor } from "@smithy-gen/serde-cbor";
import { tagSymbol } from "@smithy/core/cbor";
import { NumericValue } from "@smithy/core/serde";

/**
 * The differences between two decoded CBOR values (as `decodeCbor` of `@smithy-gen/serde-cbor`
 * gives them), each as `<path>: expected X, got Y` with the values in CBOR diagnostic notation.
 * The data model is compared, not the encoding, as Smithy's protocol tests ask for
 * `application/cbor` bodies (and as smithy-typescript's own protocol tests compare them):
 *
 * - map key order does not matter, nor do definite or indefinite lengths;
 * - numbers compare by value whatever their encoding: a half, single or double float, or an
 *   integer (`1` and `1.0` are the same number; a bignum equals the integer of its value);
 *   `NaN` equals `NaN`, and `0` and `-0` differ (they are different IEEE 754 values);
 * - byte strings compare by content, text strings by their characters;
 * - tagged items (timestamps are tag 1 of epoch seconds) compare by tag number and content;
 *   decimal fractions (tag 4) by their decimal text;
 * - `null` and `undefined` are both `null` once decoded.
 */
export function cborDifferences(expected: unknown, actual: unknown, path = "$"): string[] {
  const expectedKind = kindOf(expected);
  const actualKind = kindOf(actual);
  const mismatch = (): string[] => [`${path}: expected ${diagnostic(expected)}, got ${diagnostic(actual)}`];
  if (expectedKind === "number" && actualKind === "number") return sameNumber(expected as number | bigint, actual as number | bigint) ? [] : mismatch();
  if (expectedKind !== actualKind) return mismatch();
  switch (expectedKind) {
    case "null":
    case "boolean":
    case "string":
      return expected === actual ? [] : mismatch();
    case "bytes":
      return sameBytes(expected as Uint8Array, actual as Uint8Array) ? [] : mismatch();
    case "decimal": {
      const [a, b] = [expected as NumericValue, actual as NumericValue];
      return a.string === b.string && a.type === b.type ? [] : mismatch();
    }
    case "tag": {
      const [a, b] = [expected as CborTag, actual as CborTag];
      if (BigInt(a.tag) !== BigInt(b.tag)) return mismatch();
      return cborDifferences(a.value, b.value, `${path}<tag ${a.tag}>`);
    }
    case "array": {
      const [a, b] = [expected as unknown[], actual as unknown[]];
      const out: string[] = [];
      if (a.length !== b.length) out.push(`${path}: expected ${a.length} items, got ${b.length}`);
      for (let i = 0; i < Math.min(a.length, b.length); i++) out.push(...cborDifferences(a[i], b[i], `${path}[${i}]`));
      return out;
    }
    case "map": {
      const [a, b] = [expected as Record<string, unknown>, actual as Record<string, unknown>];
      const out: string[] = [];
      for (const key of Object.keys(a)) {
        const child = `${path}.${key}`;
        if (!Object.hasOwn(b, key)) out.push(`${child}: expected ${diagnostic(a[key])}, got nothing`);
        else out.push(...cborDifferences(a[key], b[key], child));
      }
      for (const key of Object.keys(b)) {
        if (!Object.hasOwn(a, key)) out.push(`${path}.${key}: expected nothing, got ${diagnostic(b[key])}`);
      }
      return out;
    }
    default:
      return mismatch();
  }
}

/**
 * Compares an expected body given as base64 (a Smithy test case's `body` for a binary media type)
 * with the bytes of an actual body, both decoded as CBOR. A body that is not one well-formed CBOR
 * item (truncated, with trailing bytes, invalid UTF-8, ...) is a difference of its own.
 */
export function cborBodyDifferences(expectedBase64: string, actual: Uint8Array, path = "body"): string[] {
  let expected: unknown;
  try {
    expected = decodeCbor(base64Bytes(expectedBase64));
  } catch (error) {
    throw new Error(`the test case's body is not base64 of CBOR: ${(error as Error).message}`);
  }
  let decoded: unknown;
  try {
    decoded = decodeCbor(actual);
  } catch (error) {
    return [`${path}: expected CBOR ${diagnostic(expected)}, got bytes that are not CBOR (${(error as Error).message}): ${hex(actual)}`];
  }
  return cborDifferences(expected, decoded, path);
}

/** The bytes of base64 text (standard alphabet, padding optional), refusing any other character. */
export function base64Bytes(text: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.replace(/=+$/, "").length % 4 === 1) throw new Error(`not base64: ${JSON.stringify(text.slice(0, 40))}`);
  return new Uint8Array(Buffer.from(text, "base64"));
}

interface CborTag {
  readonly tag: number | bigint;
  readonly value: unknown;
}

type Kind = "null" | "boolean" | "number" | "string" | "bytes" | "decimal" | "tag" | "array" | "map" | "other";

function kindOf(value: unknown): Kind {
  if (value === null || value === undefined) return "null";
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
    case "bigint":
      return "number";
    case "string":
      return "string";
    case "object":
      if (value instanceof Uint8Array) return "bytes";
      if (value instanceof NumericValue) return "decimal";
      if (Array.isArray(value)) return "array";
      if (tagSymbol in value) return "tag";
      return "map";
    default:
      return "other";
  }
}

function sameNumber(a: number | bigint, b: number | bigint): boolean {
  if (typeof a === "number" && typeof b === "number") return Object.is(a, b);
  // A bigint (an integer beyond 2^53, or a bignum) equals only an integral number of its value.
  const toBig = (n: number | bigint): bigint | undefined => (typeof n === "bigint" ? n : Number.isInteger(n) ? BigInt(n) : undefined);
  const [x, y] = [toBig(a), toBig(b)];
  return x !== undefined && x === y;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((byte, i) => byte === b[i]);
}

function hex(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** A decoded value in CBOR diagnostic notation (RFC 8949 section 8), shortened to 120 characters. */
export function diagnostic(value: unknown): string {
  const text = diagnosticText(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function diagnosticText(value: unknown): string {
  switch (kindOf(value)) {
    case "null":
      return value === undefined ? "nothing" : "null";
    case "number":
      if (typeof value === "bigint") return value.toString();
      return Object.is(value, -0) ? "-0.0" : String(value);
    case "boolean":
    case "string":
      return JSON.stringify(value);
    case "bytes":
      return `h'${hex(value as Uint8Array)}'`;
    case "decimal":
      return `4(${(value as NumericValue).string})`;
    case "tag":
      return `${(value as CborTag).tag}(${diagnosticText((value as CborTag).value)})`;
    case "array":
      return `[${(value as unknown[]).map(diagnosticText).join(", ")}]`;
    case "map":
      return `{${Object.entries(value as Record<string, unknown>)
        .map(([key, item]) => `${JSON.stringify(key)}: ${diagnosticText(item)}`)
        .join(", ")}}`;
    default:
      return String(value);
  }
}

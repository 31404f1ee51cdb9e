import { type MemberShape, type Model, type ShapeId } from "@smithy-gen/codegen";

/**
 * The harness's own CBOR (RFC 8949): a model-driven writer of values as an rpcv2Cbor service
 * sends them, an encoder that varies how it encodes them, and a decoder of request bodies. It uses
 * neither client's codec (both sides build on `@smithy/core/cbor`), so that a bug there cannot hide
 * itself.
 */

/** A CBOR data item, before it is encoded. */
export type CborItem =
  | { readonly type: "int"; readonly value: bigint }
  | { readonly type: "bytes"; readonly value: Uint8Array }
  | { readonly type: "text"; readonly value: string }
  | { readonly type: "array"; readonly items: readonly CborItem[] }
  | { readonly type: "map"; readonly entries: readonly (readonly [string, CborItem])[] }
  | { readonly type: "tag"; readonly tag: number; readonly item: CborItem }
  | { readonly type: "float"; readonly value: number }
  | { readonly type: "simple"; readonly value: boolean | null | undefined };

/**
 * How the encoder writes the items, all of it valid CBOR that a decoder must accept (RFC 8949
 * section 3; the rpcv2Cbor protocol tests send indefinite-length strings and lists and half-precision
 * floats to clients): each choice is made per item, by a generator seeded with `seed`.
 */
export interface CborStyle {
  readonly seed: number;
  /** The chance that a string, array or map is written with an indefinite length (strings in chunks). */
  readonly indefinite: number;
  /** Whether map keys may be indefinite-length strings too (with the same chance). */
  readonly indefiniteKeys: boolean;
  /** Whether an integer or length may get a wider head than it needs (half the time). */
  readonly wideHeads: boolean;
  /** `shortest`: the narrowest float that holds the value exactly (half, single, double); `double`: always 64 bits. */
  readonly floats: "shortest" | "double";
  /** Whether integral floats (within 64 bits) and whole-second timestamps are written as integers, as some encoders do. */
  readonly integralAsInteger: boolean;
}

/** The plainest encoding: definite lengths, preferred heads, 64-bit floats. */
export const PLAIN_STYLE: CborStyle = { seed: 1, indefinite: 0, indefiniteKeys: false, wideHeads: false, floats: "double", integralAsInteger: false };

/**
 * A modelled TypeScript value as an rpcv2Cbor service writes it, walking the model: members under
 * their member names, timestamps as tag 1 of epoch seconds (rpcv2Cbor ignores `@timestampFormat`),
 * blobs as byte strings, floats and doubles as floats (NaN and the infinities natively), a union's
 * `$unknown: [name, value]` as the member it stands for.
 */
export function toWireCbor(model: Model, target: ShapeId, value: unknown, style: CborStyle = PLAIN_STYLE): CborItem {
  if (value === null) return { type: "simple", value: null };
  const shape = model.expectShape(target);
  switch (shape.type) {
    case "structure": {
      const entries: [string, CborItem][] = [];
      for (const child of shape.members.values()) {
        // Own properties only: an error instance without a message inherits Error's "", which no service sends.
        const property = propertyOf(child);
        const item = Object.prototype.hasOwnProperty.call(value, property) ? (value as Record<string, unknown>)[property] : undefined;
        if (item !== undefined) entries.push([child.name, toWireCbor(model, child.target, item, style)]);
      }
      return { type: "map", entries };
    }
    case "union": {
      const record = value as Record<string, unknown>;
      if (Array.isArray(record.$unknown)) {
        const [name, item] = record.$unknown as [string, unknown];
        return { type: "map", entries: [[name, item === null || item === undefined ? { type: "map", entries: [] } : cborOf(item)]] };
      }
      const present = Object.entries(record).filter(([, item]) => item !== undefined);
      if (present.length !== 1) throw new Error(`${shape.id}: a union value needs exactly one member, got ${present.length}`);
      const [name, item] = present[0]!;
      const child = shape.members.get(name);
      if (!child) throw new Error(`${shape.id} has no member ${name}`);
      return { type: "map", entries: [[name, toWireCbor(model, child.target, item, style)]] };
    }
    case "list":
    case "set":
      return { type: "array", items: (value as unknown[]).map((item) => toWireCbor(model, shape.member.target, item, style)) };
    case "map":
      return {
        type: "map",
        entries: Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, toWireCbor(model, shape.value.target, item, style)] as const),
      };
    case "timestamp": {
      const seconds = (value as Date).getTime() / 1000;
      return { type: "tag", tag: 1, item: Number.isInteger(seconds) && style.integralAsInteger ? { type: "int", value: BigInt(seconds) } : { type: "float", value: seconds } };
    }
    case "blob":
      return { type: "bytes", value: value as Uint8Array };
    case "float":
    case "double": {
      const number = value as number;
      // As an integer (major type 0 or 1) only within 64 bits: a bignum is a bigInteger's encoding, not a double's.
      const integral = Number.isInteger(number) && !Object.is(number, -0) && Math.abs(number) < 2 ** 64;
      return integral && style.integralAsInteger ? { type: "int", value: BigInt(number) } : { type: "float", value: number };
    }
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "intEnum":
    case "bigInteger":
      return { type: "int", value: BigInt(value as number | bigint) };
    case "boolean":
      return { type: "simple", value: value as boolean };
    case "string":
    case "enum":
      return { type: "text", value: value as string };
    default:
      // bigDecimal (tag 4) and document (not in rpcv2Cbor): no model the suites compare has one.
      throw new Error(`${shape.id}: ${shape.type} values have no CBOR writer in the harness`);
  }
}

/** Any JavaScript value (an unknown union member's, a field the error shape does not model) as CBOR. */
export function cborOf(value: unknown): CborItem {
  if (value === null || value === undefined || typeof value === "boolean") return { type: "simple", value: value as boolean | null | undefined };
  if (typeof value === "number") return Number.isInteger(value) && !Object.is(value, -0) ? { type: "int", value: BigInt(value) } : { type: "float", value };
  if (typeof value === "bigint") return { type: "int", value };
  if (typeof value === "string") return { type: "text", value };
  if (value instanceof Uint8Array) return { type: "bytes", value };
  if (Array.isArray(value)) return { type: "array", items: value.map(cborOf) };
  if (typeof value === "object") return { type: "map", entries: Object.entries(value).map(([key, item]) => [key, cborOf(item)] as const) };
  throw new Error(`no CBOR for a ${typeof value}`);
}

/** The property a member has in TypeScript; the harness refuses the few the types package renames. */
function propertyOf(member: MemberShape): string {
  if (RENAMED.has(member.name)) throw new Error(`${member.id}: a member the types package renames; the harness does not map it`);
  return member.name;
}

const RENAMED = new Set(["constructor", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "__proto__"]);

/** mulberry32: a small seeded generator, so that an encoding replays from its style. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const utf8 = new TextEncoder();
const TWO_64 = 1n << 64n;

/** The bytes of `item`, encoded as `style` says. */
export function encodeCborItem(item: CborItem, style: CborStyle = PLAIN_STYLE): Uint8Array {
  const random = generator(style.seed);
  const out: number[] = [];
  const head = (major: number, argument: bigint): void => {
    let size = argument < 24n ? 0 : argument < 0x100n ? 1 : argument < 0x10000n ? 2 : argument < 0x100000000n ? 4 : 8;
    if (style.wideHeads && size < 8 && random() < 0.5) size = [1, 2, 4, 8].filter((wider) => wider > size)[Math.floor(random() * 3)] ?? 8;
    if (size === 0) {
      out.push((major << 5) | Number(argument));
      return;
    }
    out.push((major << 5) | { 1: 24, 2: 25, 4: 26, 8: 27 }[size]!);
    for (let i = size - 1; i >= 0; i--) out.push(Number((argument >> BigInt(8 * i)) & 0xffn));
  };
  const indefinite = (): boolean => style.indefinite > 0 && random() < style.indefinite;
  /** A string in chunks at random places (text: between code points), some of them empty. */
  const chunks = <T>(parts: readonly T[]): T[][] => {
    const pieces: T[][] = [[]];
    for (const part of parts) {
      if (random() < 0.3) pieces.push([]);
      pieces[pieces.length - 1]!.push(part);
    }
    if (random() < 0.2) pieces.push([]);
    return pieces;
  };
  const text = (value: string, key: boolean): void => {
    const definite = (part: string): void => {
      const bytes = utf8.encode(part);
      head(3, BigInt(bytes.length));
      out.push(...bytes);
    };
    if ((!key || style.indefiniteKeys) && indefinite()) {
      out.push(0x7f);
      for (const piece of chunks([...value])) definite(piece.join(""));
      out.push(0xff);
    } else {
      definite(value);
    }
  };
  const write = (item: CborItem): void => {
    switch (item.type) {
      case "int": {
        const { value } = item;
        if (value >= 0n && value < TWO_64) head(0, value);
        else if (value < 0n && value >= -TWO_64) head(1, -1n - value);
        else {
          // A bignum: tag 2 (or 3 for -1 - n) of the magnitude's bytes, big-endian.
          let magnitude = value >= 0n ? value : -1n - value;
          const bytes: number[] = [];
          while (magnitude > 0n) {
            bytes.unshift(Number(magnitude & 0xffn));
            magnitude >>= 8n;
          }
          head(6, value >= 0n ? 2n : 3n);
          head(2, BigInt(bytes.length));
          out.push(...bytes);
        }
        return;
      }
      case "bytes":
        if (indefinite()) {
          out.push(0x5f);
          for (const piece of chunks([...item.value])) {
            head(2, BigInt(piece.length));
            out.push(...piece);
          }
          out.push(0xff);
        } else {
          head(2, BigInt(item.value.length));
          out.push(...item.value);
        }
        return;
      case "text":
        text(item.value, false);
        return;
      case "array":
        if (indefinite()) {
          out.push(0x9f);
          item.items.forEach(write);
          out.push(0xff);
        } else {
          head(4, BigInt(item.items.length));
          item.items.forEach(write);
        }
        return;
      case "map": {
        const open = indefinite();
        if (open) out.push(0xbf);
        else head(5, BigInt(item.entries.length));
        for (const [key, value] of item.entries) {
          text(key, true);
          write(value);
        }
        if (open) out.push(0xff);
        return;
      }
      case "tag":
        head(6, BigInt(item.tag));
        write(item.item);
        return;
      case "float":
        out.push(...floatBytes(item.value, style.floats));
        return;
      case "simple":
        out.push(item.value === false ? 0xf4 : item.value === true ? 0xf5 : item.value === null ? 0xf6 : 0xf7);
        return;
    }
  };
  write(item);
  return Uint8Array.from(out);
}

/** A float's head and bytes: the narrowest width that holds it exactly, or always 64 bits. */
function floatBytes(value: number, widths: CborStyle["floats"]): number[] {
  if (widths === "shortest") {
    const half = toHalf(value);
    if (half !== undefined) return [0xf9, half >> 8, half & 0xff];
    if (Object.is(Math.fround(value), value) || Number.isNaN(value)) {
      const view = new DataView(new ArrayBuffer(4));
      view.setFloat32(0, value);
      return [0xfa, ...new Uint8Array(view.buffer)];
    }
  }
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  return [0xfb, ...new Uint8Array(view.buffer)];
}

/** The IEEE 754 half-precision bits of `value` when it holds it exactly (subnormals included). */
function toHalf(value: number): number | undefined {
  if (Number.isNaN(value)) return 0x7e00;
  if (value === Infinity) return 0x7c00;
  if (value === -Infinity) return 0xfc00;
  const sign = value < 0 || Object.is(value, -0) ? 0x8000 : 0;
  const magnitude = Math.abs(value);
  if (magnitude === 0) return sign;
  // Subnormal halves are multiples of 2^-24 below 2^-14.
  if (magnitude < 2 ** -14) {
    const units = magnitude / 2 ** -24;
    return Number.isInteger(units) ? sign | units : undefined;
  }
  const exponent = Math.floor(Math.log2(magnitude));
  if (exponent > 15) return undefined;
  const mantissa = magnitude / 2 ** exponent - 1;
  const bits = mantissa * 1024;
  if (!Number.isInteger(bits) || 2 ** exponent * (1 + bits / 1024) !== magnitude) return undefined;
  return sign | ((exponent + 15) << 10) | bits;
}

/** A body {@link decodeCborValue} cannot read. */
export class CborSyntaxError extends Error {}

/**
 * The value of a CBOR body, for comparing two clients' requests: maps as objects (a `__proto__`
 * key as an entry), arrays, text strings as strings, byte strings as `Uint8Array`s, integers as
 * numbers (bigints beyond 2^53), floats as numbers, tags as `{ $tag, value }`, `undefined` as
 * `{ $undefined: true }`. Any length, chunking and float width is read alike. Throws a
 * `CborSyntaxError` for anything that is not one well-formed data item, a map key that is not a
 * text string, or a repeated key.
 */
export function decodeCborValue(bytes: Uint8Array, onKey?: (key: string, encoding: KeyEncoding) => void): unknown {
  let at = 0;
  const fail = (message: string): never => {
    throw new CborSyntaxError(`${message} at byte ${at}`);
  };
  const byte = (): number => (at < bytes.length ? bytes[at++]! : fail("the end of the body"));
  const argument = (info: number): bigint | undefined => {
    if (info < 24) return BigInt(info);
    if (info === 31) return undefined;
    if (info > 27) fail(`reserved additional information ${info}`);
    let value = 0n;
    for (let i = 0; i < 1 << (info - 24); i++) value = (value << 8n) | BigInt(byte());
    return value;
  };
  const take = (length: bigint): Uint8Array => {
    if (length > BigInt(bytes.length - at)) fail(`a length of ${length} beyond the body`);
    const slice = bytes.subarray(at, at + Number(length));
    at += Number(length);
    return slice;
  };
  const fatal = new TextDecoder("utf-8", { fatal: true });
  const string = (major: 2 | 3, info: number): Uint8Array => {
    const length = argument(info);
    if (length !== undefined) return take(length);
    const parts: Uint8Array[] = [];
    for (;;) {
      const next = byte();
      if (next === 0xff) break;
      if (next >> 5 !== major || (next & 0x1f) === 31) fail("a chunk of another type in an indefinite-length string");
      parts.push(take(argument(next & 0x1f)!));
    }
    return Uint8Array.from(parts.flatMap((part) => [...part]));
  };
  const number = (value: bigint): number | bigint => (value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value);
  const item = (depth: number): unknown => {
    if (depth > 500) fail("nesting too deep");
    const initial = byte();
    const major = initial >> 5;
    const info = initial & 0x1f;
    switch (major) {
      case 0:
        return number(argument(info) ?? fail("an indefinite integer"));
      case 1:
        return number(-1n - (argument(info) ?? fail("an indefinite integer")));
      case 2:
        return string(2, info);
      case 3:
        try {
          return fatal.decode(string(3, info));
        } catch (error) {
          if (error instanceof CborSyntaxError) throw error;
          return fail("a text string that is not UTF-8");
        }
      case 4: {
        const length = argument(info);
        const items: unknown[] = [];
        if (length === undefined) while (bytes[at] !== 0xff || (at++, false)) items.push(item(depth + 1));
        else for (let i = 0n; i < length; i++) items.push(item(depth + 1));
        return items;
      }
      case 5: {
        const length = argument(info);
        const map: Record<string, unknown> = {};
        const entry = (): void => {
          const start = at;
          const key = item(depth + 1);
          if (typeof key !== "string") fail("a map key that is not a text string");
          if (Object.hasOwn(map, key as string)) fail(`the map key ${JSON.stringify(key)} twice`);
          if (onKey) onKey(key as string, keyEncoding(bytes, start, key as string));
          Object.defineProperty(map, key as string, { value: item(depth + 1), enumerable: true, writable: true, configurable: true });
        };
        if (length === undefined) while (bytes[at] !== 0xff || (at++, false)) entry();
        else for (let i = 0n; i < length; i++) entry();
        return map;
      }
      case 6:
        return { $tag: Number(argument(info) ?? fail("an indefinite tag")), value: item(depth + 1) };
      default: {
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        if (info === 23) return { $undefined: true };
        const view = new DataView(bytes.buffer, bytes.byteOffset);
        const width = info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : fail(`the simple value ${info}`);
        take(BigInt(width));
        const offset = at - width;
        return width === 2 ? fromHalf(view.getUint16(offset)) : width === 4 ? view.getFloat32(offset) : view.getFloat64(offset);
      }
    }
  };
  const value = item(0);
  if (at !== bytes.length) fail(`${bytes.length - at} bytes after the data item`);
  return value;
}

/** How a map key was encoded: as RFC 8949's preferred serialization has it, or with a wider length head, or in chunks. */
export type KeyEncoding = "preferred" | "wide head" | "indefinite length";

function keyEncoding(bytes: Uint8Array, start: number, key: string): KeyEncoding {
  const initial = bytes[start]!;
  if (initial === 0x7f) return "indefinite length";
  const length = utf8.encode(key).length;
  const preferred = length < 24 ? 0x60 | length : length < 0x100 ? 0x78 : length < 0x10000 ? 0x79 : length < 0x100000000 ? 0x7a : 0x7b;
  return initial === preferred ? "preferred" : "wide head";
}

/** The keys of a CBOR body's maps by how they are encoded (none when the body is not CBOR). */
export function keyEncodings(bytes: Uint8Array): Map<KeyEncoding, Set<string>> {
  const found = new Map<KeyEncoding, Set<string>>();
  try {
    decodeCborValue(bytes, (key, encoding) => found.set(encoding, (found.get(encoding) ?? new Set()).add(key)));
  } catch (error) {
    if (!(error instanceof CborSyntaxError)) throw error;
  }
  return found;
}

function fromHalf(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 31) return fraction ? Number.NaN : sign * Infinity;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

import { type Arbitrary, array, constantFrom, date, integer, jsonValue, oneof, record, string, tuple } from "fast-check";
import type { ArbitraryOptions } from "./options.js";

const EARLIEST_TIMESTAMP = new Date("1900-01-01T00:00:00.000Z");
const LATEST_TIMESTAMP = new Date("2099-12-31T23:59:59.999Z");

/** Timestamps: valid dates in whole milliseconds from 1900 through 2099. */
export function timestamp(): Arbitrary<Date> {
  return date({ min: EARLIEST_TIMESTAMP, max: LATEST_TIMESTAMP, noInvalidDate: true });
}

/** The keys of `T` whose properties are not optional. */
type RequiredKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];

/**
 * Values of a structure: `required` members always, the others sometimes, never with a null
 * prototype. (fast-check's `record` infers a type that TypeScript cannot represent for members
 * of enums with hundreds of values; the members are checked against `T` here instead.)
 */
export function structure<T extends object>(
  members: { [K in keyof T]: Arbitrary<Exclude<T[K], undefined>> },
  required: readonly RequiredKeys<T>[],
): Arbitrary<T> {
  const model = members as { [key: string]: Arbitrary<unknown> };
  const requiredKeys = required.map(String);
  return record(model, { requiredKeys, noNullPrototype: true }) as Arbitrary<unknown> as Arbitrary<T>;
}

/** A union value with exactly the member `name` set. */
export function unionMember<K extends string, T>(name: K, value: Arbitrary<T>): Arbitrary<{ [P in K]: T }> {
  return value.map((item) => ({ [name]: item }) as { [P in K]: T });
}

/** A union value whose member this client does not know: `{ $unknown: [name, value] }`. */
export function unknownUnionMember(known: readonly string[]): Arbitrary<{ $unknown: [string, unknown] }> {
  const name = string({ minLength: 1 }).filter((candidate) => !known.includes(candidate));
  return tuple(name, jsonValue()).map(([member, value]): { $unknown: [string, unknown] } => ({ $unknown: [member, value] }));
}

/** One of the known values of a string enum, or with `unknownEnumValues` also any other string. */
export function stringEnumValue<T extends string>(known: readonly T[], options: ArbitraryOptions): Arbitrary<T | (string & {})> {
  const values = constantFrom(...known);
  if (!options.unknownEnumValues) return values;
  const unknown = string({ minLength: 1 }).filter((value) => !(known as readonly string[]).includes(value));
  return oneof(values, unknown);
}

/** One of the known values of an integer enum, or with `unknownEnumValues` also any other integer. */
export function intEnumValue<T extends number>(known: readonly T[], options: ArbitraryOptions): Arbitrary<T | (number & {})> {
  const values = constantFrom(...known);
  if (!options.unknownEnumValues) return values;
  const unknown = integer().filter((value) => !(known as readonly number[]).includes(value));
  return oneof(values, unknown);
}

/**
 * Equality of generated values, the way `@uniqueItems` compares items: by content for
 * objects, arrays, dates and byte arrays; `NaN` equals `NaN` and `0` equals `-0`.
 */
export function structurallyEqual(a: unknown, b: unknown): boolean {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
  }
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    return a instanceof Uint8Array && b instanceof Uint8Array && a.length === b.length && a.every((byte, i) => byte === b[i]);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => structurallyEqual(item, b[i]));
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) => Object.prototype.hasOwnProperty.call(b, key) && structurallyEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/**
 * An event stream as a test sees it: an async iterable that yields `events` in order, every time it
 * is iterated, so that a generated value can be sent, compared and printed.
 */
export class ReplayedEventStream<T> implements AsyncIterable<T> {
  constructor(readonly events: readonly T[]) {}

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (const event of this.events) yield event;
  }
}

/** Event streams of up to five values of `event`. */
export function eventStream<T>(event: Arbitrary<T>): Arbitrary<ReplayedEventStream<T>> {
  return array(event, { maxLength: 5 }).map((events) => new ReplayedEventStream(events));
}

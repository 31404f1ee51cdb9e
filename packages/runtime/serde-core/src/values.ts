import { NumericValue } from "@smithy/core/serde";
import type { ResponseMetadata } from "@smithy/types";
import { mismatch, ShapeMismatchError } from "./shape-mismatch-error.js";
import { pathText, type ValuePath } from "./value-path.js";

/*
 * The checks of values that read and write alike in every wire format: what a string, a boolean,
 * an integer, a structure or a union is does not depend on JSON or CBOR. `@smithy-gen/serde-json`
 * and `@smithy-gen/serde-cbor` export them again beside the checks that do depend on the format
 * (what a decoded object is, floats, blobs, timestamps).
 */

/** An object read from a response body: a JSON object, or a CBOR map. */
export type BodyObject = Record<string, unknown>;

/** Checks that a structure or map value is an object. */
export function writeObject(value: unknown, path: ValuePath): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw mismatch(path, undefined, "object", value);
}

export function writeArray(value: unknown, path: ValuePath): void {
  if (!Array.isArray(value)) throw mismatch(path, undefined, "array", value);
}

export function writeString(value: unknown, path: ValuePath, key: string | number): string {
  if (typeof value === "string") return value;
  throw mismatch(path, key, "string", value);
}

export function writeBoolean(value: unknown, path: ValuePath, key: string | number): boolean {
  if (typeof value === "boolean") return value;
  throw mismatch(path, key, "boolean", value);
}

/** byte, short, integer, long and intEnum values. */
export function writeInteger(value: unknown, path: ValuePath, key: string | number): number {
  if (Number.isInteger(value)) return value as number;
  throw mismatch(path, key, "integer", value);
}

/** bigInteger values stay bigints (a safe integer becomes one); each format writes their digits exactly. */
export function writeBigInteger(value: unknown, path: ValuePath, key: string | number): bigint {
  if (typeof value === "bigint") return value;
  if (Number.isSafeInteger(value)) return BigInt(value as number);
  throw mismatch(path, key, "bigint", value);
}

/** bigDecimal values stay `NumericValue`s (a finite number becomes one); each format writes their digits exactly. */
export function writeBigDecimal(value: unknown, path: ValuePath, key: string | number): NumericValue {
  if (value instanceof NumericValue) return value;
  if (typeof value === "number" && Number.isFinite(value)) return new NumericValue(String(value), "bigDecimal");
  throw mismatch(path, key, "NumericValue", value);
}

/** The name of the one member set in a union value; none, or more than one, is an error. */
export function writeUnionMember(value: unknown, path: ValuePath): string {
  writeObject(value, path);
  let found: string | undefined;
  for (const key of Object.keys(value as object)) {
    if ((value as Record<string, unknown>)[key] === undefined) continue;
    if (found !== undefined) throw new ShapeMismatchError(pathText(path), "a union with one member set", `members ${found} and ${key}`);
    found = key;
  }
  if (found === undefined) throw new ShapeMismatchError(pathText(path), "a union with one member set", "no member");
  return found;
}

/** A member whose name is also a property of every object (`constructor`, `toString`, ...). */
export function writeOwnMember(value: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** The value at `path` as an array (lists; a sparse list's `null` items are kept). */
export function readArray(value: unknown, path: ValuePath): unknown[] {
  if (Array.isArray(value)) return value;
  throw mismatch(path, undefined, "array", value);
}

/** Strings and enums (unknown enum values are kept as they came). */
export function readString(value: unknown, path: ValuePath, key: string | number): string {
  if (typeof value === "string") return value;
  throw mismatch(path, key, "string", value);
}

export function readBoolean(value: unknown, path: ValuePath, key: string | number): boolean {
  if (typeof value === "boolean") return value;
  throw mismatch(path, key, "boolean", value);
}

/**
 * The one member set in the object of a union, as its name and value: `null` members and `__type`
 * are ignored, and no member, or more than one, is an error.
 */
export function unionMember(object: BodyObject, path: ValuePath): [string, unknown] {
  let found: [string, unknown] | undefined;
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (value === null || value === undefined || key === "__type") continue;
    if (found) throw new ShapeMismatchError(pathText(path), "a union with one member set", `members ${found[0]} and ${key}`);
    found = [key, value];
  }
  if (!found) throw new ShapeMismatchError(pathText(path), "a union with one member set", "no member");
  return found;
}

/** A member whose name is also a property of every object (`constructor`, `toString`, ...). */
export function readOwnMember(object: BodyObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/**
 * The message of an error response: its `message` member, else its `Message` member, else
 * `UnknownError`. An empty string counts as no message, as in the official SDK
 * (`message || Message || "UnknownError"`).
 */
export function readErrorMessage(object: BodyObject): string {
  const { message, Message } = object;
  if (typeof message === "string" && message !== "") return message;
  if (typeof Message === "string" && Message !== "") return Message;
  return "UnknownError";
}

/** Adds a map entry; a `__proto__` key becomes an entry, not the prototype. */
export function setEntry<Value>(target: Record<string, Value>, key: string, value: NoInfer<Value>): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Reads a modelled error from the decoded body of an error response. */
export type BodyErrorDeserializer<Exception> = (value: unknown, path: ValuePath, $metadata: ResponseMetadata) => Exception;

/**
 * The deserializer of an error whose members are all optional strings, as most errors' are
 * (`message`, `code`, `reason`, ...): one function for all of them, instead of one generated per
 * error. `readObject` is the format's reader of an object. The exception gets `$metadata`, its
 * message (the body's `message`, else its `Message`, else `UnknownError`) and each of `members`
 * the body sets; a member that is not a string is a `ShapeMismatchError` naming it. `message`
 * among `members` is only checked: the exception's message is set as above.
 */
export function stringMembersErrorOf<Exception>(
  readObject: (value: unknown, path: ValuePath) => BodyObject,
  errorClass: new (options: never) => Exception,
  members: readonly string[],
): BodyErrorDeserializer<Exception> {
  return (value, path, $metadata) => {
    const object = readObject(value, path);
    const options: Record<string, unknown> = { $metadata, message: readErrorMessage(object) };
    for (const member of members) {
      // Own properties only: a member named `constructor` must not read Object.prototype's.
      const entry = Object.hasOwn(object, member) ? object[member] : undefined;
      if (entry == null) continue;
      const text = readString(entry, path, member);
      if (member !== "message") options[member] = text;
    }
    return new errorClass(options as never);
  };
}

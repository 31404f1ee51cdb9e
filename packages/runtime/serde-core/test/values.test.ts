import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  mismatch,
  readErrorMessage,
  setEntry,
  ShapeMismatchError,
  stringMembersErrorOf,
  unionMember,
  writeBigDecimal,
  writeBigInteger,
  writeUnionMember,
  type BodyObject,
  type ValuePath,
} from "../src/index.js";

class NotFound extends Error {
  readonly $metadata: unknown;
  readonly Resource?: string;
  constructor(options: { message: string; $metadata: unknown; Resource?: string }) {
    super(options.message);
    this.$metadata = options.$metadata;
    this.Resource = options.Resource;
  }
}

/** A format's reader of objects, as serde-json's and serde-cbor's are: here, any non-array object. */
function readObject(value: unknown, path: ValuePath): BodyObject {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as BodyObject;
  throw mismatch(path, undefined, "object", value);
}

describe("the checks every wire format shares", () => {
  it("reads the one member set in a union, ignoring null members and __type, and names the two when there are two", () => {
    expect(unionMember({ __type: "x#U", a: null, b: 1 }, "$")).toEqual(["b", 1]);
    expect(() => unionMember({ a: 1, b: "two" }, { parent: "$", key: "Choice" })).toThrow(
      new ShapeMismatchError("$.Choice", "a union with one member set", "members a and b"),
    );
    expect(() => unionMember({ a: null }, "$")).toThrow(new ShapeMismatchError("$", "a union with one member set", "no member"));
  });

  it("writes a union only with exactly one member set", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.option(fc.integer(), { nil: undefined })), (union) => {
        const set = Object.keys(union).filter((key) => union[key] !== undefined);
        if (set.length === 1) expect(writeUnionMember(union, "$")).toBe(set[0]);
        else expect(() => writeUnionMember(union, "$")).toThrow(ShapeMismatchError);
      }),
    );
  });

  it("keeps big numbers exact and refuses unsafe integers as bigIntegers", () => {
    expect(writeBigInteger(2n ** 80n, "$", "n")).toBe(2n ** 80n);
    expect(writeBigInteger(42, "$", "n")).toBe(42n);
    expect(() => writeBigInteger(2 ** 60, "$", "n")).toThrow(ShapeMismatchError);
    expect(writeBigDecimal(1.5, "$", "d").string).toBe("1.5");
    expect(() => writeBigDecimal(Number.NaN, "$", "d")).toThrow(ShapeMismatchError);
  });

  it("adds a __proto__ entry as an entry, never as the prototype", () => {
    const map: Record<string, number> = {};
    setEntry(map, "__proto__", 1);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    expect(Object.keys(map)).toEqual(["__proto__"]);
  });

  it("takes an error's message from message, else Message, else UnknownError", () => {
    expect(readErrorMessage({ message: "", Message: "M" })).toBe("M");
    expect(readErrorMessage({ message: "m", Message: "M" })).toBe("m");
    expect(readErrorMessage({ Message: 3 })).toBe("UnknownError");
  });

  it("reads an error of string members with the format's object reader, naming a member of the wrong type", () => {
    const read = stringMembersErrorOf(readObject, NotFound, ["Resource", "message", "constructor"]);
    const error = read({ Message: "gone", Resource: "disk-1" }, "$", { httpStatusCode: 404 });
    expect(error).toBeInstanceOf(NotFound);
    expect(error).toMatchObject({ message: "gone", Resource: "disk-1", $metadata: { httpStatusCode: 404 } });
    expect(() => read({ Resource: 7 }, "$", {})).toThrow(new ShapeMismatchError("$.Resource", "string", "number 7"));
    expect(() => read([], "$", {})).toThrow(new ShapeMismatchError("$", "object", "array (length 0)"));
  });
});

import { ShapeMismatchError } from "@smithy-gen/serde-core";
import { ServiceException, type ServiceExceptionOptions } from "@smithy/core/client";
import type { ResponseMetadata } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { decodeCbor, encodeCbor, stringMembersError } from "../src/index.js";
import { bytes } from "./helpers.js";

/** A modelled error whose members are all optional strings, as the generator declares it. */
class ResourceNotFound extends ServiceException {
  readonly code: string | undefined;
  readonly resourceType: string | undefined;
  constructor(options: Omit<ServiceExceptionOptions, "name" | "$fault"> & { code?: string; resourceType?: string }) {
    super({ ...options, name: "ResourceNotFound", $fault: "client" });
    this.code = options.code;
    this.resourceType = options.resourceType;
  }
}

const $metadata: ResponseMetadata = { httpStatusCode: 404, requestId: "r-1" };
const read = stringMembersError(ResourceNotFound, ["message", "code", "resourceType"]);

/** The map of a CBOR body, as the protocol hands it to the deserializer. */
const body = (value: unknown): unknown => decodeCbor(encodeCbor(value));

describe("stringMembersError", () => {
  it("builds the error from a decoded CBOR map: $metadata, the message, each string member", () => {
    const error = read(body({ __type: "ns#ResourceNotFound", message: "no such thing", code: "E42", resourceType: "Disk", other: 1 }), "$", $metadata);
    expect(error).toBeInstanceOf(ResourceNotFound);
    expect(error).toMatchObject({ name: "ResourceNotFound", $fault: "client", $metadata, message: "no such thing", code: "E42", resourceType: "Disk" });
    expect("other" in error).toBe(false);
  });

  it("reads the message from Message, and falls back to UnknownError for none or an empty one", () => {
    expect(read(body({ Message: "capital" }), "$", $metadata).message).toBe("capital");
    expect(read(body({ message: "", Message: "" }), "$", $metadata).message).toBe("UnknownError");
    expect(read(body({}), "$", $metadata).message).toBe("UnknownError");
  });

  it("leaves members the map does not set, or sets to null, undefined", () => {
    const error = read(body({ code: null }), "$", $metadata);
    expect(error.code).toBeUndefined();
    expect(error.resourceType).toBeUndefined();
  });

  it("reads an indefinite-length map as a definite one", () => {
    // {_ "code": "E1"} with an indefinite-length map and an indefinite-length text string
    const error = read(decodeCbor(bytes(0xbf, 0x64, "code", 0x7f, 0x61, "E", 0x61, "1", 0xff, 0xff)), "$", $metadata);
    expect(error.code).toBe("E1");
  });

  it("throws a ShapeMismatchError naming a member that is not a text string", () => {
    expect(() => read(body({ code: 42 }), "$", $metadata)).toThrow(ShapeMismatchError);
    expect(() => read(body({ code: 42 }), "$", $metadata)).toThrow(expect.objectContaining({ path: "$.code", expected: "string", received: "number 42" }));
    expect(() => read(body({ resourceType: new Uint8Array([1]) }), "$", $metadata)).toThrow(expect.objectContaining({ path: "$.resourceType", expected: "string" }));
  });

  it("checks message although it sets the message its own way", () => {
    expect(() => read(body({ message: ["not", "text"] }), "$", $metadata)).toThrow(expect.objectContaining({ path: "$.message", expected: "string" }));
  });

  it("throws a ShapeMismatchError at the path for a body that is not a map", () => {
    expect(() => read(body([1, 2]), "$", $metadata)).toThrow(expect.objectContaining({ path: "$", expected: "map" }));
    expect(() => read(body("text"), { parent: "$", key: "error" }, $metadata)).toThrow(expect.objectContaining({ path: "$.error", expected: "map" }));
  });

  it("reads only the map's own entries: a member named constructor is not Object.prototype's", () => {
    class Odd extends ServiceException {
      readonly constructorName: string | undefined;
      constructor(options: Omit<ServiceExceptionOptions, "name" | "$fault"> & { constructor?: string }) {
        super({ ...options, name: "Odd", $fault: "client" });
        this.constructorName = typeof options.constructor === "string" ? options.constructor : undefined;
      }
    }
    const readOdd = stringMembersError(Odd, ["constructor", "__proto__"]);
    expect(readOdd(body({}), "$", $metadata).constructorName).toBeUndefined();
    expect(readOdd(body({ constructor: "set" }), "$", $metadata).constructorName).toBe("set");
    // decodeCbor makes a __proto__ key an own entry; a number there is named, not skipped.
    expect(() => readOdd(decodeCbor(bytes(0xa1, 0x69, "__proto__", 0x05)), "$", $metadata)).toThrow(expect.objectContaining({ path: "$.__proto__", expected: "string" }));
  });
});

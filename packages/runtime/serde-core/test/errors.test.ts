import { ServiceException, type ServiceExceptionOptions } from "@smithy/core/client";
import type { ResponseMetadata } from "@smithy/types";
import { describe, expect, it } from "vitest";
import {
  deserializationErrorClass,
  SerializationError,
  ShapeMismatchError,
  toDeserializationError,
  toSerializationError,
} from "../src/index.js";

class TestServiceException extends ServiceException {
  static override readonly shapeId: string = "com.example#TestServiceException";
  constructor(options: ServiceExceptionOptions) {
    super(options);
  }
}

class OtherServiceException extends ServiceException {
  static override readonly shapeId: string = "com.other#OtherServiceException";
}

class TestDeserializationError extends deserializationErrorClass(TestServiceException, "TestDeserializationError") {}

class TestSerializationError extends SerializationError {
  override readonly name = "TestSerializationError";
}

const metadata = (httpStatusCode?: number, requestId?: string): ResponseMetadata => ({
  ...(httpStatusCode === undefined ? {} : { httpStatusCode }),
  ...(requestId === undefined ? {} : { requestId }),
});

describe("SerializationError", () => {
  it("names the operation, the path, what was expected and what was given", () => {
    const cause = new Error("inner");
    const error = new SerializationError({ operation: "GetThing", path: "$.pageToken", expected: "string", received: "number 42", cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("SerializationError");
    expect(error.message).toBe("GetThing: invalid input at $.pageToken: expected string, received number 42");
    expect(error).toMatchObject({ operation: "GetThing", path: "$.pageToken", expected: "string", received: "number 42" });
    expect(error.cause).toBe(cause);
    expect("$metadata" in error).toBe(false);
  });

  it("has no cause property when none is given", () => {
    const error = new SerializationError({ operation: "Op", path: "$", expected: "x", received: "y" });
    expect(Object.hasOwn(error, "cause")).toBe(false);
  });
});

describe("toSerializationError", () => {
  it("keeps a ShapeMismatchError's path, expectation and received value, with it as the cause", () => {
    const mismatch = new ShapeMismatchError("$.tags[2].key", "string", "number 42");
    const error = toSerializationError(TestSerializationError, "TagResource", mismatch);
    expect(error).toBeInstanceOf(TestSerializationError);
    expect(error.name).toBe("TestSerializationError");
    expect(error).toMatchObject({ operation: "TagResource", path: "$.tags[2].key", expected: "string", received: "number 42" });
    expect(error.cause).toBe(mismatch);
    expect(error.message).toBe("TagResource: invalid input at $.tags[2].key: expected string, received number 42");
  });

  it("reports any other error at the input itself", () => {
    const cause = new TypeError("Do not know how to serialize a BigInt");
    const error = toSerializationError(TestSerializationError, "PutThing", cause);
    expect(error).toBeInstanceOf(TestSerializationError);
    expect(error.path).toBe("$");
    expect(error.expected).toBe("a value the protocol can encode");
    expect(error.received).toBe("Do not know how to serialize a BigInt");
    expect(error.cause).toBe(cause);
  });

  it("reports a thrown non-error by its text", () => {
    const error = toSerializationError(TestSerializationError, "PutThing", "boom");
    expect(error.path).toBe("$");
    expect(error.received).toBe("boom");
    expect(error.cause).toBe("boom");
  });

  it("returns an error of the class as it is", () => {
    const existing = new TestSerializationError({ operation: "Inner", path: "$.a", expected: "x", received: "y" });
    expect(toSerializationError(TestSerializationError, "Outer", existing)).toBe(existing);
  });

  it("wraps a serialization error of another class", () => {
    const other = new SerializationError({ operation: "Inner", path: "$.a", expected: "x", received: "y" });
    const error = toSerializationError(TestSerializationError, "Outer", other);
    expect(error).not.toBe(other);
    expect(error).toBeInstanceOf(TestSerializationError);
    expect(error.operation).toBe("Outer");
  });
});

describe("deserializationErrorClass", () => {
  const options = {
    operation: "GetExportSnapshotRecords",
    path: "$.exportSnapshotRecords[3].createdAt",
    expected: "epoch-seconds timestamp",
    received: 'string "yesterday"',
  };

  it("makes instances of the derived class and of the service's base exception", () => {
    const error = new TestDeserializationError({ ...options, $metadata: metadata(200, "req-1") });
    expect(error).toBeInstanceOf(TestDeserializationError);
    expect(error).toBeInstanceOf(TestServiceException);
    expect(error).toBeInstanceOf(ServiceException);
    expect(error).toBeInstanceOf(Error);
    // Not only by ServiceException's lenient Symbol.hasInstance: by the prototype chain itself.
    expect(TestDeserializationError.prototype.isPrototypeOf(error)).toBe(true);
    expect(TestServiceException.prototype.isPrototypeOf(error)).toBe(true);
    expect(error).not.toBeInstanceOf(OtherServiceException);
  });

  it("works as the class itself, without a subclass", () => {
    const Direct = deserializationErrorClass(TestServiceException, "DirectDeserializationError");
    const error = new Direct({ ...options, $metadata: metadata(200) });
    expect(error).toBeInstanceOf(Direct);
    expect(Direct.prototype.isPrototypeOf(error)).toBe(true);
    expect(TestServiceException.prototype.isPrototypeOf(error)).toBe(true);
    expect(error.name).toBe("DirectDeserializationError");
  });

  it("has the name, the fields and the metadata", () => {
    const $metadata = metadata(200, "req-1");
    const error = new TestDeserializationError({ ...options, $metadata });
    expect(error.name).toBe("TestDeserializationError");
    expect(error.$metadata).toEqual($metadata);
    expect(error).toMatchObject(options);
  });

  it.each<[number | undefined, "client" | "server"]>([
    [200, "server"],
    [204, "server"],
    [399, "server"],
    [400, "client"],
    [404, "client"],
    [499, "client"],
    [500, "server"],
    [503, "server"],
    [undefined, "server"],
  ])("has $fault for HTTP %s: %s", (status, fault) => {
    expect(new TestDeserializationError({ ...options, $metadata: metadata(status) }).$fault).toBe(fault);
  });

  it("names the operation, the status, the request id and the path in its message", () => {
    const error = new TestDeserializationError({ ...options, $metadata: metadata(200, "abc-123") });
    expect(error.message).toBe(
      'GetExportSnapshotRecords: cannot read the response (HTTP 200, request id abc-123): $.exportSnapshotRecords[3].createdAt: expected epoch-seconds timestamp, received string "yesterday"',
    );
  });

  it("says the status is unknown and leaves out a missing request id", () => {
    const error = new TestDeserializationError({ ...options, $metadata: {} });
    expect(error.message).toBe(
      'GetExportSnapshotRecords: cannot read the response (HTTP status unknown): $.exportSnapshotRecords[3].createdAt: expected epoch-seconds timestamp, received string "yesterday"',
    );
  });

  it("keeps the cause", () => {
    const cause = new SyntaxError("Unexpected token");
    const error = new TestDeserializationError({ ...options, $metadata: metadata(200), cause });
    expect(error.cause).toBe(cause);
    expect(Object.hasOwn(new TestDeserializationError({ ...options, $metadata: metadata(200) }), "cause")).toBe(false);
  });

  it("gives two services' classes made from different bases separate identities", () => {
    class OtherDeserializationError extends deserializationErrorClass(OtherServiceException, "OtherDeserializationError") {}
    const mine = new TestDeserializationError({ ...options, $metadata: metadata(500) });
    const theirs = new OtherDeserializationError({ ...options, $metadata: metadata(500) });
    expect(mine).not.toBeInstanceOf(OtherServiceException);
    expect(theirs).not.toBeInstanceOf(TestServiceException);
    expect(theirs).toBeInstanceOf(OtherServiceException);
    expect(OtherDeserializationError.prototype.isPrototypeOf(mine)).toBe(false);
  });
});

describe("toDeserializationError", () => {
  it("keeps a ShapeMismatchError's path, with it as the cause", () => {
    const mismatch = new ShapeMismatchError("$.items[0].count", "integer", 'string "3"');
    const error = toDeserializationError(TestDeserializationError, "ListItems", metadata(200, "r"), mismatch);
    expect(error).toBeInstanceOf(TestDeserializationError);
    expect(error).toMatchObject({ operation: "ListItems", path: "$.items[0].count", expected: "integer", received: 'string "3"' });
    expect(error.cause).toBe(mismatch);
    expect(error.$metadata).toEqual({ httpStatusCode: 200, requestId: "r" });
  });

  it("reports any other error at the body, with the expectation given or a default", () => {
    const cause = new TypeError("cannot read properties of undefined");
    const byDefault = toDeserializationError(TestDeserializationError, "ListItems", metadata(200), cause);
    expect(byDefault).toMatchObject({ path: "$", expected: "a readable response", received: "cannot read properties of undefined" });
    expect(byDefault.cause).toBe(cause);
    const given = toDeserializationError(TestDeserializationError, "ListItems", metadata(200), "text", "a JSON document");
    expect(given).toMatchObject({ path: "$", expected: "a JSON document", received: "text" });
  });
});

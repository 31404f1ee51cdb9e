import { Readable } from "node:stream";
import { mismatch, ShapeMismatchError } from "@smithy-gen/serde-core";
import { CborDecodeError, encodeCbor, readObject, readString, stringMembersError, type CborMap } from "@smithy-gen/serde-cbor";
import type { ResponseMetadata } from "@smithy/types";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { errorCode, parseRpcV2CborResponse, type ErrorTable } from "../src/index.js";
import {
  base64,
  ComplexError,
  context,
  CustomCodeError,
  InvalidGreeting,
  queryCompatibleService,
  rejection,
  response,
  service,
  TestDeserializationError,
  TestServiceException,
} from "./fixtures.js";

interface GreetingOutput {
  greeting?: string;
}

const readGreeting = (value: unknown, path: string): GreetingOutput => {
  const map = readObject(value, path);
  return map.greeting === undefined ? {} : { greeting: readString(map.greeting, path, "greeting") };
};

const readInvalidGreeting = (map: CborMap, path: string, $metadata: ResponseMetadata) =>
  new InvalidGreeting({ $metadata, message: typeof map.message === "string" ? map.message : undefined, ...(map.Message != null ? { Message: readString(map.Message, path, "Message") } : {}) });

const readComplexError = (map: CborMap, path: string, $metadata: ResponseMetadata) => {
  const nested = map.Nested == null ? undefined : readObject(map.Nested, { parent: path, key: "Nested" });
  return new ComplexError({
    $metadata,
    ...(map.TopLevel != null ? { TopLevel: readString(map.TopLevel, path, "TopLevel") } : {}),
    ...(nested ? { Nested: nested.Foo == null ? {} : { Foo: readString(nested.Foo, { parent: path, key: "Nested" }, "Foo") } } : {}),
  });
};

const errors: ErrorTable = { InvalidGreeting: readInvalidGreeting, ComplexError: readComplexError };

const cbor = (value: unknown): Uint8Array => encodeCbor(value);

const RUNS = { numRuns: Number(process.env.FC_NUM_RUNS ?? 300) };

const parse = (res: ReturnType<typeof response>, table: ErrorTable = errors, svc = service) => parseRpcV2CborResponse(svc, "GreetingWithErrors", res, context(), table, readGreeting);

describe("parseRpcV2CborResponse: successful responses", () => {
  it("reads the output of a 2xx response, with its $metadata", async () => {
    const output = await parse(response(200, cbor({ greeting: "hi" }), { "x-amzn-requestid": "req-1", "x-amz-id-2": "ext" }));
    expect(output).toEqual({ greeting: "hi", $metadata: { httpStatusCode: 200, requestId: "req-1", extendedRequestId: "ext", cfId: undefined } });
  });

  it("reads a streamed body split across chunks", async () => {
    const bytes = Buffer.from(cbor({ greeting: "streamed Zoë" }));
    expect(await parse(response(200, Readable.from([bytes.subarray(0, 3), bytes.subarray(3, 9), bytes.subarray(9)])))).toMatchObject({ greeting: "streamed Zoë" });
  });

  it("reads an empty body, and an empty indefinite-length map, as an empty map (empty_output, empty_output_no_body)", async () => {
    const read = vi.fn(readGreeting);
    for (const body of [new Uint8Array(0), undefined, base64("v/8=")]) {
      expect(await parseRpcV2CborResponse(service, "EmptyInputOutput", response(200, body), context(), {}, read)).toEqual({ $metadata: expect.objectContaining({ httpStatusCode: 200 }) });
    }
    expect(read).toHaveBeenCalledWith({}, "$");
  });

  it("ignores the body of an operation without output (no_output, NoOutputClientAllowsEmptyCbor)", async () => {
    for (const body of [undefined, base64("v/8="), new Uint8Array([0xff, 0xff, 0xff])]) {
      const output = await parseRpcV2CborResponse(service, "NoInputOutput", response(200, body, { "x-amzn-requestid": "r" }), context(), errors);
      expect(output).toEqual({ $metadata: { httpStatusCode: 200, requestId: "r", extendedRequestId: undefined, cfId: undefined } });
    }
  });

  it("reads an in-memory body without waiting for a turn of the event loop", async () => {
    let settled = false;
    const promise = parse(response(200, cbor({ greeting: "now" }))).then(() => {
      settled = true;
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(true);
    await promise;
  });

  it("throws the deserialization error at the path of a value of the wrong type", async () => {
    const error = await rejection(parse(response(200, cbor({ greeting: 42 }), { "x-amzn-requestid": "req-2" })));
    expect(error).toBeInstanceOf(TestDeserializationError);
    expect(error).toBeInstanceOf(TestServiceException);
    expect(error).toMatchObject({ operation: "GreetingWithErrors", path: "$.greeting", expected: "string", received: "number 42", $fault: "server" });
    expect((error as Error).cause).toBeInstanceOf(ShapeMismatchError);
    expect((error as Error).message).toBe("GreetingWithErrors: cannot read the response (HTTP 200, request id req-2): $.greeting: expected string, received number 42");
  });

  it("throws the deserialization error at $ for any other error of the output reader", async () => {
    const error = await rejection(
      parseRpcV2CborResponse(service, "GreetingWithErrors", response(200, cbor({})), context(), errors, () => {
        throw new RangeError("boom");
      }),
    );
    expect(error).toBeInstanceOf(TestDeserializationError);
    expect(error).toMatchObject({ path: "$", expected: "a readable response", received: "boom" });
  });
});

describe("parseRpcV2CborResponse: malformed CBOR bodies", () => {
  it.each<[string, number[], RegExp]>([
    ["a truncated map", [0xa2, 0x61, 0x61, 0x01, 0x61], /declaring 1 bytes with 0 left \(at byte 4\)$/],
    ["a truncated text string", [0xa1, 0x68, 0x67, 0x72, 0x65], /at byte/],
    ["an array declaring 2^32 items in 9 bytes", [0x9b, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00], /^an array declaring 4294967296 items with 0 bytes left \(at byte 0\)$/],
    ["a byte string declaring 2^60 bytes", [0xa1, 0x61, 0x61, 0x5b, 0x10, 0, 0, 0, 0, 0, 0, 0], /^a byte string declaring \d+ bytes with 0 left \(at byte 3\)$/],
    ["a map declaring more entries than the body holds", [0xba, 0x7f, 0xff, 0xff, 0xff], /at byte 0/],
    ["a reserved additional information", [0x1c], /at byte 0/],
    ["bytes after the item", [0xa0, 0x01], /at byte 1/],
    ["invalid UTF-8", [0xa1, 0x61, 0x61, 0x62, 0xc3, 0x28], /at byte/],
  ])("turns %s into the deserialization error at $, naming the operation and the byte", async (_what, body, received) => {
    const error = await rejection(parse(response(200, new Uint8Array(body), { "x-amzn-requestid": "r-bad" })));
    expect(error).toBeInstanceOf(TestDeserializationError);
    const typed = error as TestDeserializationError;
    expect(typed).toMatchObject({ name: "TestDeserializationError", operation: "GreetingWithErrors", path: "$", $fault: "server", $metadata: { httpStatusCode: 200, requestId: "r-bad" } });
    expect(typed.received).toMatch(received);
    expect(typed.cause).toBeInstanceOf(CborDecodeError);
    expect(typed.message).toContain("GreetingWithErrors: cannot read the response (HTTP 200, request id r-bad): $: expected ");
  });

  it("turns 100,000 nested arrays (beyond the decoder's stack) into the deserialization error", async () => {
    const deep = new Uint8Array(100_001).fill(0x81);
    deep[100_000] = 0x01;
    const error = await rejection(parse(response(200, deep)));
    expect(error).toBeInstanceOf(TestDeserializationError);
    expect(error).toMatchObject({ path: "$", operation: "GreetingWithErrors" });
    expect((error as TestDeserializationError).received).toMatch(/^nesting deeper than 1000 /);
  });

  it("turns a body of the wrong major type (an array, text, an integer where a map is wanted) into the deserialization error at $", async () => {
    for (const body of [cbor([1, 2, 3]), cbor("<html>Bad Gateway</html>"), cbor(7)]) {
      const error = await rejection(parse(response(200, body)));
      expect(error).toBeInstanceOf(TestDeserializationError);
      expect(error).toMatchObject({ path: "$", expected: "map", operation: "GreetingWithErrors" });
    }
  });

  it("turns an HTML error page of a proxy into the deserialization error, with the status's fault", async () => {
    const error = await rejection(parse(response(502, new TextEncoder().encode("<html>Bad Gateway</html>"), { "content-type": "text/html" })));
    expect(error).toBeInstanceOf(TestDeserializationError);
    expect(error).toMatchObject({ path: "$", operation: "GreetingWithErrors", $fault: "server", $metadata: { httpStatusCode: 502 } });
    const clientError = await rejection(parse(response(403, new Uint8Array([0xa2, 0x61]))));
    expect(clientError).toMatchObject({ path: "$", $fault: "client", $metadata: { httpStatusCode: 403 } });
  });

  it("reads every truncation of a valid body as the output or the deserialization error, never anything else", async () => {
    const whole = cbor({ greeting: "hello", extra: [1, 2.5, { x: new Uint8Array([1, 2, 3]) }], n: 2n ** 64n });
    for (let end = 0; end < whole.length; end++) {
      const outcome = await parse(response(200, whole.subarray(0, end))).catch((error: unknown) => error);
      if (end === 0) expect(outcome).toMatchObject({ $metadata: { httpStatusCode: 200 } });
      else expect(outcome).toBeInstanceOf(TestDeserializationError);
    }
  });

  it("property: reads any bytes, on a success or an error status, as the output or one of the service's errors, never anything else", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.jsonValue({ maxDepth: 3 }).map((value) => mutate(cbor(value)))),
        fc.constantFrom(200, 400, 500),
        async (body, status) => {
          const outcome = await parse(response(status, body)).catch((error: unknown) => error);
          if (status === 200 && !(outcome instanceof Error)) expect(outcome).toHaveProperty("$metadata.httpStatusCode", 200);
          else expect(outcome).toBeInstanceOf(TestServiceException);
        },
      ),
      RUNS,
    );
  });
});

/** A CBOR body with one byte changed (or cut short), as a broken proxy or a bit flip would leave it. */
function mutate(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes);
  const at = copy.length === 0 ? 0 : (copy[0]! * 31 + copy.length) % copy.length;
  if (copy.length > 1 && copy.length % 3 === 0) return copy.subarray(0, at || 1);
  if (copy.length > 0) copy[at] = copy[at]! ^ 0xff;
  return copy;
}

describe("parseRpcV2CborResponse: bodies that cannot be read", () => {
  const failing = (error: Error): Readable =>
    new Readable({
      read() {
        this.destroy(error);
      },
    });

  it("rethrows an AbortError as it is", async () => {
    const abort = Object.assign(new Error("The operation was aborted"), { name: "AbortError" });
    expect(await rejection(parse(response(200, failing(abort))))).toBe(abort);
  });

  it("rethrows a TimeoutError as it is, on an error status too", async () => {
    const timeout = Object.assign(new Error("timed out"), { name: "TimeoutError" });
    expect(await rejection(parse(response(500, failing(timeout))))).toBe(timeout);
  });

  it("turns any other read error into the deserialization error, keeping it as the cause", async () => {
    const reset = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    const error = await rejection(parse(response(200, failing(reset), { "x-amzn-requestid": "r" })));
    expect(error).toBeInstanceOf(TestDeserializationError);
    expect(error).toMatchObject({ path: "$", expected: "a complete response body", received: "a body that could not be read (socket hang up)" });
    expect((error as Error).cause).toBe(reset);
    expect((error as TestDeserializationError).$metadata.requestId).toBe("r");
  });
});

describe("parseRpcV2CborResponse: error responses", () => {
  it("throws InvalidGreeting for the RpcV2CborInvalidGreetingError body (an indefinite-length map, __type with a namespace)", async () => {
    const body = base64("v2ZfX3R5cGV4LnNtaXRoeS5wcm90b2NvbHRlc3RzLnJwY3YyQ2JvciNJbnZhbGlkR3JlZXRpbmdnTWVzc2FnZWJIaf8=");
    const error = await rejection(parse(response(400, body, { "x-amzn-requestid": "req-3" })));
    expect(error).toBeInstanceOf(InvalidGreeting);
    expect(Object.getPrototypeOf(error)).toBe(InvalidGreeting.prototype);
    expect(error).toMatchObject({ name: "InvalidGreeting", Message: "Hi", message: "Hi", $fault: "client", $metadata: { httpStatusCode: 400, requestId: "req-3" } });
  });

  it("throws ComplexError for the RpcV2CborComplexError and RpcV2CborEmptyComplexError bodies", async () => {
    const full = base64("v2ZfX3R5cGV4K3NtaXRoeS5wcm90b2NvbHRlc3RzLnJwY3YyQ2JvciNDb21wbGV4RXJyb3JoVG9wTGV2ZWxpVG9wIGxldmVsZk5lc3RlZL9jRm9vY2Jhcv//");
    const error = await rejection(parse(response(400, full)));
    expect(error).toBeInstanceOf(ComplexError);
    expect(error).toMatchObject({ TopLevel: "Top level", Nested: { Foo: "bar" } });
    const empty = await rejection(parse(response(400, base64("v2ZfX3R5cGV4K3NtaXRoeS5wcm90b2NvbHRlc3RzLnJwY3YyQ2JvciNDb21wbGV4RXJyb3L/"))));
    expect(empty).toBeInstanceOf(ComplexError);
    expect(empty).toMatchObject({ TopLevel: undefined, Nested: undefined, message: "UnknownError" });
  });

  it.each<[string, string]>([
    ["a plain name", "InvalidGreeting"],
    ["a namespace", "smithy.protocoltests.rpcv2Cbor#InvalidGreeting"],
    ["another namespace", "aws.different.namespace#InvalidGreeting"],
    ["a namespace and a URL", "smithy.protocoltests.rpcv2Cbor#InvalidGreeting:http://internal.amazon.com/coral/com.amazon.coral.validate/"],
    ["further comma-separated values", "InvalidGreeting,Other"],
  ])("finds the error in a __type with %s", async (_what, __type) => {
    expect(await rejection(parse(response(400, cbor({ __type, Message: "m" }))))).toBeInstanceOf(InvalidGreeting);
  });

  it("reads the code from __type only: not from X-Amzn-Errortype, nor from code", async () => {
    const byType = await rejection(parse(response(400, cbor({ __type: "ns#ComplexError" }), { "x-amzn-errortype": "InvalidGreeting" })));
    expect(byType).toBeInstanceOf(ComplexError);
    const headerOnly = await rejection(parse(response(400, new Uint8Array(0), { "X-Amzn-Errortype": "InvalidGreeting" })));
    expect(headerOnly).not.toBeInstanceOf(InvalidGreeting);
    expect(headerOnly).toMatchObject({ name: "Unknown", $fault: "client" });
    const codeOnly = await rejection(parse(response(400, cbor({ code: "InvalidGreeting" }))));
    expect(codeOnly).toMatchObject({ name: "Unknown", code: "InvalidGreeting" });
  });

  it("throws the service's exception, named by the code, with every field of the body, for a code the model does not know", async () => {
    const body = cbor({ __type: "com.example#ThrottlingException", message: "slow down", retryAfter: 3, tip: "wait", blob: new Uint8Array([9]), nested: { a: [1] } });
    const error = (await rejection(parse(response(400, body, { "x-amzn-requestid": "r4" })))) as Record<string, unknown>;
    expect(error).toBeInstanceOf(TestServiceException);
    expect(error).not.toBeInstanceOf(TestDeserializationError);
    expect(error).not.toBeInstanceOf(InvalidGreeting);
    expect(error).toMatchObject({
      name: "ThrottlingException",
      message: "slow down",
      $fault: "client",
      $metadata: { httpStatusCode: 400, requestId: "r4" },
      __type: "com.example#ThrottlingException",
      retryAfter: 3,
      tip: "wait",
      nested: { a: [1] },
    });
    expect(new Uint8Array(error.blob as Uint8Array)).toEqual(new Uint8Array([9]));
  });

  it.each<[number, "client" | "server"]>([
    [400, "client"],
    [404, "client"],
    [429, "client"],
    [500, "server"],
    [503, "server"],
  ])("gives an unknown error of HTTP %i the fault %s", async (status, fault) => {
    expect(await rejection(parse(response(status, cbor({ __type: "Unmodelled" }))))).toMatchObject({ $fault: fault });
  });

  it("names an error without a usable __type Unknown, with the message of the body", async () => {
    expect(await rejection(parse(response(500, cbor({ Message: "capital" }))))).toMatchObject({ name: "Unknown", message: "capital", $fault: "server" });
    expect(await rejection(parse(response(500, new Uint8Array(0))))).toMatchObject({ name: "Unknown", message: "UnknownError" });
    expect(await rejection(parse(response(500, cbor([1, 2]))))).toMatchObject({ name: "Unknown", message: "UnknownError" });
    expect(await rejection(parse(response(500, cbor({ __type: "" }))))).toMatchObject({ name: "Unknown" });
    expect(await rejection(parse(response(500, cbor({ __type: "ns#" }))))).toMatchObject({ name: "Unknown" });
    expect(await rejection(parse(response(500, cbor({ __type: 5, message: "m" }))))).toMatchObject({ name: "Unknown", message: "m", __type: 5 });
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"])("does not look the code %j up on Object.prototype", async (code) => {
    const error = await rejection(parse(response(400, cbor({ __type: code, message: "m" }))));
    expect(error).toBeInstanceOf(TestServiceException);
    expect(error).toMatchObject({ name: code, message: "m", $fault: "client" });
  });

  it("keeps the fields a modelled error does not model, and never lets the body replace its own", async () => {
    // {"__type": "InvalidGreeting", "Message": "m", "name": "Other", "$fault": "server", "__proto__": {"polluted": true}, "hint": "h"},
    // with __proto__ as a map key, which decodeCbor reads as an own entry.
    const body = new Uint8Array([
      0xa6, ...cbor("__type"), ...cbor("InvalidGreeting"), ...cbor("Message"), ...cbor("m"), ...cbor("name"), ...cbor("Other"),
      ...cbor("$fault"), ...cbor("server"), ...cbor("__proto__"), ...cbor({ polluted: true }), ...cbor("hint"), ...cbor("h"),
    ]);
    const error = (await rejection(parse(response(400, body)))) as Record<string, unknown>;
    expect(error).toBeInstanceOf(InvalidGreeting);
    expect(error).toMatchObject({ name: "InvalidGreeting", $fault: "client", Message: "m", message: "m", hint: "h", __type: "InvalidGreeting" });
    expect(Object.getPrototypeOf(error)).toBe(InvalidGreeting.prototype);
    expect((error as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("leaves a modelled member sent as null undefined", async () => {
    const error = await rejection(parse(response(400, cbor({ __type: "ComplexError", TopLevel: null, extra: null }))));
    expect(error).toBeInstanceOf(ComplexError);
    expect((error as ComplexError).TopLevel).toBeUndefined();
  });

  it("passes the decoded map, the root path and the metadata to the modelled error's reader", async () => {
    const reader = vi.fn(readInvalidGreeting);
    await rejection(parse(response(500, cbor({ __type: "InvalidGreeting", Message: "m" }), { "x-amzn-requestid": "r" }), { InvalidGreeting: reader }));
    expect(reader).toHaveBeenCalledWith({ __type: "InvalidGreeting", Message: "m" }, "$", expect.objectContaining({ httpStatusCode: 500, requestId: "r" }));
  });

  it("throws the deserialization error for a modelled error whose body does not match the model", async () => {
    const error = await rejection(parse(response(400, cbor({ __type: "ComplexError", Nested: { Foo: 5 } }))));
    expect(error).toBeInstanceOf(TestDeserializationError);
    expect(error).toMatchObject({ operation: "GreetingWithErrors", path: "$.Nested.Foo", expected: "string", received: "number 5", $fault: "client" });
  });

  it("reads modelled errors with serde-cbor's stringMembersError", async () => {
    class NotFound extends TestServiceException {
      resource: string | undefined;
      constructor(options: { $metadata: ResponseMetadata; message?: string; resource?: string }) {
        super({ ...options, name: "NotFound", $fault: "client" });
        this.resource = options.resource;
      }
    }
    const table: ErrorTable = { NotFound: stringMembersError(NotFound, ["message", "resource"]) };
    const error = await rejection(parse(response(404, cbor({ __type: "ns#NotFound", message: "gone", resource: "w-1" })), table));
    expect(error).toBeInstanceOf(NotFound);
    expect(error).toMatchObject({ message: "gone", resource: "w-1", $metadata: { httpStatusCode: 404 } });
    const bad = await rejection(parse(response(404, cbor({ __type: "ns#NotFound", resource: 1 })), table));
    expect(bad).toMatchObject({ path: "$.resource", expected: "string" });
  });

  it("treats 1xx and 3xx statuses as errors", async () => {
    expect(await rejection(parse(response(302, cbor({ __type: "Moved" }))))).toMatchObject({ name: "Moved", $fault: "client" });
  });

  it("throws a modelled error from a streamed body", async () => {
    const bytes = Buffer.from(cbor({ __type: "InvalidGreeting", Message: "streamed" }));
    expect(await rejection(parse(response(400, Readable.from([bytes.subarray(0, 4), bytes.subarray(4)]))))).toMatchObject({ name: "InvalidGreeting", Message: "streamed" });
  });

  it("throws the error a modelled error's reader returns, with the reader's mismatch class as the cause", async () => {
    const table: ErrorTable = {
      Broken: (map) => {
        throw mismatch({ parent: "$", key: "detail" }, undefined, "string", map.detail);
      },
    };
    const error = await rejection(parse(response(400, cbor({ __type: "Broken", detail: true })), table));
    expect(error).toMatchObject({ path: "$.detail", received: "boolean true" });
    expect((error as Error).cause).toBeInstanceOf(ShapeMismatchError);
  });
});

describe("parseRpcV2CborResponse: @awsQueryCompatible", () => {
  const queryErrors: ErrorTable = {
    NoCustomCodeError: (map, _path, $metadata) => new TestServiceException({ name: "NoCustomCodeError", $fault: "client", $metadata, message: String(map.message) }),
    CustomCodeError: (map, _path, $metadata) => new CustomCodeError({ $metadata, message: String(map.message) }),
    Customized: (map, _path, $metadata) => new CustomCodeError({ $metadata, message: String(map.message) }),
  };
  const parseQuery = (res: ReturnType<typeof response>, table = queryErrors, svc = queryCompatibleService) =>
    parseRpcV2CborResponse(svc, "QueryCompatibleOperation", res, context(), table);

  it("names the error by the x-amzn-query-error code and sets Code and Type (QueryCompatibleRpcV2CborCustomCodeError)", async () => {
    const body = base64("uQACZl9fdHlwZXgrYXdzLnByb3RvY29sdGVzdHMucnBjdjJjYm9yI0N1c3RvbUNvZGVFcnJvcmdtZXNzYWdlYkhp");
    const error = await rejection(parseQuery(response(400, body, { "x-amzn-query-error": "Customized;Sender" })));
    expect(error).toBeInstanceOf(CustomCodeError);
    expect(error).toMatchObject({ message: "Hi", Code: "Customized", Type: "Sender" });
  });

  it("names the error by __type without the header (QueryCompatibleRpcV2CborNoCustomCodeError)", async () => {
    const body = base64("uQACZl9fdHlwZXgtYXdzLnByb3RvY29sdGVzdHMucnBjdjJjYm9yI05vQ3VzdG9tQ29kZUVycm9yZ21lc3NhZ2ViSGk=");
    const error = (await rejection(parseQuery(response(400, body)))) as Record<string, unknown>;
    expect(error).toMatchObject({ name: "NoCustomCodeError", message: "Hi" });
    expect("Code" in error).toBe(false);
  });

  it("gives an unknown query error the code as its name, with Code and Type", async () => {
    const error = await rejection(parseQuery(response(400, cbor({ __type: "X", message: "m" }), { "X-Amzn-Query-Error": "AWS.SimpleQueueService.NonExistentQueue;Sender" }), {}));
    expect(error).toBeInstanceOf(TestServiceException);
    expect(error).toMatchObject({ name: "AWS.SimpleQueueService.NonExistentQueue", Code: "AWS.SimpleQueueService.NonExistentQueue", Type: "Sender", message: "m" });
  });

  it("sets Code without Type when the header has no type, and keeps a Code and Type the error has", async () => {
    const error = (await rejection(parseQuery(response(400, cbor({}), { "x-amzn-query-error": "Customized" })))) as Record<string, unknown>;
    expect(error.Code).toBe("Customized");
    expect("Type" in error).toBe(false);
    const table: ErrorTable = { Customized: (_map, _path, $metadata) => Object.assign(new CustomCodeError({ $metadata, message: "m" }), { Code: "Own", Type: "OwnType" }) };
    expect(await rejection(parseQuery(response(400, cbor({}), { "x-amzn-query-error": "Customized;Sender" }), table))).toMatchObject({ Code: "Own", Type: "OwnType" });
  });

  it("ignores x-amzn-query-error for a service that is not query compatible", async () => {
    const error = (await rejection(parseQuery(response(400, cbor({ __type: "ns#CustomCodeError", message: "Hi" }), { "x-amzn-query-error": "Customized;Sender" }), queryErrors, service))) as Record<string, unknown>;
    expect(error).toBeInstanceOf(CustomCodeError);
    expect("Code" in error).toBe(false);
    expect("Type" in error).toBe(false);
  });
});

describe("errorCode", () => {
  it("strips namespaces, suffixes and further comma-separated values", () => {
    expect(errorCode({ __type: "a.b#C" })).toBe("C");
    expect(errorCode({ __type: "a.b#C:http://x" })).toBe("C");
    expect(errorCode({ __type: "C,D" })).toBe("C");
    expect(errorCode({ __type: "C" })).toBe("C");
  });

  it("is undefined without a __type, or with one that is not a non-empty string", () => {
    expect(errorCode({})).toBeUndefined();
    expect(errorCode({ __type: 5 })).toBeUndefined();
    expect(errorCode({ __type: "" })).toBeUndefined();
    expect(errorCode({ code: "D", Code: "E" })).toBeUndefined();
  });
});

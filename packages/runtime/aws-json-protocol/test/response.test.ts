import { Readable } from "node:stream";
import { mismatch, ShapeMismatchError } from "@smithy-gen/serde-core";
import { bigNumberJsonText, readObject, readString, type JsonObject } from "@smithy-gen/serde-json";
import { ServiceException } from "@smithy/core/client";
import type { ResponseMetadata } from "@smithy/types";
import { describe, expect, it, vi } from "vitest";
import { errorCode, parseAwsJsonResponse, type ErrorTable } from "../src/index.js";
import { context, FooError, queryCompatibleService, rejection, response, service, TestDeserializationError, TestServiceException } from "./fixtures.js";

interface GreetingOutput {
  greeting?: string;
}

const readGreeting = (json: unknown, path: string): GreetingOutput => {
  const object = readObject(json, path);
  return object.greeting === undefined ? {} : { greeting: readString(object.greeting, path, "greeting") };
};

const readFoo = (json: JsonObject, _path: string, $metadata: ResponseMetadata): ServiceException =>
  new FooError({ $metadata, message: typeof json.message === "string" ? json.message : "UnknownError", ...(typeof json.detail === "string" ? { detail: json.detail } : {}) });

const errors: ErrorTable = { FooError: readFoo };

const parse = (res: ReturnType<typeof response>, table: ErrorTable = errors, svc = service) => parseAwsJsonResponse(svc, "SayHello", res, context(), table, readGreeting);

describe("parseAwsJsonResponse: successful responses", () => {
  it("reads the output of a 2xx response, with its $metadata", async () => {
    const output = await parse(response(200, '{"greeting":"hi"}', { "x-amzn-requestid": "req-1", "x-amz-id-2": "ext" }));
    expect(output).toEqual({ greeting: "hi", $metadata: { httpStatusCode: 200, requestId: "req-1", extendedRequestId: "ext", cfId: undefined } });
  });

  it("reads a body of bytes and a streamed body", async () => {
    expect(await parse(response(200, new TextEncoder().encode('{"greeting":"Zoë"}')))).toMatchObject({ greeting: "Zoë" });
    const bytes = Buffer.from('{"greeting":"streamed"}');
    expect(await parse(response(200, Readable.from([bytes.subarray(0, 5), bytes.subarray(5)])))).toMatchObject({ greeting: "streamed" });
  });

  it("reads an empty body as an empty object", async () => {
    expect(await parse(response(200, ""))).toEqual({ $metadata: expect.objectContaining({ httpStatusCode: 200 }) });
    expect(await parse(response(200, undefined))).toEqual({ $metadata: expect.objectContaining({ httpStatusCode: 200 }) });
  });

  it("ignores the body of an operation without output", async () => {
    const output = await parseAwsJsonResponse(service, "NoOutput", response(200, "<html>not json</html>", { "x-amzn-requestid": "r" }), context(), errors);
    expect(output).toEqual({ $metadata: { httpStatusCode: 200, requestId: "r", extendedRequestId: undefined, cfId: undefined } });
  });

  it("reads big numbers exactly with the service's bigNumberJsonText", async () => {
    const output = await parseAwsJsonResponse({ ...service, json: bigNumberJsonText }, "Count", response(200, '{"n":123456789012345678901234567890}'), context(), {}, (json) => ({
      n: readObject(json, "$").n,
    }));
    expect(output.n).toBe(123456789012345678901234567890n);
  });

  it("throws the deserialization error, at $, for a body that is not JSON", async () => {
    const error = await rejection(parse(response(200, "<html>Bad Gateway</html>", { "x-amzn-requestid": "req-2" })));
    expect(error).toBeInstanceOf(TestDeserializationError);
    expect(error).toBeInstanceOf(TestServiceException);
    const typed = error as TestDeserializationError;
    expect(typed).toMatchObject({ name: "TestDeserializationError", operation: "SayHello", path: "$", expected: "a JSON document", $fault: "server" });
    expect(typed.received).toMatch(/^string "<html>Bad Gateway<\/html>" \(/);
    expect(typed.cause).toBeInstanceOf(SyntaxError);
    expect(typed.$metadata).toMatchObject({ httpStatusCode: 200, requestId: "req-2" });
    expect(typed.message).toContain("SayHello: cannot read the response (HTTP 200, request id req-2): $: expected a JSON document");
  });

  it("throws the deserialization error at the JSON path of a value of the wrong type", async () => {
    const error = await rejection(parse(response(200, '{"greeting":42}')));
    expect(error).toBeInstanceOf(TestDeserializationError);
    expect(error).toMatchObject({ path: "$.greeting", expected: "string", received: "number 42" });
    expect((error as Error).cause).toBeInstanceOf(ShapeMismatchError);
  });

  it("throws the deserialization error at $ for any other error of the output reader", async () => {
    const error = await rejection(
      parseAwsJsonResponse(service, "SayHello", response(200, "{}"), context(), errors, () => {
        throw new RangeError("boom");
      }),
    );
    expect(error).toBeInstanceOf(TestDeserializationError);
    expect(error).toMatchObject({ path: "$", expected: "a readable response", received: "boom" });
  });

  it("reads an in-memory body without waiting for a turn of the event loop", async () => {
    let settled = false;
    const promise = parse(response(200, '{"greeting":"now"}')).then(() => {
      settled = true;
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(true);
    await promise;
  });
});

describe("parseAwsJsonResponse: bodies that cannot be read", () => {
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

  it("rethrows a TimeoutError as it is", async () => {
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

describe("parseAwsJsonResponse: error responses", () => {
  it("throws the modelled error named by X-Amzn-Errortype, with the body and $metadata", async () => {
    const error = await rejection(parse(response(500, '{"message":"Hi","detail":"d"}', { "X-Amzn-Errortype": "FooError", "x-amzn-requestid": "req-3" })));
    expect(error).toBeInstanceOf(FooError);
    expect(Object.getPrototypeOf(error)).toBe(FooError.prototype);
    expect(error).toMatchObject({ name: "FooError", message: "Hi", detail: "d", $metadata: { httpStatusCode: 500, requestId: "req-3" } });
  });

  it.each<[string, string, Record<string, string>]>([
    ["the X-Amzn-Errortype header", "", { "X-Amzn-Errortype": "FooError" }],
    ["a header with a URL", "", { "X-Amzn-Errortype": "FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/" }],
    ["a header with a namespace and a URL", "", { "X-Amzn-Errortype": "aws.protocoltests.json10#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/" }],
    ["code", '{"code":"FooError"}', {}],
    ["code with a namespace", '{"code":"aws.protocoltests.json10#FooError"}', {}],
    ["code with a namespace and a URL", '{"code":"aws.protocoltests.json10#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"}', {}],
    ["__type", '{"__type":"FooError"}', {}],
    ["__type with a namespace", '{"__type":"aws.protocoltests.json10#FooError"}', {}],
    ["__type with another namespace", '{"__type":"aws.different.namespace#FooError"}', {}],
    ["__type with a URL", '{"__type":"aws.protocoltests.json10#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"}', {}],
    ["__type, not the nested __type of a detail", '{"__type":"aws.protocoltests.json10#FooError","ErrorDetails":[{"__type":"com.amazon.internal#ErrorDetails","reason":"x"}]}', {}],
  ])("finds the code in %s", async (_where, body, headers) => {
    expect(await rejection(parse(response(500, body, headers)))).toBeInstanceOf(FooError);
  });

  it("prefers the header to __type, and __type to code", async () => {
    const table: ErrorTable = {
      FromHeader: (_json, _path, $metadata) => new TestServiceException({ name: "FromHeader", $fault: "client", $metadata }),
      FromType: (_json, _path, $metadata) => new TestServiceException({ name: "FromType", $fault: "client", $metadata }),
      FromCode: (_json, _path, $metadata) => new TestServiceException({ name: "FromCode", $fault: "client", $metadata }),
    };
    const all = response(400, '{"__type":"FromType","code":"FromCode"}', { "x-amzn-errortype": "FromHeader" });
    expect(await rejection(parse(all, table))).toMatchObject({ name: "FromHeader" });
    expect(await rejection(parse(response(400, '{"__type":"FromType","code":"FromCode"}'), table))).toMatchObject({ name: "FromType" });
    expect(await rejection(parse(response(400, '{"code":"FromCode"}'), table))).toMatchObject({ name: "FromCode" });
  });

  it("throws the service's exception, named by the code, for a code the model does not know", async () => {
    const error = await rejection(parse(response(400, '{"__type":"com.example#BrandNewException","message":"new"}', { "x-amzn-requestid": "r4" })));
    expect(error).toBeInstanceOf(TestServiceException);
    expect(error).not.toBeInstanceOf(TestDeserializationError);
    expect(error).not.toBeInstanceOf(FooError);
    expect(error).toMatchObject({ name: "BrandNewException", message: "new", $fault: "client", $metadata: { httpStatusCode: 400, requestId: "r4" } });
  });

  it.each<[number, "client" | "server"]>([
    [400, "client"],
    [404, "client"],
    [429, "client"],
    [500, "server"],
    [503, "server"],
  ])("gives an unknown error of HTTP %i the fault %s", async (status, fault) => {
    expect(await rejection(parse(response(status, '{"__type":"Unmodelled"}')))).toMatchObject({ $fault: fault });
  });

  it("names an error without any code Unknown, with the message of the body", async () => {
    expect(await rejection(parse(response(500, '{"Message":"capital"}')))).toMatchObject({ name: "Unknown", message: "capital", $fault: "server" });
    expect(await rejection(parse(response(500, "")))).toMatchObject({ name: "Unknown", message: "UnknownError" });
    expect(await rejection(parse(response(500, "[1,2]")))).toMatchObject({ name: "Unknown", message: "UnknownError" });
    expect(await rejection(parse(response(500, '{"__type":""}')))).toMatchObject({ name: "Unknown" });
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"])(
    "does not look the code %j up on Object.prototype",
    async (code) => {
      const error = await rejection(parse(response(400, JSON.stringify({ __type: code, message: "m" }))));
      expect(error).toBeInstanceOf(TestServiceException);
      expect(error).toMatchObject({ name: code, message: "m", $fault: "client" });
    },
  );

  it("does look up a modelled error whose code is an Object.prototype name", async () => {
    const table: ErrorTable = Object.assign(Object.create(null) as object, {
      constructor: (_json: JsonObject, _path: string, $metadata: ResponseMetadata) => new TestServiceException({ name: "ModelledConstructor", $fault: "client", $metadata }),
    });
    expect(await rejection(parse(response(400, '{"__type":"constructor"}'), table))).toMatchObject({ name: "ModelledConstructor" });
  });

  it("passes the body, the root path and the metadata to the modelled error's reader", async () => {
    const reader = vi.fn(readFoo);
    await rejection(parse(response(500, '{"message":"m"}', { "x-amzn-errortype": "FooError", "x-amzn-requestid": "r" }), { FooError: reader }));
    expect(reader).toHaveBeenCalledWith({ message: "m" }, "$", expect.objectContaining({ httpStatusCode: 500, requestId: "r" }));
  });

  it("throws the deserialization error for a modelled error whose body does not match the model", async () => {
    const table: ErrorTable = {
      FooError: (json) => {
        throw mismatch({ parent: "$", key: "detail" }, undefined, "string", json.detail);
      },
    };
    const error = await rejection(parse(response(400, '{"__type":"FooError","detail":5}'), table));
    expect(error).toBeInstanceOf(TestDeserializationError);
    expect(error).toMatchObject({ path: "$.detail", expected: "string", received: "number 5", $fault: "client" });
  });

  it("throws the deserialization error for an error response whose body is not JSON", async () => {
    const error = await rejection(parse(response(503, "<html>Service Unavailable</html>")));
    expect(error).toBeInstanceOf(TestDeserializationError);
    expect(error).toMatchObject({ path: "$", expected: "a JSON document", $fault: "server", $metadata: { httpStatusCode: 503 } });
  });

  it("treats 1xx and 3xx statuses as errors", async () => {
    expect(await rejection(parse(response(302, '{"__type":"Moved"}')))).toMatchObject({ name: "Moved", $fault: "client" });
  });
});

describe("parseAwsJsonResponse: @awsQueryCompatible", () => {
  const queryErrors: ErrorTable = {
    Customized: (json, _path, $metadata) => new FooError({ $metadata, message: String(json.message) }),
  };

  it("names the error by the x-amzn-query-error code and sets Code and Type", async () => {
    const error = await rejection(
      parse(response(400, '{"__type":"aws.protocoltests.json10#CustomCodeError","message":"Hi"}', { "x-amzn-query-error": "Customized;Sender" }), queryErrors, queryCompatibleService),
    );
    expect(error).toBeInstanceOf(FooError);
    expect(error).toMatchObject({ message: "Hi", Code: "Customized", Type: "Sender" });
  });

  it("gives an unknown query error the code as its name, with Code and Type", async () => {
    const error = await rejection(parse(response(400, '{"__type":"X","message":"m"}', { "X-Amzn-Query-Error": "AWS.SimpleQueueService.NonExistentQueue;Sender" }), {}, queryCompatibleService));
    expect(error).toBeInstanceOf(TestServiceException);
    expect(error).toMatchObject({ name: "AWS.SimpleQueueService.NonExistentQueue", Code: "AWS.SimpleQueueService.NonExistentQueue", Type: "Sender", message: "m" });
  });

  it("sets Code without Type when the header has no type", async () => {
    const error = (await rejection(parse(response(400, "{}", { "x-amzn-query-error": "Customized" }), queryErrors, queryCompatibleService))) as Record<string, unknown>;
    expect(error.Code).toBe("Customized");
    expect("Type" in error).toBe(false);
  });

  it("keeps the Code and Type a modelled error already has", async () => {
    const table: ErrorTable = {
      Customized: (_json, _path, $metadata) => Object.assign(new FooError({ $metadata, message: "m" }), { Code: "Own", Type: "OwnType" }),
    };
    expect(await rejection(parse(response(400, "{}", { "x-amzn-query-error": "Customized;Sender" }), table, queryCompatibleService))).toMatchObject({ Code: "Own", Type: "OwnType" });
  });

  it("falls back to the usual code without the header", async () => {
    const error = (await rejection(parse(response(400, '{"__type":"aws.protocoltests.json10#FooError"}'), errors, queryCompatibleService))) as Record<string, unknown>;
    expect(error).toBeInstanceOf(FooError);
    expect("Code" in error).toBe(false);
  });

  it("ignores x-amzn-query-error for a service that is not query compatible", async () => {
    const error = (await rejection(parse(response(400, '{"__type":"FooError"}', { "x-amzn-query-error": "Customized;Sender" })))) as Record<string, unknown>;
    expect(error).toBeInstanceOf(FooError);
    expect("Code" in error).toBe(false);
    expect("Type" in error).toBe(false);
  });
});

describe("errorCode", () => {
  const empty = response(400, "");

  it("strips namespaces, URLs and further comma-separated values", () => {
    expect(errorCode(response(400, "", { "x-amzn-errortype": "FooError,BarError" }), {})).toBe("FooError");
    expect(errorCode(response(400, "", { "X-AMZN-ERRORTYPE": "ns#FooError:http://x" }), {})).toBe("FooError");
    expect(errorCode(empty, { __type: "a.b#C" })).toBe("C");
    expect(errorCode(empty, { code: "D" })).toBe("D");
    expect(errorCode(empty, { Code: "E" })).toBe("E");
  });

  it("is undefined without a code, or with one that is not a non-empty string", () => {
    expect(errorCode(empty, {})).toBeUndefined();
    expect(errorCode(empty, { __type: 5 })).toBeUndefined();
    expect(errorCode(empty, { code: "" })).toBeUndefined();
  });
});

import { readErrorMessage, type JsonObject } from "@smithy-gen/serde-json";
import { decorateServiceException, ServiceException } from "@smithy/core/client";
import type { ResponseMetadata } from "@smithy/types";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keepBodyFields, parseAwsJsonResponse, type ErrorTable } from "../src/index.js";
import { context, FooError, rejection, response, service, TestServiceException } from "./fixtures.js";

const RUNS = { numRuns: Number(process.env.FC_NUM_RUNS ?? 200) };

/** A modelled error with a modelled `Message` member, as DynamoDB's TransactionCanceledException has. */
class MessageError extends TestServiceException {
  static override readonly shapeId: string = "aws.protocoltests.json10#MessageError";
  Message: string | undefined;
  reasons: string | undefined;
  constructor(options: { $metadata: ResponseMetadata; message?: string; Message?: string; reasons?: string }) {
    super({ ...options, name: "MessageError", $fault: "client" });
    this.Message = options.Message;
    this.reasons = options.reasons;
  }
}

const errors: ErrorTable = {
  FooError: (json, _path, $metadata) => new FooError({ $metadata, message: readErrorMessage(json), ...(typeof json.detail === "string" ? { detail: json.detail } : {}) }),
  MessageError: (json, _path, $metadata) =>
    new MessageError({
      $metadata,
      message: readErrorMessage(json),
      ...(typeof json.Message === "string" ? { Message: json.Message } : {}),
      ...(typeof json.reasons === "string" ? { reasons: json.reasons } : {}),
    }),
};

const parse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  rejection(parseAwsJsonResponse(service, "SayHello", response(status, typeof body === "string" ? body : JSON.stringify(body), headers), context(), errors, () => ({})));

/** Whether a fresh error already holds `key` (its own fields, `Error`'s and `Object.prototype`'s): those are never replaced. */
function heldByEveryError(key: string): boolean {
  const fresh = new TestServiceException({ name: "X", $fault: "client", $metadata: {}, message: "m" });
  return key in fresh || key === "Message" || key === "__proto__";
}

/** JSON objects with the keys services send, and with keys that collide with an error's own properties. */
const bodies = fc.dictionary(
  fc.oneof(
    fc.string({ minLength: 1, maxLength: 8 }),
    fc.constantFrom("name", "message", "Message", "$fault", "$metadata", "stack", "cause", "constructor", "toString", "__proto__", "code", "docs", "tip", "__type", "detail"),
  ),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 8 },
) as fc.Arbitrary<JsonObject>;

describe("errors the model does not know keep the whole body", () => {
  it("gives the issue's example every field of the body", async () => {
    const body = { __type: "ThrottlingException", message: "it failed", code: "DoesNotExist", docs: "https://docs.example/x", tip: "wait", retryAfter: 3, nested: { a: [1] } };
    const error = (await parse(400, body, { "x-amzn-requestid": "r1" })) as Record<string, unknown>;
    expect(error).toBeInstanceOf(TestServiceException);
    expect(error).toMatchObject({
      name: "ThrottlingException",
      $fault: "client",
      $metadata: { httpStatusCode: 400, requestId: "r1" },
      message: "it failed",
      __type: "ThrottlingException",
      code: "DoesNotExist",
      docs: "https://docs.example/x",
      tip: "wait",
      retryAfter: 3,
      nested: { a: [1] },
    });
  });

  it("reads the message from Message, and keeps no Message, as the official client", async () => {
    const error = (await parse(500, { __type: "Boom", Message: "capital", extra: false })) as Record<string, unknown>;
    expect(error).toMatchObject({ name: "Boom", message: "capital", extra: false, $fault: "server" });
    expect("Message" in error).toBe(false);
  });

  it("never lets the body replace name, $fault, $metadata, stack or the prototype", async () => {
    const body = JSON.parse('{"__type":"Boom","name":"Other","$fault":"server","$metadata":{},"stack":"s","__proto__":{"polluted":true},"constructor":"c"}') as JsonObject;
    const error = (await parse(400, JSON.stringify(body), { "x-amzn-requestid": "r" })) as Record<string, unknown>;
    expect(error).toMatchObject({ name: "Boom", $fault: "client", $metadata: { requestId: "r" } });
    expect(error.stack).not.toBe("s");
    expect(Object.getPrototypeOf(error)).toBe(TestServiceException.prototype);
    expect(error.polluted).toBeUndefined();
    expect(error.constructor).toBe(TestServiceException);
  });

  it("property: name, fault and message as before, and every other field of the body as a property", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 10, unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijk") }), fc.constantFrom(400, 429, 500, 503), bodies, async (code, status, extra) => {
        const json = JSON.stringify({ ...extra, __type: code });
        const body = JSON.parse(json) as JsonObject;
        const error = (await parse(status, json)) as Record<string, unknown>;
        expect(error).toBeInstanceOf(TestServiceException);
        expect(error.name).toBe(code);
        expect(error.$fault).toBe(status >= 500 ? "server" : "client");
        expect(error.message).toBe(readErrorMessage(body));
        for (const [key, value] of Object.entries(body)) {
          if (heldByEveryError(key)) continue;
          expect(Object.hasOwn(error, key), key).toBe(true);
          expect(error[key], key).toEqual(value);
        }
      }),
      RUNS,
    );
  });

  it("property: the same fields as decorateServiceException of @smithy/core gives the official client's base exception", () => {
    fc.assert(
      fc.property(bodies, (body) => {
        const ours = keepBodyFields(new TestServiceException({ name: "X", $fault: "client", $metadata: {}, message: readErrorMessage(body) }), body);
        const official = decorateServiceException(new TestServiceException({ name: "X", $fault: "client", $metadata: {} }), { ...body, message: readErrorMessage(body) });
        expect({ ...ours, message: ours.message }).toEqual({ ...official, message: official.message });
      }),
      RUNS,
    );
  });
});

describe("modelled errors keep the fields their shape does not model", () => {
  it("keeps extra fields beside the modelled members", async () => {
    const error = (await parse(400, { __type: "FooError", message: "m", detail: "d", docs: "x", count: 2 })) as Record<string, unknown>;
    expect(error).toBeInstanceOf(FooError);
    expect(error).toMatchObject({ name: "FooError", $fault: "server", message: "m", detail: "d", docs: "x", count: 2, __type: "FooError" });
  });

  it("keeps a modelled member the body sends as null undefined, as its type says", async () => {
    const error = (await parse(400, { __type: "FooError", detail: null, other: null })) as Record<string, unknown>;
    expect(error.detail).toBeUndefined();
    expect(error.other).toBeNull();
  });

  it("keeps a modelled Message member", async () => {
    const error = (await parse(400, { __type: "MessageError", Message: "cancelled", reasons: "r", hint: "h" })) as MessageError & Record<string, unknown>;
    expect(error).toBeInstanceOf(MessageError);
    expect(error).toMatchObject({ message: "cancelled", Message: "cancelled", reasons: "r", hint: "h" });
  });

  it("property: modelled members keep their read value, other fields are copied", async () => {
    await fc.assert(
      fc.asyncProperty(bodies, fc.option(fc.string(), { nil: undefined }), async (extra, detail) => {
        // A modelled member of another type would be a deserialization error, tested elsewhere.
        const { detail: _modelled, ...others } = extra;
        const json = JSON.stringify({ ...others, __type: "FooError", ...(detail === undefined ? {} : { detail }) });
        const body = JSON.parse(json) as JsonObject;
        const error = (await parse(400, json)) as FooError & Record<string, unknown>;
        expect(error).toBeInstanceOf(FooError);
        expect(error.name).toBe("FooError");
        expect(error.$fault).toBe("server");
        expect(error.message).toBe(readErrorMessage(body));
        // "" is what decorateServiceException treats as unset: the body's "" then stands.
        expect(error.detail).toBe(detail);
        for (const [key, value] of Object.entries(body)) {
          if (heldByEveryError(key) || key === "detail") continue;
          expect(error[key], key).toEqual(value);
        }
      }),
      RUNS,
    );
  });

  it("keepBodyFields returns the error it was given", () => {
    const error = new ServiceException({ name: "X", $fault: "client", $metadata: {} });
    expect(keepBodyFields(error, { a: 1 })).toBe(error);
  });
});

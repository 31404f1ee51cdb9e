import { encodeCbor, readObject, readString, type CborMap } from "@smithy-gen/serde-cbor";
import type { ResponseMetadata } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { parseRpcV2CborResponse, type ErrorTable, type QueryCompatibleErrorFields } from "../src/index.js";
import { ComplexError, context, InvalidGreeting, queryCompatibleService, rejection, response, service, TestDeserializationError, TestServiceException } from "./fixtures.js";

// An @awsQueryCompatible service's errors carry what the official AWS SDK gives them (its
// ProtocolLib in query-compatible mode, used by AwsSmithyRpcV2CborProtocol): Code and Type of
// x-amzn-query-error, the awsQuery-style Error object and the RequestId. As in
// @smithy-gen/aws-json-protocol's tests of the same.
const readComplexError = (map: CborMap, path: string, $metadata: ResponseMetadata) => {
  const nested = map.Nested == null ? undefined : readObject(map.Nested, { parent: path, key: "Nested" });
  return new ComplexError({
    $metadata,
    ...(map.TopLevel != null ? { TopLevel: readString(map.TopLevel, path, "TopLevel") } : {}),
    ...(nested ? { Nested: nested.Foo == null ? {} : { Foo: readString(nested.Foo, { parent: path, key: "Nested" }, "Foo") } } : {}),
  });
};

const readInvalidGreeting = (map: CborMap, path: string, $metadata: ResponseMetadata) =>
  new InvalidGreeting({ $metadata, message: typeof map.message === "string" ? map.message : undefined, ...(map.Message != null ? { Message: readString(map.Message, path, "Message") } : {}) });

/** ComplexError, by its name and by its awsQuery code `Customized`; InvalidGreeting (a modelled `Message`). */
const errors: ErrorTable = { ComplexError: readComplexError, Customized: readComplexError, InvalidGreeting: readInvalidGreeting };

const parse = (body: unknown, headers: Record<string, string> = {}, svc = queryCompatibleService) =>
  rejection(parseRpcV2CborResponse(svc, "GreetingWithErrors", response(400, encodeCbor(body), { "x-amzn-requestid": "r-1", ...headers }), context(), errors)) as Promise<
    Error & QueryCompatibleErrorFields & Record<string, unknown>
  >;

const QUERY_ERROR = { "x-amzn-query-error": "Customized;Sender" };

describe("@awsQueryCompatible errors: the x-amzn-query-error header present", () => {
  it("gives the error Code, Type, an Error object of them and the body's message, and RequestId", async () => {
    const error = await parse({ __type: "smithy.protocoltests.rpcv2Cbor#ComplexError", message: "no foo" }, QUERY_ERROR);
    expect(error).toBeInstanceOf(ComplexError);
    expect(error).toMatchObject({ message: "no foo", Code: "Customized", Type: "Sender", RequestId: "r-1" });
    expect(error.Error).toEqual({ Code: "Customized", Type: "Sender", Message: "no foo" });
  });

  it("takes a body's Message as Error's Message and as the message (a modelled Message member stays)", async () => {
    const error = await parse({ __type: "smithy.protocoltests.rpcv2Cbor#InvalidGreeting", Message: "no greeting" }, { "x-amzn-query-error": "InvalidGreeting;Sender" });
    expect(error).toBeInstanceOf(InvalidGreeting);
    expect(error.Error).toEqual({ Code: "InvalidGreeting", Type: "Sender", Message: "no greeting" });
    expect(error).toMatchObject({ message: "no greeting", Message: "no greeting" });
  });

  it("copies every other field of the body but __type into Error, as it is, modelled or not", async () => {
    const body = { __type: "smithy.protocoltests.rpcv2Cbor#ComplexError", message: "m", TopLevel: "t", Nested: { Foo: "f" }, docs: "https://docs.example", retryAfterSeconds: 3, Code: "BodyCode" };
    const error = await parse(body, QUERY_ERROR);
    expect(error.Error).toEqual({ Code: "Customized", Type: "Sender", Message: "m", TopLevel: "t", Nested: { Foo: "f" }, docs: "https://docs.example", retryAfterSeconds: 3 });
    // The error keeps the body's fields too, the header's Code before the body's.
    expect(error).toMatchObject({ TopLevel: "t", Nested: { Foo: "f" }, docs: "https://docs.example", retryAfterSeconds: 3, Code: "Customized" });
  });

  it("gives an unknown error the same fields", async () => {
    const error = await parse({ message: "gone", extra: true }, { "x-amzn-query-error": "AWS.SimpleQueueService.NonExistentQueue;Sender" });
    expect(error).toBeInstanceOf(TestServiceException);
    expect(error).toMatchObject({ name: "AWS.SimpleQueueService.NonExistentQueue", message: "gone", RequestId: "r-1", extra: true });
    expect(error.Error).toEqual({ Code: "AWS.SimpleQueueService.NonExistentQueue", Type: "Sender", Message: "gone", extra: true });
  });

  it("leaves Type undefined in Error, and off the error, for a header without a type", async () => {
    const error = await parse({ message: "m" }, { "x-amzn-query-error": "Customized" });
    expect(error.Error).toEqual({ Code: "Customized", Type: undefined, Message: "m" });
    expect("Type" in error).toBe(false);
  });
});

describe("@awsQueryCompatible errors: no x-amzn-query-error header", () => {
  it("gives the error an Error object of undefined fields for a body with message, and RequestId", async () => {
    const error = await parse({ __type: "smithy.protocoltests.rpcv2Cbor#ComplexError", message: "no foo" });
    expect(error).toBeInstanceOf(ComplexError);
    expect(error.Error).toEqual({ Code: undefined, Type: undefined, Message: undefined });
    expect(Object.keys(error.Error).sort()).toEqual(["Code", "Message", "Type"]);
    expect(error).toMatchObject({ message: "no foo", RequestId: "r-1" });
    expect("Code" in error).toBe(false);
    expect("Type" in error).toBe(false);
  });

  it("takes a body's Message as Error's Message and as the message, before a message", async () => {
    const error = await parse({ __type: "smithy.protocoltests.rpcv2Cbor#ComplexError", message: "lower", Message: "upper" });
    expect(error.Error).toEqual({ Code: undefined, Type: undefined, Message: "upper" });
    expect(error.message).toBe("upper");
  });

  it("does not copy the body's other fields into Error (the error keeps them)", async () => {
    const error = await parse({ __type: "smithy.protocoltests.rpcv2Cbor#ComplexError", message: "m", TopLevel: "t", docs: "x" });
    expect(error.Error).toEqual({ Code: undefined, Type: undefined, Message: undefined });
    expect(error).toMatchObject({ TopLevel: "t", docs: "x" });
  });

  it("sets no RequestId for a response without a request id", async () => {
    const error = (await rejection(
      parseRpcV2CborResponse(queryCompatibleService, "GreetingWithErrors", response(400, encodeCbor({ __type: "ComplexError" })), context(), errors),
    )) as Record<string, unknown>;
    expect(error.Error).toEqual({ Code: undefined, Type: undefined, Message: undefined });
    expect("RequestId" in error).toBe(false);
  });
});

describe("@awsQueryCompatible errors: what does not get the fields", () => {
  it("a modelled error the body does not match stays the deserialization error", async () => {
    const error = await parse({ __type: "ComplexError", TopLevel: 5 }, QUERY_ERROR);
    expect(error).toBeInstanceOf(TestDeserializationError);
    expect(error).toMatchObject({ path: "$.TopLevel" });
    for (const field of ["Code", "Type", "Error", "RequestId"]) expect(field in error, field).toBe(false);
  });

  it("an error of a service that is not query compatible", async () => {
    const error = await parse({ __type: "ComplexError", Message: "upper", message: "lower" }, QUERY_ERROR, service);
    expect(error).toBeInstanceOf(ComplexError);
    expect(error.message).toBe("lower");
    for (const field of ["Code", "Type", "Error", "RequestId"]) expect(field in error, field).toBe(false);
  });
});

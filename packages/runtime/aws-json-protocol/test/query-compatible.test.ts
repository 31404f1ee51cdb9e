import { readString, type JsonObject } from "@smithy-gen/serde-json";
import type { ResponseMetadata } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { parseAwsJsonResponse, type ErrorTable, type QueryCompatibleErrorFields } from "../src/index.js";
import { context, FooError, queryCompatibleService, rejection, response, service, TestDeserializationError, TestServiceException } from "./fixtures.js";

// An @awsQueryCompatible service's errors carry what the official AWS SDK gives them (its
// ProtocolLib in query-compatible mode): Code and Type of x-amzn-query-error, the awsQuery-style
// Error object and the RequestId.
const readFoo = (json: JsonObject, path: string, $metadata: ResponseMetadata) =>
  new FooError({
    $metadata,
    message: typeof json.message === "string" ? json.message : "UnknownError",
    ...(json.detail != null ? { detail: readString(json.detail, path, "detail") } : {}),
  });

/** FooError, by its name and by its awsQuery code `Customized`. */
const errors: ErrorTable = { FooError: readFoo, Customized: readFoo };

const parse = (body: string, headers: Record<string, string> = {}, svc = queryCompatibleService) =>
  rejection(parseAwsJsonResponse(svc, "SayHello", response(400, body, { "x-amzn-requestid": "r-1", ...headers }), context(), errors)) as Promise<
    Error & QueryCompatibleErrorFields & Record<string, unknown>
  >;

const QUERY_ERROR = { "x-amzn-query-error": "Customized;Sender" };

describe("@awsQueryCompatible errors: the x-amzn-query-error header present", () => {
  it("gives the error Code, Type, an Error object of them and the body's message, and RequestId", async () => {
    const error = await parse('{"__type":"aws.protocoltests.json10#FooError","message":"no foo"}', QUERY_ERROR);
    expect(error).toBeInstanceOf(FooError);
    expect(error).toMatchObject({ message: "no foo", Code: "Customized", Type: "Sender", RequestId: "r-1" });
    expect(error.Error).toEqual({ Code: "Customized", Type: "Sender", Message: "no foo" });
  });

  it("takes a body's Message as Error's Message and as the message", async () => {
    const error = await parse('{"__type":"aws.protocoltests.json10#FooError","Message":"no foo"}', QUERY_ERROR);
    expect(error.Error).toEqual({ Code: "Customized", Type: "Sender", Message: "no foo" });
    expect(error.message).toBe("no foo");
  });

  it("copies every other field of the body but __type into Error, as it is, modelled or not", async () => {
    const body = { __type: "aws.protocoltests.json10#FooError", message: "m", detail: "d", docs: "https://docs.example", retryAfterSeconds: 3, tip: ["a"], Code: "BodyCode" };
    const error = await parse(JSON.stringify(body), QUERY_ERROR);
    expect(error.Error).toEqual({ Code: "Customized", Type: "Sender", Message: "m", detail: "d", docs: "https://docs.example", retryAfterSeconds: 3, tip: ["a"] });
    // The error keeps the body's fields too, the header's Code before the body's.
    expect(error).toMatchObject({ detail: "d", docs: "https://docs.example", retryAfterSeconds: 3, Code: "Customized" });
  });

  it("gives an unknown error the same fields", async () => {
    const error = await parse('{"message":"gone","extra":true}', { "x-amzn-query-error": "AWS.SimpleQueueService.NonExistentQueue;Sender" });
    expect(error).toBeInstanceOf(TestServiceException);
    expect(error).toMatchObject({ name: "AWS.SimpleQueueService.NonExistentQueue", message: "gone", RequestId: "r-1", extra: true });
    expect(error.Error).toEqual({ Code: "AWS.SimpleQueueService.NonExistentQueue", Type: "Sender", Message: "gone", extra: true });
  });

  it("leaves Type undefined in Error, and off the error, for a header without a type", async () => {
    const error = await parse('{"message":"m"}', { "x-amzn-query-error": "Customized" });
    expect(error.Error).toEqual({ Code: "Customized", Type: undefined, Message: "m" });
    expect("Type" in error).toBe(false);
  });
});

describe("@awsQueryCompatible errors: no x-amzn-query-error header", () => {
  it("gives the error an Error object of undefined fields for a body with message, and RequestId", async () => {
    const error = await parse('{"__type":"aws.protocoltests.json10#FooError","message":"no foo"}');
    expect(error).toBeInstanceOf(FooError);
    expect(error.Error).toEqual({ Code: undefined, Type: undefined, Message: undefined });
    expect(Object.keys(error.Error).sort()).toEqual(["Code", "Message", "Type"]);
    expect(error).toMatchObject({ message: "no foo", RequestId: "r-1" });
    expect("Code" in error).toBe(false);
    expect("Type" in error).toBe(false);
  });

  it("takes a body's Message as Error's Message and as the message, before a message", async () => {
    const error = await parse('{"__type":"aws.protocoltests.json10#FooError","message":"lower","Message":"upper"}');
    expect(error.Error).toEqual({ Code: undefined, Type: undefined, Message: "upper" });
    expect(error.message).toBe("upper");
  });

  it("does not copy the body's other fields into Error (the error keeps them)", async () => {
    const error = await parse('{"__type":"aws.protocoltests.json10#FooError","message":"m","detail":"d","docs":"x"}');
    expect(error.Error).toEqual({ Code: undefined, Type: undefined, Message: undefined });
    expect(error).toMatchObject({ detail: "d", docs: "x" });
  });

  it("sets no RequestId for a response without a request id", async () => {
    const error = (await rejection(parseAwsJsonResponse(queryCompatibleService, "SayHello", response(400, '{"__type":"FooError"}'), context(), errors))) as Record<string, unknown>;
    expect(error.Error).toEqual({ Code: undefined, Type: undefined, Message: undefined });
    expect("RequestId" in error).toBe(false);
  });
});

describe("@awsQueryCompatible errors: what does not get the fields", () => {
  it("a modelled error the body does not match stays the deserialization error", async () => {
    const error = await parse('{"__type":"FooError","detail":5}', QUERY_ERROR);
    expect(error).toBeInstanceOf(TestDeserializationError);
    expect(error).toMatchObject({ path: "$.detail" });
    for (const field of ["Code", "Type", "Error", "RequestId"]) expect(field in error, field).toBe(false);
  });

  it("an error of a service that is not query compatible", async () => {
    const error = await parse('{"__type":"FooError","Message":"upper","message":"lower"}', QUERY_ERROR, service);
    expect(error).toBeInstanceOf(FooError);
    expect(error.message).toBe("lower");
    for (const field of ["Code", "Type", "Error", "RequestId"]) expect(field in error, field).toBe(false);
  });
});

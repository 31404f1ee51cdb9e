import type { HttpResponse } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { addQueryCompatibleFields, queryErrorHeader, withQueryErrorFields, type QueryErrorHeader } from "../src/index.js";

function response(headers: Record<string, string>): HttpResponse {
  return { statusCode: 400, headers, body: undefined };
}

/**
 * What the protocols do: the error gets the fields of the body (with the header's Code and Type)
 * that it does not hold (as their keepBodyFields), then the rest.
 */
function finish(body: Record<string, unknown>, header: QueryErrorHeader | undefined, requestId: string | null = "r-1") {
  const error = new Error("from the protocol") as Error & Record<string, unknown>;
  for (const [key, value] of Object.entries(withQueryErrorFields(body, header))) {
    if (value !== undefined && key !== "__proto__" && (error[key] === undefined || error[key] === "")) error[key] = value;
  }
  return addQueryCompatibleFields(error, body, header, { httpStatusCode: 400, requestId: requestId ?? undefined });
}

// The expected values are what @aws-sdk/core 3.981's ProtocolLib (query-compatible mode) gives the
// same bodies and headers: its setQueryCompatError, then its decorateServiceException.
describe("queryErrorHeader", () => {
  it("reads the code and the type, whatever the header name's case", () => {
    expect(queryErrorHeader(response({ "x-amzn-query-error": "ResourceNotFound;Sender" }))).toEqual({ code: "ResourceNotFound", type: "Sender" });
    expect(queryErrorHeader(response({ "X-Amzn-Query-Error": "AWS.SimpleQueueService.NonExistentQueue;Receiver" }))).toEqual({
      code: "AWS.SimpleQueueService.NonExistentQueue",
      type: "Receiver",
    });
  });

  it("gives no type without a `;`, and undefined without the header", () => {
    expect(queryErrorHeader(response({ "x-amzn-query-error": "Customized" }))).toEqual({ code: "Customized", type: undefined });
    expect(queryErrorHeader(response({ "x-amzn-query-error": "" }))).toEqual({ code: "", type: undefined });
    expect(queryErrorHeader(response({ "x-amzn-errortype": "Foo" }))).toBeUndefined();
  });
});

describe("withQueryErrorFields", () => {
  it("sets Code and Type to the header's, replacing the body's", () => {
    const body = { message: "m", Code: "BodyCode", Type: "BodyType" };
    expect(withQueryErrorFields(body, { code: "C", type: "Sender" })).toEqual({ message: "m", Code: "C", Type: "Sender" });
    const noType = withQueryErrorFields(body, { code: "C", type: undefined });
    expect(noType).toEqual({ message: "m", Code: "C", Type: undefined });
    expect(body).toEqual({ message: "m", Code: "BodyCode", Type: "BodyType" });
  });

  it("leaves the body as it is without the header", () => {
    const body = { message: "m", Code: "BodyCode" };
    expect(withQueryErrorFields(body, undefined)).toBe(body);
  });
});

describe("addQueryCompatibleFields", () => {
  const header: QueryErrorHeader = { code: "C", type: "Sender" };

  it("with the header: Error has its Code and Type and the body's message as Message; RequestId is the request id", () => {
    const error = finish({ __type: "ns#C", message: "m" }, header);
    expect(error.Error).toEqual({ Code: "C", Type: "Sender", Message: "m" });
    expect(Object.keys(error.Error)).toEqual(["Code", "Type", "Message"]);
    expect(error).toMatchObject({ Code: "C", Type: "Sender", RequestId: "r-1", message: "from the protocol" });
  });

  it("with the header: a body's Message is Error's Message and the error's message", () => {
    const error = finish({ __type: "ns#C", Message: "M" }, header);
    expect(error.Error).toEqual({ Code: "C", Type: "Sender", Message: "M" });
    expect(error.message).toBe("M");
  });

  it("with the header: every other field of the body is in Error, but __type; the header's Code wins over the body's", () => {
    const error = finish({ __type: "ns#C", message: "m", docs: "d", Code: "B", n: 3, nested: { a: [1] } }, header);
    expect(error.Error).toEqual({ Code: "C", Type: "Sender", Message: "m", docs: "d", n: 3, nested: { a: [1] } });
    expect(error.Code).toBe("C");
  });

  it("with the header: of message and Message, Error has the last the body has; the error's message is Message", () => {
    const error = finish({ Message: "M", message: "m" }, { code: "C", type: "Receiver" });
    expect(error.Error).toEqual({ Code: "C", Type: "Receiver", Message: "m" });
    expect(error.message).toBe("M");
  });

  it("with a header without a type: Error's Type is undefined, and a body's Type is not the error's; no request id, no RequestId", () => {
    const error = finish({ message: "m", Type: "bt" }, { code: "C", type: undefined }, null);
    expect(error.Error).toEqual({ Code: "C", Type: undefined, Message: "m" });
    expect("Type" in error.Error).toBe(true);
    expect("Type" in error).toBe(false);
    expect("RequestId" in error).toBe(false);
  });

  it("with the header: a __proto__ field stays out of Error (and its prototype)", () => {
    const body = JSON.parse('{"message":"m","__proto__":{"polluted":true}}') as Record<string, unknown>;
    const error = finish(body, header);
    expect(Object.getPrototypeOf(error.Error)).toBe(Object.prototype);
    expect(error.Error).toEqual({ Code: "C", Type: "Sender", Message: "m" });
  });

  it("without the header: Error has Code, Type and Message, undefined for a body with only message", () => {
    const error = finish({ __type: "ns#C", message: "m" }, undefined);
    expect(error.Error).toEqual({ Code: undefined, Type: undefined, Message: undefined });
    expect(Object.keys(error.Error).sort()).toEqual(["Code", "Message", "Type"]);
    expect("Code" in error).toBe(false);
    expect(error.RequestId).toBe("r-1");
  });

  it("without the header: a body's Message is Error's Message and the error's message, before its message", () => {
    expect(finish({ __type: "ns#C", Message: "M" }, undefined)).toMatchObject({ Error: { Message: "M" }, message: "M" });
    expect(finish({ message: "m", Message: "M" }, undefined)).toMatchObject({ Error: { Message: "M" }, message: "M" });
  });

  it("without the header: an Error object of the body keeps its fields, its message as Message", () => {
    const nested = { Code: "EC", message: "em", x: 1 };
    const error = finish({ Error: nested, Message: "M" }, undefined);
    expect(error.Error).toEqual({ Code: "EC", Type: undefined, Message: "em", message: "em", x: 1 });
    expect(nested).toEqual({ Code: "EC", message: "em", x: 1 });
  });

  it("an empty Message or one that is not text is not the message", () => {
    expect(finish({ message: "m", Message: "" }, undefined).message).toBe("from the protocol");
    const error = finish({ Message: 5 }, header);
    expect(error.message).toBe("from the protocol");
    expect(error.Error.Message).toBeUndefined();
  });
});

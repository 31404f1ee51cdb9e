import { Readable } from "node:stream";
import { streamCollector, toUtf8 } from "@smithy/core/serde";
import type { HttpResponse, SerdeContext } from "@smithy/types";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodyBytesInMemory, bodyTextInMemory, collectBodyBytes, collectBodyText, isAbortOrTimeout, responseHeader, responseMetadata } from "../src/index.js";

function response(headers: Record<string, string>, statusCode = 200): HttpResponse {
  return { statusCode, headers, body: undefined };
}

function context(): SerdeContext {
  return {
    base64Encoder: () => "",
    base64Decoder: () => new Uint8Array(),
    utf8Encoder: toUtf8,
    utf8Decoder: (text) => new TextEncoder().encode(text),
    streamCollector,
    endpoint: async () => ({ protocol: "https:", hostname: "example.com", path: "/" }),
    requestHandler: { handle: async () => ({ response: response({}) }) },
    disableHostPrefix: false,
  };
}

describe("responseHeader", () => {
  it("finds a header whatever the case of its name", () => {
    const res = response({ "X-Amzn-ErrorType": "Foo", "content-type": "application/json" });
    expect(responseHeader(res, "x-amzn-errortype")).toBe("Foo");
    expect(responseHeader(res, "content-type")).toBe("application/json");
    expect(responseHeader(res, "x-missing")).toBeUndefined();
  });

  it("keeps an empty value", () => {
    expect(responseHeader(response({ "X-Empty": "" }), "x-empty")).toBe("");
  });
});

describe("responseMetadata", () => {
  it("reads the status, the request id, the extended request id and the CloudFront id", () => {
    expect(responseMetadata(response({ "x-amzn-requestid": "r1", "x-amz-id-2": "ext", "x-amz-cf-id": "cf" }, 404))).toEqual({
      httpStatusCode: 404,
      requestId: "r1",
      extendedRequestId: "ext",
      cfId: "cf",
    });
  });

  it("leaves absent ids undefined", () => {
    const metadata = responseMetadata(response({ "content-type": "application/json", "x-amzn-errortype": "Foo" }, 200));
    expect(metadata.httpStatusCode).toBe(200);
    expect(metadata.requestId).toBeUndefined();
    expect(metadata.extendedRequestId).toBeUndefined();
    expect(metadata.cfId).toBeUndefined();
  });

  it("reads ids whatever the case of the header names", () => {
    expect(responseMetadata(response({ "X-Amzn-RequestId": "a", "X-AMZ-ID-2": "b", "X-Amz-Cf-Id": "c" }))).toMatchObject({
      requestId: "a",
      extendedRequestId: "b",
      cfId: "c",
    });
    expect(responseMetadata(response({ "X-AMZN-REQUEST-ID": "alt" })).requestId).toBe("alt");
    expect(responseMetadata(response({ "X-Amz-Request-Id": "s3" })).requestId).toBe("s3");
  });

  it("prefers x-amzn-requestid over x-amzn-request-id over x-amz-request-id, in any order", () => {
    expect(responseMetadata(response({ "x-amz-request-id": "s3", "x-amzn-request-id": "alt", "x-amzn-requestid": "main" })).requestId).toBe("main");
    expect(responseMetadata(response({ "x-amzn-requestid": "main", "x-amzn-request-id": "alt", "x-amz-request-id": "s3" })).requestId).toBe("main");
    expect(responseMetadata(response({ "x-amz-request-id": "s3", "x-amzn-request-id": "alt" })).requestId).toBe("alt");
    expect(responseMetadata(response({ "x-amzn-request-id": "alt", "x-amz-request-id": "s3" })).requestId).toBe("alt");
    expect(responseMetadata(response({ "x-amz-request-id": "s3" })).requestId).toBe("s3");
  });

  it("property: the metadata is the same whatever the case and order of the header names", () => {
    const names = ["x-amzn-requestid", "x-amzn-request-id", "x-amz-request-id", "x-amz-id-2", "x-amz-cf-id", "content-type", "x-amzn-errortype", "date"];
    const recase = (name: string, mask: readonly boolean[]): string => [...name].map((c, i) => (mask[i % mask.length] ? c.toUpperCase() : c)).join("");
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...names), { minLength: 1 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 100, max: 599 }),
        (present, mask, status) => {
          const lower: Record<string, string> = {};
          const mixed: Record<string, string> = {};
          for (const name of present) {
            lower[name] = `value of ${name}`;
            mixed[recase(name, mask)] = `value of ${name}`;
          }
          const expected = {
            httpStatusCode: status,
            requestId: lower["x-amzn-requestid"] ?? lower["x-amzn-request-id"] ?? lower["x-amz-request-id"],
            extendedRequestId: lower["x-amz-id-2"],
            cfId: lower["x-amz-cf-id"],
          };
          expect(responseMetadata(response(lower, status))).toEqual(expected);
          expect(responseMetadata(response(mixed, status))).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("bodyTextInMemory", () => {
  it("returns a string body as it is", () => {
    expect(bodyTextInMemory('{"a":1}', context())).toBe('{"a":1}');
    expect(bodyTextInMemory("", context())).toBe("");
  });

  it("decodes bytes as UTF-8", () => {
    const bytes = new TextEncoder().encode('{"name":"Zoë 🎉"}');
    expect(bodyTextInMemory(bytes, context())).toBe('{"name":"Zoë 🎉"}');
    expect(bodyTextInMemory(Buffer.from("héllo"), context())).toBe("héllo");
  });

  it("decodes bytes with the context's encoder, or without one", () => {
    const bytes = new TextEncoder().encode("abc");
    expect(bodyTextInMemory(bytes, { utf8Encoder: () => "from the context" })).toBe("from the context");
    expect(bodyTextInMemory(bytes, {} as Pick<SerdeContext, "utf8Encoder">)).toBe("abc");
  });

  it("returns undefined for a stream, which must be collected", () => {
    expect(bodyTextInMemory(Readable.from([Buffer.from("a")]), context())).toBeUndefined();
    expect(bodyTextInMemory(new ReadableStream(), context())).toBeUndefined();
    expect(bodyTextInMemory(undefined, context())).toBeUndefined();
  });
});

describe("collectBodyText", () => {
  it("reads a Node.js Readable to its end, across chunks that split a character", async () => {
    const bytes = Buffer.from('{"name":"Zoë 🎉"}');
    const chunks = [bytes.subarray(0, 11), bytes.subarray(11, 15), bytes.subarray(15)];
    expect(await collectBodyText(Readable.from(chunks), context())).toBe('{"name":"Zoë 🎉"}');
  });

  it("reads a web ReadableStream", async () => {
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('{"a":'));
        controller.enqueue(encoder.encode("[1,2]}"));
        controller.close();
      },
    });
    expect(await collectBodyText(stream, context())).toBe('{"a":[1,2]}');
  });

  it("reads bytes and an absent body", async () => {
    expect(await collectBodyText(new TextEncoder().encode("xyz"), context())).toBe("xyz");
    expect(await collectBodyText(undefined, context())).toBe("");
  });

  it("rejects with the stream's error", async () => {
    const failing = new Readable({
      read() {
        this.destroy(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
      },
    });
    await expect(collectBodyText(failing, context())).rejects.toThrow("socket hang up");
  });
});

describe("bodyBytesInMemory", () => {
  it("returns bytes as they are, without copying them", () => {
    const bytes = new Uint8Array([0xa1, 0x61, 0x61, 0x01]);
    expect(bodyBytesInMemory(bytes, context())).toBe(bytes);
    const buffer = Buffer.from([0xbf, 0xff]);
    expect(bodyBytesInMemory(buffer, context())).toBe(buffer);
  });

  it("gives no body, and an empty string, as no bytes", () => {
    expect(bodyBytesInMemory(undefined, context())).toEqual(new Uint8Array(0));
    expect(bodyBytesInMemory(null, context())).toEqual(new Uint8Array(0));
    expect(bodyBytesInMemory("", context())).toEqual(new Uint8Array(0));
  });

  it("encodes a string as UTF-8, with the context's decoder or without one", () => {
    expect(bodyBytesInMemory("Zoë", context())).toEqual(new Uint8Array([0x5a, 0x6f, 0xc3, 0xab]));
    expect(bodyBytesInMemory("abc", {} as Pick<SerdeContext, "utf8Decoder">)).toEqual(new Uint8Array([0x61, 0x62, 0x63]));
    expect(bodyBytesInMemory("abc", { utf8Decoder: () => new Uint8Array([7]) })).toEqual(new Uint8Array([7]));
  });

  it("returns undefined for a stream, which must be collected", () => {
    expect(bodyBytesInMemory(Readable.from([Buffer.from("a")]), context())).toBeUndefined();
    expect(bodyBytesInMemory(new ReadableStream(), context())).toBeUndefined();
  });
});

describe("collectBodyBytes", () => {
  it("reads a Node.js Readable and a web ReadableStream to their end, across chunks", async () => {
    const bytes = new Uint8Array([0xa1, 0x61, 0x61, 0x82, 0x01, 0x02]);
    expect(new Uint8Array(await collectBodyBytes(Readable.from([Buffer.from(bytes.subarray(0, 2)), Buffer.from(bytes.subarray(2))]), context()))).toEqual(bytes);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 3));
        controller.enqueue(bytes.subarray(3));
        controller.close();
      },
    });
    expect(new Uint8Array(await collectBodyBytes(stream, context()))).toEqual(bytes);
  });

  it("reads bytes and an absent body", async () => {
    expect(new Uint8Array(await collectBodyBytes(new Uint8Array([1, 2]), context()))).toEqual(new Uint8Array([1, 2]));
    expect((await collectBodyBytes(undefined, context())).byteLength).toBe(0);
  });

  it("rejects with the stream's error", async () => {
    const failing = new Readable({
      read() {
        this.destroy(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
      },
    });
    await expect(collectBodyBytes(failing, context())).rejects.toThrow("socket hang up");
  });
});

describe("isAbortOrTimeout", () => {
  it("is true for AbortError and TimeoutError only", () => {
    expect(isAbortOrTimeout(Object.assign(new Error("aborted"), { name: "AbortError" }))).toBe(true);
    expect(isAbortOrTimeout(new DOMException("aborted", "AbortError"))).toBe(true);
    expect(isAbortOrTimeout(Object.assign(new Error("slow"), { name: "TimeoutError" }))).toBe(true);
    expect(isAbortOrTimeout(new Error("other"))).toBe(false);
    expect(isAbortOrTimeout({ name: "AbortError" })).toBe(false);
    expect(isAbortOrTimeout(undefined)).toBe(false);
  });

  it("is true for the reason of an aborted AbortSignal", () => {
    const controller = new AbortController();
    controller.abort();
    expect(isAbortOrTimeout(controller.signal.reason)).toBe(true);
  });
});

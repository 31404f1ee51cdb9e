import { mismatch, type ValuePath } from "@smithy-gen/serde-core";
import { decodeCbor, readEpochSeconds, writeBlob, writeEpochSeconds } from "@smithy-gen/serde-cbor";
import { HttpRequest } from "@smithy/core/protocols";
import { describe, expect, it, vi } from "vitest";
import { buildRpcV2CborRequest, RPC_V2_CBOR_CONTENT_TYPE, writeRequestBody, type RpcV2CborRequest } from "../src/index.js";
import { context, queryCompatibleService, service, TestSerializationError } from "./fixtures.js";

interface GreetingInput {
  greeting?: unknown;
  count?: unknown;
  data?: Uint8Array;
  at?: Date;
}

const serializeGreeting = (input: GreetingInput, path: ValuePath): unknown => {
  const out: Record<string, unknown> = {};
  if (input.greeting !== undefined) {
    if (typeof input.greeting !== "string") throw mismatch(path, "greeting", "string", input.greeting);
    out.greeting = input.greeting;
  }
  if (input.count !== undefined) out.count = input.count;
  if (input.data !== undefined) out.data = writeBlob(input.data, path, "data");
  if (input.at !== undefined) out.at = writeEpochSeconds(input.at, path, "at");
  return out;
};

const sayHello = (input: GreetingInput, extra: Partial<RpcV2CborRequest<GreetingInput>> = {}): RpcV2CborRequest<GreetingInput> => ({
  operation: "SayHello",
  input,
  serialize: serializeGreeting,
  ...extra,
});

describe("buildRpcV2CborRequest", () => {
  it("POSTs a CBOR body to /service/{service}/operation/{operation} with the protocol's headers", async () => {
    const request = await buildRpcV2CborRequest(service, context(), sayHello({ greeting: "hi", count: 3 }));
    expect(HttpRequest.isInstance(request)).toBe(true);
    expect(request.method).toBe("POST");
    expect(request.protocol).toBe("https:");
    expect(request.hostname).toBe("service.us-east-1.amazonaws.com");
    expect(request.path).toBe("/service/RpcV2Protocol/operation/SayHello");
    const body = request.body as Uint8Array;
    expect(body).toBeInstanceOf(Uint8Array);
    expect(request.headers).toEqual({
      "smithy-protocol": "rpc-v2-cbor",
      accept: "application/cbor",
      "content-type": "application/cbor",
      "content-length": String(body.byteLength),
    });
    expect(decodeCbor(body)).toEqual({ greeting: "hi", count: 3 });
  });

  it("sends blobs as byte strings and timestamps as tag 1, which decode back to the input", async () => {
    const data = new Uint8Array([0, 1, 2, 255]);
    const at = new Date("2024-02-29T12:34:56.789Z");
    const request = await buildRpcV2CborRequest(service, context(), sayHello({ greeting: "Zoë 🎉", data, at }));
    const decoded = decodeCbor(request.body as Uint8Array) as Record<string, unknown>;
    expect(decoded.greeting).toBe("Zoë 🎉");
    expect(new Uint8Array(decoded.data as Uint8Array)).toEqual(data);
    expect(readEpochSeconds(decoded.at, "$", "at")).toEqual(at);
    // A tag 1 (0xc1) of a double (0xfb) in the bytes themselves.
    expect(Buffer.from(request.body as Uint8Array).includes(Buffer.from([0xc1, 0xfb]))).toBe(true);
  });

  it("keeps the base path and port of a custom endpoint, with or without a trailing slash", async () => {
    const withPath = await buildRpcV2CborRequest(service, context({ hostname: "localhost", port: 8443, path: "/custom/path" }), sayHello({}));
    expect(withPath.path).toBe("/custom/path/service/RpcV2Protocol/operation/SayHello");
    expect(withPath.port).toBe(8443);
    expect(withPath.hostname).toBe("localhost");
    const withSlash = await buildRpcV2CborRequest(service, context({ path: "/custom/" }), sayHello({}));
    expect(withSlash.path).toBe("/custom/service/RpcV2Protocol/operation/SayHello");
    const withoutPath = await buildRpcV2CborRequest(service, context({ path: "" }), sayHello({}));
    expect(withoutPath.path).toBe("/service/RpcV2Protocol/operation/SayHello");
  });

  it("sends no body and no Content-Type for an operation without input (protocol test no_input)", async () => {
    const request = await buildRpcV2CborRequest(service, context(), { operation: "NoInputOutput", input: {} });
    expect(request.path).toBe("/service/RpcV2Protocol/operation/NoInputOutput");
    expect(request.body).toBeUndefined();
    expect(request.headers).toEqual({ "smithy-protocol": "rpc-v2-cbor", accept: "application/cbor" });
  });

  it("sends an empty map with Content-Type and Content-Length for an empty input structure (protocol test empty_input)", async () => {
    const request = await buildRpcV2CborRequest(service, context(), { operation: "EmptyInputOutput", input: {}, serialize: () => ({}) });
    expect(decodeCbor(request.body as Uint8Array)).toEqual({});
    expect(request.headers["content-type"]).toBe(RPC_V2_CBOR_CONTENT_TYPE);
    expect(request.headers["content-length"]).toBe("1");
    expect("x-amz-target" in request.headers).toBe(false);
  });

  it("sends x-amzn-query-mode only for an @awsQueryCompatible service (QueryCompatibleRpcV2CborSendsQueryModeHeader)", async () => {
    const compatible = await buildRpcV2CborRequest(queryCompatibleService, context(), { operation: "QueryCompatibleOperation", input: {} });
    expect(compatible.path).toBe("/service/QueryCompatibleRpcV2Protocol/operation/QueryCompatibleOperation");
    expect(compatible.headers).toEqual({ "smithy-protocol": "rpc-v2-cbor", accept: "application/cbor", "x-amzn-query-mode": "true" });
    expect(compatible.body).toBeUndefined();
    const plain = await buildRpcV2CborRequest({ ...service, serviceName: "NonQueryCompatibleRpcV2Protocol" }, context(), { operation: "NonQueryCompatibleOperation", input: {} });
    expect(plain.path).toBe("/service/NonQueryCompatibleRpcV2Protocol/operation/NonQueryCompatibleOperation");
    expect("x-amzn-query-mode" in plain.headers).toBe(false);
  });

  it("rejects input that does not match the model before resolving the endpoint, naming the operation and the path", async () => {
    const ctx = context();
    const endpoint = vi.spyOn(ctx, "endpoint");
    const error = await buildRpcV2CborRequest(service, ctx, sayHello({ greeting: 42 })).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TestSerializationError);
    expect(error).toMatchObject({ name: "TestSerializationError", operation: "SayHello", path: "$.greeting", expected: "string", received: "number 42" });
    expect((error as Error).message).toBe("SayHello: invalid input at $.greeting: expected string, received number 42");
    expect(endpoint).not.toHaveBeenCalled();
  });
});

describe("writeRequestBody", () => {
  it("is undefined for an operation without input", () => {
    expect(writeRequestBody(service, { operation: "NoInputOutput", input: undefined })).toBeUndefined();
  });

  it("reports a value CBOR cannot encode at the input itself, naming the operation", () => {
    let error: unknown;
    try {
      writeRequestBody(service, { ...sayHello({}), serialize: () => ({ callback: () => 1 }) });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(TestSerializationError);
    expect(error).toMatchObject({ operation: "SayHello", path: "$", expected: "a value CBOR can encode" });
    expect((error as Error).message).toMatch(/^SayHello: invalid input at \$: expected a value CBOR can encode, received /);
  });

  it("keeps a serialization error the serializer threw", () => {
    const own = new TestSerializationError({ operation: "SayHello", path: "$.x", expected: "y", received: "z" });
    expect(() =>
      writeRequestBody(service, {
        ...sayHello({}),
        serialize: () => {
          throw own;
        },
      }),
    ).toThrow(own);
  });

  it("reports any other error of the serializer at $, keeping it as the cause", () => {
    const boom = new RangeError("boom");
    let error: unknown;
    try {
      writeRequestBody(service, {
        ...sayHello({}),
        serialize: () => {
          throw boom;
        },
      });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(TestSerializationError);
    expect(error).toMatchObject({ operation: "SayHello", path: "$", received: "boom" });
    expect((error as Error).cause).toBe(boom);
  });

  it("passes the input and the root path to the serializer", () => {
    const serialize = vi.fn((_input: GreetingInput, _path: ValuePath) => ({ ok: true }));
    const input = { greeting: "x" };
    expect(decodeCbor(writeRequestBody(service, { operation: "Op", input, serialize })!)).toEqual({ ok: true });
    expect(serialize).toHaveBeenCalledWith(input, "$");
  });
});

import { mismatch, type ValuePath } from "@smithy-gen/serde-core";
import { bigNumberJsonText } from "@smithy-gen/serde-json";
import { HttpRequest } from "@smithy/core/protocols";
import { describe, expect, it, vi } from "vitest";
import { buildAwsJsonRequest, buildPrefixedAwsJsonRequest, hostLabel, writeRequestBody, type AwsJsonRequest } from "../src/index.js";
import { context, queryCompatibleService, service, TestSerializationError } from "./fixtures.js";

interface GreetingInput {
  greeting?: unknown;
  count?: unknown;
}

const serializeGreeting = (input: GreetingInput, path: ValuePath): unknown => {
  const out: Record<string, unknown> = {};
  if (input.greeting !== undefined) {
    if (typeof input.greeting !== "string") throw mismatch(path, "greeting", "string", input.greeting);
    out.greeting = input.greeting;
  }
  if (input.count !== undefined) out.count = input.count;
  return out;
};

const sayHello = (input: GreetingInput, extra: Partial<AwsJsonRequest<GreetingInput>> & { hostPrefix?: string } = {}): AwsJsonRequest<GreetingInput> & { hostPrefix: string | undefined } => ({
  hostPrefix: undefined,
  operation: "SayHello",
  target: "JsonRpc10.SayHello",
  input,
  serialize: serializeGreeting,
  ...extra,
});

describe("buildAwsJsonRequest", () => {
  it("POSTs the JSON body to / with the protocol's content type and the operation's target", async () => {
    const request = await buildAwsJsonRequest(service, context(), sayHello({ greeting: "hi" }));
    expect(HttpRequest.isInstance(request)).toBe(true);
    expect(request.method).toBe("POST");
    expect(request.protocol).toBe("https:");
    expect(request.hostname).toBe("service.us-east-1.amazonaws.com");
    expect(request.path).toBe("/");
    expect(request.headers).toEqual({ "content-type": "application/x-amz-json-1.0", "x-amz-target": "JsonRpc10.SayHello" });
    expect(request.body).toBe('{"greeting":"hi"}');
  });

  it("sends the awsJson 1.1 content type of a 1.1 service", async () => {
    const request = await buildAwsJsonRequest({ ...service, contentType: "application/x-amz-json-1.1" }, context(), sayHello({}));
    expect(request.headers["content-type"]).toBe("application/x-amz-json-1.1");
  });

  it("keeps the base path and port of a custom endpoint, ending the path with a slash", async () => {
    const withPath = await buildAwsJsonRequest(service, context({ hostname: "localhost", port: 8443, path: "/custom/path" }), sayHello({}));
    expect(withPath.path).toBe("/custom/path/");
    expect(withPath.port).toBe(8443);
    expect(withPath.hostname).toBe("localhost");
    const withSlash = await buildAwsJsonRequest(service, context({ path: "/custom/" }), sayHello({}));
    expect(withSlash.path).toBe("/custom/");
    const withoutPath = await buildAwsJsonRequest(service, context({ path: "" }), sayHello({}));
    expect(withoutPath.path).toBe("/");
  });

  it("sends x-amzn-query-mode only for an @awsQueryCompatible service", async () => {
    const compatible = await buildAwsJsonRequest(queryCompatibleService, context(), sayHello({}));
    expect(compatible.headers["x-amzn-query-mode"]).toBe("true");
    const plain = await buildAwsJsonRequest(service, context(), sayHello({}));
    expect("x-amzn-query-mode" in plain.headers).toBe(false);
  });

  it("sends {} for an operation without input", async () => {
    const request = await buildAwsJsonRequest(service, context(), { operation: "NoInput", target: "JsonRpc10.NoInput", input: {} });
    expect(request.body).toBe("{}");
  });

  it("puts the host prefix before the endpoint's hostname", async () => {
    const request = await buildPrefixedAwsJsonRequest(service, context(), sayHello({}, { hostPrefix: "foo.bar." }));
    expect(request.hostname).toBe("foo.bar.service.us-east-1.amazonaws.com");
  });

  it("leaves the hostname alone when host prefixes are disabled", async () => {
    const request = await buildPrefixedAwsJsonRequest(service, context({}, { disableHostPrefix: true }), sayHello({}, { hostPrefix: "foo." }));
    expect(request.hostname).toBe("service.us-east-1.amazonaws.com");
    const invalidButDisabled = await buildPrefixedAwsJsonRequest(service, context({}, { disableHostPrefix: true }), sayHello({}, { hostPrefix: "not valid/." }));
    expect(invalidButDisabled.hostname).toBe("service.us-east-1.amazonaws.com");
  });

  it.each(["evil.com/x?", "under_score.", "a b.", "-leading.", "UPPER."])("rejects the host prefix %j, which makes an invalid hostname", async (hostPrefix) => {
    const error = await buildPrefixedAwsJsonRequest(service, context(), sayHello({}, { hostPrefix })).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TestSerializationError);
    expect(error).toMatchObject({ operation: "SayHello", path: "$", expected: "input whose host labels make a valid hostname" });
    expect((error as Error).message).toContain(JSON.stringify(`${hostPrefix}service.us-east-1.amazonaws.com`));
  });

  it("rejects input that does not match the model before resolving the endpoint, naming the operation and the path", async () => {
    const ctx = context();
    const endpoint = vi.spyOn(ctx, "endpoint");
    const error = await buildAwsJsonRequest(service, ctx, sayHello({ greeting: 42 })).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TestSerializationError);
    expect(error).toMatchObject({ name: "TestSerializationError", operation: "SayHello", path: "$.greeting", expected: "string", received: "number 42" });
    expect((error as Error).message).toBe("SayHello: invalid input at $.greeting: expected string, received number 42");
    expect(endpoint).not.toHaveBeenCalled();
  });
});

describe("writeRequestBody", () => {
  it("reports a value plain JSON cannot encode at the input itself", () => {
    let error: unknown;
    try {
      writeRequestBody(service, sayHello({ count: 10n }));
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(TestSerializationError);
    expect(error).toMatchObject({ operation: "SayHello", path: "$", expected: "a value the protocol can encode" });
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });

  it("writes big numbers exactly with the service's bigNumberJsonText", () => {
    expect(writeRequestBody({ ...service, json: bigNumberJsonText }, sayHello({ count: 123456789012345678901234567890n }))).toBe(
      '{"count":123456789012345678901234567890}',
    );
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

  it("passes the input and the root path to the serializer", () => {
    const serialize = vi.fn((_input: GreetingInput, _path: ValuePath) => ({ ok: true }));
    const input = { greeting: "x" };
    expect(writeRequestBody(service, { operation: "Op", target: "S.Op", input, serialize })).toBe('{"ok":true}');
    expect(serialize).toHaveBeenCalledWith(input, "$");
  });
});

describe("hostLabel", () => {
  it("accepts a non-empty string", () => {
    expect(hostLabel(service, "SayHello", "label", "label")).toBe("label");
  });

  it.each<[unknown, string]>([
    ["", 'string ""'],
    [undefined, "undefined"],
    [42, "number 42"],
  ])("rejects %j, naming the operation and the member", (value, received) => {
    let error: unknown;
    try {
      hostLabel(service, "SayHello", value, "label");
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(TestSerializationError);
    expect(error).toMatchObject({ operation: "SayHello", path: "$.label", expected: "a non-empty string (a host label)", received });
  });
});

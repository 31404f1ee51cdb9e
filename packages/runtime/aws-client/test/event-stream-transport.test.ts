import { Command } from "@smithy/core/client";
import { getEndpointPlugin } from "@smithy/core/endpoints";
import { getSerdePlugin } from "@smithy/core/serde";
import { NodeHttp2Handler, NodeHttpHandler } from "@smithy/node-http-handler";
import type { HttpHandlerOptions } from "@smithy/types";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getHttp2EventStreamPlugin, getRuntimeDefaults } from "../src/index.js";
import { isolateAwsEnvironment } from "./env.js";
import { endpointParameters, ok, staticCredentials, StubHandler, TestClient, type GetThingInput, type GetThingOutput, type TestConfig } from "./fixtures.js";

beforeEach(() => isolateAwsEnvironment());
afterEach(() => vi.unstubAllEnvs());

/** GetThing as an event stream operation of a service whose protocol wants HTTP/2 for event streams. */
class StreamThingCommand extends Command.classBuilder<GetThingInput, GetThingOutput, TestConfig, GetThingInput, GetThingOutput>()
  .ep(endpointParameters)
  .m((_command, _stack, config: TestConfig) => [
    getSerdePlugin(
      config,
      async (input, context) => {
        const endpoint = await context.endpoint();
        const { HttpRequest } = await import("@smithy/core/protocols");
        return new HttpRequest({ protocol: endpoint.protocol, hostname: endpoint.hostname, method: "POST", path: "/", headers: {}, body: JSON.stringify(input) });
      },
      async (response) => ({ $metadata: { httpStatusCode: response.statusCode } }),
    ),
    getEndpointPlugin(config, endpointParameters),
    getHttp2EventStreamPlugin(config),
  ])
  .s("TestService", "StreamThing")
  .n("TestClient", "StreamThingCommand")
  .build() {}

/** A client whose default handler is `regular`, with `streams` as the runtime's HTTP/2 handler. */
function clientWith(regular: StubHandler, streams: StubHandler | undefined, endpoint?: string): TestClient {
  const client = new TestClient({ region: "us-west-2", credentials: staticCredentials, requestHandler: regular, ...(endpoint ? { endpoint } : {}) });
  Object.assign(client.config, { http2EventStreams: streams === undefined ? undefined : {} });
  http2Handlers.mockImplementation(() => streams);
  return client;
}

const http2Handlers = vi.hoisted(() => vi.fn());
vi.mock("../src/event-stream-transport-defaults.js", () => ({ createHttp2EventStreamHandler: http2Handlers }));

describe("getHttp2EventStreamPlugin", () => {
  it("sends an https event stream operation through the runtime's HTTP/2 handler, with the call's abortSignal", async () => {
    const regular = new StubHandler();
    const received: HttpHandlerOptions[] = [];
    const streams = new StubHandler(() => ok());
    const handle = streams.handle.bind(streams);
    streams.handle = async (request, options?: HttpHandlerOptions) => (received.push(options ?? {}), handle(request));
    const controller = new AbortController();
    await clientWith(regular, streams).send(new StreamThingCommand({ name: "n" }), { abortSignal: controller.signal });
    expect(streams.requests).toHaveLength(1);
    expect(streams.requests[0]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
    expect(regular.requests).toHaveLength(0);
    expect(received[0]).toMatchObject({ abortSignal: controller.signal, isEventStream: true });
  });

  it("leaves an http:// endpoint (a local emulator) and a client without an HTTP/2 handler to the client's handler", async () => {
    for (const [streams, endpoint] of [[new StubHandler(), "http://127.0.0.1:4567"], [undefined, undefined]] as const) {
      const regular = new StubHandler();
      await clientWith(regular, streams, endpoint).send(new StreamThingCommand({ name: "n" }));
      expect(regular.requests).toHaveLength(1);
      expect(streams?.requests ?? []).toHaveLength(0);
    }
  });
});

describe("the Node.js runtime's event stream handler", () => {
  it("is made once per client, on its first event stream call", async () => {
    const streams = new StubHandler(() => ok());
    const client = clientWith(new StubHandler(), streams);
    http2Handlers.mockClear();
    await client.send(new StreamThingCommand({ name: "a" }));
    await client.send(new StreamThingCommand({ name: "b" }));
    expect(http2Handlers).toHaveBeenCalledTimes(1);
    expect(http2Handlers).toHaveBeenCalledWith({});
    expect(streams.requests).toHaveLength(2);
  });

  it("is HTTP/2 with one session per stream and the client's requestTimeout, unless the client was given a request handler", async () => {
    const { createHttp2EventStreamHandler } = await vi.importActual<typeof import("../src/event-stream-transport-defaults.js")>("../src/event-stream-transport-defaults.js");
    const defaults = getRuntimeDefaults({ region: "us-west-2", requestTimeout: 1500 }, "TestClient");
    expect(defaults.http2EventStreams).toEqual({ requestTimeout: 1500 });
    const handler = createHttp2EventStreamHandler(defaults.http2EventStreams!);
    expect(handler).toBeInstanceOf(NodeHttp2Handler);
    expect(await (handler as unknown as { configProvider: Promise<object> }).configProvider).toMatchObject({ requestTimeout: 1500, disableConcurrentStreams: true });
    expect(defaults.requestHandler).toBeInstanceOf(NodeHttpHandler);
    expect(getRuntimeDefaults({ region: "us-west-2", requestHandler: new StubHandler() }, "TestClient").http2EventStreams).toBeUndefined();
    // Options for the default handler still leave the runtime its HTTP/2 handler, with their timeout.
    expect(getRuntimeDefaults({ region: "us-west-2", requestHandler: { requestTimeout: 1000 } }, "TestClient").http2EventStreams).toEqual({ requestTimeout: 1000 });
    expect(getRuntimeDefaults({ region: "us-west-2", requestHandler: { connectionTimeout: 1000 } }, "TestClient").http2EventStreams).toEqual({});
  });
});

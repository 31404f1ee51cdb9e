import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { EventStreamCodec } from "@smithy/core/event-streams";
import { fromUtf8, toUtf8 } from "@smithy/core/serde";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { MessageHeaders } from "@smithy/types";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { generatePackages } from "../../src/differential/generate.js";
import { loadServiceModel } from "../../src/differential/service-model.js";
import { GENERATED_DIR } from "../../src/paths.js";

// Event streams over real HTTP: a node:http server on 127.0.0.1 answers as Kinesis SubscribeToShard and
// CloudWatch Logs StartLiveTail do, with `application/vnd.amazon.eventstream` frames written by @smithy/core's
// codec (an `initial-response` first, as the services send it), and the generated clients read them.

const codec = new EventStreamCodec(toUtf8, fromUtf8);
const headers = (entries: Record<string, string>): MessageHeaders =>
  Object.fromEntries(Object.entries(entries).map(([name, value]) => [name, { type: "string", value }]));
const frame = (kind: "event" | "exception", type: string, payload: unknown): Uint8Array =>
  codec.encode({
    headers: headers({ ":message-type": kind, [kind === "event" ? ":event-type" : ":exception-type"]: type, ":content-type": "application/json" }),
    body: fromUtf8(JSON.stringify(payload)),
  });

type Script = (response: ServerResponse, request: IncomingMessage) => Promise<void> | void;

interface Loopback {
  readonly endpoint: string;
  /** Resolves when the server sees the client's connection close. */
  readonly closed: Promise<void>;
  readonly targets: string[];
  close(): Promise<void>;
}

async function serve(script: Script): Promise<Loopback> {
  const targets: string[] = [];
  let connectionClosed!: () => void;
  const closed = new Promise<void>((resolve) => (connectionClosed = resolve));
  const server: Server = createServer(async (request, response) => {
    for await (const _chunk of request);
    targets.push(String(request.headers["x-amz-target"]));
    response.on("close", () => connectionClosed());
    await script(response, request);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    closed,
    targets,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes the event stream head and each frame, one network write at a time (a frame split in two). */
async function stream(response: ServerResponse, frames: readonly Uint8Array[], options: { end?: boolean } = {}): Promise<void> {
  response.writeHead(200, { "content-type": "application/vnd.amazon.eventstream", "x-amzn-requestid": "req-stream" });
  for (const bytes of frames) {
    const half = Math.floor(bytes.length / 2);
    response.write(bytes.subarray(0, half));
    await new Promise((resolve) => setTimeout(resolve, 5));
    response.write(bytes.subarray(half));
  }
  if (options.end !== false) response.end();
}

const credentials = { accessKeyId: "AKID", secretAccessKey: "SECRET" };
type Client = { send(command: unknown, options?: { abortSignal?: AbortSignal }): Promise<Record<string, unknown>>; destroy(): void };
type Module = Record<string, new (input: Record<string, unknown>) => unknown>;

const record = (n: number) => ({
  SequenceNumber: `4959${n}`,
  ApproximateArrivalTimestamp: 1_767_225_600 + n,
  Data: Buffer.from(`record ${n}`).toString("base64"),
  PartitionKey: `key-${n}`,
});
const shardEvent = (n: number) =>
  frame("event", "SubscribeToShardEvent", { Records: [record(n)], ContinuationSequenceNumber: `4959${n}`, MillisBehindLatest: n });

describe("Kinesis SubscribeToShard: an output event stream", () => {
  let kinesis: Module;
  let loopback: Loopback | undefined;

  beforeAll(async () => {
    const packages = generatePackages(loadServiceModel("kinesis-2013-12-02.json"), GENERATED_DIR);
    kinesis = (await import(/* @vite-ignore */ packages.client)) as Module;
  });
  afterEach(async () => {
    await loopback?.close();
    loopback = undefined;
  });

  const client = (endpoint: string): Client =>
    new kinesis.KinesisClient!({ region: "us-east-1", credentials, endpoint, maxAttempts: 1, requestHandler: new NodeHttpHandler() }) as Client;
  const subscribe = () =>
    new kinesis.SubscribeToShardCommand!({ ConsumerARN: "arn:aws:kinesis:us-east-1:123456789012:stream/s/consumer/c:1", ShardId: "shardId-000000000000", StartingPosition: { Type: "LATEST" } });

  it("yields the service's events as typed values, as they arrive", async () => {
    loopback = await serve((response) => stream(response, [frame("event", "initial-response", {}), shardEvent(1), shardEvent(2), shardEvent(3)]));
    const output = await client(loopback.endpoint).send(subscribe());
    expect(loopback.targets).toEqual(["Kinesis_20131202.SubscribeToShard"]);
    expect(output.$metadata).toMatchObject({ httpStatusCode: 200, requestId: "req-stream" });
    const events: unknown[] = [];
    for await (const event of output.EventStream as AsyncIterable<unknown>) events.push(event);
    expect(events).toEqual(
      [1, 2, 3].map((n) => ({
        SubscribeToShardEvent: {
          Records: [{ SequenceNumber: `4959${n}`, ApproximateArrivalTimestamp: new Date((1_767_225_600 + n) * 1000), Data: new Uint8Array(Buffer.from(`record ${n}`)), PartitionKey: `key-${n}` }],
          ContinuationSequenceNumber: `4959${n}`,
          MillisBehindLatest: n,
        },
      })),
    );
  });

  it("throws a modelled error sent in the stream as its class, after the events before it", async () => {
    loopback = await serve((response) =>
      stream(response, [shardEvent(1), frame("exception", "ResourceInUseException", { message: "the consumer is busy", detail: "extra" }), shardEvent(2)]),
    );
    const output = await client(loopback.endpoint).send(subscribe());
    const events: unknown[] = [];
    let caught: unknown;
    try {
      for await (const event of output.EventStream as AsyncIterable<unknown>) events.push(event);
    } catch (error) {
      caught = error;
    }
    expect(events).toHaveLength(1);
    expect(caught).toBeInstanceOf(kinesis.ResourceInUseException!);
    expect(caught).toBeInstanceOf(kinesis.KinesisServiceException!);
    expect(caught).toMatchObject({ name: "ResourceInUseException", message: "the consumer is busy", detail: "extra", $metadata: { requestId: "req-stream" } });
  });

  it("throws the modelled error of an error status before any stream", async () => {
    loopback = await serve((response) => {
      response.writeHead(400, { "content-type": "application/x-amz-json-1.1", "x-amzn-errortype": "ResourceNotFoundException" });
      response.end(JSON.stringify({ message: "no such consumer" }));
    });
    await expect(client(loopback.endpoint).send(subscribe())).rejects.toMatchObject({ name: "ResourceNotFoundException", message: "no such consumer" });
  });

  it("stops at the call's abortSignal: the loop rejects and the connection closes", async () => {
    let timer: NodeJS.Timeout | undefined;
    loopback = await serve((response) => {
      response.writeHead(200, { "content-type": "application/vnd.amazon.eventstream" });
      let n = 0;
      // An endless stream: one event every 10 ms until the client goes away.
      timer = setInterval(() => response.write(shardEvent(++n)), 10);
      response.on("close", () => clearInterval(timer));
    });
    const controller = new AbortController();
    const output = await client(loopback.endpoint).send(subscribe(), { abortSignal: controller.signal });
    const events: unknown[] = [];
    let caught: unknown;
    try {
      for await (const event of output.EventStream as AsyncIterable<unknown>) {
        events.push(event);
        if (events.length === 2) controller.abort();
      }
    } catch (error) {
      caught = error;
    }
    clearInterval(timer);
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(caught).toMatchObject({ name: "AbortError" });
    await loopback.closed;
  });

  it("closes the connection when the caller leaves the loop early", async () => {
    let timer: NodeJS.Timeout | undefined;
    loopback = await serve((response) => {
      response.writeHead(200, { "content-type": "application/vnd.amazon.eventstream" });
      let n = 0;
      timer = setInterval(() => response.write(shardEvent(++n)), 10);
      response.on("close", () => clearInterval(timer));
    });
    const output = await client(loopback.endpoint).send(subscribe());
    let seen = 0;
    for await (const _event of output.EventStream as AsyncIterable<unknown>) if (++seen === 3) break;
    expect(seen).toBe(3);
    await loopback.closed;
    clearInterval(timer);
  });
});

describe("Kinesis SubscribeToShard served by the generated server over HTTP", () => {
  let kinesis: Module;
  let server: Record<string, (handlers: object) => { listen(port: number): Promise<{ url: string; close(): Promise<void> }> }>;

  beforeAll(async () => {
    const packages = generatePackages(loadServiceModel("kinesis-2013-12-02.json"), GENERATED_DIR);
    kinesis = (await import(/* @vite-ignore */ packages.client)) as Module;
    server = (await import(/* @vite-ignore */ packages.server)) as typeof server;
  });

  it("streams the handler's events as they are produced, and stops the handler's iterable when the client leaves", async () => {
    let stopped = false;
    const listening = await server.createKinesisServer!({
      subscribeToShard: async () => ({
        EventStream: (async function* () {
          try {
            for (let n = 1; ; n++) {
              yield { SubscribeToShardEvent: { Records: [], ContinuationSequenceNumber: `seq-${n}`, MillisBehindLatest: n } };
              await new Promise((resolve) => setTimeout(resolve, 5));
            }
          } finally {
            stopped = true;
          }
        })(),
      }),
    }).listen(0);
    try {
      const client = new kinesis.KinesisClient!({ region: "us-east-1", credentials, endpoint: listening.url, maxAttempts: 1 }) as Client;
      const output = await client.send(
        new kinesis.SubscribeToShardCommand!({ ConsumerARN: "arn:aws:kinesis:us-east-1:123456789012:stream/s/consumer/c:1", ShardId: "shardId-000000000000", StartingPosition: { Type: "LATEST" } }),
      );
      const events: unknown[] = [];
      for await (const event of output.EventStream as AsyncIterable<unknown>) if (events.push(event) === 3) break;
      expect(events).toEqual([1, 2, 3].map((n) => ({ SubscribeToShardEvent: { Records: [], ContinuationSequenceNumber: `seq-${n}`, MillisBehindLatest: n } })));
      await expect.poll(() => stopped, { timeout: 10_000 }).toBe(true);
      client.destroy();
    } finally {
      await listening.close();
    }
  });
});

describe("CloudWatch Logs StartLiveTail: an output event stream with two events and two errors", () => {
  let logs: Module;
  let loopback: Loopback | undefined;

  beforeAll(async () => {
    const packages = generatePackages(loadServiceModel("cloudwatch-logs-2014-03-28.json"), GENERATED_DIR);
    logs = (await import(/* @vite-ignore */ packages.client)) as Module;
  });
  afterEach(async () => {
    await loopback?.close();
    loopback = undefined;
  });

  it("yields sessionStart and sessionUpdate, then throws SessionTimeoutException", async () => {
    loopback = await serve((response) =>
      stream(response, [
        frame("event", "initial-response", {}),
        frame("event", "sessionStart", { requestId: "r-1", sessionId: "s-1", logGroupIdentifiers: ["arn:aws:logs:us-east-1:123456789012:log-group:app"] }),
        frame("event", "sessionUpdate", {
          sessionMetadata: { sampled: false },
          sessionResults: [{ logStreamName: "web", logGroupIdentifier: "app", message: "GET / 200", timestamp: 1_767_225_600_000, ingestionTime: 1_767_225_600_100 }],
        }),
        frame("exception", "SessionTimeoutException", { message: "the session lasted three hours" }),
      ]),
    );
    const client = new logs.CloudWatchLogsClient!({ region: "us-east-1", credentials, endpoint: loopback.endpoint, maxAttempts: 1, disableHostPrefix: true }) as Client;
    const output = await client.send(new logs.StartLiveTailCommand!({ logGroupIdentifiers: ["arn:aws:logs:us-east-1:123456789012:log-group:app"] }));
    const events: unknown[] = [];
    let caught: unknown;
    try {
      for await (const event of output.responseStream as AsyncIterable<unknown>) events.push(event);
    } catch (error) {
      caught = error;
    }
    expect(events).toEqual([
      { sessionStart: { requestId: "r-1", sessionId: "s-1", logGroupIdentifiers: ["arn:aws:logs:us-east-1:123456789012:log-group:app"] } },
      {
        sessionUpdate: {
          sessionMetadata: { sampled: false },
          sessionResults: [{ logStreamName: "web", logGroupIdentifier: "app", message: "GET / 200", timestamp: 1_767_225_600_000, ingestionTime: 1_767_225_600_100 }],
        },
      },
    ]);
    expect(caught).toBeInstanceOf(logs.SessionTimeoutException!);
    expect(caught).toMatchObject({ name: "SessionTimeoutException", message: "the session lasted three hours" });
    client.destroy();
  });
});

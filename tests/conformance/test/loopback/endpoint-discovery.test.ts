import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { HttpRequest } from "@smithy/core/protocols";
import type { HttpHandlerOptions } from "@smithy/types";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { generatePackages } from "../../src/differential/generate.js";
import { loadServiceModel } from "../../src/differential/service-model.js";
import { GENERATED_DIR } from "../../src/paths.js";

// Endpoint discovery over real HTTP: a node:http server on 127.0.0.1 plays both the regular endpoint
// (DescribeEndpoints) and the discovered one. The client resolves its endpoint from the rules (no custom
// endpoint: with one, discovery is off, as in the AWS SDK), and its handler delivers every request to the
// server with the request's own host in the Host header, so that the server sees where the client sent it.

interface Received {
  readonly host: string;
  readonly target: string;
  readonly body: unknown;
}

interface LoopbackService {
  readonly received: Received[];
  /** What DescribeEndpoints answers; `undefined`: a 500 error. */
  endpoints: { Address: string; CachePeriodInMinutes: number }[] | undefined;
  readonly handler: NodeHttpHandler;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function startService(contentType: string, answer: (target: string) => unknown): Promise<LoopbackService> {
  const received: Received[] = [];
  const service: { endpoints: LoopbackService["endpoints"] } = { endpoints: [] };
  const server: Server = createServer(async (request, response) => {
    const text = await readBody(request);
    const target = String(request.headers["x-amz-target"] ?? "");
    received.push({ host: String(request.headers.host), target, body: text ? JSON.parse(text) : undefined });
    if (target.endsWith(".DescribeEndpoints")) {
      if (!service.endpoints) {
        response.writeHead(500, { "content-type": contentType, "x-amzn-errortype": "InternalServerException" });
        response.end(JSON.stringify({ __type: "InternalServerException", message: "discovery is down" }));
        return;
      }
      response.writeHead(200, { "content-type": contentType });
      response.end(JSON.stringify({ Endpoints: service.endpoints }));
      return;
    }
    response.writeHead(200, { "content-type": contentType });
    response.end(JSON.stringify(answer(target)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const inner = new NodeHttpHandler();
  // Every request goes to the loopback server; its Host header keeps the host the client chose.
  const handler = Object.assign(Object.create(inner) as NodeHttpHandler, {
    handle(request: HttpRequest, options?: HttpHandlerOptions) {
      request.headers.host = request.hostname;
      request.protocol = "http:";
      request.hostname = "127.0.0.1";
      request.port = port;
      return inner.handle(request, options);
    },
  });
  return Object.assign(service, {
    received,
    handler,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as LoopbackService;
}

const credentials = { accessKeyId: "AKID", secretAccessKey: "SECRET" };
type Client = { send(command: unknown, options?: HttpHandlerOptions): Promise<Record<string, unknown>>; destroy(): void };
type ClientModule = Record<string, new (input: Record<string, unknown>) => unknown>;

describe("Timestream Write: endpoint discovery required", () => {
  let module: ClientModule;
  let service: LoopbackService;

  beforeAll(async () => {
    const packages = generatePackages(loadServiceModel("timestream-write-2018-11-01.json"), GENERATED_DIR);
    module = (await import(/* @vite-ignore */ packages.client)) as ClientModule;
  });
  afterEach(async () => {
    vi.useRealTimers();
    await service?.close();
  });

  const client = (config: Record<string, unknown> = {}): Client =>
    new module.TimestreamWriteClient!({ region: "us-east-1", credentials, requestHandler: service.handler, maxAttempts: 1, ...config }) as Client;
  const listDatabases = () => new module.ListDatabasesCommand!({});

  it("discovers the endpoint first, sends the operation there, and reuses it for the endpoint's time to live", async () => {
    service = await startService("application/x-amz-json-1.0", () => ({ Databases: [] }));
    service.endpoints = [{ Address: "ingest-cell2.timestream.us-east-1.amazonaws.com", CachePeriodInMinutes: 10 }];
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-01-01T00:00:00Z") });
    const timestream = client();
    await timestream.send(listDatabases());
    expect(service.received.map(({ host, target }) => [host, target])).toEqual([
      ["ingest.timestream.us-east-1.amazonaws.com", "Timestream_20181101.DescribeEndpoints"],
      ["ingest-cell2.timestream.us-east-1.amazonaws.com", "Timestream_20181101.ListDatabases"],
    ]);
    // Within the time to live: no second discovery.
    vi.setSystemTime(new Date("2026-01-01T00:09:00Z"));
    await timestream.send(listDatabases());
    expect(service.received.map(({ target }) => target)).toHaveLength(3);
    expect(service.received[2]).toMatchObject({ host: "ingest-cell2.timestream.us-east-1.amazonaws.com", target: "Timestream_20181101.ListDatabases" });
    // Past it (10 minutes): discovered again, and the new endpoint is used.
    service.endpoints = [{ Address: "ingest-cell3.timestream.us-east-1.amazonaws.com", CachePeriodInMinutes: 10 }];
    vi.setSystemTime(new Date("2026-01-01T00:10:01Z"));
    await timestream.send(listDatabases());
    expect(service.received.slice(3).map(({ host, target }) => [host, target])).toEqual([
      ["ingest.timestream.us-east-1.amazonaws.com", "Timestream_20181101.DescribeEndpoints"],
      ["ingest-cell3.timestream.us-east-1.amazonaws.com", "Timestream_20181101.ListDatabases"],
    ]);
    timestream.destroy();
  });

  it("discovers once for concurrent calls", async () => {
    service = await startService("application/x-amz-json-1.0", () => ({ Databases: [] }));
    service.endpoints = [{ Address: "ingest-cell2.timestream.us-east-1.amazonaws.com", CachePeriodInMinutes: 10 }];
    const timestream = client();
    await Promise.all([timestream.send(listDatabases()), timestream.send(listDatabases()), timestream.send(listDatabases())]);
    expect(service.received.filter(({ target }) => target.endsWith(".DescribeEndpoints"))).toHaveLength(1);
    expect(service.received.filter(({ target }) => target.endsWith(".ListDatabases")).map(({ host }) => host)).toEqual(
      Array(3).fill("ingest-cell2.timestream.us-east-1.amazonaws.com"),
    );
    timestream.destroy();
  });

  it("throws a typed error naming the operation when discovery fails, and sends nothing else", async () => {
    service = await startService("application/x-amz-json-1.0", () => ({ Databases: [] }));
    service.endpoints = undefined;
    const timestream = client();
    const error = await timestream.send(listDatabases()).then(() => undefined, (thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(module.EndpointDiscoveryError);
    expect(error).toMatchObject({ name: "EndpointDiscoveryError", operation: "ListDatabases", client: "TimestreamWriteClient" });
    expect((error as Error).message).toMatch(/^TimestreamWriteClient: ListDatabases: the endpoint discovery call failed \(InternalServerException: discovery is down\)/);
    expect((error as { cause?: { name?: string } }).cause?.name).toBe("InternalServerException");
    expect(service.received.map(({ target }) => target)).toEqual(["Timestream_20181101.DescribeEndpoints"]);
    timestream.destroy();
  });

  it("throws a typed error when discovery is disabled for an operation that requires it", async () => {
    service = await startService("application/x-amz-json-1.0", () => ({ Databases: [] }));
    const timestream = client({ endpointDiscoveryEnabled: false });
    await expect(timestream.send(listDatabases())).rejects.toMatchObject({ name: "EndpointDiscoveryError", operation: "ListDatabases" });
    expect(service.received).toEqual([]);
    timestream.destroy();
  });

  it("sends to a custom endpoint without discovery, and refuses endpointDiscoveryEnabled: true with one", async () => {
    service = await startService("application/x-amz-json-1.0", () => ({ Databases: [] }));
    const timestream = client({ endpoint: "https://timestream.example.com" });
    await timestream.send(listDatabases());
    expect(service.received.map(({ host, target }) => [host, target])).toEqual([["timestream.example.com", "Timestream_20181101.ListDatabases"]]);
    expect(() => client({ endpoint: "https://timestream.example.com", endpointDiscoveryEnabled: true })).toThrow(module.ClientConfigurationError!);
    timestream.destroy();
  });
});

describe("DynamoDB: endpoint discovery optional", () => {
  let module: ClientModule;
  let service: LoopbackService;

  beforeAll(async () => {
    const packages = generatePackages(loadServiceModel("dynamodb-2012-08-10.json"), GENERATED_DIR);
    module = (await import(/* @vite-ignore */ packages.client)) as ClientModule;
  });
  afterEach(async () => {
    vi.useRealTimers();
    await service?.close();
  });

  const client = (config: Record<string, unknown> = {}): Client =>
    new module.DynamoDBClient!({ region: "us-east-1", credentials, requestHandler: service.handler, maxAttempts: 1, ...config }) as Client;
  const listTables = () => new module.ListTablesCommand!({});

  it("sends to the regular endpoint without discovering when discovery is not enabled", async () => {
    service = await startService("application/x-amz-json-1.0", () => ({ TableNames: ["a"] }));
    const dynamodb = client();
    expect(await dynamodb.send(listTables())).toMatchObject({ TableNames: ["a"] });
    expect(service.received.map(({ host, target }) => [host, target])).toEqual([["dynamodb.us-east-1.amazonaws.com", "DynamoDB_20120810.ListTables"]]);
    dynamodb.destroy();
  });

  it("with endpointDiscoveryEnabled: does not wait for discovery, then uses the discovered endpoint until it expires", async () => {
    service = await startService("application/x-amz-json-1.0", () => ({ TableNames: ["a"] }));
    service.endpoints = [{ Address: "dynamodb-cell7.us-east-1.amazonaws.com", CachePeriodInMinutes: 5 }];
    const dynamodb = client({ endpointDiscoveryEnabled: true });
    // The discovery call runs beside the operation's: either may reach the service first, and the
    // second one some time later (CI runs this beside other suites: a generous wait).
    const calls = () => service.received.filter(({ target }) => target === "DynamoDB_20120810.ListTables").map(({ host }) => host);
    const discoveries = () => service.received.filter(({ target }) => target === "DynamoDB_20120810.DescribeEndpoints").map(({ host }) => host);
    const patiently = { timeout: 10_000 };
    await dynamodb.send(listTables());
    // Optional: the first call goes to the regular endpoint at once.
    expect(calls()).toEqual(["dynamodb.us-east-1.amazonaws.com"]);
    await vi.waitFor(() => expect(discoveries()).toEqual(["dynamodb.us-east-1.amazonaws.com"]), patiently);
    // The discovered endpoint is cached once its response is read (the AWS SDK's cache, keyed by the access key id).
    const cache = (dynamodb as unknown as { config: { endpointCache: { getEndpoint(key: string): string | undefined } } }).config.endpointCache;
    await vi.waitFor(() => expect(cache.getEndpoint(JSON.stringify({ accessKeyId: "AKID" }))).toBe("dynamodb-cell7.us-east-1.amazonaws.com"), patiently);
    await dynamodb.send(listTables());
    expect(calls()[1]).toBe("dynamodb-cell7.us-east-1.amazonaws.com");
    // Past the endpoint's 5 minutes: the next call goes to the regular endpoint while discovery runs again.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 5 * 60_000 + 1000 });
    await dynamodb.send(listTables());
    expect(calls()[2]).toBe("dynamodb.us-east-1.amazonaws.com");
    await vi.waitFor(() => expect(discoveries()).toHaveLength(2), patiently);
    dynamodb.destroy();
  });

  it("with endpointDiscoveryEnabled and a failing discovery: the calls still go to the regular endpoint", async () => {
    service = await startService("application/x-amz-json-1.0", () => ({ TableNames: ["a"] }));
    service.endpoints = undefined;
    const dynamodb = client({ endpointDiscoveryEnabled: true });
    await dynamodb.send(listTables());
    await dynamodb.send(listTables());
    const calls = service.received.filter(({ target }) => target.endsWith(".ListTables"));
    expect(calls.map(({ host }) => host)).toEqual(["dynamodb.us-east-1.amazonaws.com", "dynamodb.us-east-1.amazonaws.com"]);
    dynamodb.destroy();
  });
});

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { generatePackages } from "../../src/differential/generate.js";
import { loadServiceModel } from "../../src/differential/service-model.js";
import { GENERATED_DIR } from "../../src/paths.js";

// DynamoDB's TableExists waiter (success: Table.TableStatus == ACTIVE; retry: ResourceNotFoundException) over
// real HTTP against a node:http server on 127.0.0.1 that answers DescribeTable from a script, one answer a call.

type Answer = { status: number; body: unknown };
const table = (status: string): Answer => ({ status: 200, body: { Table: { TableName: "t", TableStatus: status } } });
const error = (code: string, message: string): Answer => ({ status: 400, body: { __type: `com.amazonaws.dynamodb.v20120810#${code}`, message } });

interface ScriptedServer {
  readonly url: string;
  /** DescribeTable calls received. */
  calls(): number;
  close(): Promise<void>;
}

async function scriptedServer(script: (call: number) => Answer): Promise<ScriptedServer> {
  let calls = 0;
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      expect(request.headers["x-amz-target"]).toBe("DynamoDB_20120810.DescribeTable");
      const answer = script(++calls);
      response.writeHead(answer.status, { "content-type": "application/x-amz-json-1.0" });
      response.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, calls: () => calls, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

type WaitUntil = (config: Record<string, unknown>, input: Record<string, unknown>) => Promise<{ state: string; attempts?: number }>;
type Module = Record<string, unknown> & { DynamoDBClient: new (config: Record<string, unknown>) => { destroy(): void }; waitUntilTableExists: WaitUntil };

describe("DynamoDB waitUntilTableExists over HTTP", () => {
  let module: Module;
  let server: ScriptedServer | undefined;

  beforeAll(async () => {
    const packages = generatePackages(loadServiceModel("dynamodb-2012-08-10.json"), GENERATED_DIR);
    module = (await import(/* @vite-ignore */ packages.client)) as Module;
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const client = (url: string) =>
    new module.DynamoDBClient({ region: "us-east-1", endpoint: url, credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" }, maxAttempts: 1 });

  it("retries through the acceptors' retry states and succeeds on ACTIVE", async () => {
    server = await scriptedServer((call) => (call === 1 ? error("ResourceNotFoundException", "not yet") : call === 2 ? table("CREATING") : table("ACTIVE")));
    const dynamodb = client(server.url);
    const result = await module.waitUntilTableExists({ client: dynamodb, maxWaitTime: 30, minDelay: 0.01, maxDelay: 0.02 }, { TableName: "t" });
    expect(result.state).toBe("SUCCESS");
    expect(server.calls()).toBe(3);
    dynamodb.destroy();
  });

  it("ends at once with the error when no acceptor matches it, even with an hour to wait", async () => {
    server = await scriptedServer(() => error("AccessDeniedException", "not allowed"));
    const dynamodb = client(server.url);
    const started = Date.now();
    const thrown = await module.waitUntilTableExists({ client: dynamodb, maxWaitTime: 3600, minDelay: 1, maxDelay: 120 }, { TableName: "t" }).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(server.calls()).toBe(1);
    expect(thrown).toMatchObject({ name: "AccessDeniedException", message: "not allowed", $fault: "client" });
    // A code the model does not know: the service's base exception, named by the code.
    expect(thrown).toBeInstanceOf(module.DynamoDBServiceException as new () => unknown);
    dynamodb.destroy();
  });

  it("ends at once with a modelled error no acceptor names, as its class", async () => {
    server = await scriptedServer(() => ({ status: 500, body: { __type: "com.amazonaws.dynamodb.v20120810#InternalServerError", message: "oops" } }));
    const dynamodb = client(server.url);
    await expect(module.waitUntilTableExists({ client: dynamodb, maxWaitTime: 3600, minDelay: 1, maxDelay: 120 }, { TableName: "t" })).rejects.toBeInstanceOf(
      module.InternalServerError as new () => unknown,
    );
    expect(server.calls()).toBe(1);
    dynamodb.destroy();
  });

  it("times out with a typed error carrying the last state seen", async () => {
    const scripted = (server = await scriptedServer((call) => (call === 1 ? table("CREATING") : table("UPDATING"))));
    const dynamodb = client(scripted.url);
    const thrown = await module.waitUntilTableExists({ client: dynamodb, maxWaitTime: 2, minDelay: 0.1, maxDelay: 0.2 }, { TableName: "t" }).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(thrown).toBeInstanceOf(module.WaiterTimeoutError as new () => unknown);
    const timeout = thrown as { name: string; waiter: string; attempts: number; maxWaitTime: number; lastOutcome?: { kind: string; output?: { Table?: { TableStatus?: string } } } };
    expect(timeout).toMatchObject({ name: "WaiterTimeoutError", waiter: "TableExists", maxWaitTime: 2 });
    // The deadline can fall while a call is in flight: it is counted, and reaches the server a moment later.
    await expect.poll(() => scripted.calls(), { timeout: 10_000 }).toBe(timeout.attempts);
    expect(timeout.attempts).toBeGreaterThan(1);
    expect(timeout.lastOutcome?.kind).toBe("output");
    expect(timeout.lastOutcome?.output?.Table?.TableStatus).toBe("UPDATING");
    dynamodb.destroy();
  });

  it("stops when aborted, with a typed error", async () => {
    server = await scriptedServer(() => table("CREATING"));
    const dynamodb = client(server.url);
    const controller = new AbortController();
    const waiting = module.waitUntilTableExists({ client: dynamodb, maxWaitTime: 60, minDelay: 0.05, maxDelay: 0.05, abortSignal: controller.signal }, { TableName: "t" });
    while (server.calls() < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(module.WaiterAbortedError as new () => unknown);
    dynamodb.destroy();
  });
});

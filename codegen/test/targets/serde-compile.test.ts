import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { HttpResponse } from "@smithy/protocol-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateService, type GenerateResult } from "../../src/core/pipeline.js";
import { writeGeneratedFiles } from "../../src/core/write-output.js";
import { flattenMixins, loadModel, loadModelFromSources } from "../../src/index.js";
import type { Model } from "../../src/model/model.js";
import { serdeTarget } from "../../src/targets/serde/index.js";
import { typesTarget } from "../../src/targets/types/index.js";

/**
 * Compile and run: generate the types and serde packages into codegen/.tmp (so that they resolve
 * `@smithy/*`, fast-check and vitest from codegen's node_modules, and each other through a
 * node_modules link), build the types package, typecheck the serde package (src and its generated
 * tests) under strict, run its generated tests, and call its functions the way the client does.
 */

const codegen = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const root = join(codegen, ".tmp", `serde-compile-${process.pid}`);
const bin = (name: string): string => join(codegen, "node_modules", ".bin", name);
const LIGHTSAIL = resolve(codegen, "../../shared/models/aws/lightsail-2016-11-28.json");

afterAll(() => rmSync(root, { recursive: true, force: true }), 120_000);

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: "pipe", timeout: 600_000, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...env } });
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${failure.stdout ?? ""}${failure.stderr ?? failure.message}`.slice(0, 8000));
  }
}

interface Generated {
  readonly dir: string;
  readonly result: GenerateResult;
  readonly serdeDir: string;
}

/** Generates, links and builds the types package; the serde package is left as TypeScript source. */
function generateAndBuild(name: string, model: Model): Generated {
  const result = generateService(flattenMixins(model), [typesTarget, serdeTarget]);
  const dir = join(root, name);
  writeGeneratedFiles(dir, result.packages.map((pkg) => pkg.dir), result.files);
  mkdirSync(join(dir, "node_modules", "@smithy-gen"), { recursive: true });
  for (const pkg of result.packages) symlinkSync(join(dir, pkg.dir), join(dir, "node_modules", pkg.name), "dir");
  const types = result.packages.find((pkg) => pkg.role === "types")!;
  // Its own build script (ES modules and CommonJS, which Node.js and vitest load), with codegen's tsc.
  const typesDir = join(dir, types.dir);
  const build = (JSON.parse(readFileSync(join(typesDir, "package.json"), "utf8")) as { scripts: { build: string } }).scripts.build;
  run("sh", ["-c", build], typesDir, { PATH: `${dirname(bin("tsc"))}:${process.env.PATH ?? ""}` });
  return { dir, result, serdeDir: join(dir, result.packages.find((pkg) => pkg.role === "serde")!.dir) };
}

/** A test SerdeContext: endpoint `https://example.com/`, bodies given as bytes. */
function serdeContext(endpoint: { hostname?: string; path?: string } = {}) {
  return {
    endpoint: async () => ({ protocol: "https:", hostname: endpoint.hostname ?? "example.com", path: endpoint.path ?? "/" }),
    base64Encoder: (bytes: Uint8Array) => Buffer.from(bytes).toString("base64"),
    base64Decoder: (text: string) => new Uint8Array(Buffer.from(text, "base64")),
    utf8Encoder: (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8"),
    utf8Decoder: (text: string) => new Uint8Array(Buffer.from(text, "utf8")),
    streamCollector: async () => new Uint8Array(),
    requestHandler: { handle: async () => ({ response: new HttpResponse({ statusCode: 200, headers: {} }) }) },
    disableHostPrefix: false,
  };
}

function response(statusCode: number, body: string, headers: Record<string, string> = {}): HttpResponse {
  return new HttpResponse({ statusCode, headers, body: new Uint8Array(Buffer.from(body, "utf8")) });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => undefined, (error: unknown) => error);
}

const STORE = `$version: "2"
namespace example.store

use aws.api#service
use aws.protocols#awsJson1_0

@service(sdkId: "Store")
@awsJson1_0
service StoreService {
    version: "2024-05-01"
    operations: [PutItem, Ping]
}

@idempotent
operation PutItem {
    input := {
        @required
        name: String
        @idempotencyToken
        token: String
        at: Timestamp
        @timestampFormat("date-time")
        until: Timestamp
        ratio: Double
        data: Blob
        extra: Document
        kind: Kind
        parts: Parts
        labels: Labels
        shape: Shape
        big: BigInteger
        limit: Integer = 10
    }
    output := {
        @required
        id: String
        limit: Integer = 10
        at: Timestamp
        ratio: Float
        parts: Parts
        sparse: SparseNames
        shape: Shape
        big: BigInteger
        dec: BigDecimal
        extra: Document
    }
    errors: [Conflict, Gone]
}

operation Ping {}

enum Kind {
    SMALL = "small"
    LARGE = "large"
}

intEnum Level {
    LOW = 1
    HIGH = 2
}

list Parts {
    member: Part
}

structure Part {
    @required
    sku: String
    level: Level
    count: Integer = 1
}

@sparse
list SparseNames {
    member: String
}

map Labels {
    key: String
    value: String
}

union Shape {
    circle: Double
    square: Part
}

@error("client")
@httpError(409)
@retryable
structure Conflict {
    message: String
    current: String
}

@error("client")
structure Gone {
    @required
    message: String
}
`;

describe("compile and run: a small awsJson1_0 model", () => {
  let generated: Generated;
  let serde: Record<string, (...args: unknown[]) => Promise<unknown>>;
  let types: Record<string, new (...args: unknown[]) => unknown>;
  beforeAll(async () => {
    generated = generateAndBuild("store", loadModelFromSources([{ path: "store.smithy", text: STORE }]).model);
    serde = await import(pathToFileURL(join(generated.serdeDir, "src/index.ts")).href);
    types = await import(pathToFileURL(join(generated.dir, "node_modules/@smithy-gen/store-types/dist/esm/index.js")).href);
  }, 300_000);

  it("typechecks under strict, src and generated tests", () => {
    expect(run(bin("tsc"), ["-p", "tsconfig.json"], generated.serdeDir)).toBe("");
  }, 300_000);

  it("passes its own generated tests", () => {
    const output = run(bin("vitest"), ["run", "--reporter=dot"], generated.serdeDir, { FC_NUM_RUNS: "20" });
    expect(output).toMatch(/Tests\s+\d+ passed/);
    expect(output).not.toMatch(/failed/);
  }, 300_000);

  it("builds the request the awsJson1_0 protocol tests describe", async () => {
    const request = (await serde.buildPutItemRequest!(
      {
        name: "lamp",
        at: new Date(1_398_796_238_123),
        until: new Date(Date.UTC(2000, 0, 2, 20, 34, 56)),
        ratio: Number.NaN,
        data: new Uint8Array(Buffer.from("foo")),
        extra: { a: [1, null, "x"] },
        kind: "brand-new",
        parts: [{ sku: "a", level: 3 }],
        labels: JSON.parse('{"__proto__":"kept"}') as Record<string, string>,
        shape: { circle: Number.NEGATIVE_INFINITY },
      },
      serdeContext({ hostname: "example.com", path: "/custom" }),
    )) as { method: string; hostname: string; path: string; headers: Record<string, string>; body: string };
    expect(request).toMatchObject({ method: "POST", hostname: "example.com", path: "/custom/" });
    expect(request.headers).toEqual({ "content-type": "application/x-amz-json-1.0", "x-amz-target": "StoreService.PutItem" });
    const body = JSON.parse(request.body) as Record<string, unknown>;
    expect(body.token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    delete body.token;
    expect(body).toEqual({
      name: "lamp",
      at: 1398796238.123,
      until: "2000-01-02T20:34:56Z",
      ratio: "NaN",
      data: "Zm9v",
      extra: { a: [1, null, "x"] },
      kind: "brand-new",
      parts: [{ sku: "a", level: 3, count: 1 }],
      labels: JSON.parse('{"__proto__":"kept"}'),
      shape: { circle: "-Infinity" },
    });
  });

  it("reads a response: unknown members ignored, nulls dropped except in sparse lists, defaults filled in, required members corrected", async () => {
    const body = JSON.stringify({
      at: 1576540098.5,
      ratio: "Infinity",
      parts: [{ sku: "b", level: 9 }, null],
      sparse: ["x", null],
      shape: { __type: "example.store#Shape", square: { sku: "c" } },
      surprise: { nested: true },
    });
    const output = await serde.parsePutItemResponse!(response(200, body, { "X-Amzn-RequestId": "request-1" }), serdeContext());
    expect(output).toEqual({
      id: "",
      limit: 10,
      at: new Date(1_576_540_098_500),
      ratio: Number.POSITIVE_INFINITY,
      parts: [{ sku: "b", level: 9, count: 1 }],
      sparse: ["x", null],
      shape: { square: { sku: "c", count: 1 } },
      $metadata: { httpStatusCode: 200, requestId: "request-1" },
    });
    const empty = await serde.parsePingResponse!(response(200, ""), serdeContext());
    expect(empty).toEqual({ $metadata: { httpStatusCode: 200 } });
  });

  it("writes the defaults of nested members left out, not those of the input's own members", async () => {
    const request = (await serde.buildPutItemRequest!({ name: "n", parts: [{ sku: "a" }, { sku: "b", count: 0 }] }, serdeContext())) as { body: string };
    const body = JSON.parse(request.body) as Record<string, unknown>;
    expect(body.parts).toEqual([{ sku: "a", count: 1 }, { sku: "b", count: 0 }]);
    expect(body).not.toHaveProperty("limit");
  });

  it("reads a body given as text as it reads bytes, and the $metadata headers whatever their case", async () => {
    const text = JSON.stringify({ id: "x", parts: [{ sku: "a" }] });
    const headers = { "X-Amzn-RequestId": "r-1", "X-Amz-Id-2": "extended", "x-amz-cf-id": "cf", "content-type": "application/x-amz-json-1.0" };
    const fromText = await serde.parsePutItemResponse!(new HttpResponse({ statusCode: 200, headers, body: text }), serdeContext());
    const fromBytes = await serde.parsePutItemResponse!(response(200, text, headers), serdeContext());
    const expected = {
      id: "x",
      limit: 10,
      parts: [{ sku: "a", count: 1 }],
      $metadata: { httpStatusCode: 200, requestId: "r-1", extendedRequestId: "extended", cfId: "cf" },
    };
    expect(fromText).toEqual(expected);
    expect(fromBytes).toEqual(expected);
    const alternative = await serde.parsePutItemResponse!(response(200, text, { "x-amz-request-id": "s3-style" }), serdeContext());
    expect((alternative as { $metadata: unknown }).$metadata).toEqual({ httpStatusCode: 200, requestId: "s3-style" });
  });

  it("keeps every digit of bigInteger and bigDecimal values, both ways", async () => {
    const request = (await serde.buildPutItemRequest!({ name: "n", big: 123456789012345678901234567890n }, serdeContext())) as { body: string };
    expect(request.body).toContain('"big":123456789012345678901234567890');
    const body = '{"id":"x","big":-98765432109876543210,"dec":0.1000000000000000055511151231257827,"ratio":1.25,"extra":{"n":12345678901234567890}}';
    const output = (await serde.parsePutItemResponse!(response(200, body), serdeContext())) as Record<string, unknown>;
    expect(output.big).toBe(-98765432109876543210n);
    expect(String(output.dec)).toBe("0.1000000000000000055511151231257827");
    expect(output.ratio).toBe(1.25);
    expect(output.extra).toEqual({ n: 12345678901234567000 });
  });

  it("throws the modelled error class, or the service exception named by an unknown code", async () => {
    const conflict = await rejection(
      serde.parsePutItemResponse!(
        response(409, JSON.stringify({ message: "taken", current: "v2" }), { "x-amzn-errortype": "Conflict:http://internal.amazon.com/" }),
        serdeContext(),
      ),
    );
    expect(conflict).toBeInstanceOf(types.Conflict!);
    expect(conflict).toMatchObject({ name: "Conflict", message: "taken", current: "v2", $fault: "client", $metadata: { httpStatusCode: 409 } });
    const unknown = await rejection(serde.parsePutItemResponse!(response(500, JSON.stringify({ __type: "aws#Throttled", Message: "slow" })), serdeContext()));
    expect(unknown).toBeInstanceOf(types.StoreServiceException!);
    expect(unknown).not.toBeInstanceOf(types.Conflict!);
    expect(unknown).toMatchObject({ name: "Throttled", message: "slow", $fault: "server", $metadata: { httpStatusCode: 500 } });
  });

  it("reads an empty message as none: message, else Message, else UnknownError, as the official SDK", async () => {
    const read = (body: object, headers: Record<string, string> = { "x-amzn-errortype": "Conflict" }) =>
      rejection(serde.parsePutItemResponse!(response(409, JSON.stringify(body), headers), serdeContext()));
    expect(await read({ message: "", current: "v2" })).toMatchObject({ name: "Conflict", message: "UnknownError", current: "v2" });
    expect(await read({ message: "", Message: "from Message" })).toMatchObject({ name: "Conflict", message: "from Message" });
    expect(await read({ message: "" }, { "x-amzn-errortype": "Throttled" })).toMatchObject({ name: "Throttled", message: "UnknownError" });
    // A required message the response leaves out is not corrected to "": the error's message is its message.
    const gone = await read({ Message: "was here" }, { "x-amzn-errortype": "Gone" });
    expect(gone).toBeInstanceOf(types.Gone!);
    expect(gone).toMatchObject({ message: "was here" });
    expect(await read({}, { "x-amzn-errortype": "Gone" })).toMatchObject({ message: "UnknownError" });
    // The message member is still checked against the model.
    expect(await read({ message: 5 })).toMatchObject({ name: "StoreDeserializationError", path: "$.message", expected: "string" });
  });

  it("gives a @retryable error that is not throttling the official SDK's $retryable, {}", async () => {
    const conflict = await rejection(serde.parsePutItemResponse!(response(409, "{}", { "x-amzn-errortype": "Conflict" }), serdeContext()));
    expect((conflict as { $retryable?: unknown }).$retryable).toEqual({});
  });

  it("skips a null document member both ways, and keeps the nulls inside a document", async () => {
    const sent = async (input: object) => JSON.parse(((await serde.buildPutItemRequest!(input, serdeContext())) as { body: string }).body) as Record<string, unknown>;
    expect(await sent({ name: "n", extra: null })).not.toHaveProperty("extra");
    expect((await sent({ name: "n", extra: { a: null, b: [null] } })).extra).toEqual({ a: null, b: [null] });
    const read = async (body: object) => (await serde.parsePutItemResponse!(response(200, JSON.stringify(body)), serdeContext())) as Record<string, unknown>;
    expect(await read({ id: "x", extra: null })).not.toHaveProperty("extra");
    expect((await read({ id: "x", extra: { a: null } })).extra).toEqual({ a: null });
  });

  it("turns bad input and bad responses into typed errors naming the operation and the path", async () => {
    const badInput = await rejection(serde.buildPutItemRequest!({ name: "x", parts: [{ sku: 5 }] }, serdeContext()));
    expect(badInput).toBeInstanceOf(serde.StoreSerializationError as unknown as new () => unknown);
    expect(badInput).toMatchObject({ operation: "PutItem", path: "$.parts[0].sku", expected: "string", received: "number 5" });
    const badKey = await rejection(serde.buildPutItemRequest!({ name: "x", labels: { ok: "y", "odd key": 5 } }, serdeContext()));
    expect(badKey).toMatchObject({ operation: "PutItem", path: '$.labels["odd key"]', expected: "string", received: "number 5" });
    const badUnion = await rejection(serde.buildPutItemRequest!({ name: "x", shape: { square: { sku: "a", level: "high" } } }, serdeContext()));
    expect(badUnion).toMatchObject({ operation: "PutItem", path: "$.shape.square.level", expected: "integer" });

    const wrongType = await rejection(
      serde.parsePutItemResponse!(response(200, JSON.stringify({ parts: [{}, {}, { sku: "a", level: "high" }] }), { "x-amzn-requestid": "r-2" }), serdeContext()),
    );
    expect(wrongType).toBeInstanceOf(serde.StoreDeserializationError as unknown as new () => unknown);
    expect(wrongType).toBeInstanceOf(types.StoreServiceException!);
    expect(wrongType).toMatchObject({
      operation: "PutItem",
      path: "$.parts[2].level",
      expected: "integer",
      received: 'string "high"',
      $fault: "server",
      $metadata: { httpStatusCode: 200, requestId: "r-2" },
    });

    const truncated = await rejection(serde.parsePutItemResponse!(response(200, '{"id": "a", "parts": ['), serdeContext()));
    expect(truncated).toMatchObject({ name: "StoreDeserializationError", path: "$", expected: "a JSON document" });
  });

  it("reports a body stream that fails as a typed error keeping the cause, but lets an abort through", async () => {
    const failing = (error: Error) => ({
      ...serdeContext(),
      streamCollector: async () => {
        throw error;
      },
    });
    const streamed = new HttpResponse({ statusCode: 200, headers: {}, body: { pipe() {} } });
    const reset = Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    const cut = await rejection(serde.parsePutItemResponse!(streamed, failing(reset)));
    expect(cut).toBeInstanceOf(serde.StoreDeserializationError as unknown as new () => unknown);
    expect(cut).toMatchObject({ path: "$", expected: "a complete response body", received: "a body that could not be read (aborted)" });
    expect((cut as Error).cause).toBe(reset);
    const abort = Object.assign(new Error("The operation was aborted"), { name: "AbortError" });
    expect(await rejection(serde.parsePutItemResponse!(streamed, failing(abort)))).toBe(abort);
  });
});

describe("compile and run: the official Lightsail model", () => {
  let generated: Generated;
  let serde: Record<string, (...args: unknown[]) => Promise<unknown>>;
  beforeAll(async () => {
    generated = generateAndBuild("lightsail", loadModel([LIGHTSAIL]).model);
    serde = await import(pathToFileURL(join(generated.serdeDir, "src/index.ts")).href);
  }, 600_000);

  it("generates every operation, with nothing to report", () => {
    expect(generated.result.notes.filter((note) => note.code === "UnsupportedProtocolFeature" || note.code === "EndpointDiscovery")).toEqual([]);
    const index = generated.result.files.find((file) => file.path === "lightsail-serde/src/index.ts")!.content;
    expect(index.match(/^export \{ build\w+Request, parse\w+Response \}/gm)).toHaveLength(161);
  });

  it("typechecks under strict, src and generated tests", () => {
    expect(run(bin("tsc"), ["-p", "tsconfig.json"], generated.serdeDir)).toBe("");
  }, 600_000);

  it("passes its own generated tests", () => {
    const output = run(bin("vitest"), ["run", "--reporter=dot"], generated.serdeDir, { FC_NUM_RUNS: "5" });
    expect(output).toMatch(/Tests\s+\d+ passed/);
    expect(output).not.toMatch(/failed/);
  }, 600_000);

  it("round-trips GetExportSnapshotRecords the way the service speaks it", async () => {
    const request = (await serde.buildGetExportSnapshotRecordsRequest!({ pageToken: "next" }, serdeContext())) as {
      headers: Record<string, string>;
      body: string;
    };
    expect(request.headers["x-amz-target"]).toBe("Lightsail_20161128.GetExportSnapshotRecords");
    expect(request.headers["content-type"]).toBe("application/x-amz-json-1.1");
    expect(request.body).toBe('{"pageToken":"next"}');

    const body = JSON.stringify({
      exportSnapshotRecords: [
        {
          name: "export-1",
          createdAt: 1700000000.25,
          location: { availabilityZone: "all", regionName: "us-east-1" },
          resourceType: "ExportSnapshotRecord",
          state: "Succeeded",
          sourceInfo: { resourceType: "InstanceSnapshot", createdAt: 1690000000, name: "snap" },
          destinationInfo: { id: "ami-1", service: "Aws::EC2::Image" },
        },
      ],
      nextPageToken: "after",
    });
    const output = await serde.parseGetExportSnapshotRecordsResponse!(response(200, body, { "x-amzn-requestid": "id-1" }), serdeContext());
    expect(output).toEqual({
      exportSnapshotRecords: [
        {
          name: "export-1",
          createdAt: new Date(1_700_000_000_250),
          location: { availabilityZone: "all", regionName: "us-east-1" },
          resourceType: "ExportSnapshotRecord",
          state: "Succeeded",
          sourceInfo: { resourceType: "InstanceSnapshot", createdAt: new Date(1_690_000_000_000), name: "snap" },
          destinationInfo: { id: "ami-1", service: "Aws::EC2::Image" },
        },
      ],
      nextPageToken: "after",
      $metadata: { httpStatusCode: 200, requestId: "id-1" },
    });

    const bad = await rejection(
      serde.parseGetExportSnapshotRecordsResponse!(
        response(200, JSON.stringify({ exportSnapshotRecords: [{}, {}, {}, { createdAt: "yesterday" }] })),
        serdeContext(),
      ),
    );
    expect(bad).toMatchObject({
      name: "LightsailDeserializationError",
      operation: "GetExportSnapshotRecords",
      path: "$.exportSnapshotRecords[3].createdAt",
      expected: "epoch-seconds timestamp",
    });
  });
});

import { Agent, request as httpRequest } from "node:http";
import { LightsailClient } from "@smithy-gen/lightsail-client";
import { createLightsailServer, lightsailConstraints, lightsailServerService } from "@smithy-gen/lightsail-server";
import type { ListeningServer } from "@smithy-gen/aws-json-server";
import { assert, asyncProperty, constant, constantFrom, integer, jsonValue, oneof, sample, string, tuple, type Arbitrary } from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatedCommand, inputArbitrary, membersOf, OPERATIONS } from "./operations.js";

/**
 * At least 1,000 malformed requests over HTTP, each answered with the protocol's error (a 4xx with
 * a JSON body naming `__type` and a `message`), never a crash, a 2xx or a hang: bodies that are not
 * a JSON object, values of the wrong type at any depth, missing required members, unknown members,
 * values beyond `@length` and outside enums, unknown targets and wrong Content-Types. Valid bodies
 * to break come from the generated client sending arbitrary inputs.
 */
const RUNS = Math.max(1_000, Number(process.env.FUZZ_RUNS ?? 1_000));
const TARGET_PREFIX = `${lightsailServerService.targetPrefix}.`;
const CONTENT_TYPE = lightsailServerService.contentType;

interface Malformed {
  readonly kind: string;
  readonly target: string;
  readonly contentType: string;
  readonly body: string;
}

/** A few valid request bodies of each operation, as the generated client writes them. */
async function validBodies(): Promise<Map<string, string[]>> {
  const bodies = new Map<string, string[]>();
  let captured = "";
  const client = new LightsailClient({
    region: "us-east-1",
    credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" },
    maxAttempts: 1,
    requestHandler: {
      async handle(request: { body?: unknown }) {
        captured = typeof request.body === "string" ? request.body : new TextDecoder().decode(request.body as Uint8Array);
        const { HttpResponse } = await import("@smithy/core/protocols");
        return { response: new HttpResponse({ statusCode: 200, headers: { "content-type": CONTENT_TYPE }, body: new TextEncoder().encode("{}") }) };
      },
      updateHttpClientConfig() {},
      httpHandlerConfigs: () => ({}),
    } as never,
  });
  for (const operation of OPERATIONS) {
    const inputs = inputArbitrary(operation);
    const Command = generatedCommand(operation.name);
    const list: string[] = [];
    for (const input of inputs ? sample(inputs, { numRuns: 20, seed: 42 }) : [{}]) {
      await client.send(new Command(input));
      list.push(captured);
    }
    bodies.set(operation.name, list);
  }
  return bodies;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON document (the root excluded). */
function valuePaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...path, index], ...valuePaths(item, [...path, index])]);
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => [[...path, key], ...valuePaths(item, [...path, key])]);
  return [];
}

function replaceAt(document: Json, path: (string | number)[], replacement: (old: Json) => Json): Json {
  const copy = structuredClone(document);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  parent[last] = replacement(parent[last]!);
  return copy;
}

/** A value whose JSON type differs from `value`'s, so that no converter can read it as the model says. */
function wrongType(value: Json, pick: number): Json {
  const choices: Json[] = Array.isArray(value)
    ? ["not a list", 7, {}]
    : value !== null && typeof value === "object"
      ? ["not an object", 7, []]
      : [{}, [], ...(typeof value === "string" ? [7, true] : typeof value === "number" ? [true, {}] : ["true", 1])];
  return choices[pick % choices.length]!;
}

function malformedRequests(bodies: Map<string, string[]>): Arbitrary<Malformed> {
  const operation = constantFrom(...OPERATIONS);
  const bodyOf = (name: string, index: number): Json => {
    const list = bodies.get(name)!;
    return JSON.parse(list[index % list.length]!) as Json;
  };
  const request = (kind: string, target: string, body: string, contentType: string = CONTENT_TYPE): Malformed => ({ kind, target, contentType, body });

  const notJson = tuple(operation, oneof(string(), constantFrom("{", "[]", "null", "1", '"x"', "{\"a\":", "{}}", "\u0000", "tru", "[{}]"))).filter(([, body]) => {
    try {
      const parsed: unknown = JSON.parse(body);
      return typeof parsed !== "object" || parsed === null || Array.isArray(parsed);
    } catch {
      return body.trim().length > 0;
    }
  }).map(([op, body]) => request("not a JSON object", TARGET_PREFIX + op.name, body));

  const wrongTypes = tuple(operation, integer({ min: 0, max: 1_000 }), integer({ min: 0, max: 1_000 }), integer({ min: 0, max: 5 }))
    .map(([op, which, where, pick]) => {
      const document = bodyOf(op.name, which);
      const paths = valuePaths(document);
      // A body with no members at all is broken at the root: an array where an object belongs.
      if (paths.length === 0) return request("wrong type", TARGET_PREFIX + op.name, JSON.stringify([document]));
      return request("wrong type", TARGET_PREFIX + op.name, JSON.stringify(replaceAt(document, paths[where % paths.length]!, (old) => wrongType(old, pick))));
    });

  const withRequired = OPERATIONS.filter((op) => op.inputShape && membersOf(op.inputShape).some((member) => member.required));
  const missingRequired = withRequired.length
    ? tuple(constantFrom(...withRequired), integer({ min: 0, max: 1_000 }), integer({ min: 0, max: 100 })).map(([op, which, pick]) => {
        const document = bodyOf(op.name, which) as Record<string, Json>;
        const required = membersOf(op.inputShape!).filter((member) => member.required);
        delete document[required[pick % required.length]!.name];
        return request("missing required member", TARGET_PREFIX + op.name, JSON.stringify(document));
      })
    : undefined;

  const unknownMembers = tuple(operation, integer({ min: 0, max: 1_000 }), string({ minLength: 1, maxLength: 12 }), jsonValue({ maxDepth: 2 }))
    .filter(([op, , name]) => !membersOf(op.inputShape ?? "").some((member) => member.name === name) && name !== "__proto__")
    .map(([op, which, name, value]) => {
      const document = bodyOf(op.name, which) as Record<string, Json>;
      Object.defineProperty(document, name, { value: value ?? "x", enumerable: true, writable: true, configurable: true });
      return request("unknown member", TARGET_PREFIX + op.name, JSON.stringify(document));
    });

  // Top-level members whose string has a maximum length or a list of values.
  const bounded = OPERATIONS.flatMap((op) =>
    membersOf(op.inputShape ?? "").flatMap((member) => {
      const shape = member.shape ? lightsailConstraints[member.shape] : undefined;
      return shape?.type === "string" && (shape.length?.max !== undefined || shape.enum) ? [{ op, member: member.name, max: shape.length?.max, values: shape.enum }] : [];
    }),
  );
  const outOfBounds = bounded.length
    ? tuple(constantFrom(...bounded), integer({ min: 0, max: 1_000 }), integer({ min: 1, max: 50 })).map(([entry, which, extra]) => {
        const document = bodyOf(entry.op.name, which) as Record<string, Json>;
        document[entry.member] = entry.max !== undefined ? "x".repeat(entry.max + extra) : `not-one-of-them-${extra}`;
        return request(entry.max !== undefined ? "oversized member" : "unknown enum value", TARGET_PREFIX + entry.op.name, JSON.stringify(document));
      })
    : undefined;

  const unknownTargets = oneof(string(), string().map((name) => TARGET_PREFIX + name), constantFrom("", TARGET_PREFIX, "Lightsail.GetExportSnapshotRecords", `${TARGET_PREFIX}getExportSnapshotRecords`))
    .filter((target) => !OPERATIONS.some((op) => TARGET_PREFIX + op.name === target))
    .map((target) => request("unknown target", target, "{}"));

  const wrongContentTypes = tuple(operation, oneof(constantFrom("application/json", "text/plain", "application/x-amz-json-1.0", "application/x-amz-json-1.1+x", ""), string()))
    .filter(([, type]) => type.split(";")[0]!.trim().toLowerCase() !== CONTENT_TYPE && !/[^\t\x20-\x7e]/.test(type))
    .map(([op, type]) => request("wrong Content-Type", TARGET_PREFIX + op.name, "{}", type));

  return oneof(notJson, wrongTypes, unknownMembers, unknownTargets, wrongContentTypes, ...(missingRequired ? [missingRequired] : []), ...(outOfBounds ? [outOfBounds] : []), constant(request("not a JSON object", TARGET_PREFIX + OPERATIONS[0]!.name, "[]")));
}

function send(listening: ListeningServer, agent: Agent, malformed: Malformed): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { "x-amz-target": malformed.target };
    if (malformed.contentType !== "") headers["content-type"] = malformed.contentType;
    const sent = httpRequest(`${listening.url}/`, { method: "POST", agent, headers, timeout: 5_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    sent.on("timeout", () => sent.destroy(new Error("the server did not answer within 5 s")));
    sent.on("error", reject);
    sent.end(malformed.body);
  });
}

describe("malformed requests", () => {
  let listening: ListeningServer;
  let bodies: Map<string, string[]>;
  const handled: string[] = [];
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });

  beforeAll(async () => {
    bodies = await validBodies();
    const handlers = Object.fromEntries(OPERATIONS.map((operation) => [operation.method, async () => void handled.push(operation.name)]));
    listening = await createLightsailServer(handlers).listen(0);
    // 20 requests of each of 161 operations, sent through the client: a few seconds alone, several times that on a busy machine.
  }, 120_000);
  afterAll(async () => {
    agent.destroy();
    await listening?.close();
  });

  it(`each of ${RUNS} is answered with a 4xx protocol error naming its type, and none reaches a handler`, async () => {
    const kinds = new Map<string, number>();
    await assert(
      asyncProperty(malformedRequests(bodies), async (malformed) => {
        const { status, body } = await send(listening, agent, malformed);
        expect(status, `${malformed.kind}: ${JSON.stringify(malformed)} -> ${body}`).toBeGreaterThanOrEqual(400);
        expect(status, `${malformed.kind}: ${JSON.stringify(malformed)} -> ${body}`).toBeLessThan(500);
        const parsed = JSON.parse(body) as { __type?: unknown; message?: unknown };
        expect(typeof parsed.__type).toBe("string");
        expect(typeof parsed.message).toBe("string");
        kinds.set(malformed.kind, (kinds.get(malformed.kind) ?? 0) + 1);
      }),
      { numRuns: RUNS },
    );
    expect(handled).toEqual([]);
    // Every kind the model allows was sent.
    expect([...kinds.keys()].sort()).toEqual(expect.arrayContaining(["not a JSON object", "unknown member", "unknown target", "wrong Content-Type", "wrong type"]));
    expect([...kinds.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(1_000);
  }, 120_000);

  it("still answers a valid request afterwards", async () => {
    const operation = OPERATIONS[0]!;
    const { status } = await send(listening, agent, { kind: "valid", target: TARGET_PREFIX + operation.name, contentType: CONTENT_TYPE, body: bodies.get(operation.name)![0]! });
    expect(status).toBe(200);
    expect(handled).toEqual([operation.name]);
  });
});

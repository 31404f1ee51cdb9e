import { request as httpRequest } from "node:http";
import { ShapeMismatchError, type ValuePath } from "@smithy-gen/serde-core";
import { readArray, readInteger, readObject, readString, writeObject, writeString, type JsonObject } from "@smithy-gen/serde-json";
import type { HttpRequest } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { createAwsJsonServer, type AwsJsonServerService, type ConstraintTable, type ServerContext } from "../src/index.js";

/** A small hand-written service: one operation with every kind of constraint, and its errors. */
class NotFound extends Error {
  static readonly shapeId = "example#NotFound";
  override readonly name = "NotFound";
  resource?: string;
  constructor(options: { message?: string; resource?: string }) {
    super(options.message);
    this.resource = options.resource;
  }
}

class BadInput extends Error {
  static readonly shapeId = "example#BadInput";
  override readonly name = "BadInput";
}

interface PutInput {
  name?: string;
  count?: number;
  tags?: string[];
  color?: string;
}

function readPutInput(json: unknown, path: ValuePath): PutInput {
  const object = readObject(json, path);
  const out: PutInput = {};
  if (object.name != null) out.name = readString(object.name, path, "name");
  if (object.count != null) out.count = readInteger(object.count, path, "count");
  if (object.tags != null) {
    const tagsPath: ValuePath = { parent: path, key: "tags" };
    out.tags = readArray(object.tags, tagsPath).map((item, index) => readString(item, tagsPath, index));
  }
  if (object.color != null) out.color = readString(object.color, path, "color");
  return out;
}

const constraints: ConstraintTable = {
  PutInput: {
    type: "structure",
    members: {
      name: { shape: "Name", required: true },
      count: { shape: "Count" },
      tags: { shape: "Tags" },
      color: { shape: "Color" },
    },
  },
  Name: { type: "string", length: { min: 1, max: 5 }, pattern: "^[a-z]+$" },
  Count: { type: "number", range: { min: 0, max: 10 } },
  Tags: { type: "list", member: "Name", length: { max: 3 }, uniqueItems: true },
  Color: { type: "string", enum: ["red", "blue"] },
};

const notFound = {
  code: "NotFound",
  errorClass: NotFound,
  status: 404,
  serialize: (value: NotFound, path: ValuePath = "$"): JsonObject => {
    writeObject(value, path);
    const json: JsonObject = {};
    if (value.resource != null) json.resource = writeString(value.resource, path, "resource");
    return json;
  },
};

function service(validationError?: string): AwsJsonServerService {
  return {
    serviceName: "Example",
    targetPrefix: "Example_2024",
    contentType: "application/x-amz-json-1.0",
    constraints,
    operations: {
      Put: {
        name: "Put",
        method: "put",
        readInput: readPutInput,
        inputShape: "PutInput",
        writeOutput: (value: { id?: string }) => ({ ...(value.id != null ? { id: writeString(value.id, "$", "id") } : {}) }),
        errors: [notFound, { code: "BadInput", errorClass: BadInput, status: 400, serialize: () => ({}) }],
        ...(validationError ? { validationError } : {}),
      },
      Ping: { name: "Ping", method: "ping", errors: [] },
    },
  };
}

function request(body: string | undefined, headers: Record<string, string> = {}): HttpRequest {
  return {
    method: "POST",
    protocol: "http:",
    hostname: "localhost",
    path: "/",
    query: {},
    headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "Example_2024.Put", ...headers },
    body,
  };
}

async function answer(server: ReturnType<typeof createAwsJsonServer>, sent: HttpRequest) {
  const response = await server.handle(sent);
  const text = new TextDecoder().decode(response.body);
  return { status: response.statusCode, headers: response.headers, text, body: (text === "" ? undefined : JSON.parse(text)) as Record<string, unknown> };
}

describe("routing and the protocol's errors", () => {
  const calls: { input: unknown; context: ServerContext }[] = [];
  const server = createAwsJsonServer(service("BadInput"), {
    async put(input: PutInput, context: ServerContext) {
      calls.push({ input, context });
      return { id: `id-${input.name}` };
    },
  });

  it("answers a valid request with the handler's output, and gives the handler the input and context", async () => {
    calls.length = 0;
    const result = await answer(server, request(JSON.stringify({ name: "abc", count: 3, tags: ["a", "b"], color: "red" })));
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ id: "id-abc" });
    expect(result.headers["content-type"]).toBe("application/x-amz-json-1.0");
    expect(result.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.input).toEqual({ name: "abc", count: 3, tags: ["a", "b"], color: "red" });
    expect(calls[0]!.context.operation).toBe("Put");
    expect(calls[0]!.context.requestId).toBe(result.headers["x-amzn-requestid"]);
  });

  it("accepts a Content-Type with parameters", async () => {
    const result = await answer(server, request(JSON.stringify({ name: "abc" }), { "Content-Type": "application/x-amz-json-1.0; charset=utf-8" }));
    expect(result.status).toBe(200);
  });

  it.each([
    ["an unknown operation", request("{}", { "x-amz-target": "Example_2024.Nope" }), 400, "UnknownOperationException"],
    ["another service's target", request("{}", { "x-amz-target": "Other.Put" }), 400, "UnknownOperationException"],
    ["no X-Amz-Target", { ...request("{}"), headers: { "content-type": "application/x-amz-json-1.0" } }, 400, "UnknownOperationException"],
    ["a GET", { ...request("{}"), method: "GET" }, 404, "UnknownOperationException"],
    ["another path", { ...request("{}"), path: "/x" }, 404, "UnknownOperationException"],
    ["the wrong Content-Type", request("{}", { "content-type": "application/json" }), 415, "UnsupportedMediaTypeException"],
    ["awsJson 1.1's Content-Type", request("{}", { "content-type": "application/x-amz-json-1.1" }), 415, "UnsupportedMediaTypeException"],
    ["no Content-Type", { ...request("{}"), headers: { "x-amz-target": "Example_2024.Put" } }, 415, "UnsupportedMediaTypeException"],
    ["a body that is not JSON", request("{"), 400, "SerializationException"],
    ["a JSON array", request("[]"), 400, "SerializationException"],
    ["a JSON string", request('"x"'), 400, "SerializationException"],
    ["null", request("null"), 400, "SerializationException"],
    ["a member of the wrong type", request('{"name":"abc","count":"3"}'), 400, "SerializationException"],
    ["a list item of the wrong type", request('{"name":"abc","tags":[1]}'), 400, "SerializationException"],
    ["an operation without a handler", request("{}", { "x-amz-target": "Example_2024.Ping" }), 501, "NotImplemented"],
  ] as const)("answers %s with a %i %s", async (_what, sent, status, type) => {
    const result = await answer(server, sent as HttpRequest);
    expect(result.status).toBe(status);
    expect(result.body.__type).toBe(type);
    expect(typeof result.body.message).toBe("string");
  });

  it("names the path of a value of the wrong type", async () => {
    const result = await answer(server, request('{"name":"abc","tags":["a",2]}'));
    expect(result.body.message).toContain("$.tags[1]");
    expect(result.body.path).toBe("$.tags[1]");
  });
});

describe("validation from the model's constraints", () => {
  const server = createAwsJsonServer(service("BadInput"), { put: async () => ({}) });
  const fallback = createAwsJsonServer(service(), { put: async () => ({}) });

  it.each([
    ["a missing required member", {}, "$.name", "required"],
    ["a null required member", { name: null }, "$.name", "required"],
    ["a string too short", { name: "" }, "$.name", "length 0 is below the minimum 1"],
    ["a string too long", { name: "abcdef" }, "$.name", "length 6 is above the maximum 5"],
    ["a string not matching the pattern", { name: "ABC" }, "$.name", "pattern"],
    ["a number out of range", { name: "a", count: 11 }, "$.count", "value 11 is above the maximum 10"],
    ["a negative number", { name: "a", count: -1 }, "$.count", "below the minimum 0"],
    ["a list too long", { name: "a", tags: ["a", "b", "c", "d"] }, "$.tags", "length 4 is above the maximum 3"],
    ["a repeated list item", { name: "a", tags: ["a", "b", "a"] }, "$.tags[2]", "unique"],
    ["a bad list item", { name: "a", tags: ["a", "B"] }, "$.tags[1]", "pattern"],
    ["an unknown enum value", { name: "a", color: "green" }, "$.color", 'must be one of "red", "blue"'],
    ["an unknown member", { name: "a", shape: 1 }, "$.shape", "is not a member of PutInput"],
  ])("answers %s with the operation's validation error naming %s", async (_what, input, path, words) => {
    const result = await answer(server, request(JSON.stringify(input)));
    expect(result.status).toBe(400);
    expect(result.body.__type).toBe("BadInput");
    expect(result.body.message).toContain(`Put: ${path}`);
    expect(result.body.message).toContain(words);
  });

  it("reports every violation, in document order", async () => {
    const result = await answer(server, request(JSON.stringify({ count: 20, color: "x" })));
    expect(result.body.message).toBe('Put: $.name is required but missing; $.count value 20 is above the maximum 10; $.color must be one of "red", "blue"');
  });

  it("answers with a ValidationException and its fieldList when the operation models no validation error", async () => {
    const result = await answer(fallback, request(JSON.stringify({ name: "abcdef" })));
    expect(result.status).toBe(400);
    expect(result.body.__type).toBe("ValidationException");
    expect(result.body.fieldList).toEqual([{ path: "$.name", message: "$.name length 6 is above the maximum 5" }]);
  });

  it("counts string lengths in code points", async () => {
    const result = await answer(server, request(JSON.stringify({ name: "a", tags: ["😀😀😀😀😀😀"] })));
    expect(result.body.message).toContain("length 6 is above the maximum 5");
  });

  it("rejects members of an operation whose input is Unit", async () => {
    const ping = createAwsJsonServer(service(), { ping: async () => undefined });
    const ok = await answer(ping, request("{}", { "x-amz-target": "Example_2024.Ping" }));
    expect(ok.status).toBe(200);
    // An operation without output answers with no body, with the protocol's Content-Type.
    expect(ok.text).toBe("");
    expect(ok.headers["content-type"]).toBe("application/x-amz-json-1.0");
    const bad = await answer(ping, request('{"a":1}', { "x-amz-target": "Example_2024.Ping" }));
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain("$.a");
  });
});

describe("errors thrown by handlers", () => {
  it("writes a modelled error with its status, __type, members and message", async () => {
    const server = createAwsJsonServer(service(), {
      put: async () => {
        throw new NotFound({ message: "no such thing", resource: "r-1" });
      },
    });
    const result = await answer(server, request('{"name":"a"}'));
    expect(result.status).toBe(404);
    expect(result.body).toEqual({ __type: "NotFound", resource: "r-1", message: "no such thing" });
  });

  it("knows a modelled error by its shape id across copies of its class", async () => {
    class OtherCopy extends Error {
      static readonly shapeId = "example#NotFound";
      resource = "r-2";
    }
    const server = createAwsJsonServer(service(), {
      put: async () => {
        throw new OtherCopy("copied");
      },
    });
    const result = await answer(server, request('{"name":"a"}'));
    expect(result.status).toBe(404);
    expect(result.body.__type).toBe("NotFound");
  });

  it("answers an error the operation does not model with a 500 InternalFailure, and reports it", async () => {
    const seen: unknown[] = [];
    const server = createAwsJsonServer(
      service(),
      {
        put: async () => {
          throw new TypeError("boom");
        },
      },
      { onUnmodelledError: (error) => seen.push(error) },
    );
    const result = await answer(server, request('{"name":"a"}'));
    expect(result.status).toBe(500);
    expect(result.body.__type).toBe("InternalFailure");
    expect(result.body.message).toContain("boom");
    expect(seen).toHaveLength(1);
  });

  it("answers an output that does not match the model with a 500 naming the path", async () => {
    const server = createAwsJsonServer(service(), { put: async () => ({ id: 5 }) as never });
    const result = await answer(server, request('{"name":"a"}'));
    expect(result.status).toBe(500);
    expect(result.body.message).toContain("$.id");
  });

  it("a deserializer's ShapeMismatchError becomes a SerializationException", async () => {
    const broken = service();
    const withThrowingReader: AwsJsonServerService = {
      ...broken,
      operations: {
        ...broken.operations,
        Put: {
          ...broken.operations.Put!,
          readInput: () => {
            throw new ShapeMismatchError("$.x", "string", "number 1");
          },
        },
      },
    };
    const result = await answer(createAwsJsonServer(withThrowingReader, { put: async () => ({}) }), request('{"name":"a"}'));
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ __type: "SerializationException", path: "$.x" });
  });
});

describe("transports", () => {
  it("the in-process handler answers a request with bytes, with no socket", async () => {
    const server = createAwsJsonServer(service(), { put: async (input: PutInput) => ({ id: input.name }) });
    const { response } = await server.requestHandler.handle({ ...request(undefined), body: new TextEncoder().encode('{"name":"xyz"}') } as never);
    expect(response.statusCode).toBe(200);
    expect(new TextDecoder().decode(response.body as Uint8Array)).toBe('{"id":"xyz"}');
  });

  it("the Node.js listener serves requests, and answers a body over 16 MiB with a 413", async () => {
    const server = createAwsJsonServer(service(), { put: async (input: PutInput) => ({ id: input.name }) });
    const listening = await server.listen(0);
    try {
      const post = (body: string | Buffer, headers: Record<string, string> = {}) =>
        new Promise<{ status: number; body: string }>((resolve, reject) => {
          const sent = httpRequest(`${listening.url}/`, { method: "POST", headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "Example_2024.Put", ...headers } }, (response) => {
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
          });
          sent.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? resolve({ status: 413, body: "" }) : reject(error)));
          sent.end(body);
        });
      expect(await post('{"name":"http"}')).toEqual({ status: 200, body: '{"id":"http"}' });
      const bad = await post("{nope");
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.body).__type).toBe("SerializationException");
      expect((await post(Buffer.alloc(17 * 1024 * 1024, 0x20))).status).toBe(413);
      // The server still answers after the oversized request.
      expect((await post('{"name":"ok"}')).status).toBe(200);
    } finally {
      await listening.close();
    }
  });
});

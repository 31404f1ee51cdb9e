import { array, integer, record, sample, string, type Arbitrary } from "fast-check";
import type { HttpRequest } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { createFakeAwsJsonServer, type AwsJsonServerService, type FakeDefinition } from "../src/index.js";

const service: AwsJsonServerService = {
  serviceName: "Example",
  targetPrefix: "Example_2024",
  contentType: "application/x-amz-json-1.0",
  constraints: {
    Input: { type: "structure", members: { n: {}, filter: {}, token: { shape: "Token" }, base64Token: { shape: "Base64" }, max: {} } },
    // The strictest token constraints of the AWS models: DynamoDB's ListTables (no `+`, `/` or `=`), whole base64 groups, Lightsail's length.
    Token: { type: "string", pattern: "^[a-zA-Z0-9_.-]+$" },
    Base64: { type: "string", pattern: "^(?:[A-Za-z0-9+/]{4})*$", length: { min: 24, max: 40 } },
  },
  operations: {
    List: {
      name: "List",
      method: "list",
      readInput: (json) => json,
      inputShape: "Input",
      writeOutput: ((value: unknown) => value) as never,
      errors: [{ code: "BadInput", errorClass: class BadInput extends Error {}, status: 422, serialize: () => ({}) }],
      validationError: "BadInput",
    },
    Describe: { name: "Describe", method: "describe", readInput: (json) => json, inputShape: "Input", writeOutput: ((value: unknown) => value) as never, errors: [] },
    Stream: { name: "Stream", method: "stream", readInput: (json) => json, inputShape: "Input", writeOutput: ((value: unknown) => value) as never, errors: [] },
  },
};

const definition: FakeDefinition = {
  draw: (arbitrary, seed) => sample(arbitrary as Arbitrary<unknown>, { seed, numRuns: 1 })[0],
  operations: {
    list: {
      output: () => record({ title: string(), next: string() }),
      pages: { inputToken: "token", pageSize: "max", outputToken: ["next"], items: ["things"], itemList: () => array(integer(), { maxLength: 6 }), maxItems: 5 },
    },
    describe: { output: () => record({ value: integer() }) },
    stream: { output: () => record({ outer: record({ token: string() }) }), lastPage: ["outer", "token"] },
  },
};

function request(operation: string, body: object): HttpRequest {
  return {
    method: "POST",
    protocol: "http:",
    hostname: "localhost",
    path: "/",
    query: {},
    headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": `Example_2024.${operation}` },
    body: JSON.stringify(body),
  };
}

async function call(server: ReturnType<typeof createFakeAwsJsonServer>, operation: string, body: object) {
  const response = await server.handle(request(operation, body));
  return { status: response.statusCode, body: JSON.parse(new TextDecoder().decode(response.body)) as Record<string, unknown> };
}

describe("createFakeAwsJsonServer", () => {
  it("answers the same input the same for a seed, and differently for other inputs or seeds", async () => {
    const answers = async (seed: number) => {
      const fake = createFakeAwsJsonServer(service, definition, { seed });
      return Promise.all([1, 2, 3, 4, 5].map(async (n) => (await call(fake, "Describe", { n })).body));
    };
    expect(await answers(1)).toEqual(await answers(1));
    expect(await answers(1)).not.toEqual(await answers(2));
    expect(new Set((await answers(1)).map((answer) => JSON.stringify(answer))).size).toBeGreaterThan(1);
  });

  it("pages a stable data set: every item once, in order, pages no larger than asked or than @length allows", async () => {
    const fake = createFakeAwsJsonServer(service, definition, { seed: 3, itemCount: 12, pageSize: 4 });
    const walk = async (max?: number) => {
      const pages: unknown[][] = [];
      let token: unknown;
      do {
        // The token goes back under a second member too, to meet the constraints of both.
        const { status, body } = await call(fake, "List", { filter: "a", ...(token ? { token } : {}), ...(max ? { max } : {}) });
        if (token) expect((await call(fake, "Describe", { base64Token: token })).status).toBe(200);
        expect(status).toBe(200);
        pages.push(body.things as unknown[]);
        token = body.next;
      } while (token !== undefined && pages.length < 100);
      return pages;
    };
    const byFour = await walk();
    expect(byFour.flat().length).toBeGreaterThanOrEqual(12);
    expect(byFour.every((page) => page.length <= 4)).toBe(true);
    expect((await walk(3)).flat()).toEqual(byFour.flat());
    // A page size beyond the list's @length maximum is cut to it.
    expect((await walk(50)).every((page) => page.length <= 5)).toBe(true);
  });

  it("answers a token it did not give with the operation's validation error", async () => {
    const fake = createFakeAwsJsonServer(service, definition);
    const { status, body } = await call(fake, "List", { token: "forged" });
    expect(status).toBe(422);
    expect(body.__type).toBe("BadInput");
    expect(body.message).toContain("$.token");
  });

  it("removes the token of an operation it cannot page, so that every answer is the last page", async () => {
    const fake = createFakeAwsJsonServer(service, definition);
    for (const n of [1, 2, 3]) expect(((await call(fake, "Stream", { n })).body.outer as Record<string, unknown>).token).toBeUndefined();
  });

  it("lets a handler answer instead", async () => {
    const fake = createFakeAwsJsonServer<{ describe(input: unknown): Promise<{ value: number }> }>(service, definition, { handlers: { describe: async () => ({ value: 42 }) } });
    expect((await call(fake, "Describe", {})).body).toEqual({ value: 42 });
  });
});

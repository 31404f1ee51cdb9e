import * as official from "@aws-sdk/client-lightsail";
import { createLightsailServer } from "@smithy-gen/lightsail-server";
import { asyncProperty, assert } from "fast-check";
import { describe, expect, it } from "vitest";
import { commandOf, inputArbitrary, OPERATIONS } from "./operations.js";
// The generated server package's test helpers: a shape's value with every member the sender left
// out given its @default, as the server reads it (`expectedOpenInstancePublicPortsRequest`, ...).
import * as expectedValues from "../../../../packages/lightsail-server/test/expected.js";

/** The input as the handler receives it: members left out take their `@default` (PortInfo's fromPort, ...). */
function asReceived(operationName: string, input: unknown): unknown {
  const fill = (expectedValues as Record<string, ((value: unknown) => unknown) | undefined>)[`expected${operationName}Request`];
  return withoutNegativeZero(fill ? fill(input) : input);
}

/** `-0` as JSON carries it from the official client (`JSON.stringify(-0)` is `0`). */
function withoutNegativeZero(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(withoutNegativeZero);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutNegativeZero(item)]));
  }
  return value;
}

const numRuns = Number(process.env.FC_NUM_RUNS ?? 10);

/**
 * The official `@aws-sdk/client-lightsail` against the generated server: any modelled input of each
 * operation it sends arrives at the handler deep-equal, in process and over HTTP.
 */
describe("the official AWS SDK client talks to the generated server", () => {
  let calls: unknown[] = [];
  const handlers = Object.fromEntries(OPERATIONS.map((operation) => [operation.method, async (input: unknown) => void calls.push(input)]));
  const server = createLightsailServer(handlers);
  const client = new official.LightsailClient({
    region: "us-east-1",
    credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" },
    requestHandler: server.requestHandler,
    maxAttempts: 1,
  });

  for (const operation of OPERATIONS) {
    const Command = commandOf(official as Record<string, unknown>, operation.name);
    const inputs = inputArbitrary(operation);
    it(`${operation.name}: any modelled input arrives deep-equal`, async () => {
      if (!inputs) {
        calls = [];
        await client.send(new Command({}));
        expect(calls).toEqual([{}]);
        return;
      }
      await assert(
        asyncProperty(inputs, async (input) => {
          calls = [];
          const output = (await client.send(new Command(input))) as { $metadata: { httpStatusCode?: number } };
          expect(output.$metadata.httpStatusCode).toBe(200);
          expect(calls).toEqual([asReceived(operation.name, input)]);
        }),
        { numRuns },
      );
    });
  }

  it("over HTTP too", async () => {
    const listening = await server.listen(0);
    const overHttp = new official.LightsailClient({
      region: "us-east-1",
      endpoint: listening.url,
      credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" },
      maxAttempts: 1,
    });
    try {
      const operation = OPERATIONS[0]!;
      const inputs = inputArbitrary(operation);
      const Command = commandOf(official as Record<string, unknown>, operation.name);
      if (!inputs) return;
      await assert(
        asyncProperty(inputs, async (input) => {
          calls = [];
          await overHttp.send(new Command(input));
          expect(calls).toEqual([asReceived(operation.name, input)]);
        }),
        { numRuns },
      );
    } finally {
      overHttp.destroy();
      await listening.close();
    }
  });
});

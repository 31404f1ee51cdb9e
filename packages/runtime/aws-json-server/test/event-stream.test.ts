import { request as httpRequest } from "node:http";
import { writeObject, writeString, type JsonObject } from "@smithy-gen/serde-json";
import type { ValuePath } from "@smithy-gen/serde-core";
import { EventStreamCodec } from "@smithy/core/event-streams";
import { fromUtf8, toUtf8 } from "@smithy/core/serde";
import type { HttpRequest, Message } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { createAwsJsonServer, type AwsJsonServerService } from "../src/index.js";

// The server writes an output event stream: an initial-response, one event message per event the
// handler's iterable yields, an exception message for a modelled error it throws, an error message
// for anything else; over HTTP, each message as it is produced.

class Closed extends Error {
  static readonly shapeId = "example#Closed";
  override readonly name = "Closed";
}

const writeTick = (value: { at?: string }, path: ValuePath = "$"): JsonObject => {
  writeObject(value, path);
  return value.at == null ? {} : { at: writeString(value.at, path, "at") };
};

const service: AwsJsonServerService = {
  serviceName: "Example",
  targetPrefix: "Example_2024",
  contentType: "application/x-amz-json-1.0",
  constraints: {},
  operations: {
    Watch: {
      name: "Watch",
      method: "watch",
      errors: [],
      eventStream: {
        member: "events",
        events: { tick: writeTick },
        errors: [{ code: "closed", errorClass: Closed, status: 400, serialize: () => ({}) }],
      },
    },
  },
};

const watch: HttpRequest = {
  method: "POST",
  protocol: "http:",
  hostname: "localhost",
  path: "/",
  query: {},
  headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "Example_2024.Watch" },
  body: "{}",
};

const codec = new EventStreamCodec(toUtf8, fromUtf8);

function read(messages: Message[]) {
  return messages.map((message) => ({
    headers: Object.fromEntries(Object.entries(message.headers).map(([name, header]) => [name, header.value])),
    body: message.body.length ? JSON.parse(toUtf8(message.body)) : undefined,
  }));
}

async function messagesOf(stream: AsyncIterable<Uint8Array> | undefined): Promise<Message[]> {
  const out: Message[] = [];
  for await (const frame of stream ?? []) out.push(codec.decode(frame));
  return out;
}

describe("output event streams", () => {
  it("writes an initial-response, then each event, then a modelled error the iterable throws", async () => {
    const server = createAwsJsonServer(service, {
      watch: async () => ({
        events: (async function* () {
          yield { tick: { at: "1" } };
          yield { tick: { at: "2" } };
          throw new Closed("the watch is over");
        })(),
      }),
    });
    const response = await server.handle(watch);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/vnd.amazon.eventstream");
    expect(read(await messagesOf(response.stream))).toEqual([
      { headers: { ":message-type": "event", ":event-type": "initial-response", ":content-type": "application/json" }, body: {} },
      { headers: { ":message-type": "event", ":event-type": "tick", ":content-type": "application/json" }, body: { at: "1" } },
      { headers: { ":message-type": "event", ":event-type": "tick", ":content-type": "application/json" }, body: { at: "2" } },
      { headers: { ":message-type": "exception", ":exception-type": "closed", ":content-type": "application/json" }, body: { __type: "closed", message: "the watch is over" } },
    ]);
  });

  it("ends with an InternalFailure error message for an event the model does not know or an error it does not model", async () => {
    for (const events of [
      (async function* () {
        yield { tock: {} };
      })(),
      (async function* () {
        throw new TypeError("oops");
      })(),
    ]) {
      const response = await createAwsJsonServer(service, { watch: async () => ({ events }) }).handle(watch);
      const last = read(await messagesOf(response.stream)).at(-1)!;
      expect(last.headers).toMatchObject({ ":message-type": "error", ":error-code": "InternalFailure" });
    }
  });

  it("answers 500 when the handler's output holds no async iterable", async () => {
    const response = await createAwsJsonServer(service, { watch: async () => ({ events: [] }) }).handle(watch);
    expect(response.statusCode).toBe(500);
  });

  it("streams over HTTP as events are produced, and stops the iterable when the client goes away", async () => {
    let stopped = false;
    const server = createAwsJsonServer(service, {
      watch: async () => ({
        events: (async function* () {
          try {
            for (let n = 0; ; n++) {
              yield { tick: { at: String(n) } };
              await new Promise((resolve) => setTimeout(resolve, 5));
            }
          } finally {
            stopped = true;
          }
        })(),
      }),
    });
    const listening = await server.listen(0);
    try {
      const received = await new Promise<number>((resolve, reject) => {
        const outgoing = httpRequest(listening.url, { method: "POST", headers: watch.headers }, (response) => {
          let bytes = 0;
          response.on("data", (chunk: Buffer) => {
            bytes += chunk.length;
            // Three messages or so in, go away.
            if (bytes > 200) {
              response.destroy();
              resolve(bytes);
            }
          });
        });
        outgoing.on("error", reject);
        outgoing.end("{}");
      });
      expect(received).toBeGreaterThan(200);
      await expect.poll(() => stopped, { timeout: 10_000 }).toBe(true);
    } finally {
      await listening.close();
    }
  });
});

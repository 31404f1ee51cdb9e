import { Readable } from "node:stream";
import { readObject, readString, type JsonObject } from "@smithy-gen/serde-json";
import { EventStreamCodec } from "@smithy/core/event-streams";
import { fromUtf8, toUtf8 } from "@smithy/core/serde";
import type { ServiceException } from "@smithy/core/client";
import type { MessageHeaders, ResponseMetadata } from "@smithy/types";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_EVENT_MESSAGE_BYTES, parseAwsJsonEventStreamResponse, type EventStreamTable } from "../src/index.js";
import { context, FooError, rejection, response, service, TestDeserializationError, TestServiceException } from "./fixtures.js";

const codec = new EventStreamCodec(toUtf8, fromUtf8);

const headers = (entries: Record<string, string>): MessageHeaders =>
  Object.fromEntries(Object.entries(entries).map(([name, value]) => [name, { type: "string", value }]));

const event = (type: string, payload: unknown): Uint8Array =>
  codec.encode({ headers: headers({ ":message-type": "event", ":event-type": type, ":content-type": "application/json" }), body: fromUtf8(JSON.stringify(payload)) });
const exception = (type: string, payload: unknown): Uint8Array =>
  codec.encode({ headers: headers({ ":message-type": "exception", ":exception-type": type, ":content-type": "application/json" }), body: fromUtf8(JSON.stringify(payload)) });
const errorMessage = (code: string, message: string): Uint8Array =>
  codec.encode({ headers: headers({ ":message-type": "error", ":error-code": code, ":error-message": message }), body: new Uint8Array() });

interface Greeting {
  text: string;
}

const stream: EventStreamTable = {
  member: "Events",
  events: {
    greeting: (json, path): Greeting => ({ text: readString(readObject(json, path).text, path, "text") }),
    farewell: (json, path): Greeting => ({ text: readString(readObject(json, path).text, path, "text") }),
  },
  errors: {
    FooError: (json: JsonObject, _path: string, $metadata: ResponseMetadata): ServiceException =>
      new FooError({ $metadata, message: String(json.message ?? "UnknownError"), ...(typeof json.detail === "string" ? { detail: json.detail } : {}) }),
  },
};

type Output = { Events: AsyncIterable<Record<string, Greeting>> };

const open = (body: unknown, statusCode = 200) =>
  parseAwsJsonEventStreamResponse<Output>(service, "Listen", response(statusCode, body, { "content-type": "application/vnd.amazon.eventstream" }), context(), {}, stream);

async function collect(iterable: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** Bytes cut into chunks at the given positions, as a network may deliver them. */
function chunked(bytes: Uint8Array, cuts: readonly number[]): Readable {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    pieces.push(bytes.subarray(from, point));
    from = point;
  }
  return Readable.from(pieces.filter((piece) => piece.length > 0).map((piece) => Buffer.from(piece)));
}

const joined = (...messages: Uint8Array[]): Uint8Array => Buffer.concat(messages);

describe("parseAwsJsonEventStreamResponse", () => {
  it("yields each event as the union member it names, whatever the chunking", async () => {
    const texts = fc.array(fc.tuple(fc.constantFrom("greeting", "farewell"), fc.string()), { maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(texts, fc.array(fc.nat(), { maxLength: 8 }), async (events, cuts) => {
        const body = joined(...events.map(([type, text]) => event(type, { text })));
        const output = await open(chunked(body, cuts));
        expect(output.$metadata.httpStatusCode).toBe(200);
        expect(await collect(output.Events)).toEqual(events.map(([type, text]) => ({ [type]: { text } })));
      }),
      { numRuns: 100 },
    );
  });

  it("skips the initial-response and events the model does not know, as the official SDK does", async () => {
    const body = joined(event("initial-response", {}), event("greeting", { text: "a" }), event("newKind", { x: 1 }), event("farewell", { text: "b" }));
    const output = await open(Readable.from([Buffer.from(body)]));
    expect(await collect(output.Events)).toEqual([{ greeting: { text: "a" } }, { farewell: { text: "b" } }]);
  });

  it("throws a modelled error in the stream as its class, after the events before it, keeping its body fields", async () => {
    const body = joined(event("greeting", { text: "a" }), exception("FooError", { message: "broken", detail: "d", hint: "h" }), event("greeting", { text: "never" }));
    const output = await open(body);
    const seen: unknown[] = [];
    const error = await rejection((async () => {
      for await (const item of output.Events) seen.push(item);
    })());
    expect(seen).toEqual([{ greeting: { text: "a" } }]);
    expect(error).toBeInstanceOf(FooError);
    expect(error).toMatchObject({ name: "FooError", message: "broken", detail: "d", hint: "h", $metadata: { httpStatusCode: 200 } });
  });

  it("throws an exception the model does not know as the service's exception, named by its type", async () => {
    const error = await rejection(collect((await open(exception("ThrottledInStream", { message: "slow down", retryAfter: 3 }))).Events));
    expect(error).toBeInstanceOf(TestServiceException);
    expect(error).toMatchObject({ name: "ThrottledInStream", message: "slow down", retryAfter: 3 });
  });

  it("throws an error message as the service's exception named by its code", async () => {
    const error = await rejection(collect((await open(joined(event("greeting", { text: "a" }), errorMessage("InternalFailure", "it broke")))).Events));
    expect(error).toBeInstanceOf(TestServiceException);
    expect(error).toMatchObject({ name: "InternalFailure", message: "it broke", $fault: "server" });
  });

  it("throws the modelled error of an error status before any stream", async () => {
    const error = await rejection(open(JSON.stringify({ __type: "FooError", message: "no" }), 400));
    expect(error).toBeInstanceOf(TestServiceException);
    expect(error).toMatchObject({ name: "FooError", message: "no", $metadata: { httpStatusCode: 400 } });
  });

  it("closes the body when the caller leaves the loop early", async () => {
    let closed = false;
    let produced = 0;
    const body = new Readable({
      read() {
        produced++;
        this.push(Buffer.from(event("greeting", { text: String(produced) })));
      },
      destroy(error, callback) {
        closed = true;
        callback(error);
      },
    });
    const output = await open(body);
    const seen: unknown[] = [];
    for await (const item of output.Events) {
      seen.push(item);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([{ greeting: { text: "1" } }, { greeting: { text: "2" } }, { greeting: { text: "3" } }]);
    expect(closed).toBe(true);
  });

  it("ends with an AbortError when the call's abortSignal fires, even while a body in memory is silent", async () => {
    const controller = new AbortController();
    async function* endless() {
      yield event("greeting", { text: "first" });
      await new Promise(() => undefined);
    }
    const output = await parseAwsJsonEventStreamResponse<Output>(service, "Listen", response(200, endless()), { ...context(), abortSignal: controller.signal }, {}, stream);
    const seen: unknown[] = [];
    const error = await rejection((async () => {
      for await (const item of output.Events) {
        seen.push(item);
        setTimeout(() => controller.abort(), 5);
      }
    })());
    expect(seen).toEqual([{ greeting: { text: "first" } }]);
    expect(error).toMatchObject({ name: "AbortError" });
  });

  it("reads a web ReadableStream body (fetch)", async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(event("greeting", { text: "web" }).subarray(0, 10));
        controller.enqueue(event("greeting", { text: "web" }).subarray(10));
        controller.close();
      },
    });
    expect(await collect((await open(body)).Events)).toEqual([{ greeting: { text: "web" } }]);
  });

  describe("a broken stream is the typed deserialization error with the event's path, never a crash or a huge allocation", () => {
    const broken = async (body: unknown) => {
      const error = await rejection(collect((await open(body)).Events));
      expect(error).toBeInstanceOf(TestDeserializationError);
      return error as InstanceType<typeof TestDeserializationError>;
    };

    it("a stream that ends inside a message", async () => {
      const whole = event("greeting", { text: "cut" });
      const error = await broken(joined(event("greeting", { text: "a" }), whole.subarray(0, whole.length - 3)));
      expect(error).toMatchObject({ operation: "Listen", path: "$.Events", expected: "a complete event stream" });
    });

    it("a declared length beyond what the encoding allows", async () => {
      const huge = new Uint8Array(16);
      new DataView(huge.buffer).setUint32(0, 0xffff_fff0, false);
      const error = await broken(huge);
      expect(error.received).toBe(`a message declaring ${0xffff_fff0} bytes`);
      expect(MAX_EVENT_MESSAGE_BYTES).toBeLessThan(17 * 1024 * 1024);
    });

    it("a wrong checksum", async () => {
      const bytes = event("greeting", { text: "flip" }).slice();
      bytes[bytes.length - 6] ^= 0xff;
      const error = await broken(joined(event("greeting", { text: "ok" }), bytes));
      expect(error).toMatchObject({ path: "$.Events[1]", expected: "a valid event stream message" });
    });

    it("a payload that is not JSON, or not what the model describes", async () => {
      const notJson = codec.encode({ headers: headers({ ":message-type": "event", ":event-type": "greeting" }), body: fromUtf8("{nope") });
      expect(await broken(notJson)).toMatchObject({ path: "$.Events[0].greeting", expected: "a JSON document" });
      expect(await broken(event("greeting", { text: 42 }))).toMatchObject({ path: "$.Events[0].greeting.text" });
    });

    it("any bytes at all", async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 200 }), async (bytes) => {
          const outcome = await collect((await open(bytes)).Events).then(
            (events) => ({ events }),
            (error: unknown) => ({ error }),
          );
          if ("error" in outcome) expect(outcome.error).toBeInstanceOf(TestDeserializationError);
        }),
        { numRuns: 1000 },
      );
    });
  });
});

import { describeValue, isAbortOrTimeout, responseMetadata, toDeserializationError } from "@smithy-gen/serde-core";
import type { JsonObject } from "@smithy-gen/serde-json";
import type { HttpResponse, Message, MessageHeaders, MetadataBearer, ResponseMetadata, SerdeContext } from "@smithy/types";
import { errorFromResponse, parseAwsJsonResponse, type ErrorTable } from "./response.js";
import type { AwsJsonService } from "./service.js";

/** How an operation's output event stream reads its messages. */
export interface EventStreamTable {
  /** The output member that holds the stream (`EventStream` for Kinesis `SubscribeToShard`). */
  readonly member: string;
  /** The union's event members, by the `:event-type` they arrive with: each reads its JSON payload. */
  readonly events: Readonly<Record<string, (json: unknown, path: string) => unknown>>;
  /** The union's error members, by the `:exception-type` they arrive with. */
  readonly errors: ErrorTable;
}

/**
 * What an event stream response parser takes beyond the serde context: the call's `abortSignal`, so
 * that a stream cut by it ends with an `AbortError` rather than an error about a broken body.
 */
export interface EventStreamContext extends SerdeContext {
  readonly abortSignal?: AbortSignalLike | undefined;
}

/** An `AbortSignal`, or the older shape of one that `@smithy/types` also accepts. */
interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener?(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener?(type: "abort", listener: () => void): void;
}

/**
 * The largest message the client accepts: the event stream encoding allows a 16 MiB payload and
 * 128 KiB of headers, plus 16 bytes of prelude and checksums. A message declaring more is a broken
 * (or hostile) stream, refused before anything is allocated for it.
 */
export const MAX_EVENT_MESSAGE_BYTES = 16 * 1024 * 1024 + 128 * 1024 + 16;
const MIN_EVENT_MESSAGE_BYTES = 16;

/**
 * Reads the response of an operation whose output is an event stream (`application/vnd.amazon.eventstream`).
 * An error status throws the modelled error as {@link parseAwsJsonResponse} does. Otherwise the
 * output's stream member is an async iterable of the union's events, read from the body as they
 * arrive:
 *
 * - an `event` message gives `{ [eventType]: value }`; one the model does not know (such as the
 *   `initial-response` of an RPC stream, whose output has no other member) is skipped, as the
 *   official AWS SDK does;
 * - an `exception` message throws the union's modelled error of that `:exception-type` (the
 *   service's exception, named by it, if the model does not know it), with every body field kept;
 * - an `error` message throws the service's exception named by its `:error-code`;
 * - a message that is not valid (truncated, a wrong checksum, an impossible length, a payload that
 *   is not JSON or not what the model describes) throws the service's deserialization error with
 *   the path of the event.
 *
 * Leaving the loop early (`break`, `return`, a throw) closes the body, which ends the connection;
 * so does the call's `abortSignal`. The event stream codec of `@smithy/core` is loaded on the first
 * such response, so that clients that never read an event stream never load it.
 */
export async function parseAwsJsonEventStreamResponse<Output extends object>(
  service: AwsJsonService,
  operation: string,
  response: HttpResponse,
  context: EventStreamContext,
  errors: ErrorTable,
  stream: EventStreamTable,
): Promise<Output & MetadataBearer> {
  const failed = response.statusCode < 200 || response.statusCode >= 300;
  if (failed) return parseAwsJsonResponse(service, operation, response, context, errors);
  const $metadata = responseMetadata(response);
  const { EventStreamCodec } = await import("@smithy/core/event-streams");
  const codec = new EventStreamCodec(context.utf8Encoder, context.utf8Decoder);
  const events = readEvents({ service, operation, response, context, $metadata, stream, decode: (frame) => codec.decode(frame) });
  return { [stream.member]: events, $metadata } as unknown as Output & MetadataBearer;
}

interface StreamReading {
  readonly service: AwsJsonService;
  readonly operation: string;
  readonly response: HttpResponse;
  readonly context: EventStreamContext;
  readonly $metadata: ResponseMetadata;
  readonly stream: EventStreamTable;
  readonly decode: (frame: Uint8Array) => Message;
}

async function* readEvents(reading: StreamReading): AsyncGenerator<Record<string, unknown>, void, undefined> {
  const { service, operation, $metadata, stream } = reading;
  const fail = (path: string, expected: string, received: string, cause?: unknown): Error =>
    new service.deserializationError({ operation, $metadata, path, expected, received, ...(cause === undefined ? {} : { cause }) });
  const streamPath = `$.${stream.member}`;
  let count = 0;
  const broken = (expected: string, received: string, cause?: unknown): Error => {
    // Aborting the call cuts the connection (the Node.js handler destroys the request): the reader
    // sees a reset, which is the abort.
    const signal = reading.context.abortSignal;
    if (signal?.aborted) return abortError(signal.reason);
    return fail(streamPath, expected, received, cause);
  };
  for await (const frame of frames(bodyChunks(reading.response.body, reading.context), broken, reading.context.abortSignal)) {
    const path = `${streamPath}[${count++}]`;
    let message: Message;
    try {
      message = reading.decode(frame);
    } catch (error) {
      throw fail(path, "a valid event stream message", `a message that could not be decoded (${error instanceof Error ? error.message : String(error)})`, error);
    }
    const messageType = stringHeader(message.headers, ":message-type");
    if (messageType === "event") {
      const eventType = stringHeader(message.headers, ":event-type");
      if (eventType === undefined || !Object.hasOwn(stream.events, eventType)) continue;
      const json = parsePayload(reading, message, `${path}.${eventType}`, fail);
      try {
        yield { [eventType]: stream.events[eventType]!(json, `${path}.${eventType}`) };
      } catch (error) {
        throw toDeserializationError(service.deserializationError, operation, $metadata, error);
      }
    } else if (messageType === "exception") {
      const code = stringHeader(message.headers, ":exception-type") ?? "Unknown";
      const json = parsePayload(reading, message, `${path}.${code}`, fail);
      throw errorFromResponse(service, operation, reading.response, json, $metadata, stream.errors, code);
    } else if (messageType === "error") {
      const code = stringHeader(message.headers, ":error-code") ?? "Unknown";
      const text = stringHeader(message.headers, ":error-message");
      throw new service.exception({ name: code, $fault: "server", $metadata, message: text || "UnknownError" });
    } else {
      throw fail(`${path}`, "an event, exception or error message", `:message-type ${describeValue(messageType)}`);
    }
  }
}

function abortError(reason: unknown): Error {
  if (reason instanceof Error && reason.name === "AbortError") return reason;
  const error = new Error("The event stream was aborted", reason === undefined ? undefined : { cause: reason });
  error.name = "AbortError";
  return error;
}

function stringHeader(headers: MessageHeaders, name: string): string | undefined {
  const header = headers[name];
  return header?.type === "string" ? header.value : undefined;
}

function parsePayload(
  reading: StreamReading,
  message: Message,
  path: string,
  fail: (path: string, expected: string, received: string, cause?: unknown) => Error,
): JsonObject {
  const text = reading.context.utf8Encoder(message.body);
  if (text.length === 0) return {};
  let json: unknown;
  try {
    json = (reading.service.json ?? JSON).parse(text);
  } catch (error) {
    throw fail(path, "a JSON document", `${describeValue(text)}${error instanceof Error ? ` (${error.message})` : ""}`, error);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw fail(path, "a JSON object", describeValue(json));
  return json as JsonObject;
}

/**
 * The body as chunks of bytes: a Node.js stream or any async iterable of bytes, a web
 * `ReadableStream` (fetch), or bytes or text already in memory.
 */
async function* bodyChunks(body: unknown, context: SerdeContext): AsyncGenerator<Uint8Array, void, undefined> {
  if (body === undefined || body === null) return;
  if (typeof body === "string") {
    yield context.utf8Decoder(body);
    return;
  }
  if (body instanceof Uint8Array) {
    yield body;
    return;
  }
  if (typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function") {
    for await (const chunk of body as AsyncIterable<unknown>) yield typeof chunk === "string" ? context.utf8Decoder(chunk) : (chunk as Uint8Array);
    return;
  }
  if (typeof (body as ReadableStream<Uint8Array>).getReader === "function") {
    const reader = (body as ReadableStream<Uint8Array>).getReader();
    try {
      while (true) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      // Leaving early cancels the stream, which ends the fetch.
      await reader.cancel().catch(() => undefined);
    }
  }
  throw new TypeError(`an event stream body must be a stream of bytes, got ${describeValue(body)}`);
}

/**
 * Splits chunks of bytes into whole messages by each message's declared total length (the first
 * 4 bytes, big-endian), refusing a length outside what the encoding allows and a stream that ends
 * inside a message.
 */
async function* frames(
  chunks: AsyncIterable<Uint8Array>,
  fail: (expected: string, received: string, cause?: unknown) => Error,
  signal: AbortSignalLike | undefined,
): AsyncGenerator<Uint8Array, void, undefined> {
  // A body that does not end when the call is aborted (one in memory, say) stops waiting all the same.
  let onAbort: (() => void) | undefined;
  const aborted =
    signal?.addEventListener === undefined
      ? undefined
      : new Promise<never>((_resolve, reject) => {
          onAbort = () => reject(abortError(signal.reason));
          signal.addEventListener!("abort", onAbort, { once: true });
        });
  aborted?.catch(() => undefined);
  // Chunks received and not yet yielded: joined once a whole message is there, so that a large
  // message arriving in many chunks is copied once.
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const joined = (): Uint8Array => {
    if (pending.length > 1) pending = [concat(pending, pendingBytes)];
    return pending[0]!;
  };
  const iterator = chunks[Symbol.asyncIterator]();
  try {
    while (true) {
      let next: IteratorResult<Uint8Array>;
      try {
        if (signal?.aborted) throw abortError(signal.reason);
        next = await (aborted ? Promise.race([iterator.next(), aborted]) : iterator.next());
      } catch (error) {
        if (signal?.aborted) throw abortError(signal.reason);
        // A cancelled call keeps its own error; a connection cut mid-stream becomes a typed error.
        if (isAbortOrTimeout(error)) throw error;
        throw fail("a complete event stream", `a body that could not be read (${error instanceof Error ? error.message : String(error)})`, error);
      }
      if (next.done) break;
      if (next.value.length === 0) continue;
      pending.push(next.value);
      pendingBytes += next.value.length;
      while (pendingBytes >= 4) {
        const head = pending[0]!.length >= 4 ? pending[0]! : joined();
        const length = new DataView(head.buffer, head.byteOffset, 4).getUint32(0, false);
        if (length < MIN_EVENT_MESSAGE_BYTES || length > MAX_EVENT_MESSAGE_BYTES) {
          throw fail(`a message length from ${MIN_EVENT_MESSAGE_BYTES} to ${MAX_EVENT_MESSAGE_BYTES} bytes`, `a message declaring ${length} bytes`);
        }
        if (pendingBytes < length) break;
        const all = joined();
        const rest = all.subarray(length);
        pending = rest.length > 0 ? [rest] : [];
        pendingBytes = rest.length;
        yield all.slice(0, length);
      }
    }
  } finally {
    if (onAbort) signal!.removeEventListener?.("abort", onAbort);
    // Leaving early (a break in the caller's loop, a thrown error, an abort) closes the body; after
    // an abort, without waiting for a read that may never end.
    const closing = iterator.return?.();
    if (signal?.aborted) closing?.catch(() => undefined);
    else await closing;
  }
  if (pendingBytes > 0) throw fail("a complete event stream", `a stream that ends inside a message (${pendingBytes} bytes left over)`);
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

import { HttpRequest } from "@smithy/core/protocols";
import type { DeserializeHandlerOptions, HttpHandlerOptions, MetadataBearer, Pluggable, Priority, RequestHandler } from "@smithy/types";
import type { HttpResponse } from "@smithy/core/protocols";
import { createHttp2EventStreamHandler } from "./event-stream-transport-defaults.js";

/** What the plugin reads of a client's configuration. */
export interface EventStreamTransportConfig {
  /** The HTTP/2 handler's options, or `undefined` when the client's own handler serves event streams. */
  readonly http2EventStreams: { readonly requestTimeout?: number } | undefined;
}

type Handler = RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions>;

/** Each client's HTTP/2 handler, made on its first event stream call. */
const handlers = new WeakMap<EventStreamTransportConfig, Handler | undefined>();

function http2Handler(config: EventStreamTransportConfig): Handler | undefined {
  if (config.http2EventStreams === undefined) return undefined;
  if (!handlers.has(config)) handlers.set(config, createHttp2EventStreamHandler(config.http2EventStreams));
  return handlers.get(config);
}

/** `SMITHY_CONTEXT_KEY` of `@smithy/types`, where the command puts the call's `abortSignal`. */
const SMITHY_CONTEXT_KEY = "__smithy_context";

const options: DeserializeHandlerOptions & { name: string; override: boolean; priority: Priority } = {
  name: "http2EventStreamMiddleware",
  step: "deserialize",
  // Inside the deserializer, in place of the client's request handler.
  priority: "low",
  override: true,
};

/**
 * Sends an event stream operation whose protocol wants HTTP/2 (`eventStreamHttp: ["h2"]`, as Kinesis
 * `SubscribeToShard` does: the service does not stream over HTTP/1.1) through the runtime's HTTP/2
 * handler, with the call's `abortSignal`. Only for `https:` endpoints and only when the client was not
 * given a request handler of its own: a local emulator on `http://` (or any handler the user chose)
 * serves the operation as it serves every other. The client's other operations keep HTTP/1.1 and its
 * connection pool, and a client without such an operation never loads the HTTP/2 handler.
 */
export function getHttp2EventStreamPlugin(config: EventStreamTransportConfig): Pluggable<object, MetadataBearer> {
  return {
    applyToStack(stack) {
      stack.add(
        (next, context) => async (args) => {
          const request = args.request;
          const handler = HttpRequest.isInstance(request) && request.protocol === "https:" ? http2Handler(config) : undefined;
          if (!handler) return next(args);
          const abortSignal = (context as { [SMITHY_CONTEXT_KEY]?: { abortSignal?: HttpHandlerOptions["abortSignal"] } })[SMITHY_CONTEXT_KEY]?.abortSignal;
          const { response } = await handler.handle(request as HttpRequest, { ...(abortSignal === undefined ? {} : { abortSignal }), isEventStream: true } as HttpHandlerOptions);
          return { response, output: undefined as never };
        },
        options,
      );
    },
  };
}

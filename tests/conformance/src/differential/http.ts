import { Readable } from "node:stream";
import { HttpResponse, type HttpHandler, type HttpRequest } from "@smithy/core/protocols";
import type { HttpHandlerOptions } from "@smithy/types";

/** Thrown by the handler when it only records: the request never leaves the process. */
export class RequestCaptured extends Error {
  constructor() {
    super("the request was captured instead of sent");
    this.name = "RequestCaptured";
  }
}

/**
 * The request handler both clients of a pair are given: it records the request it is sent, then
 * answers with `respond` (a canned response), or throws `RequestCaptured` when there is none.
 */
export interface RecordingHandler extends HttpHandler<HttpHandlerOptions> {
  lastRequest: HttpRequest | undefined;
  respond: (() => HttpResponse) | undefined;
}

export function recordingHandler(): RecordingHandler {
  const handler: RecordingHandler = {
    lastRequest: undefined,
    respond: undefined,
    async handle(request: HttpRequest) {
      handler.lastRequest = request;
      if (!handler.respond) throw new RequestCaptured();
      return { response: handler.respond() };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
  };
  return handler;
}

/** A JSON response as an awsJson service sends it: a fresh body stream each time it is built. */
export function jsonResponse(statusCode: number, body: string, contentType: string, headers: Record<string, string> = {}): () => HttpResponse {
  return () =>
    new HttpResponse({
      statusCode,
      headers: { "content-type": contentType, "content-length": String(Buffer.byteLength(body)), ...headers },
      body: Readable.from([Buffer.from(body, "utf8")]),
    });
}

/** A response as the harness writes it; the content type is the protocol's. */
export interface WireResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** What the harness compares of a request. */
export interface RequestView {
  readonly method: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly path: string;
  readonly query: Record<string, unknown>;
  readonly target: string | undefined;
  readonly contentType: string | undefined;
  /** The body parsed as JSON; `{ unparsable: <text> }` when it is not JSON. */
  readonly body: unknown;
}

export function requestView(request: HttpRequest): RequestView {
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]));
  return {
    method: request.method,
    protocol: request.protocol,
    hostname: request.hostname,
    path: request.path,
    query: { ...request.query },
    target: headers["x-amz-target"],
    contentType: headers["content-type"],
    body: parseBody(request.body),
  };
}

function parseBody(body: unknown): unknown {
  const text = typeof body === "string" ? body : body instanceof Uint8Array ? Buffer.from(body).toString("utf8") : body === undefined ? "" : String(body);
  if (text === "") return { empty: true };
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { unparsable: text };
  }
}

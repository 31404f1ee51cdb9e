import { Readable } from "node:stream";
import { HttpResponse, type HttpHandler, type HttpRequest } from "@smithy/core/protocols";
import type { HttpHandlerOptions } from "@smithy/types";
import { decodeCborValue } from "./wire-cbor.js";

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

/**
 * A response as a service sends it, with the protocol's content type (JSON text, or CBOR bytes):
 * a fresh body stream each time it is built.
 */
export function cannedResponse(statusCode: number, body: string | Uint8Array, contentType: string, headers: Readonly<Record<string, string>> = {}): () => HttpResponse {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body);
  return () =>
    new HttpResponse({
      statusCode,
      headers: { "content-type": contentType, "content-length": String(bytes.byteLength), ...headers },
      body: Readable.from([bytes]),
    });
}

/** A JSON response as an awsJson service sends it. */
export function jsonResponse(statusCode: number, body: string, contentType: string, headers: Record<string, string> = {}): () => HttpResponse {
  return cannedResponse(statusCode, body, contentType, headers);
}

/** A response as the harness writes it (JSON text, or CBOR bytes); the content type is the protocol's. */
export interface WireResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array;
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

/**
 * What the harness compares of an rpcv2Cbor request: method, protocol, host, path and query; every
 * header but those that differ by nature from one call to the next or from one SDK to the other
 * (`IGNORED_CBOR_HEADERS`); which headers the signature covers; whether `Content-Length` is the
 * body's length; and the body decoded
 * (`decodeCborValue`, the harness's own decoder), so that two encodings of the same values compare
 * equal (`{ empty: true }` without a body; `{ unparsable: <hex>, reason }` when it is not CBOR).
 */
export interface CborRequestView {
  readonly method: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly path: string;
  readonly query: Record<string, unknown>;
  readonly headers: Record<string, string>;
  /** The headers the SigV4 signature covers (`SignedHeaders=` of `Authorization`), or "unsigned". */
  readonly signedHeaders: string;
  readonly contentLength: "absent" | "the body's length" | `${string} for a body of ${number} bytes`;
  readonly body: unknown;
}

/**
 * Headers left out of the comparison: the signature and what it signs at the time of the call, the
 * user agents (the SDKs' names and versions), the per-call ids and retry counters the official SDK
 * adds, and `Content-Length` (compared against the body instead, as two encodings of the same
 * values may differ in length).
 */
export const IGNORED_CBOR_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "x-amz-date",
  "x-amz-content-sha256",
  "x-amz-security-token",
  "user-agent",
  "x-amz-user-agent",
  "amz-sdk-invocation-id",
  "amz-sdk-request",
  "content-length",
]);

export function cborRequestView(request: HttpRequest): CborRequestView {
  const headers: Record<string, string> = {};
  let contentLength: string | undefined;
  let signedHeaders = "unsigned";
  for (const [name, value] of Object.entries(request.headers)) {
    const lower = name.toLowerCase();
    if (lower === "content-length") contentLength = value;
    if (lower === "authorization") signedHeaders = /SignedHeaders=([^,\s]*)/.exec(value)?.[1] ?? `no SignedHeaders in ${value}`;
    if (!IGNORED_CBOR_HEADERS.has(lower)) headers[lower] = value;
  }
  const bytes = bodyBytes(request.body);
  const length = bytes?.byteLength ?? 0;
  return {
    method: request.method,
    protocol: request.protocol,
    hostname: request.hostname,
    path: request.path,
    query: { ...request.query },
    headers,
    signedHeaders,
    contentLength: contentLength === undefined ? "absent" : Number(contentLength) === length ? "the body's length" : `${contentLength} for a body of ${length} bytes`,
    body: bytes === undefined || bytes.byteLength === 0 ? { empty: true } : decodeOrSay(bytes),
  };
}

function bodyBytes(body: unknown): Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (body instanceof Uint8Array) return body;
  if (typeof body === "string") return Buffer.from(body, "utf8");
  return Buffer.from(String(body), "utf8");
}

function decodeOrSay(bytes: Uint8Array): unknown {
  try {
    return decodeCborValue(bytes);
  } catch (error) {
    return { unparsable: Buffer.from(bytes).toString("hex"), reason: error instanceof Error ? error.message : String(error) };
  }
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

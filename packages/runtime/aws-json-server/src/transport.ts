import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse as NodeResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HttpResponse } from "@smithy/core/protocols";
import type { HttpHandler } from "@smithy/protocol-http";
import type { HttpHandlerOptions, HttpRequest } from "@smithy/types";
import type { ServerResponse } from "./handle.js";

/** Serves one request: what `createServer` of a server package builds from its handlers. */
export type RequestListener = (request: HttpRequest) => Promise<ServerResponse>;

/**
 * An `HttpHandler` that answers a client's requests by calling the server in the same process, with
 * no socket: a generated client (or the official one) takes it as its `requestHandler`.
 */
export class InProcessHttpHandler implements HttpHandler<Record<string, never>> {
  constructor(private readonly listener: RequestListener) {}

  async handle(request: HttpRequest, options: HttpHandlerOptions = {}): Promise<{ response: HttpResponse }> {
    const signal = options.abortSignal as AbortSignal | undefined;
    if (signal?.aborted) throw abortError();
    const answer = await this.listener({ ...request, body: await bodyBytes(request.body) } as HttpRequest);
    return { response: new HttpResponse({ statusCode: answer.statusCode, headers: { ...answer.headers }, body: answer.stream ?? answer.body }) };
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }
}

/** The most a request body may hold; more is answered with 413. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** A server listening on a port: its URL, and `close()`. */
export interface ListeningServer {
  readonly server: Server;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * A Node.js `http` server that reads each request (up to 16 MiB; more is a 413), hands it to
 * `listener` and writes its response. It never crashes on a request: a broken connection only ends
 * that request.
 */
export function createNodeServer(listener: RequestListener): Server {
  return createHttpServer((incoming, outgoing) => {
    void serveNodeRequest(listener, incoming, outgoing);
  });
}

/** Listens on `port` (0: any free port) of `host` (default 127.0.0.1). */
export async function listen(server: Server, port = 0, host = "127.0.0.1"): Promise<ListeningServer> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    port: address.port,
    url: `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections?.();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function serveNodeRequest(listener: RequestListener, incoming: IncomingMessage, outgoing: NodeResponse): Promise<void> {
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of incoming) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) {
        outgoing.writeHead(413, { "content-type": "application/json", connection: "close" });
        outgoing.end(JSON.stringify({ __type: "RequestEntityTooLargeException", message: `the body is larger than ${MAX_BODY_BYTES} bytes` }));
        incoming.destroy();
        return;
      }
      chunks.push(chunk as Buffer);
    }
    const url = new URL(incoming.url ?? "/", "http://localhost");
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(incoming.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
    const query: Record<string, string> = {};
    url.searchParams.forEach((value, key) => (query[key] = value));
    const request = {
      method: incoming.method ?? "GET",
      protocol: "http:",
      hostname: (headers.host ?? "localhost").replace(/:\d+$/, ""),
      path: url.pathname,
      query,
      headers,
      body: new Uint8Array(Buffer.concat(chunks)),
    } as HttpRequest;
    const response = await listener(request);
    outgoing.writeHead(response.statusCode, response.headers);
    if (!response.stream) {
      outgoing.end(response.body);
      return;
    }
    // An event stream: each message as it is produced, until the client goes away.
    const messages = response.stream[Symbol.asyncIterator]();
    outgoing.on("close", () => void messages.return?.());
    for (let next = await messages.next(); !next.done && !outgoing.destroyed; next = await messages.next()) {
      if (!outgoing.write(next.value)) await new Promise((resolve) => outgoing.once("drain", resolve));
    }
    outgoing.end();
  } catch (error) {
    if (!outgoing.headersSent) {
      outgoing.writeHead(500, { "content-type": "application/json" });
      outgoing.end(JSON.stringify({ __type: "InternalFailure", message: error instanceof Error ? error.message : String(error) }));
    } else outgoing.destroy();
  }
}

async function bodyBytes(body: unknown): Promise<Uint8Array | string | undefined> {
  if (body === undefined || body === null || typeof body === "string" || body instanceof Uint8Array) return body ?? undefined;
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  if (typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function") {
    const chunks: Uint8Array[] = [];
    for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
    return new Uint8Array(Buffer.concat(chunks));
  }
  throw new TypeError("InProcessHttpHandler: a request body must be a string, bytes or an async iterable");
}

function abortError(): Error {
  const error = new Error("Request aborted");
  error.name = "AbortError";
  return error;
}

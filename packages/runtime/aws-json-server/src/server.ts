import { handleAwsJsonRequest, type HandleOptions, type HandlerTable, type ServerResponse } from "./handle.js";
import type { AwsJsonServerService } from "./service.js";
import { createNodeServer, InProcessHttpHandler, listen, type ListeningServer } from "./transport.js";
import type { HttpRequest } from "@smithy/types";
import { sigV4Verifier } from "./sigv4.js";

/** A service's server: serve a request, in process or over HTTP. */
export interface AwsJsonServer {
  /** Answers one request (never throws: every failure is an error response). */
  handle(request: HttpRequest): Promise<ServerResponse>;
  /** An `HttpHandler` for a client's `requestHandler`: requests reach the handlers with no socket. */
  readonly requestHandler: InProcessHttpHandler;
  /** Listens on `port` (default 0: any free port) of `host` (default 127.0.0.1). */
  listen(port?: number, host?: string): Promise<ListeningServer>;
}

export interface AwsJsonServerOptions extends HandleOptions {
  /**
   * Check every request's SigV4 signature against these secret access keys, by access key id (a
   * wrong, expired or missing signature is answered as AWS does); unchecked when absent.
   */
  readonly credentials?: Readonly<Record<string, string>>;
  /** The Region a signature must be scoped to; any when absent. */
  readonly region?: string;
}

/** The server of `service` answering with `handlers` (an object with a method per operation). */
export function createAwsJsonServer(service: AwsJsonServerService, handlers: HandlerTable, options: AwsJsonServerOptions = {}): AwsJsonServer {
  const authenticate = options.credentials
    ? sigV4Verifier({ credentials: options.credentials, service: service.signingName ?? service.serviceName.toLowerCase(), ...(options.region ? { region: options.region } : {}) })
    : options.authenticate;
  const handleOptions: HandleOptions = { ...options, ...(authenticate ? { authenticate } : {}) };
  const handle = (request: HttpRequest) => handleAwsJsonRequest(service, handlers, request, handleOptions);
  return {
    handle,
    requestHandler: new InProcessHttpHandler(handle),
    listen: (port, host) => listen(createNodeServer(handle), port, host),
  };
}

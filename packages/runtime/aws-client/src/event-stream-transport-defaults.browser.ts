import type { HttpHandlerOptions, RequestHandler } from "@smithy/types";
import type { HttpRequest, HttpResponse } from "@smithy/core/protocols";

/** Browsers negotiate HTTP/2 themselves: the client's own handler serves event streams. */
export function createHttp2EventStreamHandler(_options: { readonly requestTimeout?: number }): RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions> | undefined {
  return undefined;
}

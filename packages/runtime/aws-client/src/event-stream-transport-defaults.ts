import { NodeHttp2Handler } from "@smithy/node-http-handler";
import type { HttpHandlerOptions, RequestHandler } from "@smithy/types";
import type { HttpRequest, HttpResponse } from "@smithy/core/protocols";

/**
 * Node.js: the HTTP/2 handler of event streams, one session per stream (as the AWS SDK's Kinesis
 * client does: a stream holds its session for as long as it lasts). Bundlers that honour the
 * package.json `browser` field load `event-stream-transport-defaults.browser.js` instead.
 */
export function createHttp2EventStreamHandler(options: { readonly requestTimeout?: number }): RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions> {
  return new NodeHttp2Handler({ ...options, disableConcurrentStreams: true });
}

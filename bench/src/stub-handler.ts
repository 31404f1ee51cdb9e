import { HttpResponse } from "@smithy/protocol-http";
import type { HttpHandler } from "@smithy/protocol-http";

export const RESPONSE_HEADERS = { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "bench-request" } as const;

/** A 200 response with `body` as its bytes, as a request handler returns it. */
export function okResponse(body: Uint8Array): HttpResponse {
  return new HttpResponse({ statusCode: 200, headers: { ...RESPONSE_HEADERS, "content-length": String(body.byteLength) }, body });
}

/** A request handler that answers every request with `body`, without any I/O. */
export function stubHandler(body: Uint8Array): HttpHandler {
  return {
    handle: async () => ({ response: okResponse(body) }),
    updateHttpClientConfig: () => {},
    httpHandlerConfigs: () => ({}),
  };
}

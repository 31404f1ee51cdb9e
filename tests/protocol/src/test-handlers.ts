import { Readable } from "node:stream";
import { HttpResponse, type HttpHandler, type HttpRequest } from "@smithy/core/protocols";
import type { HttpHandlerOptions } from "@smithy/types";
import type { HttpResponseTestCase } from "./cases.js";
import { testBodyBytes } from "./http-message.js";

/** Thrown by the capturing handler instead of sending: carries the request the client built. */
export class RequestCaptured extends Error {
  constructor(readonly request: HttpRequest) {
    super("the request was captured instead of sent");
    this.name = "RequestCaptured";
  }
}

/** A request handler that sends nothing: it rejects with the request, which the test then inspects. */
export function capturingHandler(): HttpHandler<HttpHandlerOptions> {
  return {
    handle: async (request) => {
      throw new RequestCaptured(request);
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
  };
}

/**
 * A request handler that answers every request with the response a test case describes: its
 * status code, its headers as written, and its body as a Node.js stream (what `NodeHttpHandler`
 * gives the client): the body's text as UTF-8, or for a binary media type (`application/cbor`)
 * the bytes its base64 stands for.
 */
export function cannedResponseHandler(test: HttpResponseTestCase): HttpHandler<HttpHandlerOptions> {
  return {
    handle: async () => ({
      response: new HttpResponse({
        statusCode: test.code,
        headers: { ...test.headers },
        body: Readable.from([Buffer.from(testBodyBytes(test.body ?? "", test.bodyMediaType))]),
      }),
    }),
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
  };
}

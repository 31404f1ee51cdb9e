/**
 * Behaviour the generated packages do not have yet, each with the reason. The tests that show it
 * run as expected-to-fail (`it.fails`), so that a fix is noticed: the case then "fails" and must
 * move out of this list.
 */
export const KNOWN_FAILURES = {
  /**
   * The client's `requestTimeout` (and the per-call one) is passed to `NodeHttpHandler` without
   * `throwOnRequestTimeout: true`; @smithy/node-http-handler 4.14 then only logs a warning and
   * the call waits for the server. `requestHandlerInput` in the client's `runtime-config-shared.ts`
   * should add `throwOnRequestTimeout: true` to the default handler's options.
   */
  requestTimeoutOnlyWarns: "client: requestTimeout only logs a warning (no throwOnRequestTimeout)",
  /**
   * A body stream that fails (connection cut before Content-Length bytes) escapes
   * `parseJsonRpcResponse` as the handler's bare `Error: aborted`: `readBodyText` runs outside the
   * try that turns failures into `LightsailDeserializationError`.
   */
  cutBodyUntyped: "serde: a body cut short by the connection is a bare Error, not LightsailDeserializationError",
} as const;

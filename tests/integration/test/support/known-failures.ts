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
} as const;

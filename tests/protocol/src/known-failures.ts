import type { ProtocolName, Side } from "./protocols.js";

/** A protocol test case the generated client (or server) is known to fail, and why. */
export interface KnownFailure {
  readonly protocol: ProtocolName;
  /** Default `client`. */
  readonly side?: Side;
  /** The case's name: its id in the Smithy model and its kind, e.g. `AwsJson11Enums:Response` (see `caseName`). */
  readonly name: string;
  /** Why it fails: the generator's part at fault and what it does wrong. */
  readonly reason: string;
}

/**
 * The one reviewed list of protocol test cases expected to fail. Each still runs: while it
 * fails it is reported as skipped with its reason; once it passes it is reported as a failure
 * ("now passes; remove it from the list"), so that a fix is never left unnoticed.
 */
export const KNOWN_FAILURES: readonly KnownFailure[] = [
  ...(["awsJson1_0", "awsJson1_1"] as const).flatMap((protocol): KnownFailure[] => [
    {
      protocol,
      side: "server",
      name: `SDKAppliedContentEncoding_${protocol}:Request`,
      reason: "a client case: it checks that the client gzips the body, and gives no body for a server to read its params from",
    },
    {
      protocol,
      side: "server",
      name: `SDKAppendsGzipAndIgnoresHttpProvidedEncoding_${protocol}:Request`,
      reason: "a client case: it checks that the client gzips the body, and gives no body for a server to read its params from",
    },
  ]),
  {
    protocol: "awsJson1_1",
    side: "server",
    name: "AwsJson11IntEnums:Response",
    reason: "the case expects the response to carry the request's X-Amz-Target header, which no awsJson server sends",
  },
  {
    protocol: "awsJson1_1",
    side: "server",
    name: "parses_the_request_id_from_the_response:Response",
    reason: "a client case: it expects the fixed request id of its canned response, while the server makes a new id for each response",
  },
];

/** The entry for a case, if it is a known failure. */
export function knownFailure(protocol: ProtocolName, name: string, side: Side = "client"): KnownFailure | undefined {
  return KNOWN_FAILURES.find((entry) => entry.protocol === protocol && entry.name === name && (entry.side ?? "client") === side);
}

import type { ProtocolName } from "./protocols.js";

/** A protocol test case the generated client is known to fail, and why. */
export interface KnownFailure {
  readonly protocol: ProtocolName;
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
export const KNOWN_FAILURES: readonly KnownFailure[] = [];

/** The entry for a case, if it is a known failure. */
export function knownFailure(protocol: ProtocolName, name: string): KnownFailure | undefined {
  return KNOWN_FAILURES.find((entry) => entry.protocol === protocol && entry.name === name);
}

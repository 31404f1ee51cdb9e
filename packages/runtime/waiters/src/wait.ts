import { createWaiter, WaiterState, type WaiterConfiguration, type WaiterResult } from "@smithy/core/client";
import { acceptorState, type Acceptor, type CallOutcome } from "./acceptors.js";
import { WaiterAbortedError, WaiterFailureError, WaiterTimeoutError } from "./errors.js";

/** One waiter of the model (`smithy.waiters#Waiter`) bound to its operation: what a client package declares. */
export interface WaiterDefinition<Client, Input, Output> {
  /** The waiter's name in the model (`TableExists`). */
  readonly name: string;
  /** Seconds between calls at least and at most, the model's (defaults 2 and 120). */
  readonly minDelay: number;
  readonly maxDelay: number;
  /** Calls the operation once. */
  readonly send: (client: Client, input: Input) => Promise<Output>;
  /** The acceptors, in the model's order. */
  readonly acceptors: readonly Acceptor[];
}

/** The result of a wait that reached a success state: `reason` is the output (or error) that matched. */
export interface WaiterSuccess<Output> extends WaiterResult {
  readonly state: WaiterState.SUCCESS;
  readonly reason: Output | unknown;
}

/**
 * Calls the operation until an acceptor moves the waiter to `success` (the result, with the output or
 * error that matched as `reason`) or `failure` (throws `WaiterFailureError`), polling again after
 * `retry` or an output no acceptor matches, with `@smithy/core`'s `createWaiter` (exponential
 * backoff with jitter between `minDelay` and `maxDelay`, `maxWaitTime`, abort signals).
 *
 * Unlike the official AWS SDK's waiters, and as the Smithy specification says, an error no acceptor
 * matches ends the wait at once by throwing that error (a wrong Region or missing permission does not
 * poll until the deadline), and running out of `maxWaitTime` throws a `WaiterTimeoutError` carrying
 * the last outcome seen and the number of calls; an abort throws `WaiterAbortedError`.
 */
export async function waitUntil<Client, Input, Output>(
  definition: WaiterDefinition<Client, Input, Output>,
  config: WaiterConfiguration<Client>,
  input: Input,
): Promise<WaiterSuccess<Output>> {
  let attempts = 0;
  let lastOutcome: CallOutcome<Output> | undefined;
  let unmatchedError: { readonly error: unknown } | undefined;
  const result = await createWaiter<Client, Input>(
    { minDelay: definition.minDelay, maxDelay: definition.maxDelay, ...config },
    input,
    async (client, request) => {
      attempts += 1;
      let outcome: CallOutcome<Output>;
      try {
        outcome = { kind: "output", output: await definition.send(client, request) };
      } catch (error) {
        outcome = { kind: "error", error };
      }
      lastOutcome = outcome;
      const reason = outcome.kind === "output" ? outcome.output : outcome.error;
      const state = acceptorState(definition.acceptors, request, outcome);
      if (state === "success") return { state: WaiterState.SUCCESS, reason };
      if (state === "failure") return { state: WaiterState.FAILURE, reason };
      if (state === undefined && outcome.kind === "error") {
        unmatchedError = { error: outcome.error };
        return { state: WaiterState.FAILURE, reason };
      }
      return { state: WaiterState.RETRY, reason };
    },
  );
  const progress = { waiter: definition.name, attempts, lastOutcome };
  switch (result.state) {
    case WaiterState.SUCCESS:
      return result as WaiterSuccess<Output>;
    case WaiterState.FAILURE:
      if (unmatchedError) throw unmatchedError.error;
      throw new WaiterFailureError({ ...progress, lastOutcome: lastOutcome! });
    case WaiterState.ABORTED:
      throw new WaiterAbortedError(progress);
    default:
      throw new WaiterTimeoutError(progress, config.maxWaitTime);
  }
}

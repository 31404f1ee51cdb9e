import type { CallOutcome } from "./acceptors.js";

/** What a waiter saw last before it gave up: the outcome of its last call, and how many calls it made. */
export interface WaiterProgress<Output = unknown> {
  /** The waiter's name in the model (`TableExists`). */
  readonly waiter: string;
  /** How many times the operation was called. */
  readonly attempts: number;
  /** The outcome of the last call (an output, or an error an acceptor matched with `retry`); undefined before the first. */
  readonly lastOutcome: CallOutcome<Output> | undefined;
}

/** Thrown when `maxWaitTime` passes before an acceptor ends the wait; carries the last state seen. */
export class WaiterTimeoutError<Output = unknown> extends Error {
  override readonly name = "WaiterTimeoutError";
  readonly waiter: string;
  readonly attempts: number;
  readonly lastOutcome: CallOutcome<Output> | undefined;
  readonly maxWaitTime: number;
  constructor(progress: WaiterProgress<Output>, maxWaitTime: number) {
    super(`waiter ${progress.waiter} timed out after ${maxWaitTime} s and ${progress.attempts} call(s)${describe(progress.lastOutcome)}`);
    this.waiter = progress.waiter;
    this.attempts = progress.attempts;
    this.lastOutcome = progress.lastOutcome;
    this.maxWaitTime = maxWaitTime;
  }
}

/** Thrown when an acceptor with the state `failure` matches: the resource reached a state it will not leave. */
export class WaiterFailureError<Output = unknown> extends Error {
  override readonly name = "WaiterFailureError";
  readonly waiter: string;
  readonly attempts: number;
  /** The outcome the failure acceptor matched. */
  readonly lastOutcome: CallOutcome<Output>;
  constructor(progress: WaiterProgress<Output> & { readonly lastOutcome: CallOutcome<Output> }) {
    super(`waiter ${progress.waiter} reached a failure state after ${progress.attempts} call(s)${describe(progress.lastOutcome)}`, {
      ...(progress.lastOutcome.kind === "error" ? { cause: progress.lastOutcome.error } : {}),
    });
    this.waiter = progress.waiter;
    this.attempts = progress.attempts;
    this.lastOutcome = progress.lastOutcome;
  }
}

/** Thrown when the wait is aborted through `abortSignal` or `abortController`. */
export class WaiterAbortedError<Output = unknown> extends Error {
  override readonly name = "AbortError";
  readonly waiter: string;
  readonly attempts: number;
  readonly lastOutcome: CallOutcome<Output> | undefined;
  constructor(progress: WaiterProgress<Output>) {
    super(`waiter ${progress.waiter} was aborted after ${progress.attempts} call(s)`);
    this.waiter = progress.waiter;
    this.attempts = progress.attempts;
    this.lastOutcome = progress.lastOutcome;
  }
}

function describe(outcome: CallOutcome | undefined): string {
  if (!outcome) return "";
  if (outcome.kind === "output") return "; the last call returned an output";
  const error = outcome.error as { name?: unknown; message?: unknown } | null;
  return `; the last call threw ${String(error?.name ?? "an error")}${typeof error?.message === "string" && error.message ? `: ${error.message}` : ""}`;
}

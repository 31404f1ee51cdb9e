export { acceptorState, compare, matches, select, type Acceptor, type AcceptorState, type CallOutcome, type Matcher, type PathComparator, type PathMatcher } from "./acceptors.js";
export { WaiterAbortedError, WaiterFailureError, WaiterTimeoutError, type WaiterProgress } from "./errors.js";
export { waitUntil, type WaiterDefinition, type WaiterSuccess } from "./wait.js";

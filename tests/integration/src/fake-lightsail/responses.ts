/**
 * What the fake service answers to one request. By default it serves the next page of records;
 * a test queues other answers (errors, delays, broken bodies) with `FakeLightsail.enqueue`, one
 * per request, in order.
 */
export type ScriptedResponse =
  | PageResponse
  | ErrorResponse
  | RawResponse
  | CutResponse
  | DelayedResponse;

/** The page the request asks for; `nextPageToken` replaces the real next token (`null` leaves it out). */
export interface PageResponse {
  readonly kind: "page";
  readonly nextPageToken?: string | null;
}

/** An awsJson1_1 error: `{"__type": type, "message": ..., ...members}` with `status`. */
export interface ErrorResponse {
  readonly kind: "error";
  readonly status: number;
  readonly type: string;
  readonly message?: string;
  readonly members?: Readonly<Record<string, string>>;
}

/** A response exactly as given: a body that is not JSON, say, or of the wrong shape. */
export interface RawResponse {
  readonly kind: "raw";
  readonly status: number;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Headers announcing `declaredLength` bytes, then `body` (shorter), then the connection is cut. */
export interface CutResponse {
  readonly kind: "cut";
  readonly declaredLength: number;
  readonly body: string;
}

/** `then` after `ms` milliseconds; nothing at all if the client goes away first. */
export interface DelayedResponse {
  readonly kind: "delay";
  readonly ms: number;
  readonly then: ScriptedResponse;
}

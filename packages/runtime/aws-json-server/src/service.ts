import type { ValuePath } from "@smithy-gen/serde-core";
import type { JsonText } from "@smithy-gen/serde-json";
import type { HttpRequest } from "@smithy/types";
import type { ConstraintTable } from "./constraints.js";

/** awsJson 1.0 or 1.1: the two versions differ only in their Content-Type. */
export type AwsJsonContentType = "application/x-amz-json-1.0" | "application/x-amz-json-1.1";

/** A modelled error class: what a handler throws to answer with that error. */
export interface ErrorClass {
  readonly shapeId?: string;
  readonly prototype: Error;
}

/** A modelled error an operation can answer with. */
export interface ServerError {
  /** The error's code: its shape name, e.g. `NotFoundException`. */
  readonly code: string;
  /** What `__type` says: the error's shape id (`com.amazonaws.lightsail#NotFoundException`); default `code`. */
  readonly type?: string;
  /**
   * `@awsQueryCompatible` services: the `x-amzn-query-error` header, `<awsQuery code>;Sender` (or
   * `;Receiver` for a server fault), for an error with `@awsQueryError`.
   */
  readonly queryError?: string;
  readonly errorClass: ErrorClass;
  /** The HTTP status: `@httpError`, else 400 for a client fault and 500 for a server fault. */
  readonly status: number;
  /** Writes the error's members as JSON (the server package's serializer of the error shape). */
  readonly serialize: (value: never, path?: ValuePath) => unknown;
}

/** How the server writes an operation's output event stream (`application/vnd.amazon.eventstream`). */
export interface ServerEventStream {
  /** The output member holding the stream: `EventStream` for Kinesis `SubscribeToShard`. */
  readonly member: string;
  /** Each event member's writer (the server package's serializer of its structure), by member name. */
  readonly events: Readonly<Record<string, (value: never, path?: ValuePath) => unknown>>;
  /** The union's error members; `code` is the member name, which the `:exception-type` header carries. */
  readonly errors: readonly ServerError[];
}

/** One operation as the server serves it. */
export interface ServerOperation {
  /** `GetExportSnapshotRecords` */
  readonly name: string;
  /** The handler's method name: `getExportSnapshotRecords`. */
  readonly method: string;
  /** Reads the input from the request's JSON (the server package's deserializer); absent for Unit input. */
  readonly readInput?: (json: unknown, path: ValuePath) => unknown;
  /** The input's name in the constraint table; absent when there is nothing to check. */
  readonly inputShape?: string;
  /** The output's name in the constraint table; absent for Unit output. */
  readonly outputShape?: string;
  /** Writes the output as JSON; absent for Unit output (the body is then empty, as the protocol says). */
  readonly writeOutput?: (value: never, path?: ValuePath) => unknown;
  /** The operation's modelled errors. */
  readonly errors: readonly ServerError[];
  /**
   * An operation whose output is an event stream: the output member holding it, a writer of each
   * event member's value by member name, and the union's error members (thrown by the handler's
   * iterable to end the stream with that error). Such an operation has no `writeOutput`.
   */
  readonly eventStream?: ServerEventStream;
  /**
   * The code of the modelled error that answers input the model forbids (Lightsail's
   * `InvalidInputException`); absent when the operation has none, and the server answers with a
   * `ValidationException`.
   */
  readonly validationError?: string;
}

/** What the awsJson server needs to know of one service: its server package declares it once. */
export interface AwsJsonServerService {
  /** `Lightsail`, for messages. */
  readonly serviceName: string;
  /** The service shape's name, the `X-Amz-Target` prefix: `Lightsail_20161128`. */
  readonly targetPrefix: string;
  readonly contentType: AwsJsonContentType;
  /** The SigV4 signing name (`aws.auth#sigv4`), which a signature's credential scope must name. */
  readonly signingName?: string;
  /** How values become JSON text and back; default `JSON`. */
  readonly json?: JsonText;
  /** Every operation, by name. */
  readonly operations: Readonly<Record<string, ServerOperation>>;
  /** The model's constraints on the shapes the operations receive and send. */
  readonly constraints: ConstraintTable;
}

/** What a handler learns of the call besides its input. */
export interface ServerContext {
  /** `GetExportSnapshotRecords` */
  readonly operation: string;
  /** The request as it arrived. */
  readonly request: HttpRequest;
  /** The id the response carries in `x-amzn-RequestId`. */
  readonly requestId: string;
  /** The access key id of a verified SigV4 signature, when the server checks signatures. */
  readonly accessKeyId?: string;
}

/** A handler of one operation: the output, or a thrown modelled error. */
export type OperationHandler<Input = never, Output = unknown> = (input: Input, context: ServerContext) => Promise<Output> | Output;

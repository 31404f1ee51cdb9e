import { ShapeMismatchError, pathText } from "@smithy-gen/serde-core";
import { EventStreamCodec } from "@smithy/core/event-streams";
import { toUtf8 } from "@smithy/core/serde";
import type { HttpRequest } from "@smithy/types";
import { checkConstraints, type ConstraintViolation } from "./constraints.js";
import type { AwsJsonServerService, OperationHandler, ServerContext, ServerError, ServerEventStream, ServerOperation } from "./service.js";

/** A response as the server writes it: status, headers and the body's bytes. */
export interface ServerResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  /** The body; empty for an event stream, whose messages are in `stream`. */
  readonly body: Uint8Array;
  /** An output event stream's messages (`application/vnd.amazon.eventstream`), as they are produced. */
  readonly stream?: AsyncIterable<Uint8Array>;
}

/**
 * The handlers of a service's operations, by method name (`getExportSnapshotRecords`); an operation
 * without one answers `NotImplemented` (501). Handlers are called as methods, so a class instance works.
 */
export type HandlerTable = object;

export interface HandleOptions {
  /** Checks the request before it is routed (SigV4, say); returns the error response, or the caller's access key id. */
  readonly authenticate?: (request: HttpRequest) => Promise<ProtocolError | { accessKeyId?: string }>;
  /** Makes the id of each response (`x-amzn-RequestId`); default a random UUID. */
  readonly requestId?: () => string;
  /** Called with an error a handler threw that the operation does not model (answered with a 500). */
  readonly onUnmodelledError?: (error: unknown, context: ServerContext) => void;
}

/**
 * An error the protocol answers before or around a handler: unknown operation, wrong content type,
 * malformed body, input the model forbids, unauthenticated (4xx), or an operation without a handler (501).
 */
export class ProtocolError extends Error {
  override readonly name = "ProtocolError";
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const encoder = new TextEncoder();

/**
 * Serves one awsJson request: routes it by `X-Amz-Target`, reads and checks the input, calls the
 * operation's handler and writes its output or the modelled error it throws. Never throws: every
 * failure is a response (4xx for the caller's mistakes, 500 `InternalFailure` for a handler's
 * error the operation does not model).
 */
export async function handleAwsJsonRequest(
  service: AwsJsonServerService,
  handlers: HandlerTable,
  request: HttpRequest,
  options: HandleOptions = {},
): Promise<ServerResponse> {
  const requestId = options.requestId?.() ?? randomId();
  const json = service.json ?? JSON;
  const respond = (statusCode: number, body: unknown, headers: Record<string, string> = {}): ServerResponse => {
    // An operation without output answers with no body at all.
    const bytes = body === undefined ? new Uint8Array(0) : encoder.encode(json.stringify(body));
    return {
      statusCode,
      headers: { "content-type": service.contentType, "content-length": String(bytes.byteLength), "x-amzn-requestid": requestId, ...headers },
      body: bytes,
    };
  };
  const protocolErrorResponse = (error: ProtocolError): ServerResponse => respond(error.statusCode, { __type: error.code, message: error.message, ...error.fields });
  try {
    const { operation, input, accessKeyId } = await readRequest(service, request, options);
    const handler = (handlers as Record<string, OperationHandler<never, unknown> | undefined>)[operation.method];
    if (typeof handler !== "function") throw new ProtocolError(501, "NotImplemented", `${service.serviceName}.${operation.name} has no handler on this server`);
    const context: ServerContext = { operation: operation.name, request, requestId, ...(accessKeyId ? { accessKeyId } : {}) };
    let output: unknown;
    try {
      output = await handler.call(handlers, input as never, context);
    } catch (error) {
      const modelled = modelledError(operation, error);
      if (!modelled) {
        options.onUnmodelledError?.(error, context);
        if (error instanceof ProtocolError) return protocolErrorResponse(error);
        return respond(500, { __type: "InternalFailure", message: `${operation.name}: the handler threw an error the operation does not model: ${errorText(error)}` });
      }
      return respond(modelled.status, errorBody(operation, modelled, error as Error), modelled.queryError ? { "x-amzn-query-error": modelled.queryError } : {});
    }
    if (operation.eventStream) {
      const events = (output as Record<string, unknown> | undefined)?.[operation.eventStream.member];
      if (!isAsyncIterable(events)) {
        return respond(500, { __type: "InternalFailure", message: `${operation.name}: the handler's output has no async iterable ${operation.eventStream.member}` });
      }
      return {
        statusCode: 200,
        headers: { "content-type": EVENT_STREAM_CONTENT_TYPE, "x-amzn-requestid": requestId },
        body: new Uint8Array(0),
        stream: writeEventStream(service, operation, operation.eventStream, events),
      };
    }
    if (!operation.writeOutput) return respond(200, undefined);
    try {
      return respond(200, operation.writeOutput(((output ?? {}) as never), "$"));
    } catch (error) {
      return respond(500, { __type: "InternalFailure", message: `${operation.name}: the handler's output does not match the model: ${errorText(error)}` });
    }
  } catch (error) {
    if (error instanceof ProtocolError) return protocolErrorResponse(error);
    return respond(500, { __type: "InternalFailure", message: errorText(error) });
  }
}

interface ReadRequest {
  readonly operation: ServerOperation;
  readonly input: unknown;
  readonly accessKeyId?: string;
}

/** Routes the request and reads its input, or throws the `ProtocolError` that answers it. */
async function readRequest(service: AwsJsonServerService, request: HttpRequest, options: HandleOptions): Promise<ReadRequest> {
  if (request.method.toUpperCase() !== "POST" || (request.path !== "/" && request.path !== "")) {
    throw new ProtocolError(404, "UnknownOperationException", `awsJson requests are POST /, not ${request.method} ${request.path}`);
  }
  const target = header(request, "x-amz-target");
  const prefix = `${service.targetPrefix}.`;
  const name = target?.startsWith(prefix) ? target.slice(prefix.length) : undefined;
  const operation = name !== undefined && Object.hasOwn(service.operations, name) ? service.operations[name]! : undefined;
  if (!operation) {
    throw new ProtocolError(400, "UnknownOperationException", target === undefined ? "the request has no X-Amz-Target header" : `${service.serviceName} has no operation ${JSON.stringify(target)}`);
  }
  let accessKeyId: string | undefined;
  if (options.authenticate) {
    const result = await options.authenticate(request);
    if (result instanceof ProtocolError) throw result;
    accessKeyId = result.accessKeyId;
  }
  const contentType = header(request, "content-type");
  const mediaType = contentType?.split(";")[0]!.trim().toLowerCase();
  if (mediaType !== service.contentType) {
    throw new ProtocolError(415, "UnsupportedMediaTypeException", `${operation.name}: expected Content-Type ${service.contentType}, received ${contentType === undefined ? "none" : JSON.stringify(contentType)}`);
  }
  const text = bodyText(request.body);
  let json: unknown;
  try {
    json = text.trim().length === 0 ? {} : (service.json ?? JSON).parse(text);
  } catch (error) {
    throw new ProtocolError(400, "SerializationException", `${operation.name}: the body is not JSON (${errorText(error)})`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new ProtocolError(400, "SerializationException", `${operation.name}: $: expected a JSON object, received ${Array.isArray(json) ? "an array" : json === null ? "null" : typeof json}`);
  }
  let input: unknown = {};
  if (operation.readInput) {
    try {
      input = operation.readInput(json, "$");
    } catch (error) {
      if (error instanceof ShapeMismatchError) throw new ProtocolError(400, "SerializationException", `${operation.name}: ${error.message}`, { path: error.path });
      throw new ProtocolError(400, "SerializationException", `${operation.name}: ${errorText(error)}`);
    }
  }
  const violations = operation.inputShape
    ? checkConstraints(service.constraints, operation.inputShape, json, { unknownMembers: true })
    : Object.keys(json).map((key): ConstraintViolation => ({ path: pathText({ parent: "$", key }), constraint: "unknownMember", message: "is not a member of the input" }));
  if (violations.length) throw validationError(operation, violations);
  return { operation, input, ...(accessKeyId ? { accessKeyId } : {}) };
}

/**
 * The answer to input the model forbids: the operation's own validation error (Lightsail's
 * `InvalidInputException`), else a `ValidationException` with the smithy.framework fields.
 */
function validationError(operation: ServerOperation, violations: readonly ConstraintViolation[]): ProtocolError {
  const message = `${operation.name}: ${violations.map((violation) => `${violation.path} ${violation.message}`).join("; ")}`;
  const modelled = operation.validationError ? operation.errors.find((error) => error.code === operation.validationError) : undefined;
  if (modelled) return new ProtocolError(modelled.status, modelled.code, message);
  return new ProtocolError(400, "ValidationException", message, {
    fieldList: violations.map((violation) => ({ path: violation.path, message: `${violation.path} ${violation.message}` })),
  });
}

/** The modelled error of the operation that `error` is an instance of (by class, or by shape id across copies). */
function modelledError(operation: Pick<ServerOperation, "errors">, error: unknown): ServerError | undefined {
  if (!(error instanceof Error)) return undefined;
  const shapeId = (error.constructor as { shapeId?: unknown }).shapeId;
  return operation.errors.find((entry) => error instanceof (entry.errorClass as unknown as abstract new () => Error) || (shapeId !== undefined && entry.errorClass.shapeId === shapeId));
}

function errorBody(operation: Pick<ServerOperation, "name">, modelled: ServerError, error: Error): Record<string, unknown> {
  let members: unknown;
  try {
    members = modelled.serialize(error as never, "$");
  } catch (serializeError) {
    return { __type: "InternalFailure", message: `${operation.name}: the ${modelled.code} thrown does not match the model: ${errorText(serializeError)}` };
  }
  const body: Record<string, unknown> = { __type: modelled.type ?? modelled.code, ...(members as Record<string, unknown>) };
  // The client reads the message from `message` (or `Message`); an error shape without such a member still carries it.
  if (body.message === undefined && body.Message === undefined && error.message) body.message = error.message;
  return body;
}

function header(request: HttpRequest, name: string): string | undefined {
  for (const key of Object.keys(request.headers)) if (key.toLowerCase() === name) return request.headers[key];
  return undefined;
}

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return "";
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return toUtf8(body);
  throw new ProtocolError(400, "SerializationException", "the request body must be read before it is handled");
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function randomId(): string {
  return globalThis.crypto.randomUUID();
}

const EVENT_STREAM_CONTENT_TYPE = "application/vnd.amazon.eventstream";

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === "object" && value !== null && typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function";
}

/**
 * The messages of an output event stream, written as the handler's iterable yields its events: an
 * `initial-response` first (the output has no other member, so it is empty), as the services send
 * it; then an `event` message per `{ [member]: value }`; a modelled error the iterable throws ends
 * the stream with an `exception` message, any other error (or an event the model does not know)
 * with an `error` message, as the service's `InternalFailure`. The client going away ends the
 * iterable (its `return()`).
 */
async function* writeEventStream(
  service: AwsJsonServerService,
  operation: ServerOperation,
  stream: ServerEventStream,
  events: AsyncIterable<unknown>,
): AsyncGenerator<Uint8Array, void, undefined> {
  const json = service.json ?? JSON;
  const codec = new EventStreamCodec(toUtf8, (text: string) => encoder.encode(text));
  const message = (headers: Record<string, string>, body: unknown): Uint8Array =>
    codec.encode({
      headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, { type: "string" as const, value }])),
      body: body === undefined ? new Uint8Array(0) : encoder.encode(json.stringify(body)),
    });
  const failure = (text: string): Uint8Array => message({ ":message-type": "error", ":error-code": "InternalFailure", ":error-message": text }, undefined);
  yield message({ ":message-type": "event", ":event-type": "initial-response", ":content-type": "application/json" }, {});
  let position = 0;
  try {
    for await (const event of events) {
      const path = `$.${stream.member}[${position++}]`;
      const entries = typeof event === "object" && event !== null ? Object.entries(event).filter(([, value]) => value !== undefined) : [];
      const [type, value] = entries.length === 1 ? entries[0]! : [undefined, undefined];
      const write = type !== undefined && Object.hasOwn(stream.events, type) ? stream.events[type]! : undefined;
      if (write === undefined) {
        yield failure(`${operation.name}: ${path} is not an event of ${stream.member}: ${errorText(event)}`);
        return;
      }
      let body: unknown;
      try {
        body = write(value as never, `${path}.${type}`);
      } catch (error) {
        yield failure(`${operation.name}: the handler's event does not match the model: ${errorText(error)}`);
        return;
      }
      yield message({ ":message-type": "event", ":event-type": type!, ":content-type": "application/json" }, body);
    }
  } catch (error) {
    const modelled = modelledError(stream, error);
    if (!modelled) {
      yield failure(`${operation.name}: the handler's event stream threw an error the stream does not model: ${errorText(error)}`);
      return;
    }
    const body = errorBody(operation, modelled, error as Error);
    yield message({ ":message-type": "exception", ":exception-type": modelled.code, ":content-type": "application/json" }, body);
  }
}

import { getTrait, type Model, type ShapeId } from "@smithy-gen/codegen";
import type { ClientSide } from "./client-pair.js";
import { comparable } from "./comparable.js";
import { RequestCaptured, requestView, type CborRequestView, type RequestView } from "./http.js";
import { structureShape } from "./service-model.js";
import type { HttpRequest, HttpResponse } from "@smithy/core/protocols";

/** What one client did with a request: the request it built, or the error it threw first. */
export type RequestObservation = { readonly request: RequestView | CborRequestView } | { readonly thrown: ErrorView };

/** What one client made of a response: its output, or the error it threw. */
export type ResponseObservation = { readonly output: unknown } | { readonly thrown: ErrorView };

/** The parts of an error both clients promise: name, fault, retryability, status, message, modelled members, class. */
export interface ErrorView {
  readonly name: unknown;
  readonly fault: unknown;
  readonly retryable: unknown;
  readonly httpStatusCode: unknown;
  readonly requestId: unknown;
  readonly message: unknown;
  /** Each modelled member of the error shape, by member name, as the error carries it. */
  readonly members?: Record<string, unknown>;
  /**
   * Each field of the error response's body that the error shape does not model (all of them for an
   * unmodelled error), by name, as the error carries it: both clients keep the whole body.
   */
  readonly bodyFields?: Record<string, unknown>;
  /** Whether the error is an instance of the side's class for the expected error shape. */
  readonly ofModelledClass?: boolean;
  readonly ofServiceException: boolean;
  /**
   * For an `@awsQueryCompatible` service, what the error carries of its awsQuery identity: the
   * `Code` and `Type` of the `x-amzn-query-error` header, and the official SDK's `Error` object and
   * `RequestId` copy of the request id.
   */
  readonly queryCompatible?: { readonly Code: unknown; readonly Type: unknown; readonly Error: unknown; readonly RequestId: unknown };
}

/** Sends `input` with the handler recording; the client's request (as `view` shows it), or what it threw instead of sending. */
export async function observeRequest(
  side: ClientSide,
  operation: string,
  input: unknown,
  view: (request: HttpRequest) => RequestView | CborRequestView = requestView,
): Promise<RequestObservation> {
  side.handler.lastRequest = undefined;
  side.handler.respond = undefined;
  try {
    await side.client.send(side.command(operation, input));
  } catch (error) {
    if (error instanceof RequestCaptured || (error as { name?: unknown } | null)?.name === "RequestCaptured") {
      if (side.handler.lastRequest) return { request: view(side.handler.lastRequest) };
    }
    return { thrown: errorView(side, error) };
  }
  throw new Error(`${side.label}: ${operation} resolved although its handler only records requests`);
}

/** What the harness knows of the response it gives a client. */
export interface ResponseContext {
  readonly model: Model;
  /** The modelled error the response carries, if any. */
  readonly expectedError?: ShapeId;
  /** The response body's map (JSON object, or decoded CBOR map), to tell which fields an error has; undefined when it is none. */
  readonly bodyMap?: Record<string, unknown>;
  /** Whether the service is `@awsQueryCompatible`: errors are compared for their awsQuery identity too. */
  readonly queryCompatible?: boolean;
}

/** Sends `input` and answers with `response`; the client's output (comparable) or its error. */
export async function observeResponse(side: ClientSide, operation: string, input: unknown, response: () => HttpResponse, context: ResponseContext): Promise<ResponseObservation> {
  const { model, expectedError } = context;
  side.handler.lastRequest = undefined;
  side.handler.respond = response;
  try {
    return { output: comparable(await side.client.send(side.command(operation, input))) };
  } catch (error) {
    return {
      thrown: {
        ...errorView(side, error, model, expectedError),
        ...bodyFieldsView(error, model, expectedError, context.bodyMap),
        ...(context.queryCompatible ? { queryCompatible: queryCompatibleView(error) } : {}),
      },
    };
  } finally {
    side.handler.respond = undefined;
  }
}

export function errorView(side: ClientSide, error: unknown, model?: Model, errorId?: ShapeId): ErrorView {
  const record = (error ?? {}) as Record<string, unknown>;
  const metadata = (record.$metadata ?? {}) as Record<string, unknown>;
  const view: ErrorView = {
    name: record.name,
    fault: record.$fault,
    retryable: comparable(record.$retryable),
    httpStatusCode: metadata.httpStatusCode,
    requestId: metadata.requestId,
    message: record.message,
    ofServiceException: error instanceof side.serviceException,
  };
  if (!model || !errorId) return view;
  const shape = structureShape(model, errorId);
  const members: Record<string, unknown> = {};
  for (const member of shape.members.values()) members[member.name] = comparable(record[member.name]);
  const name = errorId.slice(errorId.indexOf("#") + 1);
  return { ...view, members, ofModelledClass: error instanceof side.errorClass(errorId, name) };
}

/** The awsQuery identity an error carries (`ErrorView.queryCompatible`). */
function queryCompatibleView(error: unknown): NonNullable<ErrorView["queryCompatible"]> {
  const record = (error ?? {}) as Record<string, unknown>;
  return { Code: record.Code, Type: record.Type, Error: comparable(record.Error), RequestId: record.RequestId };
}

/** The fields of an error body's map that `errorId` does not model, as `error` carries them. */
function bodyFieldsView(error: unknown, model: Model, errorId: ShapeId | undefined, json: Record<string, unknown> | undefined): Pick<ErrorView, "bodyFields"> {
  if (json === undefined) return {};
  const modelled = errorId ? new Set(structureShape(model, errorId).members.keys()) : new Set<string>();
  const record = (error ?? {}) as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(json)) {
    if (!modelled.has(key) && key !== "__proto__") fields[key] = comparable(Object.hasOwn(record, key) ? record[key] : undefined);
  }
  return { bodyFields: fields };
}

/**
 * The request bodies of both clients with the idempotency tokens they filled in (top-level
 * `@idempotencyToken` members the input left unset) replaced by a marker, after checking that
 * both filled one in: the tokens are random, so only their presence can be compared.
 */
export function withoutFilledTokens(model: Model, inputId: ShapeId, input: unknown, bodies: readonly unknown[]): unknown[] {
  if (inputId === "smithy.api#Unit") return [...bodies];
  const shape = structureShape(model, inputId);
  const filled = [...shape.members.values()].filter(
    (member) => getTrait(member, "smithy.api#idempotencyToken") !== undefined && (input as Record<string, unknown>)[member.name] === undefined,
  );
  if (filled.length === 0) return [...bodies];
  return bodies.map((body) => {
    if (body === null || typeof body !== "object" || Array.isArray(body)) return body;
    const copy = { ...(body as Record<string, unknown>) };
    for (const member of filled) {
      const token = copy[member.name];
      copy[member.name] = typeof token === "string" && /^[0-9a-f-]{36}$/i.test(token) ? "<idempotency token>" : { missingToken: token ?? "absent" };
    }
    return copy;
  });
}

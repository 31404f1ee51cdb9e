import { getTrait, type Model, type ShapeId } from "@smithy-gen/codegen";
import type { ClientSide } from "./client-pair.js";
import { comparable } from "./comparable.js";
import { RequestCaptured, requestView, type RequestView } from "./http.js";
import { structureShape } from "./service-model.js";
import type { HttpResponse } from "@smithy/core/protocols";

/** What one client did with a request: the request it built, or the error it threw first. */
export type RequestObservation = { readonly request: RequestView } | { readonly thrown: ErrorView };

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
}

/** Sends `input` with the handler recording; the client's request, or what it threw instead of sending. */
export async function observeRequest(side: ClientSide, operation: string, input: unknown): Promise<RequestObservation> {
  side.handler.lastRequest = undefined;
  side.handler.respond = undefined;
  try {
    await side.client.send(side.command(operation, input));
  } catch (error) {
    if (error instanceof RequestCaptured || (error as { name?: unknown } | null)?.name === "RequestCaptured") {
      if (side.handler.lastRequest) return { request: requestView(side.handler.lastRequest) };
    }
    return { thrown: errorView(side, error) };
  }
  throw new Error(`${side.label}: ${operation} resolved although its handler only records requests`);
}

/** Sends `input` and answers with `response`; the client's output (comparable) or its error. */
export async function observeResponse(
  side: ClientSide,
  operation: string,
  input: unknown,
  response: () => HttpResponse,
  model: Model,
  expectedError?: ShapeId,
  body?: string,
): Promise<ResponseObservation> {
  side.handler.lastRequest = undefined;
  side.handler.respond = response;
  try {
    return { output: comparable(await side.client.send(side.command(operation, input))) };
  } catch (error) {
    return { thrown: { ...errorView(side, error, model, expectedError), ...bodyFieldsView(error, model, expectedError, body) } };
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

/** The fields of an error body (a JSON object) that `errorId` does not model, as `error` carries them. */
function bodyFieldsView(error: unknown, model: Model, errorId: ShapeId | undefined, body: string | undefined): Pick<ErrorView, "bodyFields"> {
  let json: unknown;
  try {
    json = body === undefined || body === "" ? undefined : JSON.parse(body);
  } catch {
    return {};
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) return {};
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

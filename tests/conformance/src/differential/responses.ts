import { getTrait, type ShapeId } from "@smithy-gen/codegen";
import { array, boolean, constantFrom, dictionary, integer, oneof, string, type Arbitrary } from "fast-check";
import type { WireResponse } from "./http.js";
import { structureShape, type ServiceModel } from "./service-model.js";
import { toWireJson } from "./wire-json.js";

/** The request id every canned response carries, so that both clients report it in `$metadata`. */
export const REQUEST_ID = "4f1c7e0a-0000-4000-8000-000000000001";

/**
 * Where an error response names its error; the awsJson specifications allow these (and a body
 * `code`, which the harness does not send: Lightsail models `code` as an error member).
 */
export const ERROR_CODE_FORMS = ["shape id in __type", "name in __type", "x-amzn-errortype header"] as const;
export type ErrorCodeForm = (typeof ERROR_CODE_FORMS)[number];

/**
 * Fields a service may add to an error body beyond the error's shape (the names of fields real
 * services send, and `Reason`, capitalized): strings, numbers, booleans, lists and objects. `code`
 * is left out (the official client may read it as the error code: `code-member-read-as-error-code`).
 */
export const UNMODELLED_FIELDS: Arbitrary<Record<string, unknown>> = dictionary(
  constantFrom("docs", "tip", "retryAfterSeconds", "resourceId", "Reason", "details", "__typeHint"),
  oneof(
    string({ maxLength: 8 }),
    integer({ min: -1000, max: 1000 }),
    boolean(),
    array(string({ maxLength: 4 }), { maxLength: 3 }),
    dictionary(constantFrom("a", "b"), string({ maxLength: 4 }), { maxKeys: 2 }),
  ),
  { maxKeys: 3 },
);

/**
 * An error response as an awsJson service sends it, the error named as `form` says: the modelled
 * error `id` with the members of `value` (an instance from the types package's arbitraries), at
 * its `@httpError` status or 400 / 500 by its fault; or, without `id`, an unmodelled error
 * `{ code, message }` at 400; with the `fields` the shape does not model added to the body.
 */
export function errorResponse(service: ServiceModel, id: ShapeId | undefined, value: unknown, form: ErrorCodeForm, fields: Record<string, unknown> = {}): WireResponse {
  const headers: Record<string, string> = { "x-amzn-requestid": REQUEST_ID };
  let body: Record<string, unknown>;
  let code: string;
  let name: string;
  let status: number;
  if (id) {
    const shape = structureShape(service.model, id);
    body = toWireJson(service.model, id, value) as Record<string, unknown>;
    name = id.slice(id.indexOf("#") + 1);
    code = id;
    const httpError = getTrait(shape, "smithy.api#httpError");
    status = typeof httpError === "number" ? httpError : getTrait(shape, "smithy.api#error") === "server" ? 500 : 400;
  } else {
    const unmodelled = value as { code: string; message: string };
    body = { message: unmodelled.message };
    name = unmodelled.code;
    code = `${service.service.id.slice(0, service.service.id.indexOf("#"))}#${name}`;
    status = 400;
  }
  // Fields the error shape does not model; a modelled member of the same name keeps its value.
  const modelled = id ? structureShape(service.model, id).members : new Map<string, unknown>();
  for (const [key, field] of Object.entries(fields)) if (!modelled.has(key)) body[key] = field;
  if (form === "shape id in __type") body = { __type: code, ...body };
  else if (form === "name in __type") body = { __type: name, ...body };
  else headers["x-amzn-errortype"] = `${name}:http://internal.amazon.com/coral/${code.slice(0, code.indexOf("#"))}/`;
  return { status, headers, body: JSON.stringify(body) };
}

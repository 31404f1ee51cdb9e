import { getTrait, hasTrait, type ShapeId } from "@smithy-gen/codegen";
import { array, boolean, constantFrom, dictionary, integer, oneof, string, type Arbitrary } from "fast-check";
import type { WireResponse } from "./http.js";
import { structureShape, type ServiceModel } from "./service-model.js";
import { cborOf, encodeCborItem, PLAIN_STYLE, toWireCbor, type CborItem, type CborStyle } from "./wire-cbor.js";
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

/**
 * Where an rpcv2Cbor error response names its error: the body's `__type` (the specification's
 * shape id, or a bare name); and for an `@awsQueryCompatible` service also the
 * `x-amzn-query-error: <awsQuery code>;<Sender|Receiver>` header, beside the `__type` (as the
 * protocol tests' QueryCompatibleRpcV2CborCustomCodeError sends it) or alone.
 */
export const CBOR_ERROR_CODE_FORMS = ["shape id in __type", "name in __type", "x-amzn-query-error header and __type", "x-amzn-query-error header only"] as const;
export type CborErrorCodeForm = (typeof CBOR_ERROR_CODE_FORMS)[number];

/** The forms a service's error responses may take: the header forms only for an `@awsQueryCompatible` service. */
export function cborErrorCodeForms(service: ServiceModel): readonly CborErrorCodeForm[] {
  return hasTrait(service.service, "aws.protocols#awsQueryCompatible") ? CBOR_ERROR_CODE_FORMS : CBOR_ERROR_CODE_FORMS.slice(0, 2);
}

/**
 * An error response as an rpcv2Cbor service sends it, encoded as `style` says: a CBOR map of the
 * modelled error `id`'s members (from `value`, an instance from the types package's arbitraries),
 * at its `@httpError` status (else its `@awsQueryError` one, else 400 / 500 by its fault); or,
 * without `id`, an unmodelled error `{ message }` at 400; with the `fields` the shape does not
 * model added, and the code where `form` says. The `x-amzn-query-error` header names a modelled
 * error by its `@awsQueryError` code (else its name), an unmodelled one by its code.
 */
export function cborErrorResponse(
  service: ServiceModel,
  id: ShapeId | undefined,
  value: unknown,
  form: CborErrorCodeForm,
  fields: Record<string, unknown> = {},
  style: CborStyle = PLAIN_STYLE,
): WireResponse {
  const headers: Record<string, string> = { "smithy-protocol": "rpc-v2-cbor", "x-amzn-requestid": REQUEST_ID };
  let entries: (readonly [string, CborItem])[];
  let name: string;
  let code: string;
  let queryCode: string;
  let server: boolean;
  let status: number;
  if (id) {
    const shape = structureShape(service.model, id);
    const map = toWireCbor(service.model, id, value, style);
    entries = map.type === "map" ? [...map.entries] : [];
    name = id.slice(id.indexOf("#") + 1);
    code = id;
    const queryError = getTrait(shape, "aws.protocols#awsQueryError") as { code?: string; httpResponseCode?: number } | undefined;
    queryCode = queryError?.code ?? name;
    server = getTrait(shape, "smithy.api#error") === "server";
    const httpError = getTrait(shape, "smithy.api#httpError");
    status = typeof httpError === "number" ? httpError : (queryError?.httpResponseCode ?? (server ? 500 : 400));
  } else {
    const unmodelled = value as { code: string; message: string };
    entries = [["message", cborOf(unmodelled.message)]];
    name = unmodelled.code;
    code = `${service.service.id.slice(0, service.service.id.indexOf("#"))}#${name}`;
    queryCode = name;
    server = false;
    status = 400;
  }
  // Fields the error shape does not model; a modelled member (or the unmodelled error's message) of the same name keeps its value.
  const modelled = id ? structureShape(service.model, id).members : new Map<string, unknown>();
  for (const [key, field] of Object.entries(fields)) if (!modelled.has(key) && !entries.some(([name]) => name === key)) entries.push([key, cborOf(field)]);
  if (form === "shape id in __type" || form === "x-amzn-query-error header and __type") entries.unshift(["__type", cborOf(code)]);
  else if (form === "name in __type") entries.unshift(["__type", cborOf(name)]);
  if (form === "x-amzn-query-error header and __type" || form === "x-amzn-query-error header only") headers["x-amzn-query-error"] = `${queryCode};${server ? "Receiver" : "Sender"}`;
  return { status, headers, body: encodeCborItem({ type: "map", entries }, style) };
}

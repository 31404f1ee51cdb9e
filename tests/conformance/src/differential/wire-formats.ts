import { hasTrait, type ShapeId } from "@smithy-gen/codegen";
import type { HttpRequest, HttpResponse } from "@smithy/core/protocols";
import { boolean, constant, constantFrom, integer, record, type Arbitrary } from "fast-check";
import { cannedResponse, cborRequestView, requestView, type CborRequestView, type RequestView, type WireResponse } from "./http.js";
import { cborErrorCodeForms, cborErrorResponse, ERROR_CODE_FORMS, errorResponse, REQUEST_ID, type CborErrorCodeForm, type ErrorCodeForm } from "./responses.js";
import type { ServiceModel } from "./service-model.js";
import { CborSyntaxError, decodeCborValue, encodeCborItem, toWireCbor, type CborStyle } from "./wire-cbor.js";
import { toWireJson } from "./wire-json.js";

/**
 * How a protocol's messages look to the harness: what it compares of a request, and how it writes
 * the responses both clients are given (as the service would, independently of either client).
 */
export interface WireFormat {
  /** `awsJson1_0`, `awsJson1_1` or `rpcv2Cbor`. */
  readonly protocol: string;
  requestView(request: HttpRequest): RequestView | CborRequestView;
  /** The encoding choices a response may be written with (JSON: none). */
  readonly styles: Arbitrary<unknown>;
  /** A 200 response carrying the modelled output `value` of the shape `outputId`. */
  output(service: ServiceModel, outputId: ShapeId, value: unknown, style: unknown): WireResponse;
  /** Where an error response may name its error. */
  readonly errorForms: readonly string[];
  /** An error response (see `errorResponse` and `cborErrorResponse`). */
  error(service: ServiceModel, id: ShapeId | undefined, value: unknown, form: string, fields: Record<string, unknown>, style: unknown): WireResponse;
  /** The response both clients are given, with the protocol's content type. */
  httpResponse(wire: WireResponse): () => HttpResponse;
  /** The body's map, to tell which fields an error body has; undefined when the body is no map. */
  bodyMap(body: WireResponse["body"]): Record<string, unknown> | undefined;
}

/** The wire format of a service's protocol: `protocol` when given (one it declares), else its awsJson one. */
export function wireFormat(service: ServiceModel, protocol?: string): WireFormat {
  const declares = (trait: string) => hasTrait(service.service, trait);
  if (protocol === "rpcv2Cbor") {
    if (!declares("smithy.protocols#rpcv2Cbor")) throw new Error(`${service.service.id} does not declare rpcv2Cbor`);
    return rpcv2Cbor(service);
  }
  if (protocol !== undefined && protocol !== "awsJson1_0" && protocol !== "awsJson1_1") throw new Error(`the harness has no wire format for ${protocol}`);
  const version = protocol === "awsJson1_0" || (protocol === undefined && declares("aws.protocols#awsJson1_0")) ? "1_0" : "1_1";
  if (!declares(`aws.protocols#awsJson${version}`)) throw new Error(`${service.service.id} is not an awsJson service`);
  return awsJson(version);
}

function awsJson(version: "1_0" | "1_1"): WireFormat {
  const contentType = `application/x-amz-json-${version.replace("_", ".")}`;
  return {
    protocol: `awsJson${version}`,
    requestView,
    styles: constant(undefined),
    output: (service, outputId, value) => ({ status: 200, headers: { "x-amzn-requestid": REQUEST_ID }, body: JSON.stringify(toWireJson(service.model, outputId, value) ?? {}) }),
    errorForms: ERROR_CODE_FORMS,
    error: (service, id, value, form, fields) => errorResponse(service, id, value, form as ErrorCodeForm, fields),
    httpResponse: (wire) => cannedResponse(wire.status, wire.body, contentType, wire.headers),
    bodyMap(body) {
      try {
        const json = JSON.parse(typeof body === "string" ? body : Buffer.from(body).toString("utf8")) as unknown;
        return json !== null && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * Every encoding a service may use, chosen per response: indefinite lengths (strings in chunks;
 * map keys too, in one response of eight: both clients refuse those, known difference
 * `cbor-indefinite-length-key-refused`), wider heads than needed, half and single precision floats,
 * integral floats and timestamps as integers. The rpcv2Cbor protocol tests send clients
 * indefinite-length strings and lists and half-precision floats; RFC 8949 makes every other choice
 * here well-formed too.
 */
export const CBOR_STYLES: Arbitrary<CborStyle> = record({
  seed: integer(),
  indefinite: constantFrom(0, 0, 0.3, 1),
  indefiniteKeys: constantFrom(false, false, false, false, false, false, false, true),
  wideHeads: boolean(),
  floats: constantFrom("shortest" as const, "double" as const),
  integralAsInteger: boolean(),
});

function rpcv2Cbor(service: ServiceModel): WireFormat {
  return {
    protocol: "rpcv2Cbor",
    requestView: cborRequestView,
    styles: CBOR_STYLES,
    output: (_, outputId, value, style) => ({
      status: 200,
      headers: { "smithy-protocol": "rpc-v2-cbor", "x-amzn-requestid": REQUEST_ID },
      body: encodeCborItem(outputId === "smithy.api#Unit" ? { type: "map", entries: [] } : toWireCbor(service.model, outputId, value, style as CborStyle), style as CborStyle),
    }),
    errorForms: cborErrorCodeForms(service),
    error: (svc, id, value, form, fields, style) => cborErrorResponse(svc, id, value, form as CborErrorCodeForm, fields, style as CborStyle),
    httpResponse: (wire) => cannedResponse(wire.status, wire.body, "application/cbor", wire.headers),
    bodyMap(body) {
      try {
        const value = decodeCborValue(typeof body === "string" ? Buffer.from(body, "utf8") : body);
        return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
      } catch (error) {
        if (error instanceof CborSyntaxError) return undefined;
        throw error;
      }
    },
  };
}

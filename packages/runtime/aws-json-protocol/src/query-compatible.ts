import { addQueryCompatibleFields, queryErrorHeader, withQueryErrorFields } from "@smithy-gen/serde-core";
import type { JsonObject } from "@smithy-gen/serde-json";
import { errorCode, errorFromResponse } from "./response.js";

/**
 * How an `@awsQueryCompatible` service differs: requests say so in a header, and an error response
 * may name its error by its awsQuery code in `x-amzn-query-error: <code>;<type>`. A separate object,
 * so that only such services bundle it.
 */
export interface QueryCompatibility {
  /** Headers every request carries. */
  readonly requestHeaders: Readonly<Record<string, string>>;
  /**
   * The error an error response carries, found and finished the awsQuery way: a service error
   * also has the `QueryCompatibleErrorFields` of `@smithy-gen/serde-core`.
   */
  readonly errorFromResponse: typeof errorFromResponse;
}

/**
 * The awsQuery compatibility of the `aws.protocols#awsQueryCompatible` trait: an
 * `x-amzn-query-error: <code>;<type>` header names the error by its awsQuery code (`@awsQueryError`)
 * before any other code of the response. The error (modelled or not) then carries what the
 * official SDK gives these services' errors (`QueryCompatibleErrorFields`): the header's `Code` and
 * `Type` (unless it models them), the awsQuery-style `Error` object and the `RequestId`; a body's
 * `Message` is its message. A response the model cannot read stays the service's deserialization
 * error, without them.
 */
export const awsQueryCompatible: QueryCompatibility = {
  requestHeaders: { "x-amzn-query-mode": "true" },
  errorFromResponse(service, operation, response, json, $metadata, errors) {
    const header = queryErrorHeader(response);
    // As errorFromResponse reads it: anything but an object is an empty one.
    const body = (typeof json === "object" && json !== null && !Array.isArray(json) ? json : {}) as JsonObject;
    const fields = withQueryErrorFields(body, header);
    const exception = errorFromResponse(service, operation, response, fields, $metadata, errors, header?.code || errorCode(response, body));
    if (exception instanceof service.deserializationError) return exception;
    return addQueryCompatibleFields(exception, body, header, $metadata);
  },
};

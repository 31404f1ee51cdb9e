import { addQueryCompatibleFields, queryErrorHeader, withQueryErrorFields } from "@smithy-gen/serde-core";
import { asMap, errorFromResponse } from "./response.js";

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
 * The awsQuery compatibility of the `aws.protocols#awsQueryCompatible` trait: requests carry
 * `x-amzn-query-mode: true`; an `x-amzn-query-error: <code>;<type>` header names the error by its
 * awsQuery code (`@awsQueryError`) before the body's `__type`. The error (modelled or not) then
 * carries what the official SDK gives these services' errors (`QueryCompatibleErrorFields`): the
 * header's `Code` and `Type` (unless it models them), the awsQuery-style `Error` object and the
 * `RequestId`; a body's `Message` is its message. A response the model cannot read stays the
 * service's deserialization error, without them.
 */
export const awsQueryCompatible: QueryCompatibility = {
  requestHeaders: { "x-amzn-query-mode": "true" },
  errorFromResponse(service, operation, response, value, $metadata, errors) {
    const header = queryErrorHeader(response);
    const map = asMap(value);
    const fields = withQueryErrorFields(map, header);
    const exception = errorFromResponse(service, operation, response, fields, $metadata, errors, header?.code || undefined);
    if (exception instanceof service.deserializationError) return exception;
    return addQueryCompatibleFields(exception, map, header, $metadata);
  },
};

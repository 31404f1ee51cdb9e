import { responseHeader } from "@smithy-gen/serde-core";
import { errorFromResponse } from "./response.js";

/**
 * How an `@awsQueryCompatible` service differs: requests say so in a header, and an error response
 * may name its error by its awsQuery code in `x-amzn-query-error: <code>;<type>`. A separate object,
 * so that only such services bundle it.
 */
export interface QueryCompatibility {
  /** Headers every request carries. */
  readonly requestHeaders: Readonly<Record<string, string>>;
  /** The error an error response carries, found and finished the awsQuery way. */
  readonly errorFromResponse: typeof errorFromResponse;
}

/**
 * The awsQuery compatibility of the `aws.protocols#awsQueryCompatible` trait: requests carry
 * `x-amzn-query-mode: true`; an `x-amzn-query-error: <code>;<type>` header names the error by its
 * awsQuery code (`@awsQueryError`) before the body's `__type`, and the exception gets that `Code`
 * and `Type`, as in the official SDK, unless it has them.
 */
export const awsQueryCompatible: QueryCompatibility = {
  requestHeaders: { "x-amzn-query-mode": "true" },
  errorFromResponse(service, operation, response, value, $metadata, errors) {
    const [code, type] = (responseHeader(response, "x-amzn-query-error") ?? "").split(";");
    const exception = errorFromResponse(service, operation, response, value, $metadata, errors, code || undefined);
    if (code) {
      const fields = exception as Error & { Code?: string; Type?: string };
      fields.Code ??= code;
      if (type) fields.Type ??= type;
    }
    return exception;
  },
};

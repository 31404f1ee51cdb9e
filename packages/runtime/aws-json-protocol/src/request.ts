import { describeValue, toSerializationError, type ValuePath } from "@smithy-gen/serde-core";
import { HttpRequest, isValidHostname } from "@smithy/core/protocols";
import type { SerdeContext } from "@smithy/types";
import type { AwsJsonService } from "./service.js";

/** One operation's request, as its generated builder describes it. */
export interface AwsJsonRequest<Input> {
  /** The operation, for error messages: `GetExportSnapshotRecords`. */
  readonly operation: string;
  /** `X-Amz-Target`: `<service shape name>.<operation name>`. */
  readonly target: string;
  readonly input: Input;
  /** The input structure's serializer; absent when the operation has no input (the body is `{}`). */
  readonly serialize?: (input: Input, path: ValuePath) => unknown;
}

/** The request of an operation with `@endpoint(hostPrefix)`. */
export interface PrefixedAwsJsonRequest<Input> extends AwsJsonRequest<Input> {
  /** The host prefix, its labels already filled in; undefined when the client disables host prefixes. */
  readonly hostPrefix: string | undefined;
}

/**
 * The JSON text of an operation's request body. A value that does not match the model (a number
 * where a string is modelled, say) throws the service's serialization error, naming the operation
 * and the path of the value.
 */
export function writeRequestBody<Input>(service: AwsJsonService, request: AwsJsonRequest<Input>): string {
  if (!request.serialize) return "{}";
  try {
    return (service.json ?? JSON).stringify(request.serialize(request.input, "$"));
  } catch (error) {
    throw toSerializationError(service.serializationError, request.operation, error);
  }
}

/**
 * The HTTP request of an operation: `POST` to the endpoint's path (a base path of a custom endpoint
 * is kept), with the protocol's Content-Type and the operation's `X-Amz-Target`.
 */
export async function buildAwsJsonRequest<Input>(service: AwsJsonService, context: SerdeContext, request: AwsJsonRequest<Input>): Promise<HttpRequest> {
  const body = writeRequestBody(service, request);
  const endpoint = await context.endpoint();
  const basePath = endpoint.path ?? "";
  const headers = { "content-type": service.contentType, "x-amz-target": request.target, ...service.queryCompatible?.requestHeaders };
  return new HttpRequest({
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    port: endpoint.port,
    method: "POST",
    path: basePath.endsWith("/") ? basePath : `${basePath}/`,
    headers,
    body,
  });
}

/**
 * The HTTP request of an operation with `@endpoint(hostPrefix)`: as {@link buildAwsJsonRequest},
 * sent to the host prefix followed by the endpoint's hostname, which must be a valid hostname. (A
 * separate function, so that only services with host prefixes bundle the hostname check.)
 */
export async function buildPrefixedAwsJsonRequest<Input>(
  service: AwsJsonService,
  context: SerdeContext,
  request: PrefixedAwsJsonRequest<Input>,
): Promise<HttpRequest> {
  const built = await buildAwsJsonRequest(service, context, request);
  if (request.hostPrefix === undefined || context.disableHostPrefix) return built;
  built.hostname = `${request.hostPrefix}${built.hostname}`;
  if (!isValidHostname(built.hostname)) {
    throw new service.serializationError({
      operation: request.operation,
      path: "$",
      expected: "input whose host labels make a valid hostname",
      received: `the hostname ${JSON.stringify(built.hostname)}`,
    });
  }
  return built;
}

/** A `@hostLabel` input member's value, checked before it becomes part of the hostname. */
export function hostLabel(service: AwsJsonService, operation: string, value: unknown, member: string): string {
  if (typeof value === "string" && value.length > 0) return value;
  throw new service.serializationError({ operation, path: `$.${member}`, expected: "a non-empty string (a host label)", received: describeValue(value) });
}

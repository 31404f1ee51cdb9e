import type {
  DeserializationErrorClass,
  SerializationErrorClass,
  ServiceExceptionClass,
} from "@smithy-gen/serde-core";
import type { JsonText } from "@smithy-gen/serde-json";
import type { ServiceException } from "@smithy/core/client";
import type { QueryCompatibility } from "./query-compatible.js";

/** awsJson 1.0 or 1.1: the two versions differ only in their Content-Type. */
export type AwsJsonContentType = "application/x-amz-json-1.0" | "application/x-amz-json-1.1";

/**
 * What the awsJson protocol needs to know of one service: a serde package declares it once
 * (`src/protocol.ts`) and passes it to every request builder and response parser.
 */
export interface AwsJsonService<Exception extends ServiceException = ServiceException> {
  readonly contentType: AwsJsonContentType;
  /**
   * `@awsQueryCompatible` (`awsQueryCompatible`): requests carry `x-amzn-query-mode: true`, and an
   * `x-amzn-query-error: <code>;<type>` response header names errors by their awsQuery code.
   */
  readonly queryCompatible?: QueryCompatibility;
  /** How values become JSON text and back; default `JSON` (`bigNumberJsonText` keeps long numbers exact). */
  readonly json?: JsonText;
  /** The service's base exception (`LightsailServiceException`): what an error the model does not know is thrown as. */
  readonly exception: ServiceExceptionClass<Exception>;
  /** What a request builder throws for input that does not match the model. */
  readonly serializationError: SerializationErrorClass;
  /** What a response parser throws for a body that does not match the model. */
  readonly deserializationError: DeserializationErrorClass<Exception>;
}

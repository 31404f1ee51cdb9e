import type { DeserializationErrorClass, SerializationErrorClass, ServiceExceptionClass } from "@smithy-gen/serde-core";
import type { ServiceException } from "@smithy/core/client";
import type { QueryCompatibility } from "./query-compatible.js";

/** The media type of every rpcv2Cbor body: the `Content-Type` of a request with input, the `Accept` of every request. */
export const RPC_V2_CBOR_CONTENT_TYPE = "application/cbor";

/** The `smithy-protocol` header's value on every rpcv2Cbor request (and response). */
export const RPC_V2_CBOR_PROTOCOL_HEADER = "rpc-v2-cbor";

/**
 * What the rpcv2Cbor protocol needs to know of one service: a serde package declares it once
 * (`src/protocol.ts`) and passes it to every request builder and response parser.
 */
export interface RpcV2CborService<Exception extends ServiceException = ServiceException> {
  /** The service shape's name without its namespace: the `/service/{name}` segment of every request path (`RpcV2Protocol`). */
  readonly serviceName: string;
  /**
   * `@awsQueryCompatible` (`awsQueryCompatible`): requests carry `x-amzn-query-mode: true`, and an
   * `x-amzn-query-error: <code>;<type>` response header names errors by their awsQuery code.
   */
  readonly queryCompatible?: QueryCompatibility;
  /** The service's base exception: what an error the model does not know is thrown as. */
  readonly exception: ServiceExceptionClass<Exception>;
  /** What a request builder throws for input that does not match the model. */
  readonly serializationError: SerializationErrorClass;
  /** What a response parser throws for a body that is not CBOR, or not what the model describes. */
  readonly deserializationError: DeserializationErrorClass<Exception>;
}

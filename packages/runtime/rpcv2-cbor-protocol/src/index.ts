export { buildRpcV2CborRequest, writeRequestBody, type RpcV2CborRequest } from "./request.js";
export { awsQueryCompatible, type QueryCompatibility } from "./query-compatible.js";
export type { QueryCompatibleErrorFields, QueryCompatibleErrorObject } from "@smithy-gen/serde-core";
export { errorCode, errorFromResponse, keepBodyFields, parseRpcV2CborResponse, type ErrorDeserializer, type ErrorTable } from "./response.js";
export { RPC_V2_CBOR_CONTENT_TYPE, RPC_V2_CBOR_PROTOCOL_HEADER, type RpcV2CborService } from "./service.js";

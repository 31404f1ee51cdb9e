export {
  buildAwsJsonRequest,
  buildPrefixedAwsJsonRequest,
  hostLabel,
  writeRequestBody,
  type AwsJsonRequest,
  type PrefixedAwsJsonRequest,
} from "./request.js";
export { awsQueryCompatible, type QueryCompatibility } from "./query-compatible.js";
export type { QueryCompatibleErrorFields, QueryCompatibleErrorObject } from "@smithy-gen/serde-core";
export { errorCode, errorFromResponse, keepBodyFields, parseAwsJsonResponse, type ErrorDeserializer, type ErrorTable } from "./response.js";
export type { AwsJsonContentType, AwsJsonService } from "./service.js";
export { MAX_EVENT_MESSAGE_BYTES, parseAwsJsonEventStreamResponse, type EventStreamContext, type EventStreamTable } from "./event-stream.js";

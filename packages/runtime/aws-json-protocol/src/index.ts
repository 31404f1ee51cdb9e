export { buildAwsJsonRequest, hostLabel, writeRequestBody, type AwsJsonRequest } from "./request.js";
export { errorCode, parseAwsJsonResponse, type ErrorDeserializer, type ErrorTable } from "./response.js";
export type { AwsJsonContentType, AwsJsonService } from "./service.js";

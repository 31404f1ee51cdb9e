export {
  deserializationErrorClass,
  toDeserializationError,
  type DeserializationErrorClass,
  type DeserializationErrorFields,
  type DeserializationErrorOptions,
  type ServiceExceptionClass,
} from "./deserialization-error.js";
export { epochSecondsToMillis } from "./epoch-seconds.js";
export {
  addQueryCompatibleFields,
  queryErrorHeader,
  withQueryErrorFields,
  type QueryCompatibleErrorFields,
  type QueryCompatibleErrorObject,
  type QueryErrorHeader,
} from "./query-compatible.js";
export { bodyBytesInMemory, bodyTextInMemory, collectBodyBytes, collectBodyText, isAbortOrTimeout, responseHeader, responseMetadata } from "./response.js";
export { SerializationError, toSerializationError, type SerializationErrorClass, type SerializationErrorOptions } from "./serialization-error.js";
export { describeValue, failureDetails, mismatch, ShapeMismatchError, type FailureDetails } from "./shape-mismatch-error.js";
export { UnsupportedOperationError } from "./unsupported-operation-error.js";
export { memberPathText, pathText, type ValuePath } from "./value-path.js";
export {
  readArray,
  readBoolean,
  readErrorMessage,
  readOwnMember,
  readString,
  setEntry,
  stringMembersErrorOf,
  unionMember,
  writeArray,
  writeBigDecimal,
  writeBigInteger,
  writeBoolean,
  writeInteger,
  writeObject,
  writeOwnMember,
  writeString,
  writeUnionMember,
  type BodyErrorDeserializer,
  type BodyObject,
} from "./values.js";

export { stringMembersError, type JsonErrorDeserializer } from "./error.js";
export {
  bigNumberJsonText,
  parseJsonText,
  parseJsonTextWithBigNumbers,
  plainJsonText,
  toJsonText,
  toJsonTextWithBigNumbers,
  type JsonText,
} from "./json-text.js";
export {
  readBigDecimal,
  readBigInteger,
  readBlob,
  readDateTime,
  readDocument,
  readDocumentWithBigNumbers,
  readEpochSeconds,
  readEpochSecondsWithBigNumbers,
  readFloat,
  readFloatWithBigNumbers,
  readHttpDate,
  readInteger,
  readIntegerWithBigNumbers,
  readObject,
  readUnionMember,
  type JsonObject,
} from "./read.js";
export { writeBlob, writeDateTime, writeDocument, writeEpochSeconds, writeFloat, writeHttpDate } from "./write.js";
// The checks that do not depend on the wire format: @smithy-gen/serde-core's, under the same names.
export {
  readArray,
  readBoolean,
  readErrorMessage,
  readOwnMember,
  readString,
  setEntry,
  writeArray,
  writeBigDecimal,
  writeBigInteger,
  writeBoolean,
  writeInteger,
  writeObject,
  writeOwnMember,
  writeString,
  writeUnionMember,
} from "@smithy-gen/serde-core";

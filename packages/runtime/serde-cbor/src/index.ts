export { decodeCbor, encodeCbor } from "./codec.js";
export { CborDecodeError } from "./error.js";
export { stringMembersError, type CborErrorDeserializer } from "./error-members.js";
export { checkCbor, MAX_BIGNUM_BYTES, MAX_DECIMAL_EXPONENT, MAX_NESTING_DEPTH, PROTO_KEY_STAND_IN, type CborCheck } from "./guard.js";
export {
  readBigDecimal,
  readBigInteger,
  readBlob,
  readDocument,
  readEpochSeconds,
  readFloat,
  readInteger,
  readObject,
  readUnionMember,
  type CborMap,
} from "./read.js";
export { writeBlob, writeEpochSeconds, writeFloat, type CborEpochSecondsTag } from "./write.js";
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

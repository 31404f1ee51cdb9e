export { decodeCbor, encodeCbor } from "./codec.js";
export { CborDecodeError } from "./error.js";
export { stringMembersError, type CborErrorDeserializer } from "./error-members.js";
export { checkCbor, MAX_BIGNUM_BYTES, MAX_DECIMAL_EXPONENT, MAX_NESTING_DEPTH, PROTO_KEY_STAND_IN, type CborCheck } from "./guard.js";
export {
  readArray,
  readBigDecimal,
  readBigInteger,
  readBlob,
  readBoolean,
  readDocument,
  readEpochSeconds,
  readErrorMessage,
  readFloat,
  readInteger,
  readObject,
  readOwnMember,
  readString,
  readUnionMember,
  setEntry,
  type CborMap,
} from "./read.js";
export {
  writeArray,
  writeBigDecimal,
  writeBigInteger,
  writeBlob,
  writeBoolean,
  writeEpochSeconds,
  writeFloat,
  writeInteger,
  writeObject,
  writeOwnMember,
  writeString,
  writeUnionMember,
  type CborEpochSecondsTag,
} from "./write.js";

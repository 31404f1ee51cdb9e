export { codePointLength, constrainedString, safeInteger, satisfying, type StringConstraints } from "./constrained.js";
export { builtOnce, DEFAULT_MAX_DEPTH, maxDepthOf, type ArbitraryOptions } from "./options.js";
export {
  eventStream,
  intEnumValue,
  ReplayedEventStream,
  stringEnumValue,
  structurallyEqual,
  structure,
  timestamp,
  unionMember,
  unknownUnionMember,
} from "./values.js";
export { decimalValue, documentValue } from "./special-values.js";

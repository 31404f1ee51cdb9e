export { createAwsJsonProtocol, type AwsJsonVersion } from "./aws-json/aws-json-protocol.js";
export { hasOptionalEndpointDiscovery, requiredFeatures } from "./features.js";
export {
  FEATURE_DESCRIPTIONS,
  type ConverterNames,
  type ProtocolFeature,
  type ProtocolGenerator,
  type ProtocolGeneratorContext,
  type ProtocolPlugin,
  type ProtocolTestSupport,
  type SerdeErrorSymbols,
} from "./protocol.js";
export { declaredProtocols, PROTOCOLS, selectProtocol } from "./registry.js";

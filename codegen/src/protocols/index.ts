export { createAwsJsonProtocol, type AwsJsonVersion } from "./aws-json/aws-json-protocol.js";
export { createRpcV2CborProtocol } from "./rpcv2-cbor/rpcv2-cbor-protocol.js";
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
export { declaredProtocols, protocolChoiceProblem, protocolFolder, PROTOCOLS, selectProtocol, servedProtocols } from "./registry.js";

import { hasTrait } from "../model/model.js";
import type { ServiceShape } from "../model/shapes.js";
import { createAwsJsonProtocol } from "./aws-json/aws-json-protocol.js";
import type { ProtocolPlugin } from "./protocol.js";

/** Every registered protocol, in order of preference when a service declares several. */
export const PROTOCOLS: readonly ProtocolPlugin[] = [createAwsJsonProtocol("1.0"), createAwsJsonProtocol("1.1")];

/** The protocol to generate a service with: the first registered one the service declares. */
export function selectProtocol(service: ServiceShape, protocols: readonly ProtocolPlugin[] = PROTOCOLS): ProtocolPlugin | undefined {
  return protocols.find((protocol) => hasTrait(service, protocol.traitId));
}

/** The protocol traits a service declares (`@protocolDefinition` traits of known namespaces), for reports. */
export function declaredProtocols(service: ServiceShape): string[] {
  return Object.keys(service.traits)
    .filter((id) => id.startsWith("aws.protocols#") || id.startsWith("smithy.protocols#"))
    .filter((id) => !id.endsWith("#awsQueryCompatible") && !id.endsWith("#awsQueryError") && !id.endsWith("#httpChecksum"))
    .sort();
}

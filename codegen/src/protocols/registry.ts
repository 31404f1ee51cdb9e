import { hasTrait } from "../model/model.js";
import type { ServiceShape } from "../model/shapes.js";
import { createAwsJsonProtocol } from "./aws-json/aws-json-protocol.js";
import type { ProtocolPlugin } from "./protocol.js";
import { createRpcV2CborProtocol } from "./rpcv2-cbor/rpcv2-cbor-protocol.js";

/**
 * Every registered protocol, in order of preference when a service declares several: the official
 * AWS SDK for JavaScript serves CloudWatch, GameLift and the other services that declare rpcv2Cbor
 * beside awsJson with awsJson by default (checked in @aws-sdk/client-cloudwatch 3.1178.0 and
 * client-gamelift 3.1133.0), and so does the generator.
 */
export const PROTOCOLS: readonly ProtocolPlugin[] = [createAwsJsonProtocol("1.0"), createAwsJsonProtocol("1.1"), createRpcV2CborProtocol()];

/**
 * The protocol to generate a service with: the one named by `preferred` (a protocol the service
 * declares, checked by {@link protocolChoiceProblem} beforehand), else the first registered one the
 * service declares.
 */
export function selectProtocol(service: ServiceShape, preferred?: string, protocols: readonly ProtocolPlugin[] = PROTOCOLS): ProtocolPlugin | undefined {
  const declared = protocols.filter((protocol) => hasTrait(service, protocol.traitId));
  return (preferred === undefined ? undefined : declared.find((protocol) => protocol.name === preferred)) ?? declared[0];
}

/**
 * Every protocol a service's client can speak: the one {@link selectProtocol} picks first (the
 * default), then the others the service declares, in registry order. A client is generated with
 * all of them and a user picks one with the client's `protocol` option.
 */
export function servedProtocols(service: ServiceShape, preferred?: string, protocols: readonly ProtocolPlugin[] = PROTOCOLS): ProtocolPlugin[] {
  const primary = selectProtocol(service, preferred, protocols);
  if (!primary) return [];
  return [primary, ...protocols.filter((protocol) => protocol !== primary && hasTrait(service, protocol.traitId))];
}

/** The folder of a protocol's code in a package that speaks several: `rpcv2Cbor` -> `rpcv2-cbor`, `awsJson1_0` -> `aws-json1-0`. */
export function protocolFolder(protocol: ProtocolPlugin): string {
  return protocol.name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/_/g, "-").toLowerCase();
}

/** Why a service cannot be generated with the protocol named `preferred`, or undefined when it can. */
export function protocolChoiceProblem(service: ServiceShape, preferred: string, protocols: readonly ProtocolPlugin[] = PROTOCOLS): string | undefined {
  const declared = protocols.filter((protocol) => hasTrait(service, protocol.traitId)).map((protocol) => protocol.name);
  if (declared.includes(preferred)) return undefined;
  if (!protocols.some((protocol) => protocol.name === preferred)) {
    return `smithy-gen has no protocol "${preferred}"; it generates ${protocols.map((protocol) => protocol.name).join(", ")}`;
  }
  return declared.length
    ? `${service.id} does not declare the protocol ${preferred}; it declares ${declared.join(", ")}`
    : `${service.id} declares none of the protocols smithy-gen generates`;
}

/** The protocol traits a service declares (`@protocolDefinition` traits of known namespaces), for reports. */
export function declaredProtocols(service: ServiceShape): string[] {
  return Object.keys(service.traits)
    .filter((id) => id.startsWith("aws.protocols#") || id.startsWith("smithy.protocols#"))
    .filter((id) => !id.endsWith("#awsQueryCompatible") && !id.endsWith("#awsQueryError") && !id.endsWith("#httpChecksum"))
    .sort();
}

import { getTrait, hasTrait, type Model } from "../model/model.js";
import { compareCodeUnits, isNodeArray, isNodeObject } from "../model/node.js";
import { shapeIdName, type ShapeId } from "../model/shape-id.js";
import type { ServiceShape } from "../model/shapes.js";

const api = (name: string): ShapeId => `smithy.api#${name}`;
const RPC_TRAITS = ["timestampFormat", "cors", "endpoint", "hostLabel"];
const HTTP_TRAITS = [
  "http",
  "httpError",
  "httpHeader",
  "httpLabel",
  "httpPayload",
  "httpPrefixHeaders",
  "httpQuery",
  "httpQueryParams",
  "httpResponseCode",
  "httpChecksumRequired",
];
const XML_TRAITS = ["xmlAttribute", "xmlFlattened", "xmlName", "xmlNamespace"];

/**
 * The traits each well-known protocol understands (its `@protocolDefinition(traits: ...)`), used
 * when the model was loaded without the protocol's definition shape. A definition in the model wins.
 */
const KNOWN_PROTOCOLS: Readonly<Record<ShapeId, readonly ShapeId[]>> = {
  "aws.protocols#awsJson1_0": RPC_TRAITS.map(api),
  "aws.protocols#awsJson1_1": RPC_TRAITS.map(api),
  "aws.protocols#restJson1": [...RPC_TRAITS, ...HTTP_TRAITS, "jsonName"].map(api).concat("aws.protocols#httpChecksum"),
  "aws.protocols#restXml": [...RPC_TRAITS, ...HTTP_TRAITS, ...XML_TRAITS].map(api).concat("aws.protocols#httpChecksum"),
  "aws.protocols#awsQuery": [...RPC_TRAITS, ...XML_TRAITS].map(api).concat("aws.protocols#awsQueryError"),
  "aws.protocols#ec2Query": [...RPC_TRAITS, ...XML_TRAITS].map(api).concat("aws.protocols#ec2QueryName"),
  "smithy.protocols#rpcv2Cbor": ["cors", "endpoint", "hostLabel", "httpError", "requestCompression"].map(api),
  "smithy.protocols#rpcv2Json": ["cors", "endpoint", "hostLabel", "httpError", "requestCompression"].map(api),
};

/** Body timestamps of the XML and query protocols default to `date-time`; every other protocol's to `epoch-seconds`. */
const DATE_TIME_PROTOCOLS: ReadonlySet<ShapeId> = new Set(["aws.protocols#restXml", "aws.protocols#awsQuery", "aws.protocols#ec2Query"]);

/** What a service's wire protocol makes of the model: which traits it reads, its timestamp default. */
export interface ProtocolView {
  /** The protocol traits applied to the service, sorted; empty when it has none. */
  readonly protocols: readonly ShapeId[];
  /** `awsJson1_1`, `restJson1 and rpcv2Cbor`, or `no protocol`. */
  readonly label: string;
  /**
   * Whether a serialization trait changes what goes on the wire under this service's protocol(s).
   * Unknown protocols are assumed to use every trait, so that their changes stay breaking.
   */
  uses(traitId: ShapeId): boolean;
  /** The timestamp format of a body member without `@timestampFormat`. */
  readonly defaultTimestampFormat: string;
}

function definedTraits(model: Model, protocol: ShapeId): readonly ShapeId[] | undefined {
  const definition = model.getShape(protocol);
  const trait = definition ? getTrait(definition, "smithy.api#protocolDefinition") : undefined;
  if (isNodeObject(trait)) {
    const listed = isNodeArray(trait.traits) ? trait.traits : [];
    return listed.filter((t): t is string => typeof t === "string").map((t) => (t.includes("#") ? t : api(t)));
  }
  return KNOWN_PROTOCOLS[protocol];
}

function isProtocolTrait(model: Model, traitId: ShapeId): boolean {
  if (Object.prototype.hasOwnProperty.call(KNOWN_PROTOCOLS, traitId)) return true;
  const definition = model.getShape(traitId);
  return definition !== undefined && hasTrait(definition, "smithy.api#protocolDefinition");
}

export function createProtocolView(model: Model, service: ServiceShape): ProtocolView {
  const protocols = Object.keys(service.traits)
    .filter((id) => isProtocolTrait(model, id))
    .sort(compareCodeUnits);
  const understood = protocols.map((p) => definedTraits(model, p));
  const unknown = understood.some((list) => list === undefined);
  const used = new Set(understood.flatMap((list) => list ?? []));
  return {
    protocols,
    label: protocols.length ? protocols.map(shapeIdName).join(" and ") : "no protocol",
    uses: (traitId) => unknown || protocols.length === 0 || used.has(traitId),
    defaultTimestampFormat: protocols.some((p) => DATE_TIME_PROTOCOLS.has(p)) ? "date-time" : "epoch-seconds",
  };
}

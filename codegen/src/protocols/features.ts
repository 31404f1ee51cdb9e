import { getTrait, hasTrait, type Model } from "../model/model.js";
import { isNodeObject } from "../model/node.js";
import { UNIT, type OperationShape } from "../model/shapes.js";
import type { ProtocolFeature } from "./protocol.js";

/**
 * The protocol features an operation needs, found from its traits and those of its input and
 * output members. Sorted, without duplicates.
 */
export function requiredFeatures(model: Model, operation: OperationShape): ProtocolFeature[] {
  const features = new Set<ProtocolFeature>();
  for (const id of [operation.input ?? UNIT, operation.output ?? UNIT]) {
    const structure = model.getShape(id);
    if (!structure || structure.type !== "structure") continue;
    for (const member of structure.members.values()) {
      const target = model.getShape(member.target);
      if (!target || !hasTrait(target, "smithy.api#streaming")) continue;
      features.add(target.type === "union" ? "eventStream" : "streamingBlob");
    }
  }
  const discovery = getTrait(operation, "aws.api#clientDiscoveredEndpoint");
  if (isNodeObject(discovery) && discovery.required === true) features.add("endpointDiscovery");
  if (hasTrait(operation, "smithy.api#endpoint")) features.add("hostPrefix");
  return [...features].sort();
}

/** Whether an operation can use endpoint discovery but does not need it. */
export function hasOptionalEndpointDiscovery(operation: OperationShape): boolean {
  const discovery = getTrait(operation, "aws.api#clientDiscoveredEndpoint");
  return isNodeObject(discovery) && discovery.required !== true;
}

import type { TargetContext } from "../../core/target.js";
import { getTrait, hasTrait } from "../../model/model.js";
import { isNodeObject } from "../../model/node.js";
import type { ShapeId } from "../../model/shape-id.js";
import type { OperationShape } from "../../model/shapes.js";

/** The service's `aws.api#clientEndpointDiscovery`: the operation that discovers endpoints. */
export function endpointDiscoveryOf(context: TargetContext): { readonly operation: OperationShape } | undefined {
  const trait = getTrait(context.index.service, "aws.api#clientEndpointDiscovery");
  if (!isNodeObject(trait) || typeof trait.operation !== "string") return undefined;
  const operation = context.model.getShape(trait.operation as ShapeId);
  if (!operation || operation.type !== "operation" || !context.index.operations.some((candidate) => candidate.id === operation.id)) return undefined;
  return { operation };
}

/** How an operation uses a discovered endpoint (`aws.api#clientDiscoveredEndpoint`), with its identifier members. */
export interface DiscoveredEndpointUse {
  readonly required: boolean;
  /** Input members marked `aws.api#clientEndpointDiscoveryId`, by member name. */
  readonly identifiers: readonly string[];
}

/** The discovered endpoint an operation uses, when the service discovers endpoints and the operation has the trait. */
export function discoveredEndpointOf(context: TargetContext, operation: OperationShape): DiscoveredEndpointUse | undefined {
  const trait = getTrait(operation, "aws.api#clientDiscoveredEndpoint");
  if (!isNodeObject(trait) || !endpointDiscoveryOf(context)) return undefined;
  const input = context.model.getShape(context.index.inputOf(operation));
  const identifiers = input && input.type === "structure" ? [...input.members.values()].filter((member) => hasTrait(member, "aws.api#clientEndpointDiscoveryId")).map((member) => member.name) : [];
  return { required: trait.required === true, identifiers };
}

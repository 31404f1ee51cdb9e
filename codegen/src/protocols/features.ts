import { getTrait, hasTrait, type Model } from "../model/model.js";
import { isNodeObject } from "../model/node.js";
import { UNIT, type MemberShape, type OperationShape, type UnionShape } from "../model/shapes.js";
import type { ProtocolFeature } from "./protocol.js";

/**
 * The protocol features an operation needs, found from its traits and those of its input and
 * output members. Sorted, without duplicates.
 */
export function requiredFeatures(model: Model, operation: OperationShape): ProtocolFeature[] {
  const features = new Set<ProtocolFeature>();
  for (const [id, eventStream] of [[operation.input ?? UNIT, "inputEventStream"], [operation.output ?? UNIT, "eventStream"]] as const) {
    const structure = model.getShape(id);
    if (!structure || structure.type !== "structure") continue;
    for (const member of structure.members.values()) {
      const target = model.getShape(member.target);
      if (!target || !hasTrait(target, "smithy.api#streaming")) continue;
      features.add(target.type === "union" ? eventStream : "streamingBlob");
    }
  }
  const discovery = getTrait(operation, "aws.api#clientDiscoveredEndpoint");
  if (isNodeObject(discovery) && discovery.required === true) features.add("endpointDiscovery");
  if (hasTrait(operation, "smithy.api#endpoint")) features.add("hostPrefix");
  if (reachesDocument(model, [operation.input ?? UNIT, operation.output ?? UNIT, ...(operation.errors ?? [])])) features.add("document");
  return [...features].sort();
}

/** Whether a document shape is reachable from `roots` through members. */
function reachesDocument(model: Model, roots: readonly string[]): boolean {
  const seen = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const shape = model.getShape(id);
    if (!shape) continue;
    if (shape.type === "document") return true;
    if (shape.type === "structure" || shape.type === "union") for (const member of shape.members.values()) pending.push(member.target);
    else if (shape.type === "list" || shape.type === "set") pending.push(shape.member.target);
    else if (shape.type === "map") pending.push(shape.key.target, shape.value.target);
  }
  return false;
}

/** Whether an operation can use endpoint discovery but does not need it. */
export function hasOptionalEndpointDiscovery(operation: OperationShape): boolean {
  const discovery = getTrait(operation, "aws.api#clientDiscoveredEndpoint");
  return isNodeObject(discovery) && discovery.required !== true;
}

/**
 * The member of an operation's output that holds its event stream (a `@streaming` union), if any.
 * An RPC protocol sends the output's other members in the stream's `initial-response` event.
 */
export function outputEventStream(model: Model, operation: OperationShape): { member: MemberShape; union: UnionShape } | undefined {
  const output = model.getShape(operation.output ?? UNIT);
  if (!output || output.type !== "structure") return undefined;
  for (const member of output.members.values()) {
    const target = model.getShape(member.target);
    if (target?.type === "union" && hasTrait(target, "smithy.api#streaming")) return { member, union: target as UnionShape };
  }
  return undefined;
}

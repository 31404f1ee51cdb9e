import type { TargetContext } from "../../core/target.js";
import { hasTrait } from "../../model/model.js";
import { compareCodeUnits } from "../../model/node.js";
import type { ShapeId } from "../../model/shape-id.js";
import { UNIT, type MembersShape, type OperationShape, type Shape } from "../../model/shapes.js";
import { hasJsonConverter } from "../../protocols/json/json-codec.js";
import { FEATURE_DESCRIPTIONS, type ProtocolFeature, type ProtocolPlugin } from "../../protocols/protocol.js";
import { declaredProtocols, selectProtocol } from "../../protocols/registry.js";
import { outputEventStream, requiredFeatures } from "../../protocols/features.js";

/** An operation whose functions only throw, and why. */
export interface UnsupportedOperation {
  readonly operation: OperationShape;
  /** What is missing, as people read it: `event streams`, `the awsQuery protocol`. */
  readonly missing: readonly string[];
}

/** What the serde package of a service contains, decided once from the model. */
export interface SerdePlan {
  /** The protocol the service is generated with; undefined when no registered protocol fits. */
  readonly protocol?: ProtocolPlugin;
  /** Operations generated with the protocol, sorted by id (those with an output event stream excepted). */
  readonly supported: readonly OperationShape[];
  /**
   * Operations whose output is an event stream, generated with the protocol, sorted by id. Their
   * outputs are read event by event, so that the generic tests of request and response documents
   * (and the server) leave them out.
   */
  readonly eventStreams: readonly OperationShape[];
  readonly unsupported: readonly UnsupportedOperation[];
  /** Shapes that get converters: everything the supported operations send or receive, sorted by id. */
  readonly shapes: readonly Shape[];
  /** Shapes the package serializes (`src/`): those reachable from the operations' inputs. */
  readonly serialized: ReadonlySet<ShapeId>;
  /** Shapes the package deserializes (`src/`): those reachable from the operations' outputs and errors. */
  readonly deserialized: ReadonlySet<ShapeId>;
}

/** The serde of the service with `protocol`: by default the protocol it is generated with first (see `servedProtocols`). */
export function planSerde(context: TargetContext, protocol: ProtocolPlugin | undefined = selectProtocol(context.index.service, context.symbols.settings.protocol)): SerdePlan {
  const { model, index } = context;
  const supported: OperationShape[] = [];
  const eventStreams: OperationShape[] = [];
  const unsupported: UnsupportedOperation[] = [];
  for (const operation of index.operations) {
    if (!protocol) {
      const declared = declaredProtocols(index.service);
      unsupported.push({
        operation,
        missing: [declared.length ? `the ${declared.map((id) => id.slice(id.indexOf("#") + 1)).join(" or ")} protocol` : "a protocol trait"],
      });
      continue;
    }
    const missing = requiredFeatures(model, operation)
      .filter((feature: ProtocolFeature) => !protocol.supports.has(feature))
      .map((feature) => FEATURE_DESCRIPTIONS[feature]);
    const stream = outputEventStream(model, operation);
    // An RPC protocol would send the output's other members in an `initial-response` event, which no
    // awsJson service does: such an output is refused rather than read wrong.
    if (stream && model.expectShape(index.outputOf(operation)).type === "structure" && (model.expectShape(index.outputOf(operation)) as MembersShape).members.size > 1) {
      missing.push("an event stream output with other members (sent in an initial-response event)");
    }
    if (missing.length) unsupported.push({ operation, missing });
    else if (stream) eventStreams.push(operation);
    else supported.push(operation);
  }
  if (!protocol) return { supported, eventStreams, unsupported, shapes: [], serialized: new Set(), deserialized: new Set() };
  const generated = [...supported, ...eventStreams];
  const sent = converterShapes(context, generated.map((operation) => index.inputOf(operation)));
  // An event stream output is read event by event: its union's members get converters, not the output.
  const outputRoots = (operation: OperationShape): ShapeId[] => {
    const stream = outputEventStream(model, operation);
    return stream ? [...stream.union.members.values()].map((member) => member.target) : [index.outputOf(operation)];
  };
  const received = converterShapes(context, generated.flatMap((operation) => [...outputRoots(operation), ...index.errorsOf(operation)]));
  const shapes = new Map([...sent, ...received].map((shape) => [shape.id, shape]));
  return {
    protocol,
    supported,
    eventStreams,
    unsupported,
    shapes: [...shapes.values()].sort((a, b) => compareCodeUnits(a.id, b.id)),
    serialized: new Set(sent.map((shape) => shape.id)),
    deserialized: new Set(received.map((shape) => shape.id)),
  };
}

/**
 * The structures, unions, lists and maps reachable from `roots`: a package converts values one
 * way only, as smithy-typescript does, so that it holds no serializer of a shape it only reads.
 */
function converterShapes(context: TargetContext, roots: readonly ShapeId[]): Shape[] {
  const { model } = context;
  const seen = new Set<ShapeId>();
  const out: Shape[] = [];
  const visit = (id: ShapeId): void => {
    if (seen.has(id) || id === UNIT) return;
    seen.add(id);
    const shape = model.expectShape(id);
    if (!hasJsonConverter(shape)) return;
    // An event stream is read event by event (its members are roots of their own); never walk into one.
    if (shape.type === "union" && hasTrait(shape, "smithy.api#streaming")) return;
    out.push(shape);
    switch (shape.type) {
      case "structure":
      case "union":
        for (const member of shape.members.values()) visit(member.target);
        break;
      case "list":
      case "set":
        visit(shape.member.target);
        break;
      case "map":
        visit(shape.value.target);
        break;
      default:
        break;
    }
  };
  for (const root of roots) visit(root);
  return out;
}

/**
 * Reports what the package cannot do, naming each operation and what it misses; `alternate` says
 * the plan is of a protocol the client speaks only when asked to (its `protocol` option).
 */
export function reportPlan(context: TargetContext, plan: SerdePlan, alternate = false): void {
  const name = alternate ? plan.protocol?.name : undefined;
  const functions = name ? `its ${name} functions (a client constructed with \`protocol: "${name}"\`)` : "generated functions";
  for (const { operation, missing } of plan.unsupported) {
    context.note({
      severity: "warning",
      code: "UnsupportedProtocolFeature",
      subject: operation.id,
      message: `${operation.id}: ${functions} throw at runtime, because the operation needs ${missing.join(" and ")}, which smithy-gen does not support${name ? ` over ${name}` : ""}`,
      ...(operation.location ? { location: operation.location } : {}),
    });
  }
}

import { endpointDiscoveryOf } from "./endpoint-discovery.js";
import type { TargetContext } from "../../core/target.js";
import { getTrait, hasTrait } from "../../model/model.js";
import { isNodeObject } from "../../model/node.js";
import type { ShapeId } from "../../model/shape-id.js";
import { UNIT, type MemberShape, type OperationShape } from "../../model/shapes.js";
import { planSerde } from "../serde/serde-plan.js";
import { memberProperties } from "../types/member-names.js";
import type { EndpointModel } from "./endpoint-model.js";

/** The Region of the generated tests' clients. */
export const TEST_REGION = "us-west-2";

/**
 * How a test input is made valid for the endpoint rules: members bound to endpoint context
 * parameters (`@contextParam`) are left out when optional, or set to a value the model's own
 * endpoint tests resolve when required. Random values of such members are routed by the rules
 * (Kinesis sends a `StreamId` to the stream's endpoint, before any `endpoint` override) or
 * rejected (an ARN without a Region); tests whose purpose is not endpoints must not depend on that.
 */
export interface EndpointInputFix {
  /** Properties set to values the endpoint tests resolve, by property name. */
  readonly values: Readonly<Record<string, string>>;
  /** Optional properties left out. */
  readonly omit: readonly string[];
}

/** How a timestamp or an aggregate is written when toWire's defaults (epoch seconds, names as they are) do not fit. */
export type WireHow = { readonly shape: ShapeId } | { readonly timestamp: "date-time" | "http-date" };

/** A structure's or union's members (property to wire name and how), or a list's or map's items. */
export interface WireShape {
  readonly members?: Readonly<Record<string, readonly [wireName: string, how?: WireHow]>>;
  readonly items?: WireHow;
}

export interface ClientTestPlan {
  /** Operations the client can send and whose responses are JSON documents, in the service's order. */
  readonly sendable: readonly OperationShape[];
  /** Operations whose output is an event stream, in the service's order. */
  readonly eventStreams: readonly OperationShape[];
  /** Operations whose serde functions throw the typed unsupported-operation error (e.g. input event streams). */
  readonly unsupported: readonly { readonly operation: OperationShape; readonly missing: readonly string[] }[];
  endpointFix(operation: OperationShape): EndpointInputFix | undefined;
  /** Shapes whose wire form needs the model (a `@timestampFormat`, a renamed member), sorted by id. */
  readonly wireShapes: ReadonlyMap<ShapeId, WireShape>;
  /** How to write an operation's output, when toWire's defaults do not fit. */
  wireOf(id: ShapeId): WireHow | undefined;
  /** The operation the client behaviour tests send: sendable, preferably without endpoint context parameters. */
  readonly behaviourOperation: OperationShape | undefined;
  /** Whether any operation's test inputs need {@link EndpointInputFix}. */
  readonly fixesInputs: boolean;
}

const CONTEXT_PARAM = "smithy.rules#contextParam";

export function planClientTests(context: TargetContext, endpoints: EndpointModel): ClientTestPlan {
  const { index, model } = context;
  const serde = planSerde(context);
  // Event stream operations have tests of their own (writeEventStreamTests).
  const notDocuments = new Set([...serde.unsupported.map((entry) => entry.operation.id), ...serde.eventStreams.map((operation) => operation.id)]);
  const sendable = index.operations.filter((operation) => !notDocuments.has(operation.id));
  const streamIds = new Set(serde.eventStreams.map((operation) => operation.id));
  const eventStreams = index.operations.filter((operation) => streamIds.has(operation.id));
  const unsupported = index.operations.flatMap((operation) => serde.unsupported.filter((entry) => entry.operation.id === operation.id));
  const resolvedValues = endpointTestValues(endpoints);

  const fixes = new Map<ShapeId, EndpointInputFix | undefined>();
  const endpointFix = (operation: OperationShape): EndpointInputFix | undefined => {
    if (fixes.has(operation.id)) return fixes.get(operation.id);
    let fix: EndpointInputFix | undefined;
    const input = model.getShape(index.inputOf(operation));
    if (input?.type === "structure") {
      const values: Record<string, string> = {};
      const omit: string[] = [];
      for (const { member, property } of memberProperties(model, input)) {
        const trait = getTrait(member, CONTEXT_PARAM);
        if (!isNodeObject(trait) || typeof trait.name !== "string") continue;
        if (!hasTrait(member, "smithy.api#required")) {
          omit.push(property);
          continue;
        }
        const value = resolvedValues.get(trait.name);
        if (value !== undefined && model.expectShape(member.target).type === "string") values[property] = value;
      }
      if (omit.length || Object.keys(values).length) fix = { values, omit };
    }
    fixes.set(operation.id, fix);
    return fix;
  };

  const wireShapes = planWireShapes(context);
  const wireOf = (id: ShapeId): WireHow | undefined => (wireShapes.has(id) ? { shape: id } : undefined);
  // Not the endpoint discovery operation: the behaviour tests' stub answers that one itself.
  const discovery = endpointDiscoveryOf(context)?.operation.id;
  const candidates = sendable.filter((operation) => operation.id !== discovery);
  const behaviourOperation = candidates.find((operation) => endpoints.operationParameters(operation).every((parameter) => parameter.kind !== "context")) ?? candidates[0];
  const fixesInputs = index.operations.some((operation) => endpointFix(operation) !== undefined);
  return { sendable, eventStreams, unsupported, endpointFix, wireShapes, wireOf, behaviourOperation, fixesInputs };
}

/**
 * For each endpoint parameter, a string value the model's endpoint tests resolve to an endpoint
 * (not an error) in the `aws` partition, without an endpoint override, FIPS or dual-stack:
 * preferably in the tests' Region.
 */
function endpointTestValues(endpoints: EndpointModel): Map<string, string> {
  const out = new Map<string, string>();
  const candidates = endpoints.testCases
    .filter((testCase) => isNodeObject(testCase.expect) && testCase.expect.endpoint !== undefined && isNodeObject(testCase.params))
    .map((testCase) => testCase.params as Record<string, unknown>)
    .filter((params) => params.Endpoint === undefined && params.UseFIPS !== true && params.UseDualStack !== true)
    .filter((params) => typeof params.Region === "string" && AWS_PARTITION_REGION.test(params.Region));
  const ordered = [...candidates.filter((params) => params.Region === TEST_REGION), ...candidates.filter((params) => params.Region !== TEST_REGION)];
  for (const params of ordered) {
    for (const [name, value] of Object.entries(params)) if (typeof value === "string" && value !== "" && !out.has(name)) out.set(name, value);
  }
  return out;
}

/** Regions of the `aws` partition (the tests' Region is one). */
const AWS_PARTITION_REGION = /^(us|eu|ap|sa|ca|me|af|il|mx)-(?!gov-|iso)[a-z]+-\d+$/;

/**
 * The aggregates reachable from the operations' outputs whose wire form toWire cannot guess: they
 * hold (at any depth) a timestamp with a `@timestampFormat` other than the awsJson protocols'
 * epoch seconds, or a member whose TypeScript property is renamed.
 */
function planWireShapes(context: TargetContext): Map<ShapeId, WireShape> {
  const { model, index } = context;
  const reachable: ShapeId[] = [];
  const seen = new Set<ShapeId>();
  const visit = (id: ShapeId): void => {
    if (seen.has(id) || id === UNIT) return;
    seen.add(id);
    const shape = model.getShape(id);
    if (!shape) return;
    switch (shape.type) {
      case "structure":
      case "union":
        reachable.push(id);
        for (const member of shape.members.values()) visit(member.target);
        break;
      case "list":
      case "set":
        reachable.push(id);
        visit(shape.member.target);
        break;
      case "map":
        reachable.push(id);
        visit(shape.value.target);
        break;
      default:
        break;
    }
  };
  for (const operation of index.operations) visit(index.outputOf(operation));

  const timestampOf = (member: MemberShape): WireHow | undefined => {
    const target = model.getShape(member.target);
    if (target?.type !== "timestamp") return undefined;
    const format = getTrait(member, "smithy.api#timestampFormat") ?? getTrait(target, "smithy.api#timestampFormat");
    return format === "date-time" || format === "http-date" ? { timestamp: format } : undefined;
  };
  // Fixed point: an aggregate needs the model when a member does.
  const needed = new Set<ShapeId>();
  const howOf = (member: MemberShape): WireHow | undefined => timestampOf(member) ?? (needed.has(member.target) ? { shape: member.target } : undefined);
  let changed = true;
  while (changed) {
    changed = false;
    for (const id of reachable) {
      if (needed.has(id)) continue;
      const shape = model.expectShape(id);
      let needs = false;
      if (shape.type === "structure" || shape.type === "union") {
        needs = memberProperties(model, shape).some(({ member, property }) => property !== member.name || howOf(member) !== undefined);
      } else if (shape.type === "list" || shape.type === "set") {
        needs = howOf(shape.member) !== undefined;
      } else if (shape.type === "map") {
        needs = howOf(shape.value) !== undefined;
      }
      if (needs) {
        needed.add(id);
        changed = true;
      }
    }
  }
  const out = new Map<ShapeId, WireShape>();
  for (const id of [...needed].sort()) {
    const shape = model.expectShape(id);
    if (shape.type === "structure" || shape.type === "union") {
      const members: Record<string, readonly [string, WireHow?]> = {};
      for (const { member, property } of memberProperties(model, shape)) {
        const how = howOf(member);
        if (property !== member.name || how) members[property] = how ? [member.name, how] : [member.name];
      }
      out.set(id, { members });
    } else if (shape.type === "list" || shape.type === "set") {
      out.set(id, { items: howOf(shape.member)! });
    } else if (shape.type === "map") {
      out.set(id, { items: howOf(shape.value)! });
    }
  }
  return out;
}

import {
  compareCodeUnits,
  getTrait,
  isNodeArray,
  isNodeObject,
  type Model,
  type NodeObject,
  type NodeValue,
  type OperationShape,
  type ServiceShape,
  type ShapeId,
} from "@smithy-gen/codegen";
import { PROTOCOLS, type ProtocolName } from "./protocols.js";

const REQUEST_TESTS = "smithy.test#httpRequestTests";
const RESPONSE_TESTS = "smithy.test#httpResponseTests";

/** What request and response test cases share (`smithy.test#HttpMessageMixin` and the case fields). */
export interface HttpMessageTestCase {
  readonly id: string;
  readonly protocol: ShapeId;
  readonly documentation?: string;
  readonly authScheme?: ShapeId;
  readonly params?: NodeObject;
  readonly vendorParams?: NodeObject;
  readonly vendorParamsShape?: ShapeId;
  readonly tags: readonly string[];
  readonly appliesTo?: "client" | "server";
  readonly headers: Readonly<Record<string, string>>;
  readonly forbidHeaders: readonly string[];
  readonly requireHeaders: readonly string[];
  readonly body?: string;
  readonly bodyMediaType?: string;
}

/** One `smithy.test#httpRequestTests` case. */
export interface HttpRequestTestCase extends HttpMessageTestCase {
  readonly method: string;
  readonly uri: string;
  readonly host?: string;
  readonly resolvedHost?: string;
  readonly queryParams: readonly string[];
  readonly forbidQueryParams: readonly string[];
  readonly requireQueryParams: readonly string[];
}

/** One `smithy.test#httpResponseTests` case. */
export interface HttpResponseTestCase extends HttpMessageTestCase {
  readonly code: number;
}

/** A client test case of a service, bound to the operation it is sent through. */
export type ProtocolCase =
  | { readonly kind: "request"; readonly id: string; readonly service: ShapeId; readonly operation: ShapeId; readonly test: HttpRequestTestCase }
  | { readonly kind: "response"; readonly id: string; readonly service: ShapeId; readonly operation: ShapeId; readonly test: HttpResponseTestCase }
  | {
      readonly kind: "error";
      readonly id: string;
      readonly service: ShapeId;
      /** The first operation (by shape id) that can return the error. */
      readonly operation: ShapeId;
      readonly error: ShapeId;
      readonly test: HttpResponseTestCase;
    };

/** A malformed test case in the model; names the case and the field. */
export class TestCaseError extends Error {
  constructor(readonly where: string, message: string) {
    super(`${where}: ${message}`);
    this.name = "TestCaseError";
  }
}

/** The services of the model that use `protocol`, sorted by shape id. */
export function servicesOf(model: Model, protocol: ProtocolName): ServiceShape[] {
  const trait = PROTOCOLS[protocol].traitId;
  return model
    .shapesOfType("service")
    .filter((service) => getTrait(service, trait) !== undefined)
    .sort((a, b) => compareCodeUnits(a.id, b.id));
}

/** Every operation of a service, those bound through resources included, sorted by shape id. */
export function operationsOf(model: Model, service: ServiceShape): OperationShape[] {
  const ids = new Set<ShapeId>(service.operations);
  const seen = new Set<ShapeId>();
  const visit = (id: ShapeId): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const resource = model.expectShapeOfType(id, "resource");
    for (const op of [resource.create, resource.put, resource.read, resource.update, resource.delete, resource.list]) if (op) ids.add(op);
    for (const op of [...resource.operations, ...resource.collectionOperations]) ids.add(op);
    for (const child of resource.resources) visit(child);
  };
  for (const resource of service.resources) visit(resource);
  return [...ids].sort(compareCodeUnits).map((id) => model.expectShapeOfType(id, "operation"));
}

/**
 * The client test cases of `protocol`: request and response tests of every operation of every
 * service using it, and the response tests of the errors those operations can return, minus the
 * cases marked `appliesTo: "server"` and those of other protocols. Sorted by `caseName`; a name
 * used twice is an error.
 */
export function clientCases(model: Model, protocol: ProtocolName): ProtocolCase[] {
  return casesFor(model, protocol, "client");
}

/**
 * The server test cases of `protocol`: the same tests, minus those marked `appliesTo: "client"`.
 * A request test is a request the server must read into the case's `params`; a response test is
 * an output (or error) the server must write as the case's status, headers and body.
 */
export function serverCases(model: Model, protocol: ProtocolName): ProtocolCase[] {
  return casesFor(model, protocol, "server");
}

function casesFor(model: Model, protocol: ProtocolName, side: "client" | "server"): ProtocolCase[] {
  const trait = PROTOCOLS[protocol].traitId;
  const cases: ProtocolCase[] = [];
  const other = side === "client" ? "server" : "client";
  const applies = (test: HttpMessageTestCase): boolean => test.protocol === trait && test.appliesTo !== other;
  for (const service of servicesOf(model, protocol)) {
    const errorCasesSeen = new Set<ShapeId>();
    for (const operation of operationsOf(model, service)) {
      for (const test of readTests(operation.traits[REQUEST_TESTS], operation.id, readRequestCase)) {
        if (applies(test)) cases.push({ kind: "request", id: test.id, service: service.id, operation: operation.id, test });
      }
      for (const test of readTests(operation.traits[RESPONSE_TESTS], operation.id, readResponseCase)) {
        if (applies(test)) cases.push({ kind: "response", id: test.id, service: service.id, operation: operation.id, test });
      }
      for (const error of [...operation.errors, ...service.errors]) {
        if (errorCasesSeen.has(error)) continue;
        errorCasesSeen.add(error);
        const shape = model.expectShape(error);
        for (const test of readTests(shape.traits[RESPONSE_TESTS], error, readResponseCase)) {
          if (applies(test)) cases.push({ kind: "error", id: test.id, service: service.id, operation: operation.id, error, test });
        }
      }
    }
  }
  cases.sort((a, b) => compareCodeUnits(caseName(a), caseName(b)));
  for (let i = 1; i < cases.length; i++) {
    if (caseName(cases[i]!) === caseName(cases[i - 1]!)) {
      throw new TestCaseError(cases[i]!.id, `the test case id is used twice (${cases[i - 1]!.operation}, ${cases[i]!.operation})`);
    }
  }
  return cases;
}

const KIND_SUFFIX = { request: "Request", response: "Response", error: "Error" } as const;

/**
 * The name a case is reported and listed under: its id and kind, `AwsJson11Enums:Request`. A
 * request test and a response test may share an id (they often describe the two directions of
 * the same operation), so the id alone does not name a case.
 */
export function caseName(testCase: Pick<ProtocolCase, "id" | "kind">): string {
  return `${testCase.id}:${KIND_SUFFIX[testCase.kind]}`;
}

function readTests<T>(value: NodeValue | undefined, shape: ShapeId, read: (node: NodeObject, where: string) => T): T[] {
  if (value === undefined) return [];
  if (!isNodeArray(value)) throw new TestCaseError(shape, "the protocol test trait is not a list");
  return value.map((node, index) => {
    const where = `${shape} test #${index}`;
    if (!isNodeObject(node)) throw new TestCaseError(where, "a test case is not an object");
    return read(node, typeof node.id === "string" ? node.id : where);
  });
}

export function readRequestCase(node: NodeObject, where: string): HttpRequestTestCase {
  return {
    ...readMessageCase(node, where),
    method: requiredString(node, "method", where),
    uri: requiredString(node, "uri", where),
    host: optionalString(node, "host", where),
    resolvedHost: optionalString(node, "resolvedHost", where),
    queryParams: stringList(node, "queryParams", where),
    forbidQueryParams: stringList(node, "forbidQueryParams", where),
    requireQueryParams: stringList(node, "requireQueryParams", where),
  };
}

export function readResponseCase(node: NodeObject, where: string): HttpResponseTestCase {
  const code = node.code;
  if (typeof code !== "number" || !Number.isInteger(code) || code < 100 || code > 599) {
    throw new TestCaseError(where, "`code` must be an HTTP status code");
  }
  return { ...readMessageCase(node, where), code };
}

function readMessageCase(node: NodeObject, where: string): HttpMessageTestCase {
  const appliesTo = optionalString(node, "appliesTo", where);
  if (appliesTo !== undefined && appliesTo !== "client" && appliesTo !== "server") {
    throw new TestCaseError(where, "`appliesTo` must be \"client\" or \"server\"");
  }
  return {
    id: requiredString(node, "id", where),
    protocol: requiredString(node, "protocol", where),
    documentation: optionalString(node, "documentation", where),
    authScheme: optionalString(node, "authScheme", where),
    params: optionalObject(node, "params", where),
    vendorParams: optionalObject(node, "vendorParams", where),
    vendorParamsShape: optionalString(node, "vendorParamsShape", where),
    tags: stringList(node, "tags", where),
    appliesTo,
    headers: stringMap(node, "headers", where),
    forbidHeaders: stringList(node, "forbidHeaders", where),
    requireHeaders: stringList(node, "requireHeaders", where),
    body: optionalString(node, "body", where),
    bodyMediaType: optionalString(node, "bodyMediaType", where),
  };
}

function requiredString(node: NodeObject, field: string, where: string): string {
  const value = optionalString(node, field, where);
  if (value === undefined) throw new TestCaseError(where, `\`${field}\` is required`);
  return value;
}

function optionalString(node: NodeObject, field: string, where: string): string | undefined {
  const value = node[field];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new TestCaseError(where, `\`${field}\` must be a string`);
  return value;
}

function optionalObject(node: NodeObject, field: string, where: string): NodeObject | undefined {
  const value = node[field];
  if (value === undefined) return undefined;
  if (!isNodeObject(value)) throw new TestCaseError(where, `\`${field}\` must be an object`);
  return value;
}

function stringList(node: NodeObject, field: string, where: string): string[] {
  const value = node[field];
  if (value === undefined) return [];
  if (!isNodeArray(value) || !value.every((item) => typeof item === "string")) {
    throw new TestCaseError(where, `\`${field}\` must be a list of strings`);
  }
  return value as string[];
}

function stringMap(node: NodeObject, field: string, where: string): Record<string, string> {
  const value = node[field];
  if (value === undefined) return {};
  if (!isNodeObject(value) || !Object.values(value).every((item) => typeof item === "string")) {
    throw new TestCaseError(where, `\`${field}\` must be a map of strings`);
  }
  return value as Record<string, string>;
}

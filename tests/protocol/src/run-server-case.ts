import { handleAwsJsonRequest, type AwsJsonServerService, type ServerResponse } from "@smithy-gen/aws-json-server";
import type { Model, ShapeId, StructureShape } from "@smithy-gen/codegen";
import type { HttpRequest } from "@smithy/types";
import { expect } from "vitest";
import type { HttpRequestTestCase, HttpResponseTestCase, ProtocolCase } from "./cases.js";
import { errorClassOf, nameInService, operationIo, type ClientModule } from "./client-module.js";
import { comparable } from "./comparable.js";
import { paramsToTypeScript } from "./params-to-typescript.js";
import { bodyDifferences, headerDifferences } from "./request-check.js";
import { CaseFailure } from "./run-case.js";

/** What running a server case needs: the suite's model, and the generated server and client packages of each service. */
export interface ServerCaseRuntime {
  readonly model: Model;
  serverModule(service: ShapeId): Promise<ClientModule>;
  clientModule(service: ShapeId): Promise<ClientModule>;
}

type CreateServer = (handlers: object) => { handle(request: HttpRequest): Promise<ServerResponse> };

/** The server package's `create<Service>Server` and its `AwsJsonServerService`. */
function serverExports(module: ClientModule): { createServer: CreateServer; service: AwsJsonServerService } {
  const create = Object.entries(module.exports).filter(([name, value]) => /^create\w+Server$/.test(name) && typeof value === "function");
  const services = Object.values(module.exports).filter(
    (value): value is AwsJsonServerService => typeof value === "object" && value !== null && "targetPrefix" in value && "operations" in value,
  );
  if (create.length !== 1 || services.length !== 1) throw new Error(`${module.packageName} should export one create<Service>Server and one server service`);
  return { createServer: create[0]![1] as CreateServer, service: services[0]! };
}

/**
 * Runs one protocol test case through the generated server: a request case is sent to it and its
 * handler must receive the case's `params`; a response case has the handler return the `params`
 * (or throw the error they describe) and the server must write the case's status, headers and body.
 */
export async function runServerCase(runtime: ServerCaseRuntime, testCase: ProtocolCase): Promise<void> {
  const { model } = runtime;
  const service = model.expectShapeOfType(testCase.service, "service");
  const module = await runtime.serverModule(testCase.service);
  const { createServer, service: served } = serverExports(module);
  const io = operationIo(model, testCase.operation);
  const operation = Object.values(served.operations).find((entry) => entry.name === testCase.operation.slice(testCase.operation.indexOf("#") + 1));
  if (!operation) throw new CaseFailure(testCase.id, [`the server has no operation ${testCase.operation}`]);

  if (testCase.kind === "request") {
    const received: unknown[] = [];
    const server = createServer({ [operation.method]: async (input: unknown) => void received.push(input) });
    const response = await server.handle(requestOf(testCase.test, served, operation.name));
    if (response.statusCode !== 200) throw new CaseFailure(testCase.id, [`expected the request to be read, the server answered ${response.statusCode} ${new TextDecoder().decode(response.body)}`]);
    const expected = paramsToTypeScript(model, io.input, testCase.test.params ?? {});
    expect(comparable(received[0]), `${testCase.id}: the input the handler received`).toEqual(comparable(expected));
    return;
  }

  // The request is not the case's business: the output is written whatever was read.
  const lenient: AwsJsonServerService = { ...served, operations: { ...served.operations, [operation.name]: { ...operation, readInput: undefined, inputShape: undefined } } };
  let handler: () => Promise<unknown>;
  if (testCase.kind === "response") {
    const output = paramsToTypeScript(model, io.output, testCase.test.params ?? {});
    handler = async () => output;
  } else {
    const client = await runtime.clientModule(testCase.service);
    const ErrorClass = errorClassOf(client, testCase.error) as unknown as new (options: object) => Error;
    const members = paramsToTypeScript(model, testCase.error, testCase.test.params ?? {}) as Record<string, unknown>;
    const shape = model.expectShapeOfType(testCase.error, "structure") as StructureShape;
    if (!shape) throw new Error(`no error ${nameInService(service, testCase.error)}`);
    handler = async () => {
      throw new ErrorClass({ $metadata: {}, ...members });
    };
  }
  const response = await handleAwsJsonRequest(lenient, { [operation.method]: handler }, {
    method: "POST",
    protocol: "http:",
    hostname: "localhost",
    path: "/",
    query: {},
    headers: { "content-type": served.contentType, "x-amz-target": `${served.targetPrefix}.${operation.name}` },
    body: "{}",
  });
  const differences = responseDifferences(testCase.test, response);
  if (differences.length > 0) throw new CaseFailure(testCase.id, differences);
}

/**
 * The request of a request case. Cases written for clients list only the headers they check: one
 * without `X-Amz-Target` or `Content-Type` gets the operation's, which every client sends.
 */
function requestOf(test: HttpRequestTestCase, served: AwsJsonServerService, operation: string): HttpRequest {
  const headers: Record<string, string> = { ...test.headers };
  const names = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  if (!names.has("x-amz-target")) headers["X-Amz-Target"] = `${served.targetPrefix}.${operation}`;
  if (!names.has("content-type")) headers["Content-Type"] = served.contentType;
  const question = test.uri.indexOf("?");
  const query: Record<string, string> = {};
  if (question >= 0) for (const [key, value] of new URLSearchParams(test.uri.slice(question + 1))) query[key] = value;
  return {
    method: test.method,
    protocol: "http:",
    hostname: test.host ?? "localhost",
    path: question < 0 ? test.uri : test.uri.slice(0, question),
    query,
    headers,
    body: test.body ?? "",
  };
}

/** Every way the server's response differs from the case: status, headers and body (as JSON for a JSON media type). */
export function responseDifferences(test: HttpResponseTestCase, response: ServerResponse): string[] {
  const out: string[] = [];
  if (response.statusCode !== test.code) out.push(`status: expected ${test.code}, got ${response.statusCode}`);
  out.push(...headerDifferences(test, response.headers));
  if (test.body !== undefined) out.push(...bodyDifferences(test.body, test.bodyMediaType, response.body));
  return out;
}

import { getTrait, type Model, type ServiceShape, type ShapeId, type StructureShape } from "@smithy-gen/codegen";
import { expect } from "vitest";
import type { HttpRequestTestCase, HttpResponseTestCase, ProtocolCase } from "./cases.js";
import { clientClassOf, commandClassOf, errorClassOf, nameInService, operationIo, type ClientModule, type TestClient } from "./client-module.js";
import { comparable, comparableOutput } from "./comparable.js";
import { errorPropertyOf } from "./error-properties.js";
import { headerValue } from "./http-message.js";
import { minimalInput } from "./minimal-input.js";
import { paramsToTypeScript } from "./params-to-typescript.js";
import { endpointOf, requestDifferences } from "./request-check.js";
import { cannedResponseHandler, capturingHandler, RequestCaptured } from "./test-handlers.js";
import { readVendorParams, UnsupportedVendorParams, type VendorParams } from "./vendor-params.js";

/** What running a case needs: the suite's model and the generated client package of each service. */
export interface CaseRuntime {
  readonly model: Model;
  clientModule(service: ShapeId): Promise<ClientModule>;
}

/** A case whose client did not behave as the test expects; lists every difference found. */
export class CaseFailure extends Error {
  constructor(readonly id: string, readonly differences: readonly string[]) {
    super(`${id}:\n  ${differences.join("\n  ")}`);
    this.name = "CaseFailure";
  }
}

/**
 * The options every case's client gets: static credentials, a fixed Region, one attempt (a
 * canned 5xx response must not be retried with backoff) and the case's endpoint.
 */
function baseConfig(host: string | undefined): Record<string, unknown> {
  return {
    region: "us-west-2",
    credentials: { accessKeyId: "key", secretAccessKey: "secret" },
    maxAttempts: 1,
    endpoint: endpointOf({ host }),
  };
}

/** Runs one protocol test case through the generated client; throws when the client does not conform. */
export async function runCase(runtime: CaseRuntime, testCase: ProtocolCase): Promise<void> {
  const { model } = runtime;
  const service = model.expectShapeOfType(testCase.service, "service");
  const module = await runtime.clientModule(testCase.service);
  const vendor = readVendorParams(testCase.test);
  if (vendor.kind === "error-code" && testCase.kind !== "error") {
    throw new UnsupportedVendorParams(testCase.id, "naming an error code on a case that expects no error");
  }
  const config = { ...baseConfig(testCase.kind === "request" ? testCase.test.host : undefined), ...(vendor.kind === "client-config" ? vendor.config : {}) };
  const Client = clientClassOf(module);
  const Command = commandClassOf(module, service, testCase.operation);
  const io = operationIo(model, testCase.operation);

  if (testCase.kind === "request") {
    const input = paramsToTypeScript(model, io.input, testCase.test.params ?? {});
    const client = new Client({ ...config, requestHandler: capturingHandler() });
    await withClient(client, () => checkRequest(testCase.id, testCase.test, client, new Command(input)));
    return;
  }

  const client = new Client({ ...config, requestHandler: cannedResponseHandler(testCase.test) });
  const command = new Command(minimalInput(model, io.input));
  if (testCase.kind === "response") {
    await withClient(client, () => checkResponse(model, testCase.id, testCase.test, io.output, client, command));
  } else {
    const errorShape = model.expectShapeOfType(testCase.error, "structure") as StructureShape;
    await withClient(client, () => checkError(model, service, module, testCase.id, testCase.test, errorShape, vendor, client, command));
  }
}

async function withClient(client: TestClient, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } finally {
    client.destroy();
  }
}

async function checkRequest(id: string, test: HttpRequestTestCase, client: TestClient, command: unknown): Promise<void> {
  let captured: RequestCaptured | undefined;
  try {
    await client.send(command);
  } catch (error) {
    if (!(error instanceof RequestCaptured)) throw new CaseFailure(id, [`the client threw before sending: ${describeError(error)}`]);
    captured = error;
  }
  if (!captured) throw new CaseFailure(id, ["the client returned without sending a request"]);
  const differences = [...requestDifferences(test, captured.request), ...authDifferences(test, captured.request.headers)];
  if (differences.length > 0) throw new CaseFailure(id, differences);
}

/** `authScheme`: sigv4 requests carry a SigV4 Authorization header; `smithy.api#noAuth` ones none. */
function authDifferences(test: HttpRequestTestCase, headers: Readonly<Record<string, string>>): string[] {
  if (test.authScheme === undefined) return [];
  const authorization = headerValue(headers, "authorization");
  switch (test.authScheme) {
    case "aws.auth#sigv4":
      return authorization?.startsWith("AWS4-HMAC-SHA256 ") ? [] : [`authScheme aws.auth#sigv4: expected a SigV4 Authorization header, got ${JSON.stringify(authorization)}`];
    case "smithy.api#noAuth":
      return authorization === undefined ? [] : [`authScheme smithy.api#noAuth: expected no Authorization header, got ${JSON.stringify(authorization)}`];
    default:
      throw new CaseFailure(test.id, [`authScheme ${test.authScheme} is not supported by the protocol test harness`]);
  }
}

async function checkResponse(model: Model, id: string, test: HttpResponseTestCase, outputId: ShapeId, client: TestClient, command: unknown): Promise<void> {
  let output: unknown;
  try {
    output = await client.send(command);
  } catch (error) {
    throw new CaseFailure(id, [`expected an output, the client threw ${describeError(error)}`]);
  }
  const metadata = (output as { $metadata?: { httpStatusCode?: number } }).$metadata;
  if (metadata?.httpStatusCode !== test.code) throw new CaseFailure(id, [`$metadata.httpStatusCode: expected ${test.code}, got ${metadata?.httpStatusCode}`]);
  const expected = paramsToTypeScript(model, outputId, test.params ?? {});
  expect(comparableOutput(output), `${id}: the output`).toEqual(comparable(expected));
}

async function checkError(
  model: Model,
  service: ServiceShape,
  module: ClientModule,
  id: string,
  test: HttpResponseTestCase,
  shape: StructureShape,
  vendor: VendorParams,
  client: TestClient,
  command: unknown,
): Promise<void> {
  const ErrorClass = errorClassOf(module, shape.id);
  let thrown: unknown;
  try {
    await client.send(command);
  } catch (error) {
    thrown = error;
  }
  const name = nameInService(service, shape.id);
  if (thrown === undefined) throw new CaseFailure(id, [`expected ${name} to be thrown, the client returned an output`]);
  if (!(thrown instanceof ErrorClass)) throw new CaseFailure(id, [`expected an instance of ${name}, got ${describeError(thrown)}`]);
  const error = thrown as Error & Record<string, unknown> & { $metadata?: { httpStatusCode?: number } };
  const differences: string[] = [];
  if (error.name !== name) differences.push(`name: expected ${JSON.stringify(name)}, got ${JSON.stringify(error.name)}`);
  if (error.$metadata?.httpStatusCode !== test.code) differences.push(`$metadata.httpStatusCode: expected ${test.code}, got ${error.$metadata?.httpStatusCode}`);
  const fault = getTrait(shape, "smithy.api#error");
  if (error.$fault !== fault) differences.push(`$fault: expected ${JSON.stringify(fault)}, got ${JSON.stringify(error.$fault)}`);
  if (vendor.kind === "error-code") {
    // The code a customer sees: the awsQuery `Code` where the client exposes one, else the error's name.
    const code = typeof error.Code === "string" ? error.Code : error.name;
    if (code !== vendor.code) differences.push(`error code: expected ${JSON.stringify(vendor.code)}, got ${JSON.stringify(code)}`);
    if (vendor.type !== undefined && error.Type !== vendor.type) differences.push(`Type: expected ${JSON.stringify(vendor.type)}, got ${JSON.stringify(error.Type)}`);
  }
  if (differences.length > 0) throw new CaseFailure(id, differences);

  const expected = paramsToTypeScript(model, shape.id, test.params ?? {}) as Record<string, unknown>;
  const actualMembers: Record<string, unknown> = {};
  const expectedMembers: Record<string, unknown> = {};
  for (const member of shape.members.keys()) {
    const property = errorPropertyOf(model, shape, member);
    // `message` is every exception's own: a default message is not the service's to check.
    if (property === "message" && !(property in expected)) continue;
    actualMembers[property] = error[property];
    expectedMembers[property] = expected[property];
  }
  expect(comparable(actualMembers), `${id}: the modelled members of ${name}`).toEqual(comparable(expectedMembers));
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

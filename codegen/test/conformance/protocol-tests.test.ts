/**
 * Smithy's protocol compliance tests for awsJson1_0 and awsJson1_1 (`../shared/smithy/protocol-tests`)
 * load together with Smithy's own trait definitions (`../shared/smithy/traits`), which replace
 * the bundled ones of the same ids, and the test cases come out intact.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadModel, type LoadResult } from "../../src/assembly/load.js";
import { getTrait } from "../../src/model/model.js";
import { isNodeObject, type NodeObject } from "../../src/model/node.js";
import { PROTOCOL_TESTS_DIR, REFERENCE_TRAITS_DIR } from "../support/paths.js";

const REQUEST_TESTS = "smithy.test#httpRequestTests";
const RESPONSE_TESTS = "smithy.test#httpResponseTests";

function testCases(result: LoadResult, trait: string): NodeObject[] {
  const out: NodeObject[] = [];
  for (const shape of result.model.shapes.values()) {
    const value = getTrait(shape, trait);
    if (Array.isArray(value)) for (const entry of value) if (isNodeObject(entry)) out.push(entry);
  }
  return out;
}

function findCase(result: LoadResult, trait: string, id: string): NodeObject {
  const found = testCases(result, trait).find((c) => c.id === id);
  if (!found) throw new Error(`no ${trait} case ${id}`);
  return found;
}

describe("protocol tests with Smithy's trait definitions", () => {
  let result: LoadResult;
  beforeAll(() => {
    result = loadModel([PROTOCOL_TESTS_DIR, REFERENCE_TRAITS_DIR], { strict: true });
  });

  it("loads without errors or warnings, even in strict mode", () => {
    expect(result.warnings).toEqual([]);
  });

  // The expected counts come from a line scan of the files (each `protocol:` line under an
  // `@httpRequestTests` or `@httpResponseTests`), independent of the loader.
  it("keeps every test case, counted per protocol", () => {
    const count = (trait: string, protocol: string): number => testCases(result, trait).filter((c) => c.protocol === protocol).length;
    expect(count(REQUEST_TESTS, "aws.protocols#awsJson1_0")).toBe(33);
    expect(count(RESPONSE_TESTS, "aws.protocols#awsJson1_0")).toBe(43);
    expect(count(REQUEST_TESTS, "aws.protocols#awsJson1_1")).toBe(60);
    expect(count(RESPONSE_TESTS, "aws.protocols#awsJson1_1")).toBe(63);
    // Ids are unique per protocol, so no case was merged or duplicated on the way.
    for (const trait of [REQUEST_TESTS, RESPONSE_TESTS]) {
      const keys = testCases(result, trait).map((c) => `${String(c.protocol)} ${String(c.id)}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it("attaches the tests to the operations and the services to the protocols", () => {
    const service = result.model.expectShapeOfType("aws.protocoltests.json#JsonProtocol", "service");
    expect(getTrait(service, "aws.protocols#awsJson1_1")).toEqual({});
    expect(getTrait(service, "aws.auth#sigv4")).toEqual({ name: "jsonprotocol" });
    expect(service.operations).toContain("aws.protocoltests.json#KitchenSinkOperation");
    const operation = result.model.expectShapeOfType("aws.protocoltests.json#PutAndGetInlineDocuments", "operation");
    const requests = getTrait(operation, REQUEST_TESTS);
    expect(Array.isArray(requests) && requests.length).toBeGreaterThan(0);
  });

  it("keeps request test values exactly: text blocks, nested params, resolved shape ids", () => {
    const test = findCase(result, REQUEST_TESTS, "AwsJson11Enums");
    expect(test.protocol).toBe("aws.protocols#awsJson1_1");
    expect(test.method).toBe("POST");
    expect(test.uri).toBe("/");
    expect(test.headers).toEqual({ "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "JsonProtocol.JsonEnums" });
    expect(test.bodyMediaType).toBe("application/json");
    // A text block: incidental indentation removed, the closing line's break kept.
    expect(typeof test.body === "string" && test.body.startsWith('{\n    "fooEnum1": "Foo",')).toBe(true);
    expect(test.params).toMatchObject({ fooEnum1: "Foo", fooEnumList: ["Foo", "0"], fooEnumMap: { hi: "Foo", zero: "0" } });
  });

  it("keeps response test values, including numbers and error shapes", () => {
    const test = findCase(result, RESPONSE_TESTS, "AwsJson10FooErrorUsingXAmznErrorType");
    expect(test.protocol).toBe("aws.protocols#awsJson1_0");
    expect(test.code).toBe(500);
    expect(test.headers).toEqual({ "X-Amzn-Errortype": "FooError" });
    const kitchen = findCase(result, RESPONSE_TESTS, "parses_the_request_id_from_the_response");
    expect(kitchen.code).toBe(200);
  });
});

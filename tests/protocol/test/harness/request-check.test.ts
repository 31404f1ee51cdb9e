import { describe, expect, it } from "vitest";
import { readRequestCase, type HttpRequestTestCase } from "../../src/cases.js";
import type { CapturedRequest } from "../../src/http-message.js";
import { endpointOf, requestDifferences } from "../../src/request-check.js";

function testCase(fields: Record<string, unknown>): HttpRequestTestCase {
  return readRequestCase({ id: "Case", protocol: "aws.protocols#awsJson1_0", method: "POST", uri: "/", ...fields } as never, "Case");
}

function request(fields: Partial<CapturedRequest> = {}): CapturedRequest {
  return { method: "POST", hostname: "localhost", path: "/", query: {}, headers: { "content-type": "application/x-amz-json-1.0" }, body: "{}", ...fields };
}

describe("requestDifferences", () => {
  it("accepts a conforming request, header names matched case-insensitively", () => {
    const test = testCase({ headers: { "Content-Type": "application/x-amz-json-1.0" }, body: "{}", bodyMediaType: "application/json" });
    expect(requestDifferences(test, request())).toEqual([]);
  });

  it("compares JSON bodies as JSON: key order and spacing do not matter, values do", () => {
    const test = testCase({ body: '{"a": 1, "b": [true, {"c": "d"}]}', bodyMediaType: "application/json" });
    expect(requestDifferences(test, request({ body: '{"b":[true,{"c":"d"}],"a":1.0}' }))).toEqual([]);
    expect(requestDifferences(test, request({ body: new TextEncoder().encode('{"b":[true,{"c":"e"}],"a":1,"z":0}') }))).toEqual([
      'body.b[1].c: expected "d", got "e"',
      "body.z: expected nothing, got 0",
    ]);
  });

  it("compares other bodies byte for byte, and an empty expected body with no body", () => {
    expect(requestDifferences(testCase({ body: "{}" }), request({ body: "{ }" }))).toEqual(['body: expected "{}", got "{ }"']);
    expect(requestDifferences(testCase({ body: "" }), request({ body: undefined }))).toEqual([]);
    expect(requestDifferences(testCase({ body: "" }), request({ body: "{}" }))).toEqual(['body: expected no body, got "{}"']);
  });

  it("compares CBOR bodies decoded, the case's body being base64 of CBOR", () => {
    // {"a": 1.5} with 1.5 as a half float, the way a test case may write it.
    const test = testCase({ body: Buffer.from("a16161f93e00", "hex").toString("base64"), bodyMediaType: "application/cbor" });
    // The same map, indefinite-length, with 1.5 as a double: the same value.
    expect(requestDifferences(test, request({ body: new Uint8Array(Buffer.from("bf6161fb3ff8000000000000ff", "hex")) }))).toEqual([]);
    expect(requestDifferences(test, request({ body: new Uint8Array(Buffer.from("a16161f93c00", "hex")) }))).toEqual(["body.a: expected 1.5, got 1"]);
    expect(requestDifferences(test, request({ body: new Uint8Array(Buffer.from("a26161f93e006162f6", "hex")) }))).toEqual(["body.b: expected nothing, got null"]);
    expect(requestDifferences(test, request({ body: undefined }))).toEqual(["body: expected CBOR (base64 oWFh+T4A), got no body"]);
  });

  it("takes an empty CBOR body as no body", () => {
    const test = testCase({ body: "", bodyMediaType: "application/cbor" });
    expect(requestDifferences(test, request({ body: undefined }))).toEqual([]);
    expect(requestDifferences(test, request({ body: new Uint8Array(Buffer.from("a0", "hex")) }))).toEqual(["body: expected no body, got 1 byte"]);
  });

  it("checks method, path, expected, forbidden and required headers", () => {
    const test = testCase({ method: "PUT", uri: "/custom/", headers: { "X-Amz-Target": "S.Op" }, forbidHeaders: ["x-amzn-query-mode"], requireHeaders: ["Content-Length"] });
    expect(requestDifferences(test, request({ headers: { "x-amz-target": "S.Other", "X-Amzn-Query-Mode": "true" } }))).toEqual([
      "method: expected PUT, got POST",
      'path: expected "/custom/", got "/"',
      'header X-Amz-Target: expected "S.Op", got "S.Other"',
      'header x-amzn-query-mode: forbidden, got "true"',
      "header Content-Length: required, got nothing",
    ]);
  });

  it("checks the query string of the uri and the query parameter lists, decoded", () => {
    const test = testCase({ uri: "/?mode=a%20b", queryParams: ["k=1", "k=2"], forbidQueryParams: ["secret"], requireQueryParams: ["flag"] });
    expect(requestDifferences(test, request({ query: { mode: "a b", k: ["2", "1"], flag: null } }))).toEqual([]);
    expect(requestDifferences(test, request({ query: { mode: "a b", k: "1", secret: "x" } }))).toEqual([
      'query: expected k=2, got {"mode":"a b","k":"1","secret":"x"}',
      'query: secret is forbidden, got "x"',
      "query: flag is required, got nothing",
    ]);
  });

  it("checks the resolved host, else the host without its path", () => {
    expect(requestDifferences(testCase({ host: "example.com", resolvedHost: "foo.example.com" }), request({ hostname: "example.com" }))).toEqual([
      'host: expected "foo.example.com", got "example.com"',
    ]);
    expect(requestDifferences(testCase({ host: "example.com/custom" }), request({ hostname: "example.com" }))).toEqual([]);
  });
});

describe("endpointOf", () => {
  it("gives the client https://<host>, path included, or localhost", () => {
    expect(endpointOf({ host: "example.com/custom" })).toBe("https://example.com/custom");
    expect(endpointOf({})).toBe("https://localhost");
  });
});

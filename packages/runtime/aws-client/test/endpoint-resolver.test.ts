import { EndpointError } from "@smithy/core/endpoints";
import type { EndpointParameters, RuleSetObject } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { createEndpointResolver } from "../src/index.js";
import { ruleSet, type TestEndpointParameters } from "./fixtures.js";

const ALL = ["Region", "UseFIPS", "Endpoint"];

describe("createEndpointResolver", () => {
  it("resolves an endpoint rule from the Region, with the AWS partition functions", () => {
    const resolve = createEndpointResolver<TestEndpointParameters>(ruleSet, ALL);
    expect(resolve({ Region: "us-west-2", UseFIPS: false }).url.href).toBe("https://test.us-west-2.amazonaws.com/");
    expect(resolve({ Region: "cn-north-1", UseFIPS: false }).url.href).toBe("https://test.cn-north-1.amazonaws.com.cn/");
    expect(resolve({ Region: "eu-central-1", UseFIPS: true }).url.href).toBe("https://test-fips.eu-central-1.amazonaws.com/");
  });

  it("gives the rule's properties, such as the auth schemes", () => {
    const endpoint = createEndpointResolver<TestEndpointParameters>(ruleSet, ALL)({ Region: "us-west-2" });
    expect(endpoint.properties?.authSchemes).toEqual([{ name: "sigv4", signingName: "testservice", signingRegion: "us-west-2" }]);
  });

  it("uses a custom endpoint", () => {
    expect(createEndpointResolver<TestEndpointParameters>(ruleSet, ALL)({ Region: "us-west-2", Endpoint: "https://localhost:8443/base" }).url.href).toBe(
      "https://localhost:8443/base",
    );
  });

  it("throws an EndpointError with the message of an error rule", () => {
    const resolve = createEndpointResolver<TestEndpointParameters>(ruleSet, ALL);
    expect(() => resolve({ Region: "us-west-2", UseFIPS: true, Endpoint: "https://localhost" })).toThrow(EndpointError);
    expect(() => resolve({ Region: "us-west-2", UseFIPS: true, Endpoint: "https://localhost" })).toThrow("Invalid Configuration: FIPS and custom endpoint are not supported");
    expect(() => resolve({})).toThrow("Invalid Configuration: Missing Region");
  });

  it("treats parameters that are undefined as unset", () => {
    const resolve = createEndpointResolver<TestEndpointParameters>(ruleSet, ALL);
    expect(resolve({ Region: "us-west-2", Endpoint: undefined, UseFIPS: undefined }).url.href).toBe("https://test.us-west-2.amazonaws.com/");
  });

  it("remembers endpoints by the named parameters", () => {
    const resolve = createEndpointResolver<TestEndpointParameters>(ruleSet, ALL);
    const first = resolve({ Region: "us-west-2", UseFIPS: false });
    expect(resolve({ Region: "us-west-2", UseFIPS: false })).toBe(first);
    expect(resolve({ Region: "us-east-1", UseFIPS: false })).not.toBe(first);
    expect(resolve({ Region: "us-west-2", UseFIPS: true })).not.toBe(first);
    expect(resolve({ Region: "us-west-2", UseFIPS: true }).url.href).toBe("https://test-fips.us-west-2.amazonaws.com/");
  });

  it("keys its cache only on the named parameters", () => {
    const resolve = createEndpointResolver<TestEndpointParameters>(ruleSet, ["Region"]);
    const first = resolve({ Region: "us-west-2", UseFIPS: false });
    expect(resolve({ Region: "us-west-2", UseFIPS: true })).toBe(first);
  });

  it("gives each resolver its own cache", () => {
    const a = createEndpointResolver<TestEndpointParameters>(ruleSet, ALL);
    const b = createEndpointResolver<TestEndpointParameters>(ruleSet, ALL);
    expect(a({ Region: "us-west-2" })).not.toBe(b({ Region: "us-west-2" }));
  });

  it("without cache parameters, evaluates the rules for every request", () => {
    const resolve = createEndpointResolver<TestEndpointParameters>(ruleSet, []);
    const first = resolve({ Region: "us-west-2" });
    const second = resolve({ Region: "us-west-2" });
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
  });

  // A rule set with a stringArray parameter (DynamoDB's ResourceArnList, say): the rules engine
  // evaluates string arrays.
  interface ArrayParameters extends EndpointParameters {
    Region?: string;
    ResourceArnList?: string[];
  }
  const arrayRuleSet = {
    version: "1.0",
    parameters: {
      Region: { type: "String", required: false },
      ResourceArnList: { type: "stringArray" as "String", required: false },
    },
    rules: [
      {
        conditions: [
          { fn: "isSet", argv: [{ ref: "ResourceArnList" }] },
          { fn: "getAttr", argv: [{ ref: "ResourceArnList" }, "[0]"], assign: "FirstArn" },
        ],
        endpoint: { url: "https://{FirstArn}.example.com", properties: {}, headers: {} },
        type: "endpoint",
      },
      { conditions: [], endpoint: { url: "https://regional.{Region}.example.com", properties: {}, headers: {} }, type: "endpoint" },
    ],
  } as RuleSetObject;

  it("passes stringArray parameters on to the rules", () => {
    const resolve = createEndpointResolver<ArrayParameters>(arrayRuleSet);
    expect(resolve({ Region: "us-west-2", ResourceArnList: ["table1", "table2"] }).url.href).toBe("https://table1.example.com/");
    expect(resolve({ Region: "us-west-2" }).url.href).toBe("https://regional.us-west-2.example.com/");
  });

  it("works without cache parameters (rule sets with stringArray parameters), evaluating the rules for every request", () => {
    const resolve = createEndpointResolver<ArrayParameters>(arrayRuleSet);
    const first = resolve({ Region: "us-west-2", ResourceArnList: ["a"] });
    expect(first.url.href).toBe("https://a.example.com/");
    expect(resolve({ Region: "us-west-2", ResourceArnList: ["b"] }).url.href).toBe("https://b.example.com/");
    expect(resolve({ Region: "us-west-2", ResourceArnList: ["a"] })).not.toBe(first);
  });
});

import type { RuleSetObject } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { BUILT_IN_OPTIONS, endpointParameterInstructions } from "../src/index.js";
import { endpointParameters, ruleSet } from "./fixtures.js";

const parameters = (entries: Record<string, { builtIn?: string }>): RuleSetObject =>
  ({ version: "1.0", parameters: Object.fromEntries(Object.entries(entries).map(([name, extra]) => [name, { type: "String", required: false, ...extra }])), rules: [] }) as RuleSetObject;

describe("endpointParameterInstructions", () => {
  it("takes each built-in from the client option of the official SDK", () => {
    expect(endpointParameterInstructions(ruleSet)).toEqual(endpointParameters);
    expect(
      endpointParameterInstructions(
        parameters({ R: { builtIn: "AWS::Region" }, D: { builtIn: "AWS::UseDualStack" }, A: { builtIn: "AWS::Auth::AccountId" }, M: { builtIn: "AWS::Auth::AccountIdEndpointMode" } }),
      ),
    ).toEqual({
      R: { type: "builtInParams", name: "region" },
      D: { type: "builtInParams", name: "useDualstackEndpoint" },
      A: { type: "builtInParams", name: "accountId" },
      M: { type: "builtInParams", name: "accountIdEndpointMode" },
    });
    expect(BUILT_IN_OPTIONS["AWS::Region"]).toBe("region");
  });

  it("takes client context parameters from the option of their name with a lower-case first letter", () => {
    expect(endpointParameterInstructions(parameters({ DisableMultiRegionAccessPoints: {}, Other: {} }), ["DisableMultiRegionAccessPoints"])).toEqual({
      DisableMultiRegionAccessPoints: { type: "clientContextParams", name: "disableMultiRegionAccessPoints" },
    });
  });

  it("leaves out built-ins the client does not supply and parameters that are neither", () => {
    expect(endpointParameterInstructions(parameters({ Bucket: {}, X: { builtIn: "AWS::S3::Accelerate" } }))).toEqual({});
  });
});

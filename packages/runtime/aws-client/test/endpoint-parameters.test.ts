import { describe, expect, it } from "vitest";
import { endpointParameterInstructions } from "../src/index.js";

describe("endpointParameterInstructions", () => {
  it("takes each built-in from the client option it names", () => {
    expect(endpointParameterInstructions({ Region: "region", UseDualStack: "useDualstackEndpoint", AccountId: "accountId" })).toEqual({
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      AccountId: { type: "builtInParams", name: "accountId" },
    });
  });

  it("takes client context parameters from the options they name", () => {
    expect(endpointParameterInstructions({ Region: "region" }, { DisableMultiRegionAccessPoints: "disableMultiRegionAccessPoints" })).toEqual({
      Region: { type: "builtInParams", name: "region" },
      DisableMultiRegionAccessPoints: { type: "clientContextParams", name: "disableMultiRegionAccessPoints" },
    });
  });

  it("gives no instruction for a service without parameters the client supplies", () => {
    expect(endpointParameterInstructions({})).toEqual({});
  });
});

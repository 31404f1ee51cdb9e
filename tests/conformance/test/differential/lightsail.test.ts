import { defineDifferentialSuite } from "../../src/differential/differential-suite.js";

defineDifferentialSuite({
  label: "lightsail",
  modelFile: "lightsail-2016-11-28.json",
  official: () => import("@aws-sdk/client-lightsail") as Promise<Record<string, unknown>>,
});

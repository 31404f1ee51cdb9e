import { defineDifferentialSuite } from "../../src/differential/differential-suite.js";

// awsJson1_0; the recursive union AttributeValue (blobs, sets, lists and maps of itself), timestamps,
// and operations whose endpoint discovery is optional (off unless enabled: both clients use the regular endpoint).
defineDifferentialSuite({
  label: "dynamodb",
  modelFile: "dynamodb-2012-08-10.json",
  official: () => import("@aws-sdk/client-dynamodb") as Promise<Record<string, unknown>>,
});

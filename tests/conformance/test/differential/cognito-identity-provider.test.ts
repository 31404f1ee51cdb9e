import { defineDifferentialSuite } from "../../src/differential/differential-suite.js";

// A large awsJson1_1 service with documents (managed login branding, WebAuthn), operations that are
// sent unsigned (`@optionalAuth`), sensitive members and idempotency tokens.
defineDifferentialSuite({
  label: "cognito-identity-provider",
  modelFile: "cognito-identity-provider-2016-04-18.json",
  official: () => import("@aws-sdk/client-cognito-identity-provider") as Promise<Record<string, unknown>>,
});

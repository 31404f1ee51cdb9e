import { vi } from "vitest";

/** Environment variables that would change a client's defaults. */
const AWS_VARIABLES = [
  "AWS_REGION",
  "AWS_DEFAULT_REGION",
  "AWS_PROFILE",
  "AWS_MAX_ATTEMPTS",
  "AWS_RETRY_MODE",
  "AWS_USE_FIPS_ENDPOINT",
  "AWS_USE_DUALSTACK_ENDPOINT",
  "AWS_ENDPOINT_URL",
  "AWS_ENDPOINT_URL_TEST",
  "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_DISABLE_REQUEST_COMPRESSION",
  "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES",
];

/** No AWS variables, and shared config files that do not exist: each test sets what it needs. */
export function isolateAwsEnvironment(): void {
  for (const name of AWS_VARIABLES) vi.stubEnv(name, undefined);
  vi.stubEnv("AWS_CONFIG_FILE", "/nonexistent/smithy-gen-test/config");
  vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/smithy-gen-test/credentials");
  vi.stubEnv("AWS_EC2_METADATA_DISABLED", "true");
}

import { isNodeObject, type NodeObject, type NodeValue } from "@smithy-gen/codegen";
import type { HttpMessageTestCase } from "./cases.js";

/** `aws-config.smithy`: client settings a case runs with. */
export const AWS_CONFIG_SHAPE = "aws.protocoltests.config#AwsConfig";
/** `aws-config.smithy`: the error code (and awsQuery error type) an error case expects. */
export const ERROR_CODE_PARAMS_SHAPE = "aws.protocoltests.config#ErrorCodeParams";

/** What the harness does with a case's `vendorParams`. */
export type VendorParams =
  | { readonly kind: "none" }
  | { readonly kind: "client-config"; readonly config: Readonly<Record<string, unknown>> }
  | { readonly kind: "error-code"; readonly code: string; readonly type?: string };

/** vendorParams the harness cannot honour: the case fails with this instead of being run half-way. */
export class UnsupportedVendorParams extends Error {
  constructor(id: string, detail: string) {
    super(`${id}: vendorParams ${detail} are not supported by the protocol test harness`);
    this.name = "UnsupportedVendorParams";
  }
}

export function readVendorParams(test: HttpMessageTestCase): VendorParams {
  const params = test.vendorParams;
  if (params === undefined || Object.keys(params).length === 0) return { kind: "none" };
  switch (test.vendorParamsShape) {
    case AWS_CONFIG_SHAPE:
      return { kind: "client-config", config: awsConfigToClientConfig(test.id, params) };
    case ERROR_CODE_PARAMS_SHAPE: {
      const { code, type, ...rest } = params;
      if (typeof code !== "string" || (type !== undefined && typeof type !== "string") || Object.keys(rest).length > 0) {
        throw new UnsupportedVendorParams(test.id, `of shape ${ERROR_CODE_PARAMS_SHAPE} ${JSON.stringify(params)}`);
      }
      return type === undefined ? { kind: "error-code", code } : { kind: "error-code", code, type };
    }
    default:
      throw new UnsupportedVendorParams(test.id, `of shape ${test.vendorParamsShape ?? "(none given)"}`);
  }
}

/**
 * The generated client's options for an `AwsConfig`: its clock, and the `client` and
 * `environment` scopes (region, credentials, retries), the client scope winning. Config and
 * credentials files and S3 settings have no counterpart in an awsJson client: they are refused.
 */
export function awsConfigToClientConfig(id: string, params: NodeObject): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  const { clockTime, scopedConfig, ...otherTop } = params;
  refuseRest(id, "", otherTop);
  if (clockTime !== undefined) {
    const millis = typeof clockTime === "number" ? clockTime * 1000 : typeof clockTime === "string" ? Date.parse(clockTime) : Number.NaN;
    if (Number.isNaN(millis)) throw new UnsupportedVendorParams(id, `clockTime ${JSON.stringify(clockTime)}`);
    // The signer reads the clock as Date.now() + systemClockOffset.
    config.systemClockOffset = millis - Date.now();
  }
  if (scopedConfig === undefined) return config;
  if (!isNodeObject(scopedConfig)) throw new UnsupportedVendorParams(id, "scopedConfig that is not an object");
  const { environment, client, ...otherScopes } = scopedConfig;
  refuseRest(id, "scopedConfig.", otherScopes);
  const settings = { ...environmentSettings(id, environment), ...clientSettings(id, client) };
  const { accessKeyId, secretAccessKey, sessionToken, ...rest } = settings;
  Object.assign(config, rest);
  if (accessKeyId !== undefined || secretAccessKey !== undefined) {
    config.credentials = { accessKeyId, secretAccessKey, ...(sessionToken === undefined ? {} : { sessionToken }) };
  }
  return config;
}

function environmentSettings(id: string, value: NodeValue | undefined): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isNodeObject(value)) throw new UnsupportedVendorParams(id, "scopedConfig.environment that is not an object");
  const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_DEFAULT_REGION, AWS_RETRY_MODE, ...rest } = value;
  refuseRest(id, "scopedConfig.environment.", rest);
  return defined({ accessKeyId: AWS_ACCESS_KEY_ID, secretAccessKey: AWS_SECRET_ACCESS_KEY, sessionToken: AWS_SESSION_TOKEN, region: AWS_DEFAULT_REGION, retryMode: AWS_RETRY_MODE });
}

function clientSettings(id: string, value: NodeValue | undefined): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isNodeObject(value)) throw new UnsupportedVendorParams(id, "scopedConfig.client that is not an object");
  const { aws_access_key_id, aws_secret_access_key, aws_session_token, region, retry_config, ...rest } = value;
  refuseRest(id, "scopedConfig.client.", rest);
  let retry: Record<string, unknown> = {};
  if (retry_config !== undefined) {
    if (!isNodeObject(retry_config)) throw new UnsupportedVendorParams(id, "scopedConfig.client.retry_config that is not an object");
    const { mode, max_attempts, ...otherRetry } = retry_config;
    refuseRest(id, "scopedConfig.client.retry_config.", otherRetry);
    retry = defined({ retryMode: mode, maxAttempts: max_attempts });
  }
  return { ...defined({ accessKeyId: aws_access_key_id, secretAccessKey: aws_secret_access_key, sessionToken: aws_session_token, region }), ...retry };
}

function refuseRest(id: string, prefix: string, rest: Record<string, unknown>): void {
  const keys = Object.keys(rest);
  if (keys.length > 0) throw new UnsupportedVendorParams(id, keys.map((key) => `${prefix}${key}`).join(", "));
}

function defined(values: Record<string, NodeValue | undefined>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

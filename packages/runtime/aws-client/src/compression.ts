import { resolveCompressionConfig, type CompressionResolvedConfig } from "@smithy/middleware-compression";
import type { Provider } from "@smithy/types";
import { ClientConfigurationError } from "./client-configuration-error.js";
import { getCompressionDefaults } from "./compression-defaults.js";

/** The largest `requestMinCompressionSizeBytes` the AWS SDKs accept (10 MiB). */
export const MAX_MIN_COMPRESSION_SIZE_BYTES = 10_485_760;

/** The options of a client whose service has operations with `@requestCompression`. */
export interface RequestCompressionConfig {
  /**
   * Send the bodies of operations that support it uncompressed. Default (Node.js): `AWS_DISABLE_REQUEST_COMPRESSION`
   * or the profile's `disable_request_compression`, else `false`.
   */
  disableRequestCompression?: boolean | Provider<boolean>;
  /**
   * The smallest body, in bytes (0 to 10485760), that is gzipped for operations that support it. Default (Node.js):
   * `AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES` or the profile's `request_min_compression_size_bytes`, else 10240.
   */
  requestMinCompressionSizeBytes?: number | Provider<number>;
}

/**
 * The request compression options, checked, with the runtime's defaults filled in, for
 * `getCompressionPlugin` of `@smithy/middleware-compression`.
 */
export function resolveRequestCompressionConfig(input: RequestCompressionConfig & { readonly profile?: string }, client: string): CompressionResolvedConfig {
  const minCompressionSize = input.requestMinCompressionSizeBytes;
  if (typeof minCompressionSize === "number" && !(Number.isInteger(minCompressionSize) && minCompressionSize >= 0 && minCompressionSize <= MAX_MIN_COMPRESSION_SIZE_BYTES)) {
    throw new ClientConfigurationError(
      client,
      "requestMinCompressionSizeBytes",
      `requestMinCompressionSizeBytes must be an integer from 0 to ${MAX_MIN_COMPRESSION_SIZE_BYTES}, not ${minCompressionSize}`,
    );
  }
  const defaults = getCompressionDefaults(input);
  // Only the two options: inferred from a whole config, the resolver's type would intersect their raw and resolved types.
  return resolveCompressionConfig<object>({
    disableRequestCompression: input.disableRequestCompression ?? defaults.disableRequestCompression,
    requestMinCompressionSizeBytes: input.requestMinCompressionSizeBytes ?? defaults.requestMinCompressionSizeBytes,
  });
}

export type { CompressionResolvedConfig };

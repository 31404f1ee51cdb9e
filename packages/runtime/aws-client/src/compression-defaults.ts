import { loadConfig } from "@smithy/core/config";
import {
  NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS,
  NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS,
} from "@smithy/middleware-compression";
import type { Provider } from "@smithy/types";

/** Node.js: the environment and the shared config files (read on first use). */
export function getCompressionDefaults(config: { readonly profile?: string }): {
  disableRequestCompression: Provider<boolean>;
  requestMinCompressionSizeBytes: Provider<number>;
} {
  const files = { profile: config.profile };
  return {
    disableRequestCompression: loadConfig(NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS, files),
    requestMinCompressionSizeBytes: loadConfig(NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS, files),
  };
}

import { DEFAULT_DISABLE_REQUEST_COMPRESSION, DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES } from "@smithy/middleware-compression";

/** Browsers: the AWS SDK's defaults (no environment or files to read). */
export function getCompressionDefaults(_config: { readonly profile?: string }): {
  disableRequestCompression: boolean;
  requestMinCompressionSizeBytes: number;
} {
  return {
    disableRequestCompression: DEFAULT_DISABLE_REQUEST_COMPRESSION,
    requestMinCompressionSizeBytes: DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES,
  };
}

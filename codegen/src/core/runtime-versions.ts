/**
 * The dependency ranges generated packages declare, one table for all of them, so that the four
 * packages of a service (and every service) share one copy of each runtime package. A generated
 * import of a package missing here is a generator bug, reported when the manifest is built.
 */
export const RUNTIME_VERSIONS: Readonly<Record<string, string>> = {
  "@aws-crypto/sha256-browser": "^5.2.0",
  "@aws-crypto/sha256-js": "^5.2.0",
  "@aws-sdk/credential-provider-node": "^3.972.0",
  "@aws-sdk/util-endpoints": "^3.996.0",
  "@smithy/config-resolver": "^4.4.0",
  "@smithy/core": "^3.41.0",
  "@smithy/fetch-http-handler": "^5.3.0",
  "@smithy/hash-node": "^4.2.0",
  "@smithy/middleware-compression": "^4.6.0",
  "@smithy/middleware-endpoint": "^4.4.0",
  "@smithy/middleware-retry": "^4.4.0",
  "@smithy/middleware-serde": "^4.2.0",
  "@smithy/node-http-handler": "^4.4.0",
  "@smithy/protocol-http": "^5.3.0",
  "@smithy/signature-v4": "^5.3.0",
  "@smithy/smithy-client": "^4.10.0",
  "@smithy/types": "^4.12.0",
  "@smithy/url-parser": "^4.2.0",
  "@smithy/util-base64": "^4.3.0",
  "@smithy/util-endpoints": "^3.2.0",
  "@smithy/util-retry": "^4.2.0",
  "@smithy/util-utf8": "^4.2.0",
  "fast-check": "^4.3.0",
  typescript: "~5.9.3",
  vitest: "^4.0.0",
  "@types/node": "^20.19.0",
};

import type { Provider } from "@smithy/types";

/** Browsers: no environment or files to read; discovery runs only where an operation requires it. */
export function getEndpointDiscoveryDefault(_config: { readonly profile?: string }): Provider<boolean | undefined> {
  return () => Promise.resolve(undefined);
}

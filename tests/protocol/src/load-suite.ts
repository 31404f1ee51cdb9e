import { join } from "node:path";
import { flattenMixins, loadModel, type Diagnostic, type Model } from "@smithy-gen/codegen";
import { SHARED_SMITHY_DIR, TRAITS_DIR } from "./paths.js";
import { PROTOCOLS, type ProtocolName } from "./protocols.js";

export interface LoadedSuite {
  readonly protocol: ProtocolName;
  /** The protocol's test services with mixins flattened, as the generator sees them. */
  readonly model: Model;
  readonly warnings: readonly Diagnostic[];
}

/** The files the suite of `protocol` is made of: its directories, the shared shapes they use and the trait definitions. */
export function suiteFiles(protocol: ProtocolName): string[] {
  const { directories, sharedFiles } = PROTOCOLS[protocol];
  return [...directories, ...sharedFiles].map((path) => join(SHARED_SMITHY_DIR, path)).concat(TRAITS_DIR);
}

/** Loads one protocol's compliance suite with the generator's own loader. */
export function loadSuite(protocol: ProtocolName): LoadedSuite {
  const { model, warnings } = loadModel(suiteFiles(protocol));
  return { protocol, model: flattenMixins(model), warnings };
}

import { join } from "node:path";
import { flattenMixins, loadModel, type Diagnostic, type Model } from "@smithy-gen/codegen";
import { PROTOCOL_TESTS_DIR, TRAITS_DIR } from "./paths.js";
import { PROTOCOLS, type ProtocolName } from "./protocols.js";

export interface LoadedSuite {
  readonly protocol: ProtocolName;
  /** The protocol's test services with mixins flattened, as the generator sees them. */
  readonly model: Model;
  readonly warnings: readonly Diagnostic[];
}

/** The files the suite of `protocol` is made of: its directory, the shared shapes and the AWS traits. */
export function suiteFiles(protocol: ProtocolName): string[] {
  return [
    join(PROTOCOL_TESTS_DIR, PROTOCOLS[protocol].directory),
    join(PROTOCOL_TESTS_DIR, "shared-types.smithy"),
    join(PROTOCOL_TESTS_DIR, "aws-config.smithy"),
    TRAITS_DIR,
  ];
}

/** Loads one protocol's compliance suite with the generator's own loader. */
export function loadSuite(protocol: ProtocolName): LoadedSuite {
  const { model, warnings } = loadModel(suiteFiles(protocol));
  return { protocol, model: flattenMixins(model), warnings };
}

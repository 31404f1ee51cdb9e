import type { ShapeId } from "@smithy-gen/codegen";

/** The protocols whose compliance tests this workspace runs. */
export type ProtocolName = "awsJson1_0" | "awsJson1_1" | "rpcv2Cbor";

/** Which end of the protocol a case runs against: the generated client, or the generated server. */
export type Side = "client" | "server";

export interface ProtocolInfo {
  readonly name: ProtocolName;
  /** The protocol trait a service carries and each test case names in `protocol`. */
  readonly traitId: ShapeId;
  /** The directories of its compliance tests, relative to `shared/smithy/` (every `.smithy` file in them is loaded). */
  readonly directories: readonly string[];
  /**
   * The shared model files its tests use, relative to `shared/smithy/`. The trait definitions of
   * `shared/smithy/traits/` are loaded for every protocol.
   */
  readonly sharedFiles: readonly string[];
  /** The vitest file that runs its cases, under `test/protocols/`. */
  readonly testFile: string;
  /**
   * The sides whose cases run: `client` always; `server` only where smithy-gen generates a server
   * of the protocol (awsJson). For another protocol the server package holds only a README, so its
   * server cases are neither generated nor run nor counted.
   */
  readonly sides: readonly Side[];
}

/** The files shared by the official awsJson suites (`protocol-tests/`). */
const AWS_JSON_SHARED = ["protocol-tests/shared-types.smithy", "protocol-tests/aws-config.smithy"] as const;

/**
 * Every protocol the harness runs, one entry each: what loads its suite, which test file runs it,
 * and which sides it has. A new protocol is one more entry (and its test file).
 */
export const PROTOCOLS: Readonly<Record<ProtocolName, ProtocolInfo>> = {
  awsJson1_0: {
    name: "awsJson1_0",
    traitId: "aws.protocols#awsJson1_0",
    directories: ["protocol-tests/awsJson1_0"],
    sharedFiles: AWS_JSON_SHARED,
    testFile: "aws-json-1-0.test.ts",
    sides: ["client", "server"],
  },
  awsJson1_1: {
    name: "awsJson1_1",
    traitId: "aws.protocols#awsJson1_1",
    directories: ["protocol-tests/awsJson1_1"],
    sharedFiles: AWS_JSON_SHARED,
    testFile: "aws-json-1-1.test.ts",
    sides: ["client", "server"],
  },
  rpcv2Cbor: {
    name: "rpcv2Cbor",
    traitId: "smithy.protocols#rpcv2Cbor",
    // Smithy's own suite (service smithy.protocoltests.rpcv2Cbor#RpcV2Protocol) and the AWS one
    // (aws.protocoltests.rpcv2cbor: a query-compatible service and one that is not).
    directories: ["protocol-tests-rpcv2/rpcv2Cbor", "protocol-tests-rpcv2/rpcv2Cbor-aws"],
    sharedFiles: [
      "protocol-tests-rpcv2/smithy-shared-types.smithy",
      "protocol-tests-rpcv2/smithy.framework.validation.smithy",
      // ErrorCodeParams, the vendorParams of the query-compatible error cases.
      "protocol-tests/aws-config.smithy",
    ],
    testFile: "rpcv2-cbor.test.ts",
    sides: ["client"],
  },
};

export const PROTOCOL_NAMES: readonly ProtocolName[] = ["awsJson1_0", "awsJson1_1", "rpcv2Cbor"];

export function isProtocolName(text: string): text is ProtocolName {
  return Object.prototype.hasOwnProperty.call(PROTOCOLS, text);
}

/** Whether the harness runs the cases of `protocol` on `side`. */
export function hasSide(protocol: ProtocolName, side: Side): boolean {
  return PROTOCOLS[protocol].sides.includes(side);
}

/** The vitest suite a protocol's cases run in: `awsJson1_0` (client), `awsJson1_0-server`. */
export function suiteName(protocol: ProtocolName, side: Side): string {
  return side === "client" ? protocol : `${protocol}-server`;
}

/** The protocol and side of a suite named by {@link suiteName}, or undefined for another suite. */
export function parseSuiteName(name: string): { protocol: ProtocolName; side: Side } | undefined {
  if (isProtocolName(name)) return { protocol: name, side: "client" };
  const stem = name.endsWith("-server") ? name.slice(0, -"-server".length) : undefined;
  return stem !== undefined && isProtocolName(stem) ? { protocol: stem, side: "server" } : undefined;
}

import type { ShapeId } from "@smithy-gen/codegen";

/** The protocols whose compliance tests this workspace runs. */
export type ProtocolName = "awsJson1_0" | "awsJson1_1";

export interface ProtocolInfo {
  readonly name: ProtocolName;
  /** The protocol trait a service carries and each test case names in `protocol`. */
  readonly traitId: ShapeId;
  /** The directory of its tests inside the compliance suite. */
  readonly directory: string;
  /** The vitest file that runs its cases, under `test/protocols/`. */
  readonly testFile: string;
}

export const PROTOCOLS: Readonly<Record<ProtocolName, ProtocolInfo>> = {
  awsJson1_0: { name: "awsJson1_0", traitId: "aws.protocols#awsJson1_0", directory: "awsJson1_0", testFile: "aws-json-1-0.test.ts" },
  awsJson1_1: { name: "awsJson1_1", traitId: "aws.protocols#awsJson1_1", directory: "awsJson1_1", testFile: "aws-json-1-1.test.ts" },
};

export const PROTOCOL_NAMES: readonly ProtocolName[] = ["awsJson1_0", "awsJson1_1"];

export function isProtocolName(text: string): text is ProtocolName {
  return Object.prototype.hasOwnProperty.call(PROTOCOLS, text);
}

import type { FileContribution } from "../assembly/contribution.js";
import { idlToContribution } from "../assembly/from-idl.js";
import { parseIdl } from "../idl/parser.js";
import { formatDiagnostic } from "../model/diagnostics.js";
import type { NodeValue } from "../model/node.js";
import type { ShapeId } from "../model/shape-id.js";
import { membersOf, type ShapeType } from "../model/shapes.js";
import { AWS_API } from "./definitions/aws-api.js";
import { AWS_AUTH } from "./definitions/aws-auth.js";
import { AWS_CLOUDFORMATION } from "./definitions/aws-cloudformation.js";
import { AWS_CUSTOMIZATIONS } from "./definitions/aws-customizations.js";
import { AWS_ENDPOINTS } from "./definitions/aws-endpoints.js";
import { AWS_IAM } from "./definitions/aws-iam.js";
import { AWS_PROTOCOLS } from "./definitions/aws-protocols.js";
import { AWS_TEST } from "./definitions/aws-test.js";
import { SMITHY_API } from "./definitions/smithy-api.js";
import { SMITHY_PROTOCOLS } from "./definitions/smithy-protocols.js";
import { SMITHY_RULES } from "./definitions/smithy-rules.js";
import { SMITHY_TEST } from "./definitions/smithy-test.js";
import { SMITHY_WAITERS } from "./definitions/smithy-waiters.js";

/**
 * The definitions every model is assembled with. The paths are what diagnostics about them
 * name; they live in this package as TypeScript strings so the built package needs no files
 * beside its JavaScript.
 */
export const BUNDLED_SOURCES: readonly { readonly path: string; readonly text: string; readonly prelude?: boolean }[] = [
  { path: "<smithy-gen>/prelude/smithy.api.smithy", text: SMITHY_API, prelude: true },
  { path: "<smithy-gen>/prelude/aws.api.smithy", text: AWS_API },
  { path: "<smithy-gen>/prelude/aws.auth.smithy", text: AWS_AUTH },
  { path: "<smithy-gen>/prelude/aws.cloudformation.smithy", text: AWS_CLOUDFORMATION },
  { path: "<smithy-gen>/prelude/aws.customizations.smithy", text: AWS_CUSTOMIZATIONS },
  { path: "<smithy-gen>/prelude/aws.endpoints.smithy", text: AWS_ENDPOINTS },
  { path: "<smithy-gen>/prelude/aws.iam.smithy", text: AWS_IAM },
  { path: "<smithy-gen>/prelude/aws.protocols.smithy", text: AWS_PROTOCOLS },
  { path: "<smithy-gen>/prelude/aws.test.smithy", text: AWS_TEST },
  { path: "<smithy-gen>/prelude/smithy.protocols.smithy", text: SMITHY_PROTOCOLS },
  { path: "<smithy-gen>/prelude/smithy.rules.smithy", text: SMITHY_RULES },
  { path: "<smithy-gen>/prelude/smithy.test.smithy", text: SMITHY_TEST },
  { path: "<smithy-gen>/prelude/smithy.waiters.smithy", text: SMITHY_WAITERS },
];

let cached: { contributions: FileContribution[]; types: Map<ShapeId, ShapeType> } | undefined;

// Parsed once per process; the results are frozen because every assembled model shares them.
function load(): { contributions: FileContribution[]; types: Map<ShapeId, ShapeType> } {
  if (cached) return cached;
  const parsed = BUNDLED_SOURCES.map((source) => ({ source, idl: parseIdl(source.path, source.text) }));
  const types = new Map<ShapeId, ShapeType>();
  for (const { idl } of parsed) for (const shape of idl.shapes) types.set(shape.id, shape.type);
  const index = { typeOf: (id: ShapeId) => types.get(id) };
  const contributions = parsed.map(({ source, idl }) => idlToContribution(idl, source.prelude ? "prelude" : "bundled", index));
  const problems = contributions.flatMap((c) => c.diagnostics);
  if (problems.length > 0) {
    // A broken bundled definition is a bug of this package, not of the user's model.
    throw new Error(`the bundled Smithy definitions are invalid:\n${problems.map(formatDiagnostic).join("\n")}`);
  }
  for (const contribution of contributions) {
    for (const def of contribution.shapes) {
      deepFreeze(def.shape.traits);
      for (const member of membersOf(def.shape)) if (member) deepFreeze(member.traits);
    }
  }
  cached = { contributions, types };
  return cached;
}

/** The prelude and the bundled trait definitions, ready to assemble. */
export function bundledContributions(): readonly FileContribution[] {
  return load().contributions;
}

/** The type of every bundled shape, for resolving relative ids before assembly. */
export function bundledShapeTypes(): ReadonlyMap<ShapeId, ShapeType> {
  return load().types;
}

function deepFreeze(value: NodeValue | Record<string, NodeValue>): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  for (const child of Object.values(value)) deepFreeze(child);
  Object.freeze(value);
}

import type { ShapeId } from "../../model/shape-id.js";
import { changedConstraint } from "./constraints.js";
import { changedDeprecated } from "./deprecated.js";
import { changedDocumentation } from "./documentation.js";
import { changedEndpointRules, changedEndpointTests } from "./endpoints.js";
import { addedEnumValue, changedEnumValue, removedEnumValue } from "./enums.js";
import { changedIdempotencyToken } from "./idempotency-token.js";
import { changedMemberTarget } from "./changed-member-target.js";
import { changedShapeType } from "./changed-shape-type.js";
import { addedOptionalMember, addedRequiredMember, addedUnionMember, changedMemberOrder, removedMember } from "./members.js";
import { changedMetadata } from "./metadata.js";
import { addedRequiredTrait, changedDefault, changedNullability, removedRequiredTrait } from "./nullability.js";
import { addedOperationError, changedOperationInputOutput, removedOperationError } from "./operation-shapes.js";
import { addedOperation, removedOperation } from "./operations.js";
import { createOtherTraitsRule } from "./other-traits.js";
import { addedPaginated, changedPaginated, removedPaginated } from "./paginated.js";
import { changedProtocolBinding } from "./protocol-bindings.js";
import { removedShape } from "./removed-shape.js";
import { addedResource, removedResource } from "./resources.js";
import type { DiffRule } from "./rule.js";
import { changedAuth, changedProtocol, changedServiceIdentity, changedServiceVersion } from "./service.js";
import { changedTimestampFormat } from "./timestamp-format.js";
import { changedTypeShapingTrait } from "./type-shaping-traits.js";

const SPECIFIC_RULES: readonly DiffRule[] = [
  // the service and its operations
  removedOperation,
  addedOperation,
  removedResource,
  addedResource,
  changedProtocol,
  changedAuth,
  changedServiceIdentity,
  changedServiceVersion,
  changedEndpointRules,
  changedEndpointTests,
  changedMetadata,
  changedOperationInputOutput,
  addedOperationError,
  removedOperationError,
  addedPaginated,
  removedPaginated,
  changedPaginated,
  // shapes and members
  removedShape,
  changedShapeType,
  removedMember,
  addedRequiredMember,
  addedOptionalMember,
  addedUnionMember,
  changedMemberOrder,
  changedMemberTarget,
  addedEnumValue,
  removedEnumValue,
  changedEnumValue,
  // traits
  addedRequiredTrait,
  removedRequiredTrait,
  changedDefault,
  changedNullability,
  changedTimestampFormat,
  changedProtocolBinding,
  changedIdempotencyToken,
  changedTypeShapingTrait,
  changedDeprecated,
  changedConstraint,
  changedDocumentation,
];

const OWNED_TRAITS: ReadonlySet<ShapeId> = new Set(SPECIFIC_RULES.flatMap((rule) => rule.traits ?? []));

/** Every diff rule, the catch-all trait rule last. The table in the report and README is built from it. */
export const DIFF_RULES: readonly DiffRule[] = [...SPECIFIC_RULES, createOtherTraitsRule(OWNED_TRAITS)];

export type { DiffRule, Report, ReportedChange } from "./rule.js";

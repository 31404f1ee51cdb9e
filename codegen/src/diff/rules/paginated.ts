import { getTrait } from "../../model/model.js";
import { compareCodeUnits, isNodeObject, type NodeObject } from "../../model/node.js";
import { shapeIdName } from "../../model/shape-id.js";
import type { OperationShape, ServiceShape } from "../../model/shapes.js";
import type { ChangeSeverity } from "../change.js";
import type { Differences } from "../differences.js";
import type { DiffRule, Report } from "./rule.js";
import { code, traitFact } from "./support.js";

const PAGINATED = "smithy.api#paginated";
const PROPERTIES = ["inputToken", "outputToken", "items", "pageSize"] as const;

/** An operation's pagination: its `@paginated` merged over the service's, or undefined when it has none. */
function effectivePagination(operation: OperationShape, service: ServiceShape): NodeObject | undefined {
  const own = getTrait(operation, PAGINATED);
  if (!isNodeObject(own)) return undefined;
  const defaults = getTrait(service, PAGINATED);
  return { ...(isNodeObject(defaults) ? defaults : {}), ...own };
}

interface PaginationChange {
  readonly kind: "added" | "removed" | "changed";
  readonly severity: ChangeSeverity;
  readonly message: string;
}

function paginationChanges(before: NodeObject | undefined, after: NodeObject | undefined, name: string): PaginationChange[] {
  if (!before && !after) return [];
  if (!before) return [{ kind: "added", severity: "feature", message: `Operation ${code(name)} became @paginated: it gets a paginator.` }];
  if (!after) return [{ kind: "removed", severity: "breaking", message: `Operation ${code(name)} is no longer @paginated: its paginator is removed.` }];
  const out: PaginationChange[] = [];
  for (const property of PROPERTIES) {
    const was = typeof before[property] === "string" ? (before[property] as string) : undefined;
    const is = typeof after[property] === "string" ? (after[property] as string) : undefined;
    if (was === is) continue;
    // pageSize may be added (the paginator gains a page size option), never removed or changed
    const severity: ChangeSeverity = property === "pageSize" && was === undefined ? "feature" : "breaking";
    out.push({
      kind: "changed",
      severity,
      message: `The @paginated ${property} of ${code(name)} changed from ${was === undefined ? "none" : code(was)} to ${is === undefined ? "none" : code(is)}.`,
    });
  }
  return out;
}

function evaluatePagination(d: Differences, kind: PaginationChange["kind"], report: Report): void {
  const operations = [...d.oldClosure].filter((id) => d.newClosure.has(id)).sort(compareCodeUnits);
  for (const id of operations) {
    const before = d.oldModel.getShape(id);
    const after = d.newModel.getShape(id);
    if (before?.type !== "operation" || after?.type !== "operation") continue;
    for (const change of paginationChanges(effectivePagination(before, d.service.old), effectivePagination(after, d.service.new), shapeIdName(id))) {
      if (change.kind !== kind) continue;
      report({ severity: change.severity, message: change.message, shape: id, member: null, alters: [traitFact(id, PAGINATED), traitFact(d.service.id, PAGINATED)] });
    }
  }
}

export const addedPaginated: DiffRule = {
  id: "AddedPaginated",
  severities: ["feature"],
  reason: "The paginators package gains `paginateX` for the operation; nothing existing changes (smithy-diff: NOTE).",
  traits: [PAGINATED],
  evaluate: (d, report) => evaluatePagination(d, "added", report),
};

export const removedPaginated: DiffRule = {
  id: "RemovedPaginated",
  severities: ["breaking"],
  reason: "The operation's paginator disappears from the paginators package.",
  traits: [PAGINATED],
  evaluate: (d, report) => evaluatePagination(d, "removed", report),
};

export const changedPaginated: DiffRule = {
  id: "ChangedPaginated",
  severities: ["breaking", "feature"],
  reason:
    "A different `inputToken`, `outputToken` or `items` makes the paginator send or read other members (and " +
    "changes the item type); a changed or removed `pageSize` removes the page size the caller set. Adding " +
    "`pageSize` is a feature (smithy-diff's ChangedPaginatedTrait: DANGER for the rest).",
  traits: [PAGINATED],
  evaluate: (d, report) => evaluatePagination(d, "changed", report),
};

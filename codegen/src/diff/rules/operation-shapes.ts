import { shapeIdName, type ShapeId } from "../../model/shape-id.js";
import { UNIT } from "../../model/shapes.js";
import type { Differences } from "../differences.js";
import type { DiffRule, Report } from "./rule.js";
import { code, everything } from "./support.js";

export const changedOperationInputOutput: DiffRule = {
  id: "ChangedOperationInputOutput",
  severities: ["breaking"],
  reason:
    "`XCommandInput`/`XCommandOutput` are the input and output structures' types; another structure is " +
    "another type (smithy-diff's ChangedOperationInput/Output: ERROR). Changes inside the same structure are " +
    "judged member by member instead.",
  evaluate(d, report) {
    for (const change of d.changedShapes) {
      if (change.old.type !== "operation" || change.new.type !== "operation") continue;
      for (const side of ["input", "output"] as const) {
        const was = change.old[side] ?? UNIT;
        const is = change.new[side] ?? UNIT;
        if (was === is) continue;
        report({
          severity: "breaking",
          shape: change.id,
          member: null,
          message: `The ${side} of ${code(shapeIdName(change.id))} changed from ${code(shapeIdName(was))} to ${code(shapeIdName(is))}.`,
          alters: [{ id: change.id, aspect: side }],
        });
      }
    }
  },
};

type ErrorEvent = "added" | "removed";

function errorChanges(d: Differences, event: ErrorEvent, report: Report): void {
  for (const change of d.changedShapes) {
    const pairs: Array<[ShapeId, readonly ShapeId[], readonly ShapeId[]]> = [];
    if (change.old.type === "operation" && change.new.type === "operation") pairs.push([change.id, change.old.errors, change.new.errors]);
    if (change.old.type === "service" && change.new.type === "service") pairs.push([change.id, change.old.errors, change.new.errors]);
    for (const [id, before, after] of pairs) {
      const [from, to] = event === "added" ? [before, after] : [after, before];
      const kind = change.new.type === "service" ? "every operation of the service" : code(shapeIdName(id));
      for (const error of to) {
        if (from.includes(error)) continue;
        report({
          severity: event === "added" ? "feature" : "breaking",
          shape: id,
          member: null,
          message: `Error ${code(shapeIdName(error))} was ${event === "added" ? "added to" : "removed from"} ${kind}.`,
          alters: [{ id, aspect: "errors" }, everything(error)],
        });
      }
    }
  }
}

export const addedOperationError: DiffRule = {
  id: "AddedError",
  severities: ["feature"],
  reason:
    "An operation (or the whole service) can return a new modelled error: its class is exported and the " +
    "response parser throws it instead of the service's base exception, which callers catching the base class " +
    "still catch.",
  evaluate: (d, report) => errorChanges(d, "added", report),
};

export const removedOperationError: DiffRule = {
  id: "RemovedError",
  severities: ["breaking"],
  reason:
    "The response parser no longer maps that error code to its class, so `instanceof` checks callers wrote for " +
    "this operation stop matching (and the class itself goes when no other operation uses it).",
  evaluate: (d, report) => errorChanges(d, "removed", report),
};

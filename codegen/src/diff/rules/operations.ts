import { shapeIdName } from "../../model/shape-id.js";
import type { DiffRule } from "./rule.js";
import { code, everything } from "./support.js";

export const removedOperation: DiffRule = {
  id: "RemovedOperation",
  severities: ["breaking"],
  reason: "Its command, client method, serde functions and paginator disappear; code calling them stops compiling.",
  evaluate(d, report) {
    for (const shape of d.removedShapes) {
      if (shape.type !== "operation") continue;
      report({
        severity: "breaking",
        shape: shape.id,
        member: null,
        message: `Operation ${code(shapeIdName(shape.id))} was removed from the service.`,
        alters: [everything(shape.id), { id: d.service.id, aspect: "operations" }],
      });
    }
  },
};

export const addedOperation: DiffRule = {
  id: "AddedOperation",
  severities: ["feature"],
  reason: "A new command and client method; nothing existing changes.",
  evaluate(d, report) {
    for (const shape of d.addedShapes) {
      if (shape.type !== "operation") continue;
      report({
        severity: "feature",
        shape: shape.id,
        member: null,
        message: `Operation ${code(shapeIdName(shape.id))} was added to the service.`,
        alters: [everything(shape.id), { id: d.service.id, aspect: "operations" }],
      });
    }
  },
};

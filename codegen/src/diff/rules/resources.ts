import { shapeIdName } from "../../model/shape-id.js";
import type { DiffRule } from "./rule.js";
import { code, everything } from "./support.js";

export const removedResource: DiffRule = {
  id: "RemovedResource",
  severities: ["breaking"],
  reason: "The operations bound to it leave the service (each is also reported); its identifiers no longer mean anything.",
  evaluate(d, report) {
    for (const shape of d.removedShapes) {
      if (shape.type !== "resource") continue;
      report({
        severity: "breaking",
        shape: shape.id,
        member: null,
        message: `Resource ${code(shapeIdName(shape.id))} was removed from the service.`,
        alters: [everything(shape.id)],
      });
    }
  },
};

export const addedResource: DiffRule = {
  id: "AddedResource",
  severities: ["feature"],
  reason: "New operations come with it (each is also reported); nothing existing changes.",
  evaluate(d, report) {
    for (const shape of d.addedShapes) {
      if (shape.type !== "resource") continue;
      report({
        severity: "feature",
        shape: shape.id,
        member: null,
        message: `Resource ${code(shapeIdName(shape.id))} was added to the service.`,
        alters: [everything(shape.id)],
      });
    }
  },
};

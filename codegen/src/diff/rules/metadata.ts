import { compareCodeUnits, nodeEquals } from "../../model/node.js";
import type { DiffRule } from "./rule.js";
import { code, formatNode } from "./support.js";

export const changedMetadata: DiffRule = {
  id: "ChangedMetadata",
  severities: ["patch"],
  reason:
    "Model metadata (`suppressions`, `validators`, ...) configures Smithy tooling, not the API; the generator " +
    "emits nothing from it. Reported on the service so that the change is not lost (smithy-diff: NOTE to DANGER, " +
    "for tools that read metadata).",
  evaluate(d, report) {
    const before = d.oldModel.metadata;
    const after = d.newModel.metadata;
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(compareCodeUnits);
    for (const key of keys) {
      const was = before[key];
      const is = after[key];
      if (nodeEquals(was, is)) continue;
      const what = was === undefined ? `was added (${formatNode(is)})` : is === undefined ? "was removed" : `changed from ${formatNode(was)} to ${formatNode(is)}`;
      report({ severity: "patch", shape: d.service.id, member: null, message: `Metadata ${code(key)} ${what}.`, alters: [] });
    }
  },
};

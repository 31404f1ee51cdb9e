import type { BumpLevel, ChangeSeverity } from "./change.js";
import type { ModelDiff } from "./model-diff.js";

/** The `--json` output: exactly this object, nothing else on stdout. */
export interface DiffJson {
  readonly changes: ReadonlyArray<{
    readonly severity: ChangeSeverity;
    readonly shape: string;
    readonly member: string | null;
    readonly message: string;
  }>;
  readonly bumps: Readonly<Record<string, BumpLevel>>;
}

export function diffToJson(diff: ModelDiff): DiffJson {
  return {
    changes: diff.changes.map((c) => ({ severity: c.severity, shape: c.shape, member: c.member, message: c.message })),
    bumps: { ...diff.bumps },
  };
}

export function formatDiffJson(diff: ModelDiff): string {
  return `${JSON.stringify(diffToJson(diff), null, 2)}\n`;
}

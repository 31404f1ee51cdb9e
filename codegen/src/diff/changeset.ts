import { createHash } from "node:crypto";
import { compareCodeUnits } from "../model/node.js";
import { changeTargetId, SEVERITIES, type ChangeSeverity, type ModelChange } from "./change.js";
import type { ModelDiff } from "./model-diff.js";

/** A changeset file: its name under `.changeset/` and its content. */
export interface Changeset {
  readonly fileName: string;
  readonly content: string;
}

const HEADINGS: Readonly<Record<ChangeSeverity, string>> = {
  breaking: "Breaking changes",
  feature: "Features",
  patch: "Fixes and documentation",
};

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** `2 breaking changes, 1 feature and 3 patch changes` */
export function describeCounts(changes: readonly ModelChange[]): string {
  const parts: string[] = [];
  const count = (severity: ChangeSeverity): number => changes.filter((c) => c.severity === severity).length;
  if (count("breaking")) parts.push(plural(count("breaking"), "breaking change", "breaking changes"));
  if (count("feature")) parts.push(plural(count("feature"), "feature", "features"));
  if (count("patch")) parts.push(plural(count("patch"), "patch change", "patch changes"));
  if (parts.length === 0) return "no changes";
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/**
 * The summary changesets writes into each bumped package's CHANGELOG: one line of counts, then the
 * changes that touch at least one package, grouped by severity (highest first), each naming its
 * shape or member.
 */
export function changesetSummary(diff: ModelDiff): string {
  const relevant = diff.changes.filter((change) => diff.packagesOf(change).length > 0);
  const lines = [`Model update of ${diff.serviceName} (\`${diff.service}\`): ${describeCounts(relevant)}.`];
  for (const severity of [...SEVERITIES].reverse()) {
    const group = relevant.filter((c) => c.severity === severity);
    if (group.length === 0) continue;
    lines.push("", `**${HEADINGS[severity]}**`, "");
    for (const change of group) lines.push(`- \`${changeTargetId(change)}\`: ${change.message}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The changeset for a diff, or undefined when no package is touched. Its name is derived from
 * its content, so the same diff always writes the same file (and a second run overwrites it).
 */
export function createChangeset(diff: ModelDiff): Changeset | undefined {
  const names = Object.keys(diff.bumps).sort(compareCodeUnits);
  if (names.length === 0) return undefined;
  const frontMatter = names.map((name) => `${JSON.stringify(name)}: ${diff.bumps[name]}`);
  const content = `---\n${frontMatter.join("\n")}\n---\n\n${changesetSummary(diff)}`;
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 8);
  return { fileName: `${diff.packageStem}-model-update-${hash}.md`, content };
}

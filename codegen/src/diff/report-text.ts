import { changeTargetId } from "./change.js";
import { describeCounts } from "./changeset.js";
import type { ModelDiff } from "./model-diff.js";

const WIDTH = 9; // "breaking " / "feature  " / "patch    "

/** The package name without scope and service stem: `@smithy-gen/lightsail-types` -> `types`. */
function shortName(diff: ModelDiff, name: string): string {
  const pkg = diff.packages.find((p) => p.name === name);
  return pkg ? pkg.role : name;
}

/**
 * The default output of `smithy-gen diff`: every change in order (shape id, member, message), with
 * its severity, rule and the packages it touches; then each package's bump and why.
 */
export function formatDiffText(diff: ModelDiff): string {
  const lines: string[] = [`Changes to ${diff.service}: ${describeCounts(diff.changes)}.`];
  if (diff.changes.length > 0) lines.push("");
  for (const change of diff.changes) {
    const packages = diff.packagesOf(change).map((name) => shortName(diff, name));
    lines.push(`${change.severity.padEnd(WIDTH)}${changeTargetId(change)}`);
    lines.push(`${" ".repeat(WIDTH)}${change.message} [${change.rule}]`);
    lines.push(`${" ".repeat(WIDTH)}${packages.length > 0 ? `touches ${packages.join(", ")}` : "touches no generated package"}`);
  }
  lines.push("", "Packages:");
  for (const pkg of diff.packages) {
    const files = pkg.changedFiles.length;
    const detail = pkg.bump
      ? `${pkg.bump} (${files === 0 ? "re-exports changed types" : `${files} generated ${files === 1 ? "file differs" : "files differ"}`}${pkg.unexplained ? "; no change explains the difference, so the highest severity is used" : ""})`
      : "unchanged";
    lines.push(`  ${pkg.name.padEnd(Math.max(...diff.packages.map((p) => p.name.length)) + 2)}${detail}`);
  }
  if (diff.packages.length === 0) lines.push("  (no generator targets registered)");
  return `${lines.join("\n")}\n`;
}

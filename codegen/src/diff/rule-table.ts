import type { DiffRule } from "./rules/rule.js";

const escapeCell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The rule table as Markdown: rule, severities, why. README.md carries it (a test keeps them equal). */
export function formatRuleTable(rules: readonly DiffRule[]): string {
  const rows = rules.map((rule) => `| ${rule.id} | ${rule.severities.join(", ")} | ${escapeCell(rule.reason)} |`);
  return ["| rule | severity | why |", "| --- | --- | --- |", ...rows].join("\n");
}

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { formatRuleTable } from "../../src/diff/rule-table.js";
import { DIFF_RULES } from "../../src/diff/rules/index.js";

const README = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "src", "diff", "README.md");

it("the README's rule table is the rules' own (regenerate it from formatRuleTable when a rule changes)", () => {
  const text = readFileSync(README, "utf8");
  const table = text.slice(text.indexOf("<!-- rules:start -->\n") + "<!-- rules:start -->\n".length, text.indexOf("<!-- rules:end -->"));
  expect(table.trim()).toBe(formatRuleTable(DIFF_RULES));
});

it("every rule has a reason and lists its severities highest first", () => {
  const order = ["breaking", "feature", "patch"];
  for (const rule of DIFF_RULES) {
    expect(rule.reason.length, rule.id).toBeGreaterThan(20);
    expect([...rule.severities].sort((a, b) => order.indexOf(a) - order.indexOf(b)), rule.id).toEqual(rule.severities);
  }
  expect(new Set(DIFF_RULES.map((r) => r.id)).size).toBe(DIFF_RULES.length);
});

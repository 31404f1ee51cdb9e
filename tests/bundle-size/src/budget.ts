import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BundleMeasure } from "./measure.js";

const BUDGET_FILE = fileURLToPath(new URL("../budget.json", import.meta.url));

/** Bytes the one-command program may bundle to, minified and gzip -9. */
export interface Limit {
  readonly minified: number;
  readonly gzip: number;
}

/** `budget.json`: one limit per bundle the test measures. */
export interface Budget {
  /** One ES module for Node.js. */
  readonly node: Limit;
  /** One ES module for browsers. */
  readonly browser: Limit;
  /** Node.js, code split: the chunks loaded before the program runs (the credential chain stays behind `import()`). */
  readonly nodeStartup: Limit;
}

export type BudgetName = keyof Budget;

export function readBudget(): Budget {
  return JSON.parse(readFileSync(BUDGET_FILE, "utf8")) as Budget;
}

/** A limit a little above a measure: the next whole KiB, so that a change of a few bytes does not need a new budget. */
export function limitFor(measure: BundleMeasure): Limit {
  const roundUp = (bytes: number) => Math.ceil((bytes + 1) / 1024) * 1024;
  return { minified: roundUp(measure.minified), gzip: roundUp(measure.gzip) };
}

export function writeBudget(budget: Budget): void {
  writeFileSync(BUDGET_FILE, `${JSON.stringify(budget, null, 2)}\n`);
}

/** What went over, for a failing test: each figure against its limit, and the packages that weigh most. */
export function overBudgetReport(name: BudgetName, measure: BundleMeasure, limit: Limit): string {
  const lines = [
    `${name}: ${measure.minified} B minified (budget ${limit.minified} B), ${measure.gzip} B gzip -9 (budget ${limit.gzip} B)`,
    "largest packages (minified bytes):",
    ...measure.packages.slice(0, 12).map(([name, bytes]) => `  ${String(bytes).padStart(8)}  ${name}`),
    "If the growth is deliberate, run `pnpm --filter @smithy-gen/bundle-size-tests measure --write` and say why in the commit.",
  ];
  return lines.join("\n");
}

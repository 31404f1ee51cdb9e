/**
 * `pnpm --filter @smithy-gen/bundle-size-tests measure [--write]`: prints the one-command program's
 * bundle sizes and the packages they come from; `--write` sets budget.json to the next KiB above them.
 */
import { type Budget, limitFor, readBudget, writeBudget } from "./budget.js";
import { type BundleMeasure, measureOneFile, measureSplit } from "./measure.js";

function print(name: string, measure: BundleMeasure, limit: { minified: number; gzip: number }): void {
  console.log(`${name}: ${measure.minified} B minified (budget ${limit.minified}), ${measure.gzip} B gzip -9 (budget ${limit.gzip})`);
  for (const [pkg, bytes] of measure.packages.slice(0, Number(process.env.ROWS ?? 15))) console.log(`  ${String(bytes).padStart(8)}  ${pkg}`);
}

const [node, browser, split] = await Promise.all([measureOneFile("node"), measureOneFile("browser"), measureSplit("node")]);
const budget = readBudget();
print("node", node, budget.node);
print("browser", browser, budget.browser);
print("nodeStartup", split.startup, budget.nodeStartup);
console.log(`node, code split, all chunks: ${split.allChunksMinified} B minified`);
if (process.argv.includes("--write")) {
  const next: Budget = { node: limitFor(node), browser: limitFor(browser), nodeStartup: limitFor(split.startup) };
  writeBudget(next);
  console.log("wrote budget.json", JSON.stringify(next));
}

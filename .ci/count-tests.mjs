// Prints "<passed> <failed>" summed over every test summary line of a log: vitest's
// "Tests  12 passed | 1 failed (13)" and our harnesses' "[name: ]N passed, N failed[, N skipped]".
// Lines may carry turbo's "<package>:<task>: " prefix.
import { readFileSync } from "node:fs";

const text = readFileSync(process.argv[2], "utf8").replace(/\u001b\[[0-9;]*m/g, "");
let passed = 0;
let failed = 0;
for (const raw of text.split("\n")) {
  const line = raw.replace(/^[^\s:]+:[^\s:]+: /, "").trim();
  const vitest = /^Tests\s+(.*)\(\d+\)$/.exec(line);
  if (vitest) {
    passed += Number(/(\d+) passed/.exec(vitest[1])?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(vitest[1])?.[1] ?? 0);
    continue;
  }
  const harness = /^(?:[\w.-]+: )?(\d+) passed, (\d+) failed(?:, \d+ skipped)?$/.exec(line);
  if (harness) {
    passed += Number(harness[1]);
    failed += Number(harness[2]);
  }
}
console.log(`${passed} ${failed}`);

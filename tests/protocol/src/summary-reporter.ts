import type { Reporter, TestCase, TestModule } from "vitest/node";
import { PROTOCOL_NAMES, PROTOCOLS, parseSuiteName, type ProtocolName } from "./protocols.js";
import { summaryLines, type CaseOutcome, type SuiteError } from "./summary.js";

/**
 * The reporter of `pnpm protocol-tests`: instead of vitest's own summary (whose "Tests N passed"
 * line CI would count a second time), it prints each failure and skip, then one line per
 * protocol and side. Each protocol's client cases are the tests of the top-level suite named after
 * it, its server cases those of `<protocol>-server`.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const outcomes: CaseOutcome[] = [];
    const suiteErrors: SuiteError[] = [];
    for (const module of testModules) {
      const protocol = protocolOfFile(module.moduleId);
      for (const error of module.errors()) {
        if (protocol) suiteErrors.push({ protocol, message: error.message ?? String(error) });
        else console.log(`error in ${module.relativeModuleId}: ${error.message}`);
      }
      for (const test of module.children.allTests()) {
        const outcome = outcomeOf(test);
        if (outcome) outcomes.push(outcome);
      }
    }
    console.log(summaryLines(outcomes, suiteErrors).join("\n"));
  }
}

function outcomeOf(test: TestCase): CaseOutcome | undefined {
  let suite = test.parent;
  while (suite.type === "suite" && suite.parent.type === "suite") suite = suite.parent;
  const parsed = suite.type === "suite" ? parseSuiteName(suite.name) : undefined;
  if (!parsed) return undefined;
  const { protocol, side } = parsed;
  const result = test.result();
  switch (result.state) {
    case "passed":
      return { protocol, side, name: test.name, state: "passed" };
    case "failed":
      return { protocol, side, name: test.name, state: "failed", detail: withoutColors(result.errors.map((error) => (error.diff ? `${error.message}\n${error.diff}` : error.message)).join("\n")) };
    case "skipped":
      return { protocol, side, name: test.name, state: "skipped", detail: result.note };
    default:
      // A test still pending when the run ended (interrupted): it did not pass.
      return { protocol, side, name: test.name, state: "failed", detail: "the test did not finish" };
  }
}

/** vitest colours its diffs; the summary is plain text. */
function withoutColors(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, "");
}

function protocolOfFile(moduleId: string): ProtocolName | undefined {
  return PROTOCOL_NAMES.find((protocol) => moduleId.endsWith(`/${PROTOCOLS[protocol].testFile}`));
}

import { PROTOCOL_NAMES, type ProtocolName } from "./protocols.js";

/** The outcome of one case, as the reporter saw it. */
export interface CaseOutcome {
  readonly protocol: ProtocolName;
  readonly name: string;
  readonly state: "passed" | "failed" | "skipped";
  /** Why it failed (first error) or why it was skipped (the known failure's reason). */
  readonly detail?: string;
}

/** A test file of a protocol that could not run at all (its model did not load, say). */
export interface SuiteError {
  readonly protocol: ProtocolName;
  readonly message: string;
}

/**
 * The standalone command's report: every failure and every skip with its reason, then exactly
 * one line per protocol, `awsJson1_0: N passed, N failed, N skipped`. A suite that could not
 * run counts as one failure, so that it never reads as a clean zero.
 */
export function summaryLines(outcomes: readonly CaseOutcome[], suiteErrors: readonly SuiteError[]): string[] {
  const lines: string[] = [];
  for (const error of suiteErrors) lines.push(`FAIL ${error.protocol} (the suite did not run)`, ...indent(error.message));
  for (const outcome of outcomes) {
    if (outcome.state === "failed") lines.push(`FAIL ${outcome.protocol} ${outcome.name}`, ...indent(outcome.detail ?? "(no message)"));
  }
  for (const outcome of outcomes) {
    if (outcome.state === "skipped") lines.push(`SKIP ${outcome.protocol} ${outcome.name}: ${outcome.detail ?? "(no reason given)"}`);
  }
  if (lines.length > 0) lines.push("");
  for (const protocol of PROTOCOL_NAMES) {
    const of = (state: CaseOutcome["state"]) => outcomes.filter((o) => o.protocol === protocol && o.state === state).length;
    const suiteFailures = suiteErrors.filter((error) => error.protocol === protocol).length;
    lines.push(`${protocol}: ${of("passed")} passed, ${of("failed") + suiteFailures} failed, ${of("skipped")} skipped`);
  }
  return lines;
}

const MAX_DETAIL_LINES = 40;

/** The first lines of a message, indented under its case. */
function indent(message: string): string[] {
  const lines = message.split("\n");
  const shown = lines.slice(0, MAX_DETAIL_LINES).map((line) => `    ${line}`);
  if (lines.length > MAX_DETAIL_LINES) shown.push(`    ... (${lines.length - MAX_DETAIL_LINES} more lines)`);
  return shown;
}

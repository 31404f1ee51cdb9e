import { PROTOCOL_NAMES, PROTOCOLS, suiteName, type ProtocolName, type Side } from "./protocols.js";

/** The outcome of one case, as the reporter saw it. */
export interface CaseOutcome {
  readonly protocol: ProtocolName;
  /** Default `client`. */
  readonly side?: Side;
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
 * one line per protocol, `awsJson1_0: N passed, N failed, N skipped`, each followed by the line
 * of its server cases, `awsJson1_0-server: N passed, ...`, for a protocol with a server side (a
 * protocol without one, `rpcv2Cbor`, has its client line only). A suite that could not run counts
 * as one failure (of the client's line), so that it never reads as a clean zero.
 */
export function summaryLines(outcomes: readonly CaseOutcome[], suiteErrors: readonly SuiteError[]): string[] {
  const lines: string[] = [];
  for (const error of suiteErrors) lines.push(`FAIL ${error.protocol} (the suite did not run)`, ...indent(error.message));
  for (const outcome of outcomes) {
    if (outcome.state === "failed") lines.push(`FAIL ${suiteName(outcome.protocol, outcome.side ?? "client")} ${outcome.name}`, ...indent(outcome.detail ?? "(no message)"));
  }
  for (const outcome of outcomes) {
    if (outcome.state === "skipped") lines.push(`SKIP ${suiteName(outcome.protocol, outcome.side ?? "client")} ${outcome.name}: ${outcome.detail ?? "(no reason given)"}`);
  }
  if (lines.length > 0) lines.push("");
  for (const protocol of PROTOCOL_NAMES) {
    // The protocol's sides, and any other side a case was reported on (so that none goes uncounted).
    const sides = (["client", "server"] as const).filter((side) => PROTOCOLS[protocol].sides.includes(side) || outcomes.some((o) => o.protocol === protocol && (o.side ?? "client") === side));
    for (const side of sides) {
      const of = (state: CaseOutcome["state"]) => outcomes.filter((o) => o.protocol === protocol && (o.side ?? "client") === side && o.state === state).length;
      const suiteFailures = side === "client" ? suiteErrors.filter((error) => error.protocol === protocol).length : 0;
      lines.push(`${suiteName(protocol, side)}: ${of("passed")} passed, ${of("failed") + suiteFailures} failed, ${of("skipped")} skipped`);
    }
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

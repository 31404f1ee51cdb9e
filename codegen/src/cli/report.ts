import { formatDiagnostic, type Diagnostic } from "../model/diagnostics.js";
import { compareCodeUnits } from "../model/node.js";
import { shapeIdName, shapeIdNamespace } from "../model/shape-id.js";
import type { CliIo } from "./command.js";

export interface ReportOptions {
  /** Leave warnings out; errors are always printed. */
  readonly quiet?: boolean;
  /** The kind of shape a subject is (`operation`, `structure`, ...), to count a group in words. */
  readonly kindOf?: (subject: string) => string | undefined;
}

/** A finding without a place in a file names the command instead: `smithy-gen generate: ...`. */
function line(command: string, diagnostic: Diagnostic, suffix = ""): string {
  const text = formatDiagnostic(diagnostic) + suffix;
  return diagnostic.location ? `${text}\n` : `smithy-gen ${command}: ${text}\n`;
}

/** The message without its `<subject>: ` lead, which is what findings about many shapes share. */
function reasonOf(diagnostic: Diagnostic): string {
  const lead = diagnostic.subject === undefined ? "" : `${diagnostic.subject}: `;
  return lead && diagnostic.message.startsWith(lead) ? diagnostic.message.slice(lead.length) : diagnostic.message;
}

function plural(kinds: readonly (string | undefined)[], count: number): string {
  const kind = kinds.every((k) => k !== undefined && k === kinds[0]) ? kinds[0]! : "shape";
  return `${count} ${kind}${count === 1 ? "" : "s"}`;
}

/** `A, B` when the subjects share a namespace, else their absolute ids. */
function subjectNames(subjects: readonly string[]): string {
  const sorted = [...new Set(subjects)].sort(compareCodeUnits);
  const namespace = sorted.length ? shapeIdNamespace(sorted[0]!) : "";
  const sameNamespace = sorted.every((s) => s.includes("#") && shapeIdNamespace(s) === namespace);
  return sorted.map((s) => (sameNamespace ? shapeIdName(s) : s)).join(", ");
}

/**
 * Prints findings on stderr, errors first as they came, then warnings unless `quiet`. The same
 * warning about many shapes (DynamoDB's 42 operations with optional endpoint discovery) becomes
 * one line with the count and the shapes; the same warning at many places keeps the first place
 * and counts the others. Every line starts with a real `file:line:col` or with the command.
 */
export function reportDiagnostics(io: CliIo, command: string, diagnostics: readonly Diagnostic[], options: ReportOptions = {}): void {
  for (const diagnostic of diagnostics) if (diagnostic.severity === "error") io.stderr(line(command, diagnostic));
  if (options.quiet) return;
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === "error") continue;
    const key = `${diagnostic.code}\u0000${diagnostic.subject === undefined ? "" : "subject"}\u0000${reasonOf(diagnostic)}`;
    const group = groups.get(key);
    if (group) group.push(diagnostic);
    else groups.set(key, [diagnostic]);
  }
  for (const group of groups.values()) {
    const first = group[0]!;
    if (group.length === 1) {
      io.stderr(line(command, first));
    } else if (first.subject !== undefined) {
      const subjects = group.map((d) => d.subject!);
      const counted = plural(subjects.map((s) => options.kindOf?.(s)), new Set(subjects).size);
      const { location: _location, ...rest } = first;
      io.stderr(line(command, { ...rest, message: `${reasonOf(first)} (${counted}: ${subjectNames(subjects)})` }));
    } else {
      io.stderr(line(command, first, ` (and ${group.length - 1} more place${group.length === 2 ? "" : "s"})`));
    }
  }
}

/** Where a piece of a model came from. Lines and columns are 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export type Severity = "error" | "warning";

/** One finding about a model: a syntax error, an unresolved target, an unknown trait, ... */
export interface Diagnostic {
  readonly severity: Severity;
  readonly message: string;
  readonly location?: SourceLocation;
  /** Stable, machine-readable kind of finding, e.g. "Syntax", "Target", "UnknownTrait". */
  readonly code: string;
  /**
   * The shape the finding is about, when the message starts with `<subject>: `; lets a report
   * group the same finding about many shapes into one line.
   */
  readonly subject?: string;
}

/** `path:line:column`. */
export function formatLocation(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}

/**
 * A location inside a sentence: `` `path:line:column` ``, or words saying there is none (a
 * definition built by the tool itself), never a made-up `<unknown>:0:0`.
 */
export function describeLocation(location: SourceLocation | undefined): string {
  return location ? `\`${formatLocation(location)}\`` : "a definition without a source location";
}

/**
 * `path:line:column: message`, the one-line form the CLI prints; just the message when the
 * finding has no place in a file (the CLI then names itself instead).
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const prefix = diagnostic.severity === "warning" ? "warning: " : "";
  return diagnostic.location ? `${formatLocation(diagnostic.location)}: ${prefix}${diagnostic.message}` : `${prefix}${diagnostic.message}`;
}

/**
 * The error every model loading and validation failure is reported with. It carries all the
 * diagnostics found (at least one error), each with its source location.
 */
export class ModelError extends Error {
  override readonly name = "ModelError";
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic).join("\n") || "invalid model");
    this.diagnostics = diagnostics;
  }

  static at(location: SourceLocation | undefined, message: string, code = "Model"): ModelError {
    return new ModelError([{ severity: "error", message, location, code }]);
  }
}

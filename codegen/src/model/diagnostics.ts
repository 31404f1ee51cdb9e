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
}

export function formatLocation(location: SourceLocation | undefined): string {
  if (!location) return "<unknown>:0:0";
  return `${location.file}:${location.line}:${location.column}`;
}

/** `path:line:column: message`, the one-line form the CLI prints. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const prefix = diagnostic.severity === "warning" ? "warning: " : "";
  return `${formatLocation(diagnostic.location)}: ${prefix}${diagnostic.message}`;
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

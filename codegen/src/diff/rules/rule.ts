import type { ChangeSeverity, ModelChange, ModelFact } from "../change.js";
import type { Differences } from "../differences.js";
import type { ShapeId } from "../../model/shape-id.js";

/** What a rule reports; the evaluator adds the rule's id. */
export type ReportedChange = Omit<ModelChange, "rule">;
export type Report = (change: ReportedChange) => void;

/**
 * One diff rule: it looks at the differences between two models and reports the changes of one
 * kind, each with its severity. Together the rules form the table documented in `rules/index.ts`.
 */
export interface DiffRule {
  /** PascalCase, after smithy-diff's evaluator names where one exists. */
  readonly id: string;
  /** The severities it can report, highest first. */
  readonly severities: readonly ChangeSeverity[];
  /** Why the change has that severity for users of the generated TypeScript packages. */
  readonly reason: string;
  /** Traits this rule judges; the catch-all trait rule leaves them alone. */
  readonly traits?: readonly ShapeId[];
  evaluate(differences: Differences, report: Report): void;
}

export type { ModelFact };

import { selectService, userServices } from "../knowledge/service-index.js";
import { ModelError } from "../model/diagnostics.js";
import type { Model } from "../model/model.js";
import type { ShapeId } from "../model/shape-id.js";
import type { ServiceShape } from "../model/shapes.js";
import { withAddedShapes } from "./added-shapes.js";
import { compareChanges, type ModelChange } from "./change.js";
import { computeDifferences, type Differences } from "./differences.js";
import { DIFF_RULES, type DiffRule } from "./rules/index.js";

export interface CompareOptions {
  /** The service to compare when a model has several (the same id on both sides). */
  readonly service?: ShapeId;
  readonly rules?: readonly DiffRule[];
}

export interface Comparison {
  readonly differences: Differences;
  /** Every change, sorted by shape id, member, message (code-unit order). */
  readonly changes: readonly ModelChange[];
}

/** The service to compare on one side; a missing `--service` is named with the side it is missing from. */
function selectServiceOf(model: Model, side: "old" | "new", id: ShapeId | undefined): ServiceShape {
  if (id !== undefined && model.getShape(id)?.type !== "service") {
    const services = userServices(model).map((s) => s.id);
    throw ModelError.at(undefined, `the ${side} model has no service ${id}; ${services.length ? `it has: ${services.join(", ")}` : "it has no service"}`, "Service");
  }
  return selectService(model, id);
}

/** Runs every rule over the differences of the two services' closures. */
export function evaluateRules(differences: Differences, rules: readonly DiffRule[] = DIFF_RULES): ModelChange[] {
  const changes: ModelChange[] = [];
  for (const rule of rules) rule.evaluate(differences, (change) => changes.push({ rule: rule.id, ...change }));
  return withAddedShapes(differences, changes).sort(compareChanges);
}

/** Compares two models' service closures. Both are expected flattened (no mixins), as the generator sees them. */
export function compareModels(oldModel: Model, newModel: Model, options: CompareOptions = {}): Comparison {
  const oldService = selectServiceOf(oldModel, "old", options.service);
  const newService = selectServiceOf(newModel, "new", options.service);
  const differences = computeDifferences(oldModel, newModel, oldService, newService);
  return { differences, changes: evaluateRules(differences, options.rules) };
}

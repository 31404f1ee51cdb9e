import type { TargetContext } from "../../core/target.js";
import { hasTrait } from "../../model/model.js";
import { compareCodeUnits } from "../../model/node.js";
import type { OperationShape } from "../../model/shapes.js";
import { exampleValue, type ExampleValue } from "./example-value.js";

/** The example input of an operation: the required members of its input, `{}` for a Unit input. */
export function inputExample(context: TargetContext, operation: OperationShape): ExampleValue {
  return exampleValue(context.model, context.index.inputOf(operation));
}

/**
 * The operation a README shows, of `operations`: a read-only one (`@readonly`, or named
 * `List*`, `Describe*`, `Get*`) if there is one, since a reader may paste it and run it; of
 * those, the one with the smallest example input, then `List*` before `Describe*` before `Get*`
 * before the rest, then the first by shape id. Depends only on the model, never on the order of
 * `operations`.
 */
export function chooseExampleOperation(context: TargetContext, operations: readonly OperationShape[]): OperationShape | undefined {
  const ranked = operations.map((operation) => ({
    operation,
    readOnly: isReadOnly(context, operation) ? 0 : 1,
    size: exampleSize(inputExample(context, operation)),
    verb: verbRank(context.symbols.operationName(operation)),
  }));
  ranked.sort((a, b) => a.readOnly - b.readOnly || a.size - b.size || a.verb - b.verb || compareCodeUnits(a.operation.id, b.operation.id));
  return ranked[0]?.operation;
}

const READ_VERBS = ["List", "Describe", "Get"];

function verbRank(name: string): number {
  const rank = READ_VERBS.findIndex((verb) => new RegExp(`^${verb}(?![a-z])`).test(name));
  return rank === -1 ? READ_VERBS.length : rank;
}

function isReadOnly(context: TargetContext, operation: OperationShape): boolean {
  return hasTrait(operation, "smithy.api#readonly") || verbRank(context.symbols.operationName(operation)) < READ_VERBS.length;
}

/** How many values the example holds (objects and arrays count one each, plus their contents). */
export function exampleSize(value: ExampleValue): number {
  if (value.kind === "object") return value.entries.reduce((sum, entry) => sum + exampleSize(entry.value), 1);
  if (value.kind === "array") return value.items.reduce((sum, item) => sum + exampleSize(item), 1);
  return 1;
}

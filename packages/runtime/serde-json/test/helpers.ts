import { ShapeMismatchError } from "@smithy-gen/serde-core";
import { expect } from "vitest";

/** Runs `run`, expecting a ShapeMismatchError with these fields (each checked only when given). */
export function expectMismatch(run: () => unknown, expected: { path: string; expected?: string; received?: string }): ShapeMismatchError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ShapeMismatchError);
  const error = thrown as ShapeMismatchError;
  expect(error.path).toBe(expected.path);
  if (expected.expected !== undefined) expect(error.expected).toBe(expected.expected);
  if (expected.received !== undefined) expect(error.received).toBe(expected.received);
  return error;
}

/** A path two levels down, as a converter hands it to its members. */
export const itemsPath = { parent: { parent: "$", key: "items" }, key: 2 } as const;

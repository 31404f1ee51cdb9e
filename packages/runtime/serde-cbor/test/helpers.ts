import { ShapeMismatchError } from "@smithy-gen/serde-core";
import { expect } from "vitest";
import { CborDecodeError } from "../src/index.js";

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

/** Runs `run`, expecting a CborDecodeError whose `received` matches `received` (and `expected`, when given). */
export function expectDecodeError(run: () => unknown, received: RegExp, expected?: string | RegExp): CborDecodeError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(CborDecodeError);
  const error = thrown as CborDecodeError;
  expect(error.path).toBe("$");
  expect(error.name).toBe("CborDecodeError");
  expect(error.received).toMatch(received);
  if (typeof expected === "string") expect(error.expected).toBe(expected);
  else if (expected !== undefined) expect(error.expected).toMatch(expected);
  return error;
}

/** Bytes from numbers, arrays of numbers (nested) and strings (their UTF-8 bytes). */
export function bytes(...parts: unknown[]): Uint8Array {
  const out: number[] = [];
  const add = (part: unknown): void => {
    if (typeof part === "number") out.push(part);
    else if (typeof part === "string") out.push(...new TextEncoder().encode(part));
    else if (part instanceof Uint8Array) out.push(...part);
    else if (Array.isArray(part)) part.forEach(add);
    else throw new Error(`bytes(): cannot add ${String(part)}`);
  };
  parts.forEach(add);
  return Uint8Array.from(out);
}

/** `count` copies of `part`. */
export function repeat(part: unknown, count: number): unknown[] {
  return Array.from({ length: count }, () => part);
}

/** A path two levels down, as a converter hands it to its members. */
export const itemsPath = { parent: { parent: "$", key: "items" }, key: 2 } as const;

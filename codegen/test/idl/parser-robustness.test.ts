/**
 * Whatever the text, loading either succeeds or throws a ModelError with located diagnostics:
 * no crash, no hang. The inputs are the conformance suite's valid files with random edits, which
 * reach far more of the parser than random strings do.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadModelFromSources } from "../../src/assembly/load.js";
import { ModelError } from "../../src/model/diagnostics.js";
import { IDL_CONFORMANCE_DIR, listFiles } from "../support/paths.js";

const NUM_RUNS = Number(process.env.FAST_CHECK_NUM_RUNS ?? 300);
const SAMPLES = listFiles(`${IDL_CONFORMANCE_DIR}/valid`)
  .filter((f) => f.endsWith(".smithy"))
  .map((f) => readFileSync(f, "utf8"));
const PIECES = ["{", "}", "[", "]", "(", ")", "@", "$", "#", ".", ":", ":=", "=", ",", '"', '"""', "\n", " ", "///", "//", "with", "for", "apply", "-", "1", "a"];

const edit = fc.record({
  sample: fc.nat(),
  position: fc.nat(),
  remove: fc.nat({ max: 4 }),
  insert: fc.constantFrom(...PIECES),
});

describe("parser robustness", () => {
  it("never crashes on edited models (seed printed on failure)", () => {
    expect(SAMPLES.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = SAMPLES[edits[0]!.sample % SAMPLES.length]!;
        for (const e of edits) {
          const at = e.position % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        }
        try {
          loadModelFromSources([{ path: "edited.smithy", text }]);
        } catch (error) {
          if (!(error instanceof ModelError)) throw error;
          for (const d of error.diagnostics) {
            if (!d.location || d.location.line < 1 || d.location.column < 1) throw new Error(`unlocated: ${d.message}`);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  }, 60_000);
});

const JSON_SAMPLES = listFiles(`${IDL_CONFORMANCE_DIR}/valid`)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(f, "utf8")) as unknown);

// Replaces the value at a pseudo-random place of a JSON document with another value.
function replaceSomewhere(document: unknown, choice: number, replacement: unknown): unknown {
  const places: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach((v, i) => (places.push({ parent: value, key: i }), walk(v)));
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        places.push({ parent: value as Record<string, unknown>, key: k });
        walk(v);
      }
    }
  };
  const copy = JSON.parse(JSON.stringify(document)) as unknown;
  walk(copy);
  if (places.length === 0) return copy;
  const place = places[choice % places.length]!;
  (place.parent as Record<string | number, unknown>)[place.key] = replacement;
  return copy;
}

describe("JSON AST robustness", () => {
  it("never crashes on JSON models with a value replaced (seed printed on failure)", () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.jsonValue({ maxDepth: 2 }), (sample, place, replacement) => {
        const text = JSON.stringify(replaceSomewhere(JSON_SAMPLES[sample % JSON_SAMPLES.length], place, replacement));
        try {
          loadModelFromSources([{ path: "edited.json", text }]);
        } catch (error) {
          if (!(error instanceof ModelError)) throw error;
        }
      }),
      { numRuns: NUM_RUNS },
    );
  }, 60_000);
});

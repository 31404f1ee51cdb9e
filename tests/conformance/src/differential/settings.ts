import type { Parameters } from "fast-check";

/**
 * Runs per operation and kind of case (requests, outputs, errors). Modest by default so that the
 * suites fit `pnpm test`; `CONFORMANCE_NUM_RUNS=100 pnpm --filter @smithy-gen/conformance-tests test`
 * compares many more. `FC_SEED` replays a run (fast-check prints the seed of a failure).
 */
export const NUM_RUNS = Number(process.env.CONFORMANCE_NUM_RUNS ?? 6);

export function propertyParameters(): Parameters<unknown> {
  return {
    numRuns: NUM_RUNS,
    ...(process.env.FC_SEED !== undefined ? { seed: Number(process.env.FC_SEED) } : {}),
  };
}

/** Deep values are where differences hide, but they cost time: two levels of every recursive shape. */
export const MAX_DEPTH = 2;

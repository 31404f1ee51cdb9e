import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { AWS_MODELS_DIR } from "../paths.js";

/** One official model file, e.g. `lightsail-2016-11-28.json`, named `lightsail-2016-11-28`. */
export interface ModelFile {
  readonly name: string;
  readonly path: string;
}

/** Every `.json` model of `dir` (default: the official AWS models), sorted by name. */
export function listModelFiles(dir: string = AWS_MODELS_DIR): ModelFile[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((file) => ({ name: basename(file, ".json"), path: join(dir, file) }));
}

/**
 * The models whose generated tests the sweep runs: every `every`-th model of the sorted list
 * (starting with the first), plus the ones named in `always`. Deterministic, so that a failure
 * in the sample shows up on every run.
 */
export function sampleForTests(models: readonly ModelFile[], every: number, always: readonly string[] = []): Set<string> {
  const sample = new Set(always);
  if (every > 0) models.forEach((model, position) => position % every === 0 && sample.add(model.name));
  return sample;
}

/**
 * The fixed sample `pnpm test` sweeps: small models of different shapes, each exercising
 * something the big ones do not.
 */
export const TEST_SAMPLE: readonly { readonly name: string; readonly why: string }[] = [
  { name: "dynamodb-streams-2012-08-10", why: "awsJson1_0, a recursive union with blobs and sets" },
  { name: "identitystore-2020-06-15", why: "awsJson1_1, unions and documents" },
  { name: "kinesis-2013-12-02", why: "awsJson1_1, an event-stream operation the generator notes as unsupported" },
  { name: "timestream-query-2018-11-01", why: "awsJson1_0, operations that require endpoint discovery (noted)" },
  { name: "cloudwatch-2010-08-01", why: "awsJson1_0 with awsQueryCompatible error codes, and awsQuery declared too" },
];

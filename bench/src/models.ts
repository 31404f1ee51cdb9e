import { readdirSync } from "node:fs";
import { join } from "node:path";

/** The official AWS models the loader and generator benchmarks read (reference data, read-only). */
export const MODELS_DIR = process.env.SMITHY_GEN_AWS_MODELS ?? "/work/shared/models/aws";
export const LIGHTSAIL_MODEL = join(MODELS_DIR, "lightsail-2016-11-28.json");

/** Every JSON model file of MODELS_DIR, sorted. */
export function modelFiles(): string[] {
  return readdirSync(MODELS_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => join(MODELS_DIR, name));
}

import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { AWS_MODELS_DIR } from "../paths.js";

/**
 * One entry of the sweep: an official model file, e.g. `lightsail-2016-11-28.json`, named
 * `lightsail-2016-11-28`. Its client speaks every protocol its service declares that the
 * generator has: the default one (the official AWS SDK's) and, when asked, the others.
 */
export interface ModelFile {
  readonly name: string;
  readonly path: string;
  /**
   * The protocols of `OTHER_PROTOCOLS` the service declares beside its default one, which its client
   * speaks with its `protocol` option (`["rpcv2Cbor"]` for CloudWatch); absent when none.
   */
  readonly otherProtocols?: readonly string[];
}

/**
 * The protocols a service may declare beside the one it is generated with by default (awsJson):
 * rpcv2Cbor, which nine models declare. Their clients speak it too, by their `protocol` option,
 * and the serde package holds a second tree of converters and tests for it.
 */
export const OTHER_PROTOCOLS: readonly { readonly name: string; readonly trait: string }[] = [{ name: "rpcv2Cbor", trait: "smithy.protocols#rpcv2Cbor" }];

/** Every `.json` model of `dir` (default: the official AWS models), sorted by name. */
export function listModelFiles(dir: string = AWS_MODELS_DIR): ModelFile[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((file) => ({ name: basename(file, ".json"), path: join(dir, file) }));
}

/** What the sweep runs: every model of `dir` (`listModelFiles`), with the other protocols each declares. */
export function listSweepEntries(dir: string = AWS_MODELS_DIR): ModelFile[] {
  return listModelFiles(dir).map((model) => {
    const otherProtocols = declaredOtherProtocols(model.path);
    return otherProtocols.length ? { ...model, otherProtocols } : model;
  });
}

/** The entries `--only` selects: those whose name contains one of `parts` (all without `parts`). */
export function selectEntries(entries: readonly ModelFile[], parts: readonly string[] | undefined): ModelFile[] {
  return entries.filter((entry) => !parts || parts.some((part) => entry.name.includes(part)));
}

/** Which of `OTHER_PROTOCOLS` the service of a JSON AST model declares (its file is read only when it names one). */
function declaredOtherProtocols(path: string): string[] {
  const text = readFileSync(path, "utf8");
  const named = OTHER_PROTOCOLS.filter((protocol) => text.includes(`"${protocol.trait}"`));
  if (named.length === 0) return [];
  const shapes = (JSON.parse(text) as { shapes?: Record<string, { type?: string; traits?: Record<string, unknown> }> }).shapes ?? {};
  const services = Object.values(shapes).filter((shape) => shape.type === "service");
  return named.filter((protocol) => services.some((service) => service.traits?.[protocol.trait] !== undefined)).map((protocol) => protocol.name);
}

/**
 * The entries whose generated tests the sweep runs: every `every`-th model (starting with the
 * first), every model that speaks other protocols (the only runs of their generated tests, whose
 * property tests go through each protocol's bytes), and the entries named in `always`; none when
 * `every` is 0. Deterministic, so that a failure in the sample shows up on every run.
 */
export function sampleForTests(models: readonly ModelFile[], every: number, always: readonly string[] = []): Set<string> {
  const sample = new Set(always);
  if (every > 0) {
    models.forEach((model, position) => position % every === 0 && sample.add(model.name));
    for (const model of models) if (model.otherProtocols) sample.add(model.name);
  }
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

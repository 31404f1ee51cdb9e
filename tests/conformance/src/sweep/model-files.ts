import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { AWS_MODELS_DIR } from "../paths.js";

/**
 * One entry of the sweep: an official model file, e.g. `lightsail-2016-11-28.json`, named
 * `lightsail-2016-11-28`, generated with the protocol the generator gives the service (the one the
 * official AWS SDK uses); or, with `protocol`, the same model generated again with another
 * protocol it declares, named `cloudwatch-2010-08-01 (rpcv2Cbor)`.
 */
export interface ModelFile {
  readonly name: string;
  readonly path: string;
  /** The protocol to generate with (`smithy-gen generate --protocol`); absent: the generator's default. */
  readonly protocol?: string;
}

/**
 * The protocols the sweep generates a model with a second time when its service declares them
 * beside the protocol it is generated with by default (awsJson): rpcv2Cbor, which the nine models
 * that declare it are otherwise never generated with (`PROTOCOLS` in codegen's registry prefers
 * awsJson, as the official SDK does).
 */
export const SECOND_PROTOCOLS: readonly { readonly name: string; readonly trait: string }[] = [{ name: "rpcv2Cbor", trait: "smithy.protocols#rpcv2Cbor" }];

/** Every `.json` model of `dir` (default: the official AWS models), sorted by name. */
export function listModelFiles(dir: string = AWS_MODELS_DIR): ModelFile[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((file) => ({ name: basename(file, ".json"), path: join(dir, file) }));
}

/**
 * What the sweep runs: every model of `dir` (`listModelFiles`), each followed by its variants, the
 * same model generated again with each of `SECOND_PROTOCOLS` its service declares
 * (`cloudwatch-2010-08-01 (rpcv2Cbor)`).
 */
export function listSweepEntries(dir: string = AWS_MODELS_DIR): ModelFile[] {
  return listModelFiles(dir).flatMap((model) => [
    model,
    ...declaredSecondProtocols(model.path).map((protocol) => ({ name: variantName(model.name, protocol), path: model.path, protocol })),
  ]);
}

/**
 * The entries `--only` selects: those whose name contains one of `parts` (all without `parts`):
 * `cloudwatch` selects both CloudWatch entries, `rpcv2Cbor` every variant, the whole name one entry.
 */
export function selectEntries(entries: readonly ModelFile[], parts: readonly string[] | undefined): ModelFile[] {
  return entries.filter((entry) => !parts || parts.some((part) => entry.name.includes(part)));
}

/** `cloudwatch-2010-08-01 (rpcv2Cbor)`: the name of a model's entry generated with `protocol`. */
export function variantName(model: string, protocol: string): string {
  return `${model} (${protocol})`;
}

/** The directory of an entry's packages under the sweep's: its name, a variant's as `cloudwatch-2010-08-01.rpcv2Cbor`. */
export function entryDirName(entry: ModelFile): string {
  return entry.name.replace(/ \((\w+)\)$/, ".$1");
}

/** Which of `SECOND_PROTOCOLS` the service of a JSON AST model declares (its file is read only when it names one). */
function declaredSecondProtocols(path: string): string[] {
  const text = readFileSync(path, "utf8");
  const named = SECOND_PROTOCOLS.filter((protocol) => text.includes(`"${protocol.trait}"`));
  if (named.length === 0) return [];
  const shapes = (JSON.parse(text) as { shapes?: Record<string, { type?: string; traits?: Record<string, unknown> }> }).shapes ?? {};
  const services = Object.values(shapes).filter((shape) => shape.type === "service");
  return named.filter((protocol) => services.some((service) => service.traits?.[protocol.trait] !== undefined)).map((protocol) => protocol.name);
}

/**
 * The entries whose generated tests the sweep runs: every `every`-th model generated with its
 * default protocol (counted among those, starting with the first, so that the variants do not move
 * the sample), every variant (the only runs of their generated tests, whose property tests go
 * through the second protocol's bytes), and the entries named in `always`; none when `every` is 0.
 * Deterministic, so that a failure in the sample shows up on every run.
 */
export function sampleForTests(models: readonly ModelFile[], every: number, always: readonly string[] = []): Set<string> {
  const sample = new Set(always);
  if (every > 0) {
    models.filter((model) => model.protocol === undefined).forEach((model, position) => position % every === 0 && sample.add(model.name));
    for (const model of models) if (model.protocol !== undefined) sample.add(model.name);
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

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cbor, dateToTag } from "@smithy/core/cbor";
import { operation } from "@smithy/core/schema";
import { HttpResponse } from "@smithy/protocol-http";
import type { SerdeContext } from "@smithy/types";
import { build } from "esbuild";
import { writeGeneratedService } from "./generated-service.js";
import { MODELS_DIR } from "./models.js";
import { CloudWatchClient, GetMetricData$, officialRpcV2CborProtocol } from "./official-sdk.js";
import type { ReportRow } from "./report.js";
import { readSourcePackage, sourcesPlugin } from "./source-bundle.js";
import { type MicroBenchOptions, formatMs, microBench, ratio } from "./stats.js";

/**
 * Issue 15: reading a large output in Smithy RPC v2 CBOR, ours against the official client, in
 * the same run. The output is CloudWatch's `GetMetricData`: `results` MetricDataResults of
 * `points` Timestamps (tag 1, epoch seconds) and Values (doubles) each, built with
 * `@smithy/core/cbor` from a fixed seed.
 *
 * - ours: `parseGetMetricDataResponse(response, context)` of the cloudwatch-serde package that the
 *   generator writes with `protocol: "rpcv2Cbor"` (`smithy-gen generate --protocol rpcv2Cbor`),
 *   generated in this run into `.bench-out/cbor-cloudwatch/` and bundled by esbuild from its
 *   TypeScript sources together with those of the runtime packages it imports (`@smithy/*` left
 *   to node_modules, so both sides decode with the same `@smithy/core` module).
 * - official: `@aws-sdk/client-cloudwatch` configured with `protocol: AwsSmithyRpcV2CborProtocol`
 *   (the client builds it from its own `protocolSettings`: awsQueryCompatible, the error
 *   registries), and what its deserialization middleware calls,
 *   `config.protocol.deserializeResponse(operationSchema, config, response)`.
 * - floor: `cbor.deserialize` of `@smithy/core/cbor` alone (the decoder under ours; the SDK's
 *   codec reads the bytes by schema in one pass with a decoder of its own), and, as a note, our
 *   `decodeCbor` (the guard pass over the bytes, then `cbor.deserialize`): what is left of ours
 *   is reading the decoded value into the model's shapes.
 *
 * Both get an HttpResponse whose body is the same Uint8Array; both outputs are checked equal
 * once before timing.
 */
export const CBOR_SIZES = [
  { results: 1, points: 10 },
  { results: 10, points: 100 },
  { results: 100, points: 1_000 },
] as const;

export const CLOUDWATCH_MODEL = join(MODELS_DIR, "cloudwatch-2010-08-01.json");
/** The runtime packages the generated rpcv2Cbor serde package imports (bundled from their sources). */
const RUNTIME_PACKAGE_DIRS = ["serde-core", "serde-cbor", "rpcv2-cbor-protocol"].map((name) => `packages/runtime/${name}`);
const SEED = 15;

export interface CborDeserializationResult {
  readonly results: number;
  readonly points: number;
  readonly bytes: number;
  /** CPU microseconds per call. */
  readonly oursUs: number;
  readonly officialUs: number;
  /** `cbor.deserialize` alone. */
  readonly decodeUs: number;
  /** Our `decodeCbor`: `checkCbor`'s guards, then `cbor.deserialize`. */
  readonly checkedDecodeUs: number;
}

interface OursModule {
  parseGetMetricDataResponse(response: HttpResponse, context: SerdeContext): Promise<object>;
  decodeCbor(bytes: Uint8Array): unknown;
}

/** The one method of the official client's protocol object used here (its declared type is a union of protocol generations). */
interface OfficialProtocol {
  deserializeResponse(operationSchema: unknown, context: object, response: HttpResponse): Promise<object>;
}

const benchDir = fileURLToPath(new URL("../", import.meta.url));
const repoRoot = join(benchDir, "..");

export async function benchCborDeserialization(workDir: string, options: MicroBenchOptions): Promise<CborDeserializationResult[]> {
  const ours = await loadOurs(join(workDir, "cbor-cloudwatch"));
  const official = new CloudWatchClient({
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDBENCH", secretAccessKey: "bench-secret" },
    protocol: officialRpcV2CborProtocol(),
  });
  const officialProtocol = official.config.protocol as unknown as OfficialProtocol;
  if (officialProtocol.constructor.name !== "AwsSmithyRpcV2CborProtocol") {
    throw new Error(`the official client is not configured for rpcv2Cbor: its protocol is ${officialProtocol.constructor.name}`);
  }
  const [, ns, name, traits, input, output] = GetMetricData$;
  const schema = operation(ns, name, traits, input, output);
  // What the official middleware passes; ours reads only utf8Decoder / streamCollector from it,
  // and neither for a body that is already a Uint8Array.
  const context = { ...official.config };
  const oursContext = context as unknown as SerdeContext;

  const results: CborDeserializationResult[] = [];
  for (const size of CBOR_SIZES) {
    const body = getMetricDataBody(size.results, size.points);
    await checkSameOutput(
      await ours.parseGetMetricDataResponse(cborResponse(body), oursContext),
      await officialProtocol.deserializeResponse(schema, context, cborResponse(body)),
      size,
    );
    const timings = await microBench(
      [
        { name: "ours", run: () => ours.parseGetMetricDataResponse(cborResponse(body), oursContext) },
        { name: "official", run: () => officialProtocol.deserializeResponse(schema, context, cborResponse(body)) },
        { name: "decode", run: () => cbor.deserialize(body) },
        { name: "checkedDecode", run: () => ours.decodeCbor(body) },
      ],
      options,
    );
    results.push({
      ...size,
      bytes: body.byteLength,
      oursUs: timings.get("ours")!,
      officialUs: timings.get("official")!,
      decodeUs: timings.get("decode")!,
      checkedDecodeUs: timings.get("checkedDecode")!,
    });
  }
  official.destroy();
  return results;
}

/**
 * Generates CloudWatch's types and serde packages with the rpcv2Cbor protocol under `dir`, bundles
 * `parseGetMetricDataResponse` (and serde-cbor's `decodeCbor`) from their sources into one ES
 * module, and imports it.
 */
async function loadOurs(dir: string): Promise<OursModule> {
  const generated = await writeGeneratedService(CLOUDWATCH_MODEL, join(dir, "packages"), {
    settings: { scope: "@smithy-gen", protocol: "rpcv2Cbor" },
    roles: ["types", "serde"],
  });
  if (typeof generated === "string") throw new Error(`CloudWatch (rpcv2Cbor) not generated: ${generated}`);
  const packages = [generated.types!, generated.serde!, ...RUNTIME_PACKAGE_DIRS.map((path) => join(repoRoot, path))].map(readSourcePackage);
  const serde = packages[1]!.name;
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, "entry.mjs");
  writeFileSync(
    entry,
    [
      `export { parseGetMetricDataResponse } from "${serde}/operations/get-metric-data";`,
      `export { decodeCbor } from "@smithy-gen/serde-cbor";`,
      "",
    ].join("\n"),
  );
  const outfile = join(dir, "get-metric-data.bundle.mjs");
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Both sides run the same @smithy/core (its CommonJS build, which Node.js loads for the SDK).
    external: ["@smithy/*", "@aws-sdk/*"],
    logLevel: "silent",
    absWorkingDir: benchDir,
    plugins: [sourcesPlugin(packages, { platform: "node", dependenciesFrom: benchDir })],
  });
  return (await import(pathToFileURL(outfile).href)) as OursModule;
}

/** A 200 response of a Smithy RPC v2 CBOR service with `body` as its bytes. */
function cborResponse(body: Uint8Array): HttpResponse {
  return new HttpResponse({
    statusCode: 200,
    headers: { "content-type": "application/cbor", "smithy-protocol": "rpc-v2-cbor", "x-amzn-requestid": "bench-request", "content-length": String(body.byteLength) },
    body,
  });
}

/**
 * A GetMetricData output in CBOR: `results` results of `points` one-minute data points each,
 * newest first (CloudWatch's default order), the values doubles from a fixed seed.
 */
export function getMetricDataBody(results: number, points: number): Uint8Array {
  const random = mulberry32(SEED);
  const newest = Date.UTC(2026, 0, 1);
  const timestamps = Array.from({ length: points }, (_, index) => dateToTag(new Date(newest - index * 60_000)));
  const metricDataResults = Array.from({ length: results }, (_, index) => ({
    Id: `m${index}`,
    Label: `CPUUtilization i-${(0x0a1b2c3d4e5f + index).toString(16).padStart(17, "0")}`,
    Timestamps: timestamps,
    Values: Array.from({ length: points }, () => random() * 100),
    StatusCode: "Complete",
  }));
  const encoded = cbor.serialize({ MetricDataResults: metricDataResults, Messages: [], NextToken: "bmV4dC10b2tlbg" });
  // A plain Uint8Array of its own (the encoder gives a Buffer), as the JSON section's bodies are.
  return new Uint8Array(encoded);
}

/** A small seeded PRNG (mulberry32): the same bodies in every run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Both deserializers must read the bytes into the same output, or the comparison means nothing:
 * compared as JSON with sorted keys, Dates as their epoch milliseconds, `$metadata` left out.
 */
function checkSameOutput(mine: object, theirs: object, size: { results: number; points: number }): void {
  const canonical = (value: object) =>
    JSON.stringify({ ...value, $metadata: undefined }, function (this: Record<string, unknown>, key, item: unknown) {
      const original = this[key];
      if (original instanceof Date) return { $date: original.getTime() };
      if (item && typeof item === "object" && !Array.isArray(item)) return Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      return item;
    });
  const a = canonical(mine);
  const b = canonical(theirs);
  if (a !== b) {
    const at = [...a].findIndex((char, index) => char !== b[index]);
    throw new Error(
      `CBOR deserialization: ours and the official client read the ${size.results} x ${size.points} body differently (first difference at character ${at}):\n` +
        `  ours:     ...${a.slice(Math.max(0, at - 80), at + 120)}\n  official: ...${b.slice(Math.max(0, at - 80), at + 120)}`,
    );
  }
}

export function cborDeserializationRows(results: readonly CborDeserializationResult[]): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const result of results) {
    const label = `${result.results} x ${result.points.toLocaleString("en-US")} points (${(result.bytes / 1024).toFixed(1)} KiB)`;
    rows.push(
      {
        section: "CBOR deserialization",
        measure: `${label}: deserializer`,
        ours: formatMs(result.oursUs / 1000),
        other: formatMs(result.officialUs / 1000),
        otherKind: "aws-sdk",
        ratio: ratio(result.oursUs, result.officialUs),
        note: "CPU time per call; GetMetricData; SDK with protocol: AwsSmithyRpcV2CborProtocol",
      },
      {
        section: "CBOR deserialization",
        measure: `${label}: vs decode floor`,
        ours: formatMs(result.oursUs / 1000),
        other: formatMs(result.decodeUs / 1000),
        otherKind: "floor",
        ratio: ratio(result.oursUs, result.decodeUs),
        note: `floor: cbor.deserialize alone; our decodeCbor (guards + decode) ${ratio(result.checkedDecodeUs, result.decodeUs)}, ${ratio(result.checkedDecodeUs, result.oursUs)} of ours; AWS SDK ${ratio(result.officialUs, result.decodeUs)} (it decodes by schema in one pass, not with cbor.deserialize)`,
      },
    );
  }
  return rows;
}

import { GetExportSnapshotRecordsCommand, LightsailClient } from "@smithy-gen/lightsail-client";
import { parseGetExportSnapshotRecordsResponse } from "@smithy-gen/lightsail-serde";
import { exportSnapshotRecords } from "@smithy-gen/integration-tests/fake-lightsail";
import { operation } from "@smithy/core/schema";
import { HttpRequest, type HttpResponse } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { SerdeContext } from "@smithy/types";
import {
  GetExportSnapshotRecords$,
  GetExportSnapshotRecordsCommand as OfficialGetExportSnapshotRecordsCommand,
  LightsailClient as OfficialLightsailClient,
} from "./official-sdk.js";
import type { ReportRow } from "./report.js";
import { type MicroBenchOptions, formatMs, microBench, ratio } from "./stats.js";
import { okResponse, stubHandler } from "./stub-handler.js";

/**
 * Issue 3: reading GetExportSnapshotRecords responses of 1, 100 and 1,000 full records (nested
 * structures, lists, two timestamps each).
 *
 * - deserializer: ours is `parseGetExportSnapshotRecordsResponse(response, client.config)`; the
 *   official one is what its deserialization middleware calls,
 *   `config.protocol.deserializeResponse(operationSchema, config, response)` (schema-driven
 *   AwsJson1_1Protocol). Both get an HttpResponse whose body is the same Uint8Array, and both
 *   return the output with `$metadata`.
 * - client.send: the whole call through each client (serialize, endpoint, sign, retry, parse)
 *   with a request handler that returns the same bytes without I/O.
 * - floor: utf-8 decoding, `JSON.parse` and turning the two epoch-seconds fields of each record
 *   into Dates, nothing else (no validation, no copy).
 */
export const DESERIALIZATION_SIZES = [1, 100, 1_000] as const;

export interface DeserializationResult {
  readonly records: number;
  readonly bytes: number;
  /** CPU microseconds per call. */
  readonly oursUs: number;
  readonly officialUs: number;
  readonly floorUs: number;
  readonly oursSendUs: number;
  readonly officialSendUs: number;
  /**
   * A floor under every signed call: SigV4-signing one request like ours with `@smithy/signature-v4`
   * (what both clients sign with), one signer for all calls, nothing else.
   */
  readonly sigv4Us: number;
  /** Whole calls with `cacheMiddleware: true` (the SDK's opt-in: the middleware stack resolved once per command class). */
  readonly oursCachedSendUs: number;
  readonly officialCachedSendUs: number;
}

const credentials = { accessKeyId: "AKIDBENCH", secretAccessKey: "bench-secret" };

export async function benchDeserialization(options: MicroBenchOptions): Promise<DeserializationResult[]> {
  const results: DeserializationResult[] = [];
  for (const records of DESERIALIZATION_SIZES) {
    const body = new TextEncoder().encode(JSON.stringify({ exportSnapshotRecords: exportSnapshotRecords(records), nextPageToken: "bmV4dA" }));
    const ours = new LightsailClient({ region: "us-east-1", credentials, requestHandler: stubHandler(body) });
    const official = new OfficialLightsailClient({ region: "us-east-1", credentials, requestHandler: stubHandler(body) });
    const oursCached = new LightsailClient({ region: "us-east-1", credentials, requestHandler: stubHandler(body), cacheMiddleware: true });
    const officialCached = new OfficialLightsailClient({ region: "us-east-1", credentials, requestHandler: stubHandler(body), cacheMiddleware: true });
    const [, ns, name, traits, input, output] = GetExportSnapshotRecords$;
    const schema = operation(ns, name, traits, input, output);
    const officialContext = { ...official.config };
    // What each client's deserialization middleware passes: the resolved config (ours reads only
    // its utf-8 encoder and stream collector; the endpoint the type asks for is not used to parse).
    const oursContext = ours.config as unknown as SerdeContext;
    const officialProtocol = official.config.protocol as unknown as OfficialProtocol;
    await checkSameOutput(ours, official, body);
    const signer = new SignatureV4({ credentials, region: "us-east-1", service: "lightsail", sha256: ours.config.sha256, uriEscapePath: true });

    const timings = await microBench(
      [
        { name: "ours", run: () => parseGetExportSnapshotRecordsResponse(okResponse(body), oursContext) },
        { name: "official", run: () => officialProtocol.deserializeResponse(schema, officialContext, okResponse(body)) },
        { name: "floor", run: () => floor(body) },
        { name: "oursSend", run: () => ours.send(new GetExportSnapshotRecordsCommand({})) },
        { name: "officialSend", run: () => official.send(new OfficialGetExportSnapshotRecordsCommand({})) },
        { name: "sigv4", run: () => signer.sign(signableRequest()) },
        { name: "oursCachedSend", run: () => oursCached.send(new GetExportSnapshotRecordsCommand({})) },
        { name: "officialCachedSend", run: () => officialCached.send(new OfficialGetExportSnapshotRecordsCommand({})) },
      ],
      options,
    );
    results.push({
      records,
      bytes: body.byteLength,
      oursUs: timings.get("ours")!,
      officialUs: timings.get("official")!,
      floorUs: timings.get("floor")!,
      oursSendUs: timings.get("oursSend")!,
      officialSendUs: timings.get("officialSend")!,
      sigv4Us: timings.get("sigv4")!,
      oursCachedSendUs: timings.get("oursCachedSend")!,
      officialCachedSendUs: timings.get("officialCachedSend")!,
    });
    for (const client of [ours, official, oursCached, officialCached]) client.destroy();
  }
  return results;
}

/** A GetExportSnapshotRecords request as our client sends it, before signing. */
function signableRequest(): HttpRequest {
  return new HttpRequest({
    method: "POST",
    protocol: "https:",
    hostname: "lightsail.us-east-1.amazonaws.com",
    path: "/",
    headers: {
      host: "lightsail.us-east-1.amazonaws.com",
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": "Lightsail_20161128.GetExportSnapshotRecords",
      "content-length": "2",
      "user-agent": "aws-sdk-js/3 ua/2.1 os/linux lang/js md/nodejs#20",
      "x-amz-user-agent": "aws-sdk-js/3 ua/2.1 api/lightsail#0.0.0",
      "amz-sdk-invocation-id": "00000000-0000-4000-8000-000000000000",
      "amz-sdk-request": "attempt=1; max=3",
    },
    body: "{}",
  });
}

/** The one method of the official client's protocol object used here (its declared type is a union of protocol generations). */
interface OfficialProtocol {
  deserializeResponse(operationSchema: unknown, context: object, response: HttpResponse): Promise<unknown>;
}

interface FloorRecord {
  createdAt?: number | Date;
  sourceInfo?: { createdAt?: number | Date };
}

/** The least any reader must do: decode, parse, and make Dates of the timestamps. */
function floor(body: Uint8Array): unknown {
  const json = JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8")) as { exportSnapshotRecords: FloorRecord[] };
  for (const record of json.exportSnapshotRecords) {
    if (typeof record.createdAt === "number") record.createdAt = new Date(Math.round(record.createdAt * 1000));
    const source = record.sourceInfo;
    if (source !== undefined && typeof source.createdAt === "number") source.createdAt = new Date(Math.round(source.createdAt * 1000));
  }
  return json;
}

/** Both clients must read the bytes into the same records, or the comparison means nothing. */
async function checkSameOutput(ours: LightsailClient, official: OfficialLightsailClient, body: Uint8Array): Promise<void> {
  const mine = await ours.send(new GetExportSnapshotRecordsCommand({}));
  const theirs = await official.send(new OfficialGetExportSnapshotRecordsCommand({}));
  const strip = (value: object) => JSON.stringify({ ...value, $metadata: undefined });
  if (strip(mine) !== strip(theirs)) throw new Error(`the two clients read ${body.byteLength} bytes differently:\n${strip(mine).slice(0, 400)}\n${strip(theirs).slice(0, 400)}`);
  const fromFloor = JSON.stringify(floor(body));
  if (fromFloor !== strip(mine).replace(',"$metadata":undefined', "")) {
    // Key order can differ between JSON.parse and a reader that writes members in model order.
    const sorted = (text: string) => JSON.stringify(JSON.parse(text), (_key, value: unknown) => (value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort()) : value));
    if (sorted(fromFloor) !== sorted(strip(mine))) throw new Error("the floor reads the bytes differently from the clients");
  }
}

export function deserializationRows(results: readonly DeserializationResult[]): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const result of results) {
    const label = `${result.records} record${result.records === 1 ? "" : "s"} (${(result.bytes / 1024).toFixed(1)} KiB)`;
    rows.push(
      {
        section: "deserialization",
        measure: `${label}: deserializer`,
        ours: formatMs(result.oursUs / 1000),
        other: formatMs(result.officialUs / 1000),
        otherKind: "aws-sdk",
        ratio: ratio(result.oursUs, result.officialUs),
        note: "CPU time per call; goal < 1x",
      },
      {
        section: "deserialization",
        measure: `${label}: vs floor`,
        ours: formatMs(result.oursUs / 1000),
        other: formatMs(result.floorUs / 1000),
        otherKind: "floor",
        ratio: ratio(result.oursUs, result.floorUs),
        note: `goal <= 1.5x; AWS SDK: ${ratio(result.officialUs, result.floorUs)} of the floor`,
      },
      {
        section: "deserialization",
        measure: `${label}: whole client.send`,
        ours: formatMs(result.oursSendUs / 1000),
        other: formatMs(result.officialSendUs / 1000),
        otherKind: "aws-sdk",
        ratio: ratio(result.oursSendUs, result.officialSendUs),
        note: "stub handler, no I/O",
      },
    );
    if (result.records === 1) {
      rows.push({
        section: "deserialization",
        measure: "SigV4 signing of one request alone",
        ours: formatMs(result.sigv4Us / 1000),
        other: formatMs(result.officialSendUs / 1000),
        otherKind: "aws-sdk",
        ratio: ratio(result.sigv4Us, result.officialSendUs),
        note: `@smithy/signature-v4, which both clients sign with: a floor under every call; ${ratio(result.sigv4Us, result.oursSendUs)} of our whole call`,
      });
      rows.push({
        section: "deserialization",
        measure: `${label}: whole client.send, cacheMiddleware: true`,
        ours: formatMs(result.oursCachedSendUs / 1000),
        other: formatMs(result.officialCachedSendUs / 1000),
        otherKind: "aws-sdk",
        ratio: ratio(result.oursCachedSendUs, result.officialCachedSendUs),
        note: `both clients with the SDK's opt-in that resolves the middleware stack once per command class; ours ${ratio(result.oursCachedSendUs, result.oursSendUs)} of ours without it`,
      });
    }
  }
  return rows;
}

import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { LightsailClient } from "@smithy-gen/lightsail-client";
import { paginateGetExportSnapshotRecordsItems } from "@smithy-gen/lightsail-paginators";
import type { FakeServerReady, FakeServerStopped } from "./fake-server-process.js";
import {
  GetExportSnapshotRecordsCommand as OfficialGetExportSnapshotRecordsCommand,
  LightsailClient as OfficialLightsailClient,
} from "./official-sdk.js";
import type { ReportRow } from "./report.js";
import { type Timing, formatMs, median, ratio, timeOnce } from "./stats.js";

/**
 * Issue 4, throughput: listing every record (10,000 in 100 pages) from the fake service over
 * loopback HTTP, signed and checked, through our item paginator and through the official client
 * with the loop its documentation shows (it has no paginator for this operation). Runs are
 * interleaved after one warm-up listing each; records per second of the median run.
 */
export interface ThroughputResult {
  readonly records: number;
  readonly pages: number;
  readonly runs: number;
  /** Wall-clock medians: the listing as a user waits for it. */
  readonly oursMs: number;
  readonly officialMs: number;
  /** CPU medians of the client's process (the server runs in another). */
  readonly oursCpuMs: number;
  readonly officialCpuMs: number;
  readonly requestsSeen: number;
}

export async function benchThroughput(options: { records: number; pageSize: number; runs: number }): Promise<ThroughputResult> {
  const server = fork(fileURLToPath(new URL("./fake-server-process.ts", import.meta.url)), [String(options.records), String(options.pageSize)], {
    execArgv: process.execArgv,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  try {
    const ready = await nextMessage<FakeServerReady>(server, "ready");
    const config = {
      region: "us-east-1",
      endpoint: ready.endpoint,
      credentials: { accessKeyId: ready.accessKeyId, secretAccessKey: ready.secretAccessKey },
    };
    const ours = new LightsailClient(config);
    const official = new OfficialLightsailClient(config);
    const listOurs = async () => {
      let count = 0;
      for await (const _record of paginateGetExportSnapshotRecordsItems({ client: ours }, {})) count += 1;
      return count;
    };
    const listOfficial = async () => {
      let count = 0;
      let pageToken: string | undefined;
      do {
        const page = await official.send(new OfficialGetExportSnapshotRecordsCommand({ pageToken }));
        count += page.exportSnapshotRecords?.length ?? 0;
        pageToken = page.nextPageToken;
      } while (pageToken);
      return count;
    };
    const oursRuns: Timing[] = [];
    const officialRuns: Timing[] = [];
    for (let run = -1; run < options.runs; run++) {
      for (const [list, runs] of [[listOurs, oursRuns], [listOfficial, officialRuns]] as const) {
        const timing = await timeOnce(async () => {
          const count = await list();
          if (count !== options.records) throw new Error(`listed ${count} records instead of ${options.records}`);
        });
        if (run >= 0) runs.push(timing);
      }
    }
    ours.destroy();
    official.destroy();
    server.send("stop");
    const stopped = await nextMessage<FakeServerStopped>(server, "stopped");
    if (stopped.problems.length > 0) throw new Error(`the fake service rejected requests: ${stopped.problems.join("; ")}`);
    return {
      records: options.records,
      pages: Math.ceil(options.records / options.pageSize),
      runs: options.runs,
      oursMs: median(oursRuns.map((timing) => timing.wallMs)),
      officialMs: median(officialRuns.map((timing) => timing.wallMs)),
      oursCpuMs: median(oursRuns.map((timing) => timing.cpuMs)),
      officialCpuMs: median(officialRuns.map((timing) => timing.cpuMs)),
      requestsSeen: stopped.requests,
    };
  } finally {
    if (server.connected) server.disconnect();
    server.kill();
  }
}

function nextMessage<Message extends { kind: string }>(child: ChildProcess, kind: Message["kind"]): Promise<Message> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (typeof message === "object" && message !== null && (message as { kind?: unknown }).kind === kind) {
        child.off("message", onMessage);
        child.off("exit", onExit);
        resolve(message as Message);
      }
    };
    const onExit = (code: number | null) => reject(new Error(`the fake service exited (${code}) before "${kind}"`));
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

export function throughputRows(result: ThroughputResult): ReportRow[] {
  const perSecond = (ms: number) => (result.records / ms) * 1000;
  return [
    {
      section: "throughput",
      measure: `list ${result.records} records in ${result.pages} pages over loopback`,
      ours: `${Math.round(perSecond(result.oursMs))} rec/s`,
      other: `${Math.round(perSecond(result.officialMs))} rec/s`,
      otherKind: "aws-sdk",
      ratio: ratio(perSecond(result.oursMs), perSecond(result.officialMs)),
      higherIsBetter: true,
      note: `wall, median of ${result.runs}: ${formatMs(result.oursMs)} vs ${formatMs(result.officialMs)}; ours: item paginator, SDK: token loop; server in its own process`,
    },
    {
      section: "throughput",
      measure: "  client CPU per listing",
      ours: formatMs(result.oursCpuMs),
      other: formatMs(result.officialCpuMs),
      otherKind: "aws-sdk",
      ratio: ratio(result.oursCpuMs, result.officialCpuMs),
      note: "CPU of the client's process only",
    },
  ];
}

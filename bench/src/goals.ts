import type { BundleBenchResult } from "./bundle-bench.js";
import type { ColdStartResult } from "./cold-start-bench.js";
import type { DeserializationResult } from "./deserialization-bench.js";
import { formatBytes, formatMs } from "./stats.js";

/**
 * Issue 13's table: each goal, as a ratio against the official client measured in this run, whether
 * this run meets it, and what stands between the two, from this run's floors (the bytes of
 * `@smithy/*` and `@aws-sdk/*` modules, the default credential chain, loading the `@smithy/*`
 * modules alone, SigV4 signing alone). Printed only when the bundle, cold-start and
 * deserialization sections all ran.
 */
export interface GoalRow {
  readonly measure: string;
  readonly ratio: number;
  readonly goal: number;
  /** What the rest is, measured in this run. */
  readonly gap: string;
}

export interface GoalInputs {
  readonly bundle: BundleBenchResult;
  readonly coldStart: ColdStartResult;
  readonly deserialization: readonly DeserializationResult[];
}

/** A package of the bundle that is not ours: `@smithy/*`, `@aws-sdk/*` and what they bring (`(other)` is the entry script). */
const isDependency = (name: string) => !name.startsWith("@smithy-gen/") && name !== "(other)";

export function goalRows({ bundle, coldStart, deserialization }: GoalInputs): GoalRow[] {
  const dist = (sdk: "ours" | "official", platform: "node" | "browser") => bundle.dist.find((entry) => entry.sdk === sdk && entry.platform === platform)!.bytes;
  const split = (sdk: "ours" | "official") => bundle.split.find((entry) => entry.sdk === sdk)!;
  const dependencyShare = (platform: "node" | "browser") => {
    const { after } = bundle.sources.find((entry) => entry.platform === platform)!;
    const entries = Object.entries(after.bytesByPackage);
    const total = entries.reduce((sum, [, bytes]) => sum + bytes, 0);
    const dependencies = entries.filter(([name]) => isDependency(name)).reduce((sum, [, bytes]) => sum + bytes, 0);
    return { dependencies, total, ours: total - dependencies };
  };
  const node = dependencyShare("node");
  const browser = dependencyShare("browser");
  const [oursSplit, officialSplit] = [split("ours"), split("official")];
  const chain = oursSplit.allChunksBytes - oursSplit.startupBytes;
  const officialNode = dist("official", "node");
  const one = deserialization.find((result) => result.records === 1)!;
  const thousand = deserialization.find((result) => result.records === 1_000)!;
  const cold = (kind: "unbundled" | "required") => coldStart.ms[`ours-${kind}`] / coldStart.ms[`official-${kind}`];
  const coldGap = (kind: "unbundled" | "required") =>
    `loading only the @smithy/* modules our runtime imports costs ${formatMs(coldStart.floorMs[kind])} CPU, ${(coldStart.floorMs[kind] / coldStart.ms[`official-${kind}`]).toFixed(2)}x of the official client's whole start (Node alone: ${formatMs(coldStart.emptyNodeMs)}); ours adds ${formatMs(coldStart.ms[`ours-${kind}`] - coldStart.floorMs[kind])} to that floor`;
  return [
    {
      measure: "one-command bundle, node, minified",
      ratio: dist("ours", "node") / officialNode,
      goal: 0.35,
      gap:
        `@smithy/* and @aws-sdk/* modules are ${formatBytes(node.dependencies)} of ${formatBytes(node.total)} (ours ${formatBytes(node.ours)}); ` +
        `${formatBytes(chain)} of it is reached only through import() (the default credential chain with its STS/SSO clients): ` +
        `with code splitting a program that passes credentials loads ${formatBytes(oursSplit.startupBytes)}, ${(oursSplit.startupBytes / officialSplit.startupBytes).toFixed(2)}x of the official client's ${formatBytes(officialSplit.startupBytes)}`,
    },
    {
      measure: "one-command bundle, browser, minified",
      ratio: dist("ours", "browser") / dist("official", "browser"),
      goal: 0.3,
      gap: `@smithy/* and @aws-sdk/* modules are ${formatBytes(browser.dependencies)} of ${formatBytes(browser.total)}; ours alone is ${formatBytes(browser.ours)}, ${(browser.ours / dist("official", "browser")).toFixed(2)}x of the official bundle`,
    },
    { measure: "cold start, import by package name + construct, Node ESM", ratio: cold("unbundled"), goal: 0.5, gap: coldGap("unbundled") },
    { measure: "cold start, require by package name + construct, Node CJS", ratio: cold("required"), goal: 0.5, gap: coldGap("required") },
    {
      measure: "per call, one record, stub handler",
      ratio: one.oursSendUs / one.officialSendUs,
      goal: 0.2,
      gap:
        `SigV4 signing of one request alone (@smithy/signature-v4, as the official client) takes ${formatMs(one.sigv4Us / 1000)}, ${(one.sigv4Us / one.officialSendUs).toFixed(2)}x of the official call and ${(one.sigv4Us / one.oursSendUs).toFixed(2)}x of ours; ` +
        `with cacheMiddleware: true (the middleware stack resolved once per command class, an opt-in of both clients) ours takes ${formatMs(one.oursCachedSendUs / 1000)}, ${(one.oursCachedSendUs / one.officialSendUs).toFixed(2)}x of the official default`,
    },
    {
      measure: "1,000 records deserialized, against the JSON.parse + Date floor",
      ratio: thousand.oursUs / thousand.floorUs,
      goal: 1.05,
      gap: `${formatMs(thousand.oursUs / 1000)} against ${formatMs(thousand.floorUs / 1000)}: what the floor skips is checking each member's type and copying into the typed output; the official client is at ${(thousand.officialUs / thousand.floorUs).toFixed(2)}x`,
    },
  ];
}

export function formatGoals(rows: readonly GoalRow[]): string {
  const header = ["measure (ours / official client, this run)", "now", "goal", "met", "what the rest is (measured in this run)"];
  const cells = rows.map((row) => [row.measure, `${row.ratio.toFixed(2)}x`, `<= ${row.goal.toFixed(2)}x`, row.ratio <= row.goal ? "yes" : "no", row.gap]);
  const widths = header.slice(0, 4).map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)));
  const line = (values: readonly string[]) => values.map((value, column) => (column < 4 ? value.padEnd(widths[column]!) : value)).join("  ").trimEnd();
  return [line(header), widths.map((width) => "-".repeat(width)).join("  ") + "  " + "-".repeat(header[4]!.length), ...cells.map(line)].join("\n");
}

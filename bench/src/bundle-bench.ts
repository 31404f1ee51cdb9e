import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { ReportRow } from "./report.js";
import { formatBytes, ratio } from "./stats.js";

/**
 * Issue 4, size: the esbuild-minified bundle of a script that sends one GetExportSnapshotRecords
 * call, with our client and with the official one, for Node.js and for browsers.
 */

export type Platform = "node" | "browser";
export type Sdk = "ours" | "official";

export const PACKAGE: Record<Sdk, string> = { ours: "@smithy-gen/lightsail-client", official: "@aws-sdk/client-lightsail" };

/** A script that imports the client, builds it and, when `send`, sends one call. */
export function entryScript(sdk: Sdk, send: boolean): string {
  return [
    `import { GetExportSnapshotRecordsCommand, LightsailClient } from "${PACKAGE[sdk]}";`,
    `const client = new LightsailClient({ region: "us-east-1", credentials: { accessKeyId: "AKID", secretAccessKey: "secret" } });`,
    send
      ? `client.send(new GetExportSnapshotRecordsCommand({})).then((output) => console.log(output.exportSnapshotRecords?.length), (error) => console.error(error.name));`
      : `if (typeof client.send !== "function") throw new Error("no client");`,
    "",
  ].join("\n");
}

export interface BundleResult {
  readonly sdk: Sdk;
  readonly platform: Platform;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly file: string;
}

/** Bundles `entry` (an absolute path) for `platform`, minified, as an ES module; returns the output file. */
export async function bundle(entry: string, outfile: string, platform: Platform): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    target: platform === "node" ? "node20" : "es2022",
    // Both SDKs ship ES modules under `module`; esbuild's node default (`main` first) would take the CJS build.
    ...(platform === "node" ? { mainFields: ["module", "main"] } : {}),
    // CJS dependencies inside an ESM node bundle call require() for builtins.
    ...(platform === "node" ? { banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' } } : {}),
    logLevel: "silent",
    legalComments: "none",
  });
}

export async function benchBundles(workDir: string): Promise<BundleResult[]> {
  mkdirSync(workDir, { recursive: true });
  const results: BundleResult[] = [];
  for (const sdk of ["ours", "official"] as const) {
    const entry = join(workDir, `send-${sdk}.mjs`);
    writeFileSync(entry, entryScript(sdk, true));
    for (const platform of ["node", "browser"] as const) {
      const file = join(workDir, `send-${sdk}.${platform}.bundle.mjs`);
      await bundle(entry, file, platform);
      const bytes = readFileSync(file);
      results.push({ sdk, platform, bytes: bytes.byteLength, gzipBytes: gzipSync(bytes, { level: 9 }).byteLength, file });
    }
  }
  return results;
}

export function bundleRows(results: readonly BundleResult[]): ReportRow[] {
  const find = (sdk: Sdk, platform: Platform) => results.find((result) => result.sdk === sdk && result.platform === platform)!;
  return (["node", "browser"] as const).flatMap((platform) => {
    const ours = find("ours", platform);
    const official = find("official", platform);
    return [
      {
        section: "bundle size",
        measure: `send one call, ${platform}, minified`,
        ours: formatBytes(ours.bytes),
        other: formatBytes(official.bytes),
        otherKind: "aws-sdk" as const,
        ratio: ratio(ours.bytes, official.bytes),
        note: "esbuild, ESM",
      },
      {
        section: "bundle size",
        measure: `send one call, ${platform}, minified + gzip -9`,
        ours: formatBytes(ours.gzipBytes),
        other: formatBytes(official.gzipBytes),
        otherKind: "aws-sdk" as const,
        ratio: ratio(ours.gzipBytes, official.gzipBytes),
      },
    ];
  });
}

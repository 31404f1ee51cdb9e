import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { measureSplit } from "@smithy-gen/bundle-size-tests/measure";
import { type Metafile, type Plugin, build } from "esbuild";
import { writeGeneratedService } from "./generated-service.js";
import { MODELS_DIR } from "./models.js";
import type { ReportRow } from "./report.js";
import { type SourcePackage, bytesByOwner, inputsOutsideSources, owners, readSourcePackage, sourcesPlugin, sumOwners } from "./source-bundle.js";
import { formatBytes, ratio } from "./stats.js";

/**
 * Issue 4, size: the esbuild-minified bundle of a script that sends one GetExportSnapshotRecords
 * call, with our client and with the official one, for Node.js and for browsers. Ours three ways:
 * from the built packages (dist/); from their TypeScript sources today; and from the sources of
 * BEFORE_COMMIT, the last commit before the generated packages imported the runtime packages
 * instead of carrying their own copies (same script, same dependencies). And a script that sends
 * one call with each of two generated clients (Lightsail and SECOND_SERVICE, generated here), to
 * see what a second service adds once the runtime is in the bundle.
 */

export type Platform = "node" | "browser";
export type Sdk = "ours" | "official";

export const PACKAGE: Record<Sdk, string> = { ours: "@smithy-gen/lightsail-client", official: "@aws-sdk/client-lightsail" };

/** The last commit whose generated packages carried their own copies of the runtime code. */
export const BEFORE_COMMIT = "e557207";
/**
 * The last commit whose model/ held one operation (GetExportSnapshotRecords), before it became the
 * whole Lightsail service (issue 11): its packages against today's show what 160 more operations
 * cost a program that sends one.
 */
export const ONE_OPERATION_COMMIT = "562d47f";
const LIGHTSAIL_PACKAGE_DIRS = ["lightsail-types", "lightsail-serde", "lightsail-client", "lightsail-paginators"].map((name) => `packages/${name}`);
const RUNTIME_PACKAGE_DIRS = ["serde-core", "serde-json", "aws-json-protocol", "aws-client", "pagination", "arbitraries", "waiters"].map((name) => `packages/runtime/${name}`);

/** The second service of the two-service script: a typical regional awsJson 1.1 service, and one call to send. */
export const SECOND_SERVICE = {
  label: "ACM",
  model: "acm-2015-12-08.json",
  client: "ACMClient",
  command: "ListCertificatesCommand",
  outputMember: "CertificateSummaryList",
} as const;

const benchDir = fileURLToPath(new URL("../", import.meta.url));
const repoRoot = join(benchDir, "..");

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

/** `entryScript("ours", true)` followed by the same three lines for the second service's client. */
export function twoServiceScript(secondClientPackage: string): string {
  const { client, command, outputMember } = SECOND_SERVICE;
  return [
    entryScript("ours", true).trimEnd(),
    `import { ${command}, ${client} } from "${secondClientPackage}";`,
    `const second = new ${client}({ region: "us-east-1", credentials: { accessKeyId: "AKID", secretAccessKey: "secret" } });`,
    `second.send(new ${command}({})).then((output) => console.log(output.${outputMember}?.length), (error) => console.error(error.name));`,
    "",
  ].join("\n");
}

/** Bundles `entry` (an absolute path) for `platform`, minified, as an ES module; returns esbuild's metafile. */
export async function bundle(entry: string, outfile: string, platform: Platform, plugins: Plugin[] = []): Promise<Metafile> {
  const result = await build({
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
    // Paths in the metafile (and in esbuild's wrappers of CommonJS modules) are relative to this.
    absWorkingDir: benchDir,
    metafile: true,
    plugins,
  });
  return result.metafile!;
}

export interface BundleResult {
  readonly sdk: Sdk;
  readonly platform: Platform;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly file: string;
}

/** One bundle of a source build, with the minified bytes each package's modules account for. */
export interface SourceBundle {
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly file: string;
  /** Package name (or `(other)`: the entry script) -> minified bytes in the bundle, from the metafile. */
  readonly bytesByPackage: Record<string, number>;
}

export interface BeforeAfter {
  readonly platform: Platform;
  readonly before?: SourceBundle;
  readonly after: SourceBundle;
  /** ONE_OPERATION_COMMIT's packages, the same script (absent when `oneOperationUnavailable`). */
  readonly oneOperation?: SourceBundle;
}

export interface TwoServices {
  readonly platform: Platform;
  /** The Lightsail-only script (the "after" bundle of the before/after comparison). */
  readonly one: SourceBundle;
  readonly two: SourceBundle;
}

/**
 * The same one-call script bundled for node with code splitting, as an application bundler treats
 * `import()`: what loads before the program runs (the entry chunk and the chunks it imports), and
 * every chunk (the rest is what only `import()` reaches, mostly the default credential chain).
 */
export interface SplitResult {
  readonly sdk: Sdk;
  readonly startupBytes: number;
  readonly startupGzipBytes: number;
  readonly allChunksBytes: number;
}

export interface BundleBenchResult {
  /** From the built packages, ours and the official client. */
  readonly dist: BundleResult[];
  readonly split: SplitResult[];
  /** From the TypeScript sources: today's packages, and BEFORE_COMMIT's (absent when `beforeUnavailable`). */
  readonly sources: BeforeAfter[];
  readonly beforeUnavailable?: string;
  readonly oneOperationUnavailable?: string;
  readonly secondService: { readonly label: string; readonly model: string; readonly packages: readonly string[] };
  readonly twoServices: TwoServices[];
  readonly twoServicesUnavailable?: string;
}

function measure(file: string): { bytes: number; gzipBytes: number } {
  const bytes = readFileSync(file);
  return { bytes: bytes.byteLength, gzipBytes: gzipSync(bytes, { level: 9 }).byteLength };
}

/**
 * Bundles `entry` with `packages` mapped to their sources, after checking that none of their
 * modules came from elsewhere than `src/` and that browser builds took the browser files.
 */
async function bundleSources(entry: string, outfile: string, platform: Platform, packages: readonly SourcePackage[]): Promise<SourceBundle> {
  const metafile = await bundle(entry, outfile, platform, [sourcesPlugin(packages, { platform, dependenciesFrom: benchDir })]);
  // Kept for a look at what a package adds: `esbuild --analyze`-like breakdowns, https://esbuild.github.io/analyze/.
  writeFileSync(`${outfile}.meta.json`, JSON.stringify(metafile));
  const stray = inputsOutsideSources(metafile, benchDir, packages.map((pkg) => pkg.dir));
  if (stray.length > 0) throw new Error(`${outfile}: modules of the source packages bundled from outside src/: ${stray.join(", ")}`);
  if (platform === "browser") {
    const inputs = new Set(Object.keys(metafile.inputs).map((input) => join(benchDir, input)));
    const nodeOnly = packages.flatMap((pkg) => [...pkg.browser.keys()]).filter((file) => inputs.has(file));
    if (nodeOnly.length > 0) throw new Error(`${outfile}: browser bundle holds files its packages replace for browsers: ${nodeOnly.join(", ")}`);
  }
  return { ...measure(outfile), file: outfile, bytesByPackage: Object.fromEntries(bytesByOwner(metafile, benchDir, owners(packages))) };
}

/**
 * Writes the four generated Lightsail packages of `commit` under `dir`
 * (emptied first); returns why it could not (no git, a shallow clone without that commit), or undefined.
 */
function exportPackagesOf(commit: string, dir: string): string | undefined {
  const git = (...args: string[]) => spawnSync("git", ["-C", repoRoot, ...args], { encoding: "utf8" });
  const found = git("cat-file", "-e", `${commit}^{commit}`);
  if (found.error) return `git is not available (${found.error.message})`;
  if (found.status !== 0) {
    const shallow = git("rev-parse", "--is-shallow-repository").stdout.trim() === "true";
    return `git history unavailable: commit ${commit} is not in this clone${shallow ? " (a shallow clone)" : ""}`;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = `${dir}.tar`;
  const exported = git("archive", `--output=${archive}`, commit, ...LIGHTSAIL_PACKAGE_DIRS);
  if (exported.status !== 0) return `git archive ${commit} failed: ${exported.stderr.trim()}`;
  const extracted = spawnSync("tar", ["-xf", archive, "-C", dir], { encoding: "utf8" });
  rmSync(archive, { force: true });
  if (extracted.error || extracted.status !== 0) return `tar could not extract the archive of ${commit}: ${extracted.error?.message ?? extracted.stderr.trim()}`;
  return undefined;
}

/** Generates SECOND_SERVICE's four packages under `dir` (emptied first); returns their directories (absolute), or why not. */
async function generateSecondService(dir: string): Promise<string[] | string> {
  const generated = await writeGeneratedService(join(MODELS_DIR, SECOND_SERVICE.model), dir);
  return typeof generated === "string" ? generated : Object.values(generated);
}

const PLATFORMS = ["node", "browser"] as const;

export async function benchBundles(workDir: string): Promise<BundleBenchResult> {
  mkdirSync(workDir, { recursive: true });
  const dist: BundleResult[] = [];
  for (const sdk of ["ours", "official"] as const) {
    const entry = join(workDir, `send-${sdk}.mjs`);
    writeFileSync(entry, entryScript(sdk, true));
    for (const platform of PLATFORMS) {
      const file = join(workDir, `send-${sdk}.${platform}.bundle.mjs`);
      await bundle(entry, file, platform);
      dist.push({ sdk, platform, ...measure(file), file });
    }
  }
  const split: SplitResult[] = [];
  for (const sdk of ["ours", "official"] as const) {
    const measured = await measureSplit("node", join(workDir, `send-${sdk}.mjs`));
    split.push({ sdk, startupBytes: measured.startup.minified, startupGzipBytes: measured.startup.gzip, allChunksBytes: measured.allChunksMinified });
  }

  // Before and after, from TypeScript sources, the same script as above.
  const runtime = RUNTIME_PACKAGE_DIRS.map((dir) => readSourcePackage(join(repoRoot, dir)));
  const today = [...LIGHTSAIL_PACKAGE_DIRS.map((dir) => readSourcePackage(join(repoRoot, dir))), ...runtime];
  const beforeDir = join(workDir, `before-${BEFORE_COMMIT}`);
  const beforeUnavailable = exportPackagesOf(BEFORE_COMMIT, beforeDir);
  const before = beforeUnavailable === undefined ? LIGHTSAIL_PACKAGE_DIRS.map((dir) => readSourcePackage(join(beforeDir, dir))) : undefined;
  const oneOperationDir = join(workDir, `one-operation-${ONE_OPERATION_COMMIT}`);
  const oneOperationUnavailable = exportPackagesOf(ONE_OPERATION_COMMIT, oneOperationDir);
  const oneOperation =
    oneOperationUnavailable === undefined ? [...LIGHTSAIL_PACKAGE_DIRS.map((dir) => readSourcePackage(join(oneOperationDir, dir))), ...runtime] : undefined;
  const entry = join(workDir, "send-ours-sources.mjs");
  writeFileSync(entry, entryScript("ours", true));
  const sources: BeforeAfter[] = [];
  for (const platform of PLATFORMS) {
    const after = await bundleSources(entry, join(workDir, `send-ours.after.${platform}.bundle.mjs`), platform, today);
    const beforeBundle = before && (await bundleSources(entry, join(workDir, `send-ours.before.${platform}.bundle.mjs`), platform, before));
    const oneBundle = oneOperation && (await bundleSources(entry, join(workDir, `send-ours.one-operation.${platform}.bundle.mjs`), platform, oneOperation));
    sources.push({ platform, after, ...(beforeBundle ? { before: beforeBundle } : {}), ...(oneBundle ? { oneOperation: oneBundle } : {}) });
  }

  // Two services in one script, from sources, against the Lightsail-only "after" bundle.
  const generated = await generateSecondService(join(workDir, "second-service"));
  const secondPackages = typeof generated === "string" ? [] : generated.map((dir) => readSourcePackage(dir));
  const secondClient = secondPackages.find((pkg) => pkg.name.endsWith("-client"));
  const twoServices: TwoServices[] = [];
  if (secondClient) {
    const twoEntry = join(workDir, "send-two-services-sources.mjs");
    writeFileSync(twoEntry, twoServiceScript(secondClient.name));
    for (const platform of PLATFORMS) {
      const two = await bundleSources(twoEntry, join(workDir, `send-two-services.${platform}.bundle.mjs`), platform, [...today, ...secondPackages]);
      twoServices.push({ platform, one: sources.find((result) => result.platform === platform)!.after, two });
    }
  }
  return {
    dist,
    split,
    sources,
    ...(beforeUnavailable === undefined ? {} : { beforeUnavailable }),
    ...(oneOperationUnavailable === undefined ? {} : { oneOperationUnavailable }),
    secondService: { label: SECOND_SERVICE.label, model: SECOND_SERVICE.model, packages: secondPackages.map((pkg) => pkg.name) },
    twoServices,
    ...(typeof generated === "string" ? { twoServicesUnavailable: generated } : secondClient ? {} : { twoServicesUnavailable: "no client package generated" }),
  };
}

const isRuntime = (name: string) => RUNTIME_PACKAGE_DIRS.some((dir) => name === `@smithy-gen/${dir.slice(dir.lastIndexOf("/") + 1)}`);
const isLightsail = (name: string) => name.startsWith("@smithy-gen/lightsail-");
const isThirdParty = (name: string) => name.startsWith("@smithy/") || name.startsWith("@aws-sdk/");

function signedBytes(bytes: number): string {
  return `${bytes >= 0 ? "+" : "-"}${Math.abs(bytes).toLocaleString("en-US")} B`;
}

/** "grew by 1,926 B", "shrank by 12 B", "same size": how `after` compares with `before`. */
export function growth(after: number, before: number): string {
  if (after === before) return "same size";
  return `${after > before ? "grew" : "shrank"} by ${Math.abs(after - before).toLocaleString("en-US")} B`;
}

export function bundleRows(result: BundleBenchResult): ReportRow[] {
  const find = (sdk: Sdk, platform: Platform) => result.dist.find((bundled) => bundled.sdk === sdk && bundled.platform === platform)!;
  const sizes = [
    { label: "minified", of: (bundled: { bytes: number }) => bundled.bytes },
    { label: "minified + gzip -9", of: (bundled: { gzipBytes: number }) => bundled.gzipBytes },
  ] as const;
  const rows: ReportRow[] = [];
  for (const platform of PLATFORMS) {
    const ours = find("ours", platform);
    const official = find("official", platform);
    const { after, before, oneOperation } = result.sources.find((bundled) => bundled.platform === platform)!;
    for (const size of sizes) {
      rows.push({
        section: "bundle size",
        measure: `send one call, ${platform}, ${size.label}`,
        ours: formatBytes(size.of(ours)),
        other: formatBytes(size.of(official)),
        otherKind: "aws-sdk",
        ratio: ratio(size.of(ours), size.of(official)),
        note: "esbuild, ESM, built packages (dist/)",
      });
    }
    for (const size of sizes) {
      rows.push(
        before
          ? {
              section: "bundle size",
              measure: `send one call, ${platform}, ${size.label}, sources: after / before`,
              ours: formatBytes(size.of(after)),
              other: formatBytes(size.of(before)),
              otherKind: "before",
              ratio: ratio(size.of(after), size.of(before)),
              note: `before = ${BEFORE_COMMIT}; ${growth(size.of(after), size.of(before))}; before / aws-sdk ${ratio(size.of(before), size.of(official))}`,
            }
          : {
              section: "bundle size",
              measure: `send one call, ${platform}, ${size.label}, sources: after / before`,
              ours: formatBytes(size.of(after)),
              other: "",
              otherKind: "",
              ratio: "",
              note: result.beforeUnavailable ?? "",
            },
        oneOperation
          ? {
              section: "bundle size",
              measure: `send one call, ${platform}, ${size.label}, sources: 161 operations / 1 operation`,
              ours: formatBytes(size.of(after)),
              other: formatBytes(size.of(oneOperation)),
              otherKind: "one operation",
              ratio: ratio(size.of(after), size.of(oneOperation)),
              note: `one operation = ${ONE_OPERATION_COMMIT}; ${growth(size.of(after), size.of(oneOperation))}; issue 11 goal: at most 1.05x`,
            }
          : {
              section: "bundle size",
              measure: `send one call, ${platform}, ${size.label}, sources: 161 operations / 1 operation`,
              ours: formatBytes(size.of(after)),
              other: "",
              otherKind: "",
              ratio: "",
              note: result.oneOperationUnavailable ?? "",
            },
        {
          section: "bundle size",
          measure: `send one call, ${platform}, ${size.label}, sources: after / aws-sdk`,
          ours: formatBytes(size.of(after)),
          other: formatBytes(size.of(official)),
          otherKind: "aws-sdk",
          ratio: ratio(size.of(after), size.of(official)),
        },
      );
    }
  }
  // What the user agent costs (issue 14): its middleware is a module of @smithy-gen/aws-client with no
  // dependency of its own, so its minified bytes in the one-call bundle are all it adds.
  for (const platform of PLATFORMS) {
    const { after } = result.sources.find((bundled) => bundled.platform === platform)!;
    const bytes = inputBytes(after.file, "aws-client/src/user-agent.ts");
    rows.push({
      section: "bundle size",
      measure: `  of which the user agent middleware, ${platform}`,
      ours: formatBytes(bytes),
      other: "",
      otherKind: "",
      ratio: "",
      note: `${((100 * bytes) / after.bytes).toFixed(2)}% of the bundle (metafile); no module of its own to load, so no cold-start cost beyond its bytes`,
    });
  }
  const splitOf = (sdk: Sdk) => result.split.find((measured) => measured.sdk === sdk)!;
  const [oursSplit, officialSplit] = [splitOf("ours"), splitOf("official")];
  rows.push(
    {
      section: "bundle size",
      measure: "send one call, node, code split: loaded at startup, minified",
      ours: formatBytes(oursSplit.startupBytes),
      other: formatBytes(officialSplit.startupBytes),
      otherKind: "aws-sdk",
      ratio: ratio(oursSplit.startupBytes, officialSplit.startupBytes),
      note: `gzip -9 ${formatBytes(oursSplit.startupGzipBytes)} vs ${formatBytes(officialSplit.startupGzipBytes)}; the entry chunk and the chunks it imports (esbuild --splitting)`,
    },
    {
      section: "bundle size",
      measure: "send one call, node, code split: all chunks, minified",
      ours: formatBytes(oursSplit.allChunksBytes),
      other: formatBytes(officialSplit.allChunksBytes),
      otherKind: "aws-sdk",
      ratio: ratio(oursSplit.allChunksBytes, officialSplit.allChunksBytes),
      note: `only through import(): ${formatBytes(oursSplit.allChunksBytes - oursSplit.startupBytes)} vs ${formatBytes(officialSplit.allChunksBytes - officialSplit.startupBytes)} (the default credential chain and its STS/SSO clients)`,
    },
  );
  if (result.twoServices.length === 0) {
    rows.push({ section: "bundle, two services", measure: `Lightsail + ${result.secondService.label}`, ours: "", other: "", otherKind: "", ratio: "", note: result.twoServicesUnavailable ?? "" });
    return rows;
  }
  const second = result.secondService.label;
  const secondPrefix = result.secondService.packages[0]?.replace(/-[a-z]+$/, "-") ?? "";
  const isSecond = (name: string) => secondPrefix !== "" && name.startsWith(secondPrefix);
  for (const { platform, one, two } of result.twoServices) {
    for (const size of sizes) {
      rows.push({
        section: "bundle, two services",
        measure: `a call each to Lightsail and ${second}, ${platform}, ${size.label}`,
        ours: formatBytes(size.of(two)),
        other: formatBytes(size.of(one)),
        otherKind: "one service",
        ratio: ratio(size.of(two), size.of(one)),
        note: `sources; ${signedBytes(size.of(two) - size.of(one))}`,
      });
    }
    const part = (label: string, select: (name: string) => boolean, note: string): ReportRow => {
      const inTwo = sumOwners(new Map(Object.entries(two.bytesByPackage)), select);
      const inOne = sumOwners(new Map(Object.entries(one.bytesByPackage)), select);
      return {
        section: "bundle, two services",
        measure: `  ${label}, ${platform}`,
        ours: formatBytes(inTwo),
        other: formatBytes(inOne),
        otherKind: "one service",
        ratio: ratio(inTwo, inOne),
        note: `${signedBytes(inTwo - inOne)}; ${note}`,
      };
    };
    const secondBytes = sumOwners(new Map(Object.entries(two.bytesByPackage)), isSecond);
    rows.push(
      part("@smithy-gen runtime packages' modules", isRuntime, "minified bytes in the bundle (metafile)"),
      part("Lightsail's packages (lightsail-*)", isLightsail, "minified bytes in the bundle (metafile)"),
      {
        section: "bundle, two services",
        measure: `  ${second}'s packages (${secondPrefix}*), ${platform}`,
        ours: formatBytes(secondBytes),
        other: "",
        otherKind: "",
        ratio: "",
        note: `${secondBytes.toLocaleString("en-US")} B, ${((100 * secondBytes) / two.bytes).toFixed(1)}% of the two-service bundle (metafile)`,
      },
      part("@smithy/* and @aws-sdk/* modules", isThirdParty, "minified bytes in the bundle (metafile)"),
    );
  }
  return rows;
}

/** The minified bytes of the input files whose path ends with `suffix` in the bundle `file` (its `.meta.json`). */
function inputBytes(file: string, suffix: string): number {
  const metafile = JSON.parse(readFileSync(`${file}.meta.json`, "utf8")) as Metafile;
  let bytes = 0;
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) if (input.endsWith(suffix)) bytes += bytesInOutput;
  }
  return bytes;
}

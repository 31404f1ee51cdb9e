import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatedPackages, releaseRoot, repoRoot, run } from "./support/workspace.js";

// What a release does: `changeset version` (apply pending changesets), then `pnpm pack` each
// generated package. The tarballs must install into a fresh directory outside the workspace,
// with their dependencies from the registry, and work there from ESM and CommonJS.

const packages = generatedPackages();
const scratch = mkdtempSync(join(tmpdir(), "smithy-gen-release-"));
const workspace = join(scratch, "workspace");
const tarballs = join(scratch, "tarballs");
const consumer = join(scratch, "consumer");

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
}
const manifests = new Map<string, Manifest>();

beforeAll(() => {
  // A copy of the release-relevant part of the monorepo: the generated packages (built), the
  // pending changesets and a workspace file naming only the packages.
  mkdirSync(workspace, { recursive: true });
  const changesetsVersion = (JSON.parse(readFileSync(join(releaseRoot, "node_modules/@changesets/cli/package.json"), "utf8")) as Manifest).version;
  writeFileSync(
    join(workspace, "package.json"),
    JSON.stringify({ name: "release-workspace", private: true, devDependencies: { "@changesets/cli": changesetsVersion } }, null, 2),
  );
  writeFileSync(join(workspace, "pnpm-workspace.yaml"), "packages:\n  - packages/*\n");
  cpSync(join(repoRoot, ".changeset"), join(workspace, ".changeset"), { recursive: true });
  // A changeset may also bump packages outside this copy (the generator, @smithy-gen/codegen):
  // `changeset version` refuses names it cannot find, so each keeps the packages copied here.
  const copied = new Set(packages.map((pkg) => pkg.name));
  copied.add("@smithy-gen/package-build");
  for (const file of readdirSync(join(workspace, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md")) {
    const path = join(workspace, ".changeset", file);
    const text = readFileSync(path, "utf8");
    const front = /^---\n([\s\S]*?)\n---/.exec(text);
    if (!front) continue;
    const kept = front[1]!.split("\n").filter((line) => {
      const name = /^"([^"]+)":/.exec(line.trim())?.[1];
      return name === undefined || copied.has(name);
    });
    if (kept.every((line) => line.trim() === "")) rmSync(path);
    else writeFileSync(path, `---\n${kept.join("\n")}\n---${text.slice(front[0].length)}`);
  }
  // The build tool the packages' devDependencies name (workspace:^), so that the workspace installs; it is not packed.
  for (const pkg of [...packages, { dir: join(repoRoot, "packages/runtime/package-build") }]) {
    cpSync(pkg.dir, join(workspace, "packages", pkg.dir.split("/").pop()!), {
      recursive: true,
      filter: (source) => !/[\\/](node_modules|\.turbo)$/.test(source),
    });
  }
  // `pnpm pack` resolves `workspace:` ranges from the installed workspace.
  run("pnpm", ["install", "--prefer-offline", "--ignore-scripts", "--config.confirmModulesPurge=false"], { cwd: workspace });
  run("pnpm", ["exec", "changeset", "version"], { cwd: workspace });

  mkdirSync(tarballs);
  for (const dir of readdirSync(join(workspace, "packages")).sort()) {
    const root = join(workspace, "packages", dir);
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Manifest & { private?: boolean };
    if (manifest.private === true) continue;
    run("pnpm", ["pack", "--pack-destination", tarballs], { cwd: root });
    manifests.set(manifest.name, manifest);
  }

  mkdirSync(consumer);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }, null, 2));
  const files = readdirSync(tarballs).sort().map((file) => join(tarballs, file));
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...files], { cwd: consumer });
}, 600_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("changeset version", () => {
  it("consumes the pending changesets", () => {
    const left = readdirSync(join(workspace, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
    expect(left).toEqual([]);
  });

  it("bumps every package a pending changeset names", () => {
    const pending = readdirSync(join(repoRoot, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
    for (const file of pending) {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(repoRoot, ".changeset", file), "utf8"))?.[1] ?? "";
      for (const match of front.matchAll(/"([^"]+)":\s*(major|minor|patch)/g)) {
        // The generator is released from codegen/, not packages/ (codegen-package.test.ts packs it).
        if (match[1] === "@smithy-gen/codegen") continue;
        const before = packages.find((p) => p.name === match[1]);
        expect(before, `${file} names ${match[1]}, which is not a published package of this repository`).toBeDefined();
        expect(manifests.get(match[1])!.version).not.toBe(before!.version);
      }
    }
  });
});

describe("pnpm pack", () => {
  it("replaces workspace ranges with the released versions", () => {
    for (const file of readdirSync(tarballs)) {
      const listing = run("tar", ["-xzOf", join(tarballs, file), "package/package.json"]);
      const manifest = JSON.parse(listing) as Manifest;
      for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) {
        expect(range, `${manifest.name} -> ${dep}`).not.toMatch(/^workspace:/);
        const sibling = manifests.get(dep);
        if (sibling) expect(range).toBe(`^${sibling.version}`);
      }
    }
  });

  it("ships only the build, the manifest and the README", () => {
    for (const file of readdirSync(tarballs)) {
      const entries = run("tar", ["-tzf", join(tarballs, file)]).trim().split("\n");
      const outside = entries.filter((entry) => !/^package\/(dist\/|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE)/.test(entry));
      expect(outside, file).toEqual([]);
      expect(entries.some((entry) => entry.startsWith("package/dist/esm/"))).toBe(true);
      expect(entries.some((entry) => entry.startsWith("package/dist/cjs/"))).toBe(true);
    }
  });
});

const script = (moduleSystem: "esm" | "cjs"): string => {
  const load = (pkg: string) =>
    moduleSystem === "esm" ? `await import(${JSON.stringify(pkg)})` : `require(${JSON.stringify(pkg)})`;
  const body = `
const { LightsailClient, GetExportSnapshotRecordsCommand, NotFoundException, LightsailServiceException } = ${load("@smithy-gen/lightsail-client")};
const { paginateGetExportSnapshotRecordsItems } = ${load("@smithy-gen/lightsail-paginators")};
const { NotFoundException: TypesNotFound } = ${load("@smithy-gen/lightsail-types")};
const { HttpResponse } = ${load("@smithy/core/protocols")};
const { Readable } = ${load("node:stream")};

const pages = [
  { exportSnapshotRecords: [{ name: "a", createdAt: 1700000000.5, location: { regionName: "us-east-1" } }], nextPageToken: "t1" },
  { exportSnapshotRecords: [{ name: "b", state: "Succeeded" }] },
];
const seen = [];
const requestHandler = {
  async handle(request) {
    seen.push({ target: request.headers["x-amz-target"], body: request.body, auth: request.headers.authorization ?? "" });
    const body = JSON.parse(request.body);
    if (body.pageToken === "missing") {
      return { response: new HttpResponse({ statusCode: 404, headers: { "x-amzn-errortype": "NotFoundException", "x-amzn-requestid": "r-404" }, body: Readable.from([Buffer.from(JSON.stringify({ message: "gone", code: "NF" }))]) }) };
    }
    const page = pages[body.pageToken === "t1" ? 1 : 0];
    return { response: new HttpResponse({ statusCode: 200, headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "r-1" }, body: Readable.from([Buffer.from(JSON.stringify(page))]) }) };
  },
};
const client = new LightsailClient({ region: "us-east-1", credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" }, requestHandler });
const first = await client.send(new GetExportSnapshotRecordsCommand({}));
const names = [];
for await (const record of paginateGetExportSnapshotRecordsItems({ client }, {})) names.push(record.name);
let error;
try { await client.send(new GetExportSnapshotRecordsCommand({ pageToken: "missing" })); } catch (e) { error = e; }
console.log(JSON.stringify({
  createdAt: first.exportSnapshotRecords[0].createdAt.toISOString(),
  requestId: first.$metadata.requestId,
  names,
  target: seen[0].target,
  signed: seen[0].auth.startsWith("AWS4-HMAC-SHA256 Credential=AKID/"),
  errorName: error && error.name,
  errorIsClass: error instanceof NotFoundException && error instanceof TypesNotFound && error instanceof LightsailServiceException,
  errorStatus: error && error.$metadata.httpStatusCode,
  errorCode: error && error.code,
}));
`;
  return moduleSystem === "esm" ? body : `(async () => {${body}})().catch((e) => { console.error(e); process.exit(1); });`;
};

describe.each(["esm", "cjs"] as const)("the installed tarballs, from %s", (moduleSystem) => {
  it("send a call, paginate and throw modelled errors", () => {
    const file = join(consumer, moduleSystem === "esm" ? "check.mjs" : "check.cjs");
    writeFileSync(file, script(moduleSystem));
    const result = JSON.parse(run("node", [file], { cwd: consumer }).trim().split("\n").pop()!) as Record<string, unknown>;
    expect(result).toEqual({
      createdAt: "2023-11-14T22:13:20.500Z",
      requestId: "r-1",
      names: ["a", "b"],
      target: "Lightsail_20161128.GetExportSnapshotRecords",
      signed: true,
      errorName: "NotFoundException",
      errorIsClass: true,
      errorStatus: 404,
      errorCode: "NF",
    });
  });
});

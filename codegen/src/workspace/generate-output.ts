import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GeneratedFile } from "../core/generated-package.js";
import { generateService } from "../core/pipeline.js";
import type { Target } from "../core/target.js";
import { writeGeneratedFiles, type WriteSummary } from "../core/write-output.js";
import type { Diagnostic } from "../model/diagnostics.js";
import { RUNTIME_DIR_NAME, type RuntimePackage } from "./runtime-packages.js";
import type { ServiceUnit } from "./service-units.js";

/** What to write into one output directory. */
export interface OutputRequest {
  /** The directory the package directories go into. */
  readonly outDir: string;
  readonly units: readonly ServiceUnit[];
  readonly targets: readonly Target[];
  /** Runtime packages to copy into `<outDir>/runtime/`; none when the workspace provides them. */
  readonly vendoredRuntime: readonly RuntimePackage[];
  /** Names of the runtime packages, which generated packages depend on with `workspace:^`. */
  readonly runtimeNames: ReadonlySet<string>;
  /** Files at the root of `outDir` (a self-contained workspace's package.json, ...); none in a monorepo. */
  readonly rootFiles: readonly GeneratedFile[];
}

/** One directory written: a generated package, a runtime package, or the workspace root. */
export interface WrittenDirectory {
  /** The package name, or `(workspace root)`. */
  readonly name: string;
  /** Absolute path. */
  readonly dir: string;
  readonly files: number;
  readonly summary: WriteSummary;
}

export interface OutputResult {
  readonly written: readonly WrittenDirectory[];
  /** The targets' notes, each service's in turn. */
  readonly notes: readonly Diagnostic[];
}

/** Something about the request as a whole makes it impossible, such as two services writing one directory. */
export class OutputError extends Error {
  override readonly name = "OutputError";
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join("\n"));
  }
}

/** The `version` of every package already in `outDir`, by package name (changesets own versions). */
export function existingVersions(outDir: string): Map<string, string> {
  const versions = new Map<string, string>();
  if (!existsSync(outDir)) return versions;
  for (const entry of readdirSync(outDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    try {
      const manifest = JSON.parse(readFileSync(join(outDir, entry.name, "package.json"), "utf8")) as { name?: unknown; version?: unknown };
      if (typeof manifest.name === "string" && typeof manifest.version === "string") versions.set(manifest.name, manifest.version);
    } catch {
      // No manifest (yet): the package gets the default version.
    }
  }
  return versions;
}

interface PlannedPackage {
  readonly name: string;
  readonly dir: string;
  readonly files: GeneratedFile[];
  readonly unit: ServiceUnit;
}

/**
 * Generates every service in memory first, checks that no two packages share a name or a
 * directory (nor take a runtime package's, nor the runtime directory), and only then writes:
 * a refused request leaves the output as it was. Each package keeps its `version`; files the
 * generator no longer writes are removed from the directories it owns, and nothing else is
 * touched (with the runtime left to the workspace, `<outDir>/runtime/` is never written).
 */
export function generateOutput(request: OutputRequest): OutputResult {
  const versions = existingVersions(request.outDir);
  const planned: PlannedPackage[] = [];
  const notes: Diagnostic[] = [];
  for (const unit of request.units) {
    const result = generateService(unit.model, request.targets, {
      service: unit.service,
      settings: unit.settings,
      versionOf: (name) => versions.get(name),
      workspacePackages: request.runtimeNames,
    });
    notes.push(...result.notes);
    for (const pkg of result.packages) {
      planned.push({ name: pkg.name, dir: pkg.dir, files: result.files.filter((f) => f.path.startsWith(`${pkg.dir}/`)), unit });
    }
  }
  checkClashes(planned, request.runtimeNames);

  const written: WrittenDirectory[] = [];
  for (const pkg of planned) {
    const summary = writeGeneratedFiles(request.outDir, [pkg.dir], pkg.files);
    written.push({ name: pkg.name, dir: join(request.outDir, pkg.dir), files: pkg.files.length, summary });
  }
  const runtimeRoot = join(request.outDir, RUNTIME_DIR_NAME);
  for (const runtime of request.vendoredRuntime) {
    const summary = writeGeneratedFiles(runtimeRoot, [runtime.dir], runtime.files);
    written.push({ name: runtime.name, dir: join(runtimeRoot, runtime.dir), files: runtime.files.length, summary });
  }
  if (request.rootFiles.length) {
    const summary = writeGeneratedFiles(request.outDir, [], request.rootFiles);
    written.push({ name: "(workspace root)", dir: request.outDir, files: request.rootFiles.length, summary });
  }
  return { written, notes };
}

function checkClashes(planned: readonly PlannedPackage[], runtimeNames: ReadonlySet<string>): void {
  const problems: Diagnostic[] = [];
  const byDir = new Map<string, PlannedPackage>();
  const byName = new Map<string, PlannedPackage>();
  const reported = new Set<string>();
  for (const pkg of planned) {
    // The symbol provider only makes `<prefix>-<role>` directories; this guards the runtime's home all the same.
    if (pkg.dir === RUNTIME_DIR_NAME || pkg.dir.includes("/")) {
      problems.push(pkg.unit.problem(`its package directory would be ${pkg.dir}, which is reserved`));
      continue;
    }
    if (runtimeNames.has(pkg.name)) problems.push(pkg.unit.problem(`its package ${pkg.name} has the name of a runtime package; give the service another prefix or scope`));
    const sameDir = byDir.get(pkg.dir);
    const sameName = byName.get(pkg.name);
    const other = sameDir ?? sameName;
    if (other && other.unit !== pkg.unit && !reported.has(`${other.unit.label}\u0000${pkg.unit.label}`)) {
      reported.add(`${other.unit.label}\u0000${pkg.unit.label}`);
      problems.push(pkg.unit.problem(`${other.unit.label} already writes ${sameDir ? `the directory ${pkg.dir}` : `the package ${pkg.name}`}; give one of them another prefix`));
    }
    byDir.set(pkg.dir, pkg);
    byName.set(pkg.name, pkg);
  }
  if (problems.length) throw new OutputError([...new Map(problems.map((d) => [d.message, d])).values()]);
}

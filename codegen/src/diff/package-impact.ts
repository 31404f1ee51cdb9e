import { posix } from "node:path";
import { generateService } from "../core/pipeline.js";
import { createSymbolProvider, DEFAULT_SETTINGS, type GeneratorSettings, type PackageRole } from "../core/symbols.js";
import type { Target } from "../core/target.js";
import { createServiceIndex, selectService } from "../knowledge/service-index.js";
import type { Model } from "../model/model.js";
import { compareCodeUnits } from "../model/node.js";
import type { ShapeId } from "../model/shape-id.js";
import { bumpFor, compareChanges, maxSeverity, type BumpLevel, type ModelChange } from "./change.js";
import { FileFacts, trackFiles } from "./file-facts.js";
import { createModelTracer } from "./model-tracer.js";
import { parseLocalExports, parseReExports } from "./re-exports.js";

/** How one generated package is affected by a model change. */
export interface PackageImpact {
  readonly role: PackageRole;
  readonly name: string;
  /** Package-relative paths generated differently (added, removed or changed), sorted. */
  readonly changedFiles: readonly string[];
  /** The changes that touch the package, sorted like all changes. */
  readonly changes: readonly ModelChange[];
  /**
   * Files differ but no change could be tied to them (the generator read none of the facts any
   * change alters). The package is then bumped at the highest severity of all changes, never less.
   */
  readonly unexplained: boolean;
  /** Undefined when the package is not touched. */
  readonly bump: BumpLevel | undefined;
}

export interface ImpactResult {
  /** Every generated package, in the order of the targets, touched or not. */
  readonly packages: readonly PackageImpact[];
  /** The names of the packages a change touches, sorted. */
  packagesOf(change: ModelChange): readonly string[];
}

export interface ImpactOptions {
  /** The generator's targets, normally `TARGETS` from `targets/index.ts`. */
  readonly targets: readonly Target[];
  /** The service generated from each model; the model's only service when absent. */
  readonly services?: { readonly old: ShapeId; readonly new: ShapeId };
  readonly settings?: GeneratorSettings;
}

interface GeneratedSide {
  /** role -> package-relative path -> content */
  readonly files: Map<PackageRole, Map<string, string>>;
  readonly names: Map<PackageRole, string>;
  /** What each target read of the model while generating its package, per file. */
  readonly reads: Map<PackageRole, FileFacts>;
  readonly typeName: (id: ShapeId) => string;
}

/**
 * Facts every package depends on without a target reading them: the pipeline writes the service
 * id and version into every file header, and the symbol provider derives every name from the
 * service's sdkId and `rename` before any target runs.
 */
function readsWithImplicitFacts(service: ShapeId): FileFacts {
  const facts = new FileFacts();
  for (const aspect of ["id", "version", "rename", "trait:aws.api#service"]) facts.add(service, aspect);
  return facts;
}

/** Generates one side in memory, recording per target which facts of the model it read. */
function generateSide(model: Model, serviceId: ShapeId | undefined, options: ImpactOptions): GeneratedSide {
  const tracer = createModelTracer(model);
  const service = selectService(model, serviceId);
  const reads = new Map<PackageRole, FileFacts>();
  const traced: Target[] = options.targets.map((target) => {
    const facts = readsWithImplicitFacts(service.id);
    reads.set(target.role, facts);
    return {
      ...target,
      role: target.role,
      generate: (context, pkg) => tracer.record(facts, () => target.generate(context, trackFiles(pkg, facts))),
      manifest: (context) => {
        facts.writing("package.json");
        return tracer.record(facts, () => target.manifest(context));
      },
    };
  });
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const result = generateService(tracer.model, traced, { service: service.id, settings });
  const files = new Map<PackageRole, Map<string, string>>();
  const names = new Map<PackageRole, string>();
  for (const pkg of result.packages) {
    names.set(pkg.role, pkg.name);
    const own = new Map<string, string>();
    for (const file of result.files) if (file.path.startsWith(`${pkg.dir}/`)) own.set(file.path.slice(pkg.dir.length + 1), file.content);
    files.set(pkg.role, own);
  }
  const symbols = createSymbolProvider(createServiceIndex(model, service), settings);
  return { files, names, reads, typeName: (id) => symbols.typeName(id) };
}

function differingFiles(before: Map<string, string> | undefined, after: Map<string, string> | undefined): string[] {
  const paths = new Set([...(before?.keys() ?? []), ...(after?.keys() ?? [])]);
  return [...paths].filter((path) => before?.get(path) !== after?.get(path)).sort(compareCodeUnits);
}

/** Generated tests are not published (a package ships `dist/`, its manifest and README). */
const isGeneratedTest = (path: string): boolean => path.startsWith("test/");

/** `./models/foo.js` exported by `src/index.ts` -> `src/models/foo.ts`. */
function sourceOf(specifier: string): string {
  return posix.join("src", specifier).replace(/\.js$/, ".ts");
}

/**
 * Maps changes to the generated packages they touch, from what the generator does: both models
 * are generated in memory; a package is touched when its files differ and the change alters a
 * fact its target read, or when it re-exports a type of a touched package whose file differs
 * (the client re-exports the types package's types and errors).
 */
export function mapChangesToPackages(oldModel: Model, newModel: Model, changes: readonly ModelChange[], options: ImpactOptions): ImpactResult {
  const before = generateSide(oldModel, options.services?.old, options);
  const after = generateSide(newModel, options.services?.new, options);
  const roles = options.targets.map((t) => t.role);
  const touched = new Map<PackageRole, Set<ModelChange>>(roles.map((role) => [role, new Set()]));
  const changedFiles = new Map<PackageRole, string[]>();
  const unexplained = new Set<PackageRole>();

  for (const role of roles) {
    const paths = differingFiles(before.files.get(role), after.files.get(role));
    changedFiles.set(role, paths);
    if (paths.length === 0) continue;
    const readBefore = before.reads.get(role)!;
    const readAfter = after.reads.get(role)!;
    // A change touches the package when a differing file read what the change alters. The files
    // the package ships decide (everything but its generated tests: a test that walks every shape
    // reads more than it depends on); only a package whose tests alone differ is judged by them.
    // A differing file no change explains (a target that reads early and writes late) brings in
    // everything the target read. The manifest follows the sources' imports: it needs no change of its own.
    const covering = (path: string): ModelChange[] =>
      changes.filter((change) => change.alters.some((fact) => readBefore.covers(path, fact) || readAfter.covers(path, fact)));
    const shipped = paths.filter((path) => !isGeneratedTest(path));
    let explained = true;
    for (const path of shipped.length > 0 ? shipped : paths) {
      const found = covering(path);
      if (found.length === 0 && path !== "package.json") explained = false;
      for (const change of found) touched.get(role)!.add(change);
    }
    if (!explained) {
      const [allBefore, allAfter] = [readBefore.all, readAfter.all];
      for (const change of changes) {
        if (change.alters.some((fact) => allBefore.covers(fact) || allAfter.covers(fact))) touched.get(role)!.add(change);
      }
    }
  }

  // Re-exports: a package whose own files did not change still exposes the changed types it re-exports.
  const roleOfPackage = new Map<string, PackageRole>();
  for (const side of [before, after]) for (const [role, name] of side.names) roleOfPackage.set(name, role);
  for (const role of roles) {
    const reExported = new Map<PackageRole, Set<string>>();
    for (const side of [before, after]) {
      const index = side.files.get(role)?.get("src/index.ts");
      if (!index) continue;
      for (const { name, from } of parseReExports(index)) {
        const home = roleOfPackage.get(from);
        if (home === undefined || home === role) continue;
        if (!reExported.has(home)) reExported.set(home, new Set());
        reExported.get(home)!.add(name);
      }
    }
    for (const [home, names] of reExported) {
      const homeChanges = touched.get(home);
      if (!homeChanges || homeChanges.size === 0) continue;
      const homeFiles = new Set(changedFiles.get(home));
      const changedNames = new Set<string>();
      for (const side of [before, after]) {
        const index = side.files.get(home)?.get("src/index.ts");
        if (!index) continue;
        for (const [name, specifier] of parseLocalExports(index)) if (names.has(name) && homeFiles.has(sourceOf(specifier))) changedNames.add(name);
      }
      if (changedNames.size === 0) continue;
      const matching = [...homeChanges].filter((c) => changedNames.has(before.typeName(c.shape)) || changedNames.has(after.typeName(c.shape)));
      // A changed re-exported file that no change names still changes this package's API: stay conservative.
      for (const change of matching.length > 0 ? matching : homeChanges) touched.get(role)!.add(change);
    }
  }

  for (const role of roles) {
    if (changedFiles.get(role)!.length > 0 && touched.get(role)!.size === 0) {
      unexplained.add(role);
      for (const change of changes) touched.get(role)!.add(change);
    }
  }

  const packages: PackageImpact[] = roles.map((role) => {
    const list = [...touched.get(role)!].sort(compareChanges);
    const severity = list.reduce<ModelChange["severity"] | undefined>((max, c) => (max ? maxSeverity(max, c.severity) : c.severity), undefined);
    const isUnexplained = unexplained.has(role);
    return {
      role,
      name: after.names.get(role) ?? before.names.get(role)!,
      changedFiles: changedFiles.get(role)!,
      changes: list,
      unexplained: isUnexplained,
      bump: isUnexplained && !severity ? "patch" : severity ? bumpFor(severity) : undefined,
    };
  });
  const byChange = new Map<ModelChange, string[]>();
  for (const pkg of packages) {
    for (const change of pkg.changes) {
      if (!byChange.has(change)) byChange.set(change, []);
      byChange.get(change)!.push(pkg.name);
    }
  }
  return { packages, packagesOf: (change) => (byChange.get(change) ?? []).slice().sort(compareCodeUnits) };
}

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { docExamples, generateService, loadModel, TARGETS, type Diagnostic, type GeneratedPackageInfo } from "@smithy-gen/codegen";

/** What generating one model gave: its packages, written under `dir`, and the generator's notes. */
export interface GeneratedModel {
  readonly dir: string;
  readonly packages: readonly GeneratedPackageInfo[];
  readonly fileCount: number;
  /** How many ```ts blocks of the READMEs and the commands' TSDoc were written under `examples/`. */
  readonly exampleCount: number;
  readonly notes: readonly Diagnostic[];
}

/**
 * Loads a model, generates every registered target's package into `dir` (emptied first), with
 * `protocol` when given (one the service declares, as `smithy-gen generate --protocol` takes it),
 * else with the protocol the generator chooses, and
 * writes a `tsconfig.json` there that typechecks all of them as one strict program: the
 * packages' own compiler options, with `paths` standing in for the workspace links between
 * them (`@smithy-gen/x-types` -> `./x-types/src/index.ts`, and its `/arbitraries` subpath).
 * The program also holds every ```ts block of the generated READMEs and TSDoc, one module each
 * under `examples/` (`docExamples`): documentation examples must compile as written, and in a
 * program that checks the packages anyway they add little time (no separate tsc run).
 */
export function generateModel(modelPath: string, dir: string, protocol?: string): GeneratedModel {
  const { model } = loadModel([modelPath]);
  const result = generateService(model, TARGETS, protocol === undefined ? {} : { settings: { scope: "@smithy-gen", protocol } });
  rmSync(dir, { recursive: true, force: true });
  const examples = docExamples(result.files);
  for (const file of [...result.files, ...examples.map((example) => ({ path: example.path, content: example.text }))]) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  writeFileSync(join(dir, "tsconfig.json"), `${JSON.stringify(programConfig(result.packages, examples.length > 0), null, 2)}\n`);
  return { dir, packages: result.packages, fileCount: result.files.length, exampleCount: examples.length, notes: result.notes };
}

/**
 * The module specifiers of the generated packages, mapped to their source files (relative to the
 * model's directory), as the generator lists them. A specifier with a `*` (the serde package's
 * `./operations/*`) maps every subpath it matches to the entry with the `*` replaced, as `paths`
 * and exports patterns do.
 */
export function packageEntryPoints(packages: readonly GeneratedPackageInfo[]): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const pkg of packages) for (const [specifier, source] of Object.entries(pkg.sources)) entries[specifier] = `${pkg.dir}/${source}`;
  return entries;
}

function programConfig(packages: readonly GeneratedPackageInfo[], withExamples: boolean): object {
  const paths = Object.fromEntries(Object.entries(packageEntryPoints(packages)).map(([name, entry]) => [name, [`./${entry}`]]));
  return {
    compilerOptions: {
      // As in each generated package's tsconfig.json.
      target: "ES2022",
      lib: ["ES2022", "DOM"],
      strict: true,
      noImplicitOverride: true,
      skipLibCheck: true,
      isolatedModules: true,
      forceConsistentCasingInFileNames: true,
      module: "NodeNext",
      moduleResolution: "NodeNext",
      types: ["node"],
      noEmit: true,
      incremental: false,
      paths,
    },
    include: [...packages.flatMap((pkg) => [`${pkg.dir}/src`, `${pkg.dir}/test`]), ...(withExamples ? ["examples"] : [])],
  };
}

/**
 * The generator's notes, one line per reason: "generated functions throw at runtime, because the
 * operation needs input event streams, ...: SendChunks, SendParts". A note reads
 * `<shape id>: <reason>`; the shape names are listed sorted.
 */
export function summarizeNotes(notes: readonly Diagnostic[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const note of notes) {
    const match = /^([\w.]+#[\w$]+): (.*)$/s.exec(note.message);
    const [subject, reason] = match ? [match[1]!.slice(match[1]!.indexOf("#") + 1), match[2]!] : ["", note.message];
    const subjects = byReason.get(reason) ?? [];
    if (subject) subjects.push(subject);
    byReason.set(reason, subjects);
  }
  return [...byReason.entries()]
    .map(([reason, subjects]) => (subjects.length ? `${reason}: ${subjects.sort(compare).join(", ")}` : reason))
    .sort(compare);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import type { Target } from "../../core/target.js";
import { diffModels, type ModelDiff } from "../../diff/model-diff.js";
import { formatDiffText } from "../../diff/report-text.js";
import { ModelError } from "../../model/diagnostics.js";
import { compareCodeUnits } from "../../model/node.js";
import { EXIT_INVALID_INPUT, EXIT_OK, UsageError, type CliIo, type Command } from "../command.js";
import { parseOptions } from "../parse-options.js";
import { describeBumps, loadModelSide, printDiagnostics, writeChangeset } from "./diff.js";
import { createGenerateCommand, modelFiles } from "./generate.js";

export interface ModelUpdateOptions {
  readonly targets: readonly Target[];
  /**
   * The directory the new model's paths (and `--root`) are resolved against: by default the one
   * the user ran `pnpm model:update` in (`INIT_CWD`, which pnpm and npm set), else the process's.
   */
  readonly cwd?: string;
  /** The repository root, holding `model/`, `packages/` and `.changeset/`; default the process's directory (pnpm runs root scripts there). */
  readonly root?: string;
}

/** A `.smithy` file of a model: its path relative to the model's directory, where it was read, and its text. */
interface ModelFile {
  readonly relativePath: string;
  readonly source: string;
  readonly text: string;
}

/** The `.smithy` files under `dir`, as sorted paths relative to it (no dependencies, builds or dot directories). */
export function listSmithyFiles(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  const entries = readdirSync(join(dir, prefix), { withFileTypes: true }).sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const entry of entries) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "dist" && !entry.name.startsWith(".")) out.push(...listSmithyFiles(dir, path));
    } else if (entry.name.endsWith(".smithy")) {
      out.push(path);
    }
  }
  return out;
}

/**
 * The new model's files, read before anything is written. A directory contributes its `.smithy`
 * files with their relative paths, a file its base name. A JSON AST is refused: `model/` is the
 * hand-written IDL the team reviews, and a machine translation of a JSON AST would replace it with
 * text nobody wrote (the official AWS model also differs from ours on purpose, see model/README.md).
 */
function readNewModel(paths: readonly string[]): ModelFile[] {
  const files: ModelFile[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new UsageError(`${path}: no such file or directory`);
    if (statSync(path).isDirectory()) {
      const found = listSmithyFiles(path);
      if (found.length === 0) throw new UsageError(`${path}: no .smithy files in this directory (model-update takes Smithy IDL only)`);
      for (const file of found) files.push({ relativePath: file, source: join(path, file), text: readFileSync(join(path, file), "utf8") });
    } else if (path.endsWith(".smithy")) {
      files.push({ relativePath: basename(path), source: path, text: readFileSync(path, "utf8") });
    } else if (path.endsWith(".json")) {
      throw new UsageError(
        `${path} is a JSON AST; model-update replaces the hand-written IDL in model/ and takes .smithy files only. ` +
          `Compare it first with \`smithy-gen diff model ${path}\`, then carry the changes into the .smithy files.`,
      );
    } else {
      throw new UsageError(`${path}: not a .smithy file`);
    }
  }
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.relativePath)) throw new UsageError(`two new model files would both be written to model/${file.relativePath}`);
    seen.add(file.relativePath);
  }
  return files;
}

/** The current model: the `.smithy` files of `model/`, which must hold no JSON AST (`generate` would read it too). */
function readModelDir(modelDir: string): ModelFile[] {
  const json = modelFiles(modelDir).filter((file) => file.endsWith(".json"));
  if (json.length > 0) throw new UsageError(`${json[0]} is a JSON AST in model/; model-update manages .smithy files only`);
  return listSmithyFiles(modelDir).map((file) => ({ relativePath: file, source: join(modelDir, file), text: readFileSync(join(modelDir, file), "utf8") }));
}

/** Replaces the `.smithy` files of `model/`; returns what it wrote and removed (relative paths). */
function replaceModelFiles(modelDir: string, before: readonly ModelFile[], after: readonly ModelFile[]): { written: string[]; removed: string[] } {
  const previous = new Map(before.map((f) => [f.relativePath, f.text]));
  const written: string[] = [];
  for (const file of after) {
    if (previous.get(file.relativePath) === file.text) continue;
    const target = join(modelDir, file.relativePath);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    written.push(file.relativePath);
  }
  const kept = new Set(after.map((f) => f.relativePath));
  const removed = before.map((f) => f.relativePath).filter((path) => !kept.has(path));
  for (const path of removed) rmSync(join(modelDir, path));
  return { written, removed };
}

const sameFiles = (a: readonly ModelFile[], b: readonly ModelFile[]): boolean =>
  a.length === b.length && a.every((file) => b.some((other) => other.relativePath === file.relativePath && other.text === file.text));

export const MODEL_UPDATE_USAGE = "smithy-gen model-update [--root <dir>] [--service <id>] <new model: .smithy files or directories>...";

/**
 * `smithy-gen model-update` (run by `pnpm model:update`): diffs `model/` against a new model,
 * writes the changeset into `.changeset/`, replaces the `.smithy` files of `model/` and
 * regenerates `packages/`. Nothing is written when either model is invalid.
 */
export function createModelUpdateCommand(options: ModelUpdateOptions): Command {
  return {
    name: "model-update",
    summary: "replace model/ with a new model: changeset, model files, regenerated packages",
    usage: MODEL_UPDATE_USAGE,
    async run(args, io) {
      const parsed = parseOptions(args, { values: ["root", "service"] });
      if (parsed.positionals.length === 0) throw new UsageError("expected the new model (.smithy files or directories of them)");
      const cwd = options.cwd ?? process.env.INIT_CWD ?? process.cwd();
      const rootOption = parsed.values.get("root");
      const root = rootOption !== undefined ? resolve(cwd, rootOption) : (options.root ?? process.cwd());
      const modelDir = join(root, "model");
      if (!existsSync(modelDir)) throw new UsageError(`${modelDir}: no model directory (run from the repository root, or pass --root)`);
      const incoming = readNewModel(parsed.positionals.map((p) => resolve(cwd, p)));
      const current = readModelDir(modelDir);
      if (sameFiles(current, incoming)) {
        io.stdout("model/ already holds this model; nothing to do.\n");
        return EXIT_OK;
      }
      return update(io, { root, modelDir, current, incoming, targets: options.targets, service: parsed.values.get("service") });
    },
  };
}

interface UpdatePlan {
  readonly root: string;
  readonly modelDir: string;
  readonly current: readonly ModelFile[];
  readonly incoming: readonly ModelFile[];
  readonly targets: readonly Target[];
  readonly service: string | undefined;
}

async function update(io: CliIo, plan: UpdatePlan): Promise<number> {
  const oldModel = loadModelSide(plan.current.map((f) => f.source), io);
  const newModel = loadModelSide(plan.incoming.map((f) => f.source), io);
  if (!oldModel || !newModel) return EXIT_INVALID_INPUT;
  let diff: ModelDiff;
  try {
    diff = diffModels(oldModel, newModel, { targets: plan.targets, ...(plan.service ? { service: plan.service } : {}) });
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    printDiagnostics(io, error.diagnostics);
    return EXIT_INVALID_INPUT;
  }
  io.stdout(formatDiffText(diff));

  const changeset = writeChangeset(diff, join(plan.root, ".changeset"));
  io.stdout(changeset ? `\nWrote ${relative(plan.root, changeset.path)} (${describeBumps(diff)}).\n` : "\nNo generated package changes; no changeset written.\n");

  const { written, removed } = replaceModelFiles(plan.modelDir, plan.current, plan.incoming);
  const listed = (paths: readonly string[]): string => paths.map((p) => `model/${p}`).join(", ");
  io.stdout(`Replaced the model: ${[written.length ? `wrote ${listed(written)}` : "", removed.length ? `removed ${listed(removed)}` : ""].filter(Boolean).join("; ")}.\n`);

  // the very code path of `smithy-gen generate`, on the model just written
  io.stdout("Regenerating packages/:\n");
  const generate = createGenerateCommand({ targets: plan.targets, cwd: plan.root });
  return generate.run(["--model", "model", "--out", "packages", ...(plan.service ? ["--service", plan.service] : [])], io);
}

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { loadModelFromSources } from "../../assembly/load.js";
import { modelFiles } from "../../assembly/model-files.js";
import { CONFIG_FILE_NAME, ConfigError, readConfig, type ServiceEntry, type SmithyGenConfig } from "../../config/config-file.js";
import type { Target } from "../../core/target.js";
import { diffModels, type ModelDiff } from "../../diff/model-diff.js";
import { formatDiffText } from "../../diff/report-text.js";
import { ModelError } from "../../model/diagnostics.js";
import type { Model } from "../../model/model.js";
import { compareCodeUnits } from "../../model/node.js";
import { filterOperations, UnknownOperationsError } from "../../transforms/filter-operations.js";
import { flattenMixins } from "../../transforms/flatten-mixins.js";
import { EXIT_INVALID_INPUT, EXIT_OK, UsageError, type CliIo, type Command } from "../command.js";
import { parseCommandLine, type OptionSpec } from "../options.js";
import { reportDiagnostics } from "../report.js";
import { QUIET_OPTION } from "./common-options.js";
import { describeBumps, writeChangeset } from "./diff.js";
import { ADDITIONS_FILE, translateModel } from "./model-translate.js";
import { createGenerateCommand } from "./generate.js";

export interface ModelUpdateOptions {
  readonly targets: readonly Target[];
  /**
   * The directory the new model's paths (and `--root`) are resolved against: by default the one
   * the user ran `pnpm model:update` in (`INIT_CWD`, which pnpm and npm set), else the process's.
   */
  readonly cwd?: string;
  /** The repository root, holding `smithy-gen.config.json` and `.changeset/`; default the process's directory (pnpm runs root scripts there). */
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

/** The new model: `.smithy` files taken as they are, or a model to translate (any JSON AST among them). */
type NewModel = { readonly kind: "idl"; readonly files: ModelFile[] } | { readonly kind: "translate"; readonly paths: string[] };

/**
 * The new model, read before anything is written. `.smithy` files (a directory contributes its
 * `.smithy` files with their relative paths, a file its base name) replace the model's files as
 * they are. A JSON AST (AWS's official model), alone or with `.smithy` files, is loaded and
 * written as IDL instead (`model-translate.ts`). Neither may bring its own ${ADDITIONS_FILE}.
 */
function readNewModel(paths: readonly string[], shownDir: string): NewModel {
  const files: ModelFile[] = [];
  let translate = false;
  for (const path of paths) {
    if (!existsSync(path)) throw new UsageError(`${path}: no such file or directory`);
    if (statSync(path).isDirectory()) {
      const found = listSmithyFiles(path);
      if (modelFiles(path).some((file) => file.endsWith(".json"))) translate = true;
      else if (found.length === 0) throw new UsageError(`${path}: no .smithy files or JSON AST in this directory`);
      for (const file of found) files.push({ relativePath: file, source: join(path, file), text: readFileSync(join(path, file), "utf8") });
    } else if (path.endsWith(".smithy")) {
      files.push({ relativePath: basename(path), source: path, text: readFileSync(path, "utf8") });
    } else if (path.endsWith(".json")) {
      translate = true;
    } else {
      throw new UsageError(`${path}: not a .smithy file or a JSON AST (.json)`);
    }
  }
  if (translate) return { kind: "translate", paths: [...paths] };
  const seen = new Set<string>();
  for (const file of files) {
    if (file.relativePath === ADDITIONS_FILE) {
      throw new UsageError(`${file.source}: the new model may not bring ${ADDITIONS_FILE}; ${shownDir}/${ADDITIONS_FILE} holds the project's own additions, which updates keep`);
    }
    if (seen.has(file.relativePath)) throw new UsageError(`two new model files would both be written to ${shownDir}/${file.relativePath}`);
    seen.add(file.relativePath);
  }
  return { kind: "idl", files };
}

/** The current model: the `.smithy` files of its directory, which must hold no JSON AST (`generate` would read it too). */
function readModelDir(modelDir: string, shownDir: string): ModelFile[] {
  const json = modelFiles(modelDir).filter((file) => file.endsWith(".json"));
  if (json.length > 0) throw new UsageError(`${json[0]} is a JSON AST in ${shownDir}/; model-update manages .smithy files only`);
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
  const removed = before.map((f) => f.relativePath).filter((path) => !kept.has(path) && path !== ADDITIONS_FILE);
  for (const path of removed) {
    rmSync(join(modelDir, path));
    // a directory the update emptied (`operations/` of a filter that lost its last operation) goes too
    for (let dir = dirname(join(modelDir, path)); dir !== modelDir && dir.startsWith(modelDir) && readdirSync(dir).length === 0; dir = dirname(dir)) rmSync(dir, { recursive: true });
  }
  return { written, removed };
}

const sameFiles = (a: readonly ModelFile[], b: readonly ModelFile[]): boolean =>
  a.length === b.length && a.every((file) => b.some((other) => other.relativePath === file.relativePath && other.text === file.text));

export const MODEL_UPDATE_OPTIONS: readonly OptionSpec[] = [
  {
    name: "root",
    kind: "value",
    argument: "<dir>",
    description: `the repository root, holding ${CONFIG_FILE_NAME} and .changeset/`,
    default: "the current directory (pnpm runs root scripts there)",
  },
  {
    name: "service",
    kind: "value",
    argument: "<shape id>",
    description: `the service entry of ${CONFIG_FILE_NAME} to update, when it lists several`,
    default: "the configuration's only service",
  },
  QUIET_OPTION,
];

/** The configuration entry to update: the one `--service` names, or the only one. */
function pickEntry(config: SmithyGenConfig, service: string | undefined): ServiceEntry {
  const listed = config.services.map((e) => e.service).join(", ");
  if (service === undefined) {
    if (config.services.length === 1) return config.services[0]!;
    throw new UsageError(`${config.shownAs} lists ${config.services.length} services; choose one with --service (${listed})`);
  }
  const entries = config.services.filter((e) => e.service === service);
  if (entries.length === 0) throw new UsageError(`${config.shownAs} lists no service ${service}; it lists: ${listed}`);
  if (entries.length > 1) throw new UsageError(`${config.shownAs} lists ${service} ${entries.length} times (services[${entries.map((e) => e.index).join("], services[")}]); model-update needs one entry`);
  return entries[0]!;
}

/** The one directory of `.smithy` files an entry's model lives in, which model-update replaces. */
function modelDirOf(config: SmithyGenConfig, entry: ServiceEntry): string {
  const [dir, ...others] = entry.models;
  if (others.length > 0 || !statSync(dir!).isDirectory()) {
    throw new UsageError(
      `${config.shownAs}: services[${entry.index}].models must be one directory of .smithy files for model-update to replace, got ${entry.models.map((m) => relative(config.dir, m)).join(", ")}`,
    );
  }
  return dir!;
}

/**
 * `smithy-gen model-update` (run by `pnpm model:update`): diffs the model directory of a service
 * of the configuration against a new model, writes the changeset into `.changeset/`, replaces
 * the model's `.smithy` files and regenerates that service's packages. Nothing is written when
 * either model is invalid.
 */
export function createModelUpdateCommand(options: ModelUpdateOptions): Command {
  return {
    name: "model-update",
    summary: "replace a configured service's model: changeset, model files, regenerated packages",
    description:
      `Compares the model directory of a service of ${CONFIG_FILE_NAME} with a new model, writes the changeset bumping ` +
      "the packages the change touches into .changeset/, replaces the model's .smithy files and regenerates the " +
      "service's packages. The new model is .smithy files, taken as they are, or a JSON AST such as AWS's official " +
      "model, which is written as IDL: the entry's operations filter applied, one file for the service, the endpoint " +
      "rules, the endpoint tests, each operation (with its input and output), the errors and the shared shapes. " +
      `${ADDITIONS_FILE} in the model directory, the project's own additions (apply statements), is kept and loaded on ` +
      "top of the new model. Nothing is written when either model is invalid (exit code 1).",
    arguments: "<new model: .smithy or JSON AST files, or directories>...",
    options: MODEL_UPDATE_OPTIONS,
    examples: [
      "pnpm model:update ../new-lightsail-model",
      "pnpm model:update ../shared/models/aws/lightsail-2016-11-28.json",
      "smithy-gen model-update --service com.amazonaws.lightsail#Lightsail_20161128 new/",
    ],
    async run(args, io) {
      const parsed = parseCommandLine(args, MODEL_UPDATE_OPTIONS);
      if (parsed.positionals.length === 0) throw new UsageError("expected the new model (.smithy or JSON AST files, or directories of them)");
      const cwd = options.cwd ?? process.env.INIT_CWD ?? process.cwd();
      const rootOption = parsed.value("root");
      const root = rootOption !== undefined ? resolve(cwd, rootOption) : (options.root ?? process.cwd());
      const configFile = join(root, CONFIG_FILE_NAME);
      if (!existsSync(configFile)) throw new UsageError(`${configFile}: no such file (run from the repository root, or pass --root)`);
      const quiet = parsed.has("quiet");
      let config: SmithyGenConfig;
      try {
        config = readConfig(configFile, relative(root, configFile));
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        reportDiagnostics(io, "model-update", error.diagnostics, { quiet });
        return EXIT_INVALID_INPUT;
      }
      const entry = pickEntry(config, parsed.value("service"));
      const modelDir = modelDirOf(config, entry);
      const shownDir = relative(root, modelDir) || ".";
      const newModel = readNewModel(parsed.positionals.map((p) => resolve(cwd, p)), shownDir);
      const current = readModelDir(modelDir, shownDir);
      let incoming: ModelFile[];
      if (newModel.kind === "idl") incoming = newModel.files;
      else {
        try {
          const translated = translateModel(newModel.paths, entry);
          reportDiagnostics(io, "model-update", translated.warnings, { quiet });
          incoming = translated.files.map((f) => ({ ...f, source: join(modelDir, f.relativePath) }));
        } catch (error) {
          if (error instanceof UnknownOperationsError) return unknownOperations(io, config, entry, error);
          if (!(error instanceof ModelError)) throw error;
          reportDiagnostics(io, "model-update", error.diagnostics, { quiet });
          return EXIT_INVALID_INPUT;
        }
      }
      const currentOfficial = current.filter((f) => f.relativePath !== ADDITIONS_FILE);
      if (sameFiles(currentOfficial, incoming)) {
        io.stdout(`${shownDir}/ already holds this model; nothing to do.\n`);
        return EXIT_OK;
      }
      return update(io, { root, config, entry, modelDir, shownDir, current, incoming, targets: options.targets, quiet });
    },
  };
}

interface UpdatePlan {
  readonly root: string;
  readonly config: SmithyGenConfig;
  readonly entry: ServiceEntry;
  readonly modelDir: string;
  /** The model directory as messages show it, relative to the root (`model`). */
  readonly shownDir: string;
  readonly current: readonly ModelFile[];
  readonly incoming: readonly ModelFile[];
  readonly targets: readonly Target[];
  readonly quiet: boolean;
}

/** The model as the entry generates it: mixins flattened, its operation filter applied. */
function entryView(model: Model, entry: ServiceEntry, side: "old" | "new"): Model {
  if (!entry.operations || model.getShape(entry.service)?.type !== "service") return model;
  // The old model may predate an operation the configuration already lists.
  return filterOperations(model, entry.service, entry.operations, { unknown: side === "old" ? "ignore" : "error" });
}

function unknownOperations(io: CliIo, config: SmithyGenConfig, entry: ServiceEntry, error: UnknownOperationsError): number {
  io.stderr(`smithy-gen model-update: the new model has no operation ${error.unknown.map((n) => `"${n}"`).join(", ")} that ${config.shownAs} services[${entry.index}].operations lists; update the list first\n`);
  return EXIT_INVALID_INPUT;
}

/** Loads files read into memory as the generator sees them (mixins flattened); reports problems on stderr. */
function loadFiles(files: readonly ModelFile[], io: CliIo, quiet: boolean): Model | undefined {
  try {
    const result = loadModelFromSources(files.map((f) => ({ path: f.source, text: f.text })));
    reportDiagnostics(io, "model-update", result.warnings, { quiet });
    return flattenMixins(result.model);
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    reportDiagnostics(io, "model-update", error.diagnostics, { quiet });
    return undefined;
  }
}

async function update(io: CliIo, plan: UpdatePlan): Promise<number> {
  // The project's additions apply on top of the new model as they did on the old one.
  const additions = plan.current.filter((f) => f.relativePath === ADDITIONS_FILE);
  const loadedOld = loadFiles(plan.current, io, plan.quiet);
  const loadedNew = loadFiles([...plan.incoming, ...additions], io, plan.quiet);
  if (!loadedOld || !loadedNew) return EXIT_INVALID_INPUT;
  const { entry } = plan;
  let diff: ModelDiff;
  try {
    diff = diffModels(entryView(loadedOld, entry, "old"), entryView(loadedNew, entry, "new"), {
      targets: plan.targets,
      service: entry.service,
      settings: {
        scope: entry.scope,
        ...(entry.prefix !== undefined ? { packagePrefix: entry.prefix } : {}),
        ...(entry.protocol !== undefined ? { protocol: entry.protocol } : {}),
      },
    });
  } catch (error) {
    if (error instanceof UnknownOperationsError) return unknownOperations(io, plan.config, entry, error);
    if (!(error instanceof ModelError)) throw error;
    reportDiagnostics(io, "model-update", error.diagnostics);
    return EXIT_INVALID_INPUT;
  }
  io.stdout(formatDiffText(diff));

  const changeset = writeChangeset(diff, join(plan.root, ".changeset"));
  io.stdout(changeset ? `\nWrote ${relative(plan.root, changeset.path)} (${describeBumps(diff)}).\n` : "\nNo generated package changes; no changeset written.\n");

  const { written, removed } = replaceModelFiles(plan.modelDir, plan.current, plan.incoming);
  const listed = (paths: readonly string[]): string => paths.map((p) => `${plan.shownDir}/${p}`).join(", ");
  io.stdout(`Replaced the model: ${[written.length ? `wrote ${listed(written)}` : "", removed.length ? `removed ${listed(removed)}` : ""].filter(Boolean).join("; ")}.\n`);

  // the very code path of `smithy-gen generate`, on the model just written
  io.stdout(`Regenerating ${relative(plan.root, plan.config.output) || "."}/:\n`);
  const generate = createGenerateCommand({ targets: plan.targets, cwd: plan.root });
  return generate.run(["--config", join(plan.root, plan.config.shownAs), "--service", entry.service, ...(plan.quiet ? ["--quiet"] : [])], io);
}

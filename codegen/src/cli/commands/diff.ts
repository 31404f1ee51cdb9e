import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { loadModel } from "../../assembly/load.js";
import type { Target } from "../../core/target.js";
import { severityRank } from "../../diff/change.js";
import { createChangeset, type Changeset } from "../../diff/changeset.js";
import { diffModels, type ModelDiff } from "../../diff/model-diff.js";
import { formatDiffJson } from "../../diff/report-json.js";
import { formatDiffText } from "../../diff/report-text.js";
import { ModelError } from "../../model/diagnostics.js";
import type { Model } from "../../model/model.js";
import { flattenMixins } from "../../transforms/flatten-mixins.js";
import { EXIT_INVALID_INPUT, EXIT_OK, type CliIo, type Command } from "../command.js";
import { reportDiagnostics } from "../report.js";
import { DIFF_OPTIONS, parseDiffArguments } from "./diff-arguments.js";
import { modelFiles } from "../../assembly/model-files.js";

/** `--fail-on` met: the same code as an invalid model, so that CI scripts need to check only for 0. */
const EXIT_FAIL_ON = 1;

export interface DiffCommandOptions {
  /** The generator's targets, used to find the packages each change touches. */
  readonly targets: readonly Target[];
  /** The directory relative paths are resolved against; default `process.cwd()`. */
  readonly cwd?: string;
}

/** Loads one side of the comparison as the generator sees it (mixins flattened); reports problems on stderr. */
export function loadModelSide(paths: readonly string[], io: CliIo, command: string, quiet = false): Model | undefined {
  try {
    const result = loadModel(paths);
    reportDiagnostics(io, command, result.warnings, { quiet });
    return flattenMixins(result.model);
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    reportDiagnostics(io, command, error.diagnostics, { quiet });
    return undefined;
  }
}

/** Writes the changeset of a diff into `dir` (created if needed); undefined when no package is touched. */
export function writeChangeset(diff: ModelDiff, dir: string): { readonly path: string; readonly changeset: Changeset } | undefined {
  const changeset = createChangeset(diff);
  if (!changeset) return undefined;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, changeset.fileName);
  writeFileSync(path, changeset.content);
  return { path, changeset };
}

/** `major @smithy-gen/lightsail-types, minor @smithy-gen/lightsail-client` */
export function describeBumps(diff: ModelDiff): string {
  return Object.entries(diff.bumps)
    .map(([name, level]) => `${level} ${name}`)
    .join(", ");
}

/**
 * `smithy-gen diff`: compares two models after Smithy's diff rules, lists every change with its
 * severity and the generated packages it touches, and optionally writes the changeset. Exit code 0
 * whatever it finds, 1 with `--fail-on` when a change that severe exists or when a model is invalid.
 */
export function createDiffCommand(options: DiffCommandOptions): Command {
  return {
    name: "diff",
    summary: "compare two models: changes, severities, package bumps, changeset",
    description:
      "Compares two Smithy models after Smithy's diff rules and lists every change with its severity (breaking, feature, " +
      "patch) and the generated packages it touches (found by generating both models in memory). Exit code 0 whatever it " +
      "finds, 1 with --fail-on when a change that severe exists or when a model is invalid.",
    arguments: "(<old model> <new model> | --old <path>... --new <path>...)",
    options: DIFF_OPTIONS,
    examples: ["smithy-gen diff model ../new-model", "smithy-gen diff --json --fail-on breaking --old a.smithy b.smithy --new model"],
    async run(args, io) {
      const parsed = parseDiffArguments(args);
      const cwd = options.cwd ?? process.cwd();
      const oldModel = loadModelSide(parsed.oldPaths.flatMap((p) => modelFiles(resolve(cwd, p))), io, "diff", parsed.quiet);
      const newModel = loadModelSide(parsed.newPaths.flatMap((p) => modelFiles(resolve(cwd, p))), io, "diff", parsed.quiet);
      if (!oldModel || !newModel) return EXIT_INVALID_INPUT;
      let diff: ModelDiff;
      try {
        diff = diffModels(oldModel, newModel, { targets: options.targets, ...(parsed.service ? { service: parsed.service } : {}) });
      } catch (error) {
        if (!(error instanceof ModelError)) throw error;
        reportDiagnostics(io, "diff", error.diagnostics);
        return EXIT_INVALID_INPUT;
      }
      io.stdout(parsed.json ? formatDiffJson(diff) : formatDiffText(diff));
      if (parsed.changesetDir !== undefined) {
        const notice = parsed.json ? io.stderr : io.stdout;
        const written = writeChangeset(diff, resolve(cwd, parsed.changesetDir));
        notice(
          written
            ? `Wrote ${relative(cwd, written.path) || written.path} (${describeBumps(diff)}).\n`
            : "No generated package changes; no changeset written.\n",
        );
      }
      const threshold = parsed.failOn;
      if (threshold && diff.changes.some((c) => severityRank(c.severity) >= severityRank(threshold))) return EXIT_FAIL_ON;
      return EXIT_OK;
    },
  };
}

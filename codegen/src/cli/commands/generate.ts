import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadModel } from "../../assembly/load.js";
import type { GeneratedFile } from "../../core/generated-package.js";
import { generateService } from "../../core/pipeline.js";
import type { Target } from "../../core/target.js";
import { writeGeneratedFiles } from "../../core/write-output.js";
import { formatDiagnostic, ModelError } from "../../model/diagnostics.js";
import { isAbsoluteShapeId } from "../../model/shape-id.js";
import { TARGETS } from "../../targets/index.js";
import { modelFiles } from "../../assembly/model-files.js";
import { existingVersions } from "../../workspace/generate-output.js";
import { EXIT_INVALID_INPUT, EXIT_OK, UsageError, type CliIo, type Command } from "../command.js";

export const GENERATE_USAGE =
  "smithy-gen generate [--model <path>...] [--out <dir>] [--service <shape id>] [--scope <@scope>] [--strict]";

/** The parsed command line of `smithy-gen generate`. */
export interface GenerateArguments {
  /** Model files or directories; default `model`. */
  readonly models: readonly string[];
  /** Where the package directories go; default `packages`. */
  readonly out: string;
  readonly service?: string;
  /** npm scope of the generated packages; default `@smithy-gen`. */
  readonly scope: string;
  readonly strict: boolean;
  /** `--help`: print the usage and do nothing else. */
  readonly help?: boolean;
}

const NPM_SCOPE = /^@[a-z0-9][a-z0-9._~-]*$/;

/** Parses the arguments; every mistake is a UsageError (exit code 2). */
export function parseGenerateArguments(args: readonly string[]): GenerateArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        model: { type: "string", multiple: true },
        out: { type: "string" },
        service: { type: "string" },
        scope: { type: "string" },
        strict: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ""));
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true, models: [], out: "", scope: "", strict: false };
  // `--model a.smithy b.smithy`: paths after the option are model paths too.
  const models = [...(values.model ?? []), ...positionals];
  for (const model of models) if (model === "") throw new UsageError("a model path must not be empty");
  if (values.out === "") throw new UsageError("--out must not be empty");
  if (values.service !== undefined && (!isAbsoluteShapeId(values.service) || values.service.includes("$"))) {
    throw new UsageError(`--service expects an absolute shape id such as com.example#Weather, got "${values.service}"`);
  }
  if (values.scope !== undefined && !NPM_SCOPE.test(values.scope)) {
    throw new UsageError(`--scope expects an npm scope such as @my-org, got "${values.scope}"`);
  }
  return {
    models: models.length ? models : ["model"],
    out: values.out ?? "packages",
    ...(values.service !== undefined ? { service: values.service } : {}),
    scope: values.scope ?? "@smithy-gen",
    strict: values.strict === true,
  };
}

export { modelFiles } from "../../assembly/model-files.js";

function reportModelError(error: ModelError, io: CliIo): number {
  // A finding without a place in a file (a --service the model lacks) names the command instead.
  for (const diagnostic of error.diagnostics) io.stderr(`${diagnostic.location ? "" : "smithy-gen generate: "}${formatDiagnostic(diagnostic)}\n`);
  return EXIT_INVALID_INPUT;
}

export interface GenerateCommandOptions {
  /** The targets to run; default every registered target (`TARGETS`). */
  readonly targets?: readonly Target[];
  /** The directory relative paths are resolved against; default `process.cwd()`. */
  readonly cwd?: string;
}

/**
 * `smithy-gen generate`: loads the model, generates every package of its service into `--out`
 * (keeping each package's `version`), and prints one line per package and any notes. Exit code
 * 0 on success, 1 with located errors when the model is invalid, 2 on a usage mistake.
 */
export function createGenerateCommand(options: GenerateCommandOptions = {}): Command {
  return {
    name: "generate",
    summary: "generate the TypeScript packages of a service into packages/",
    usage: GENERATE_USAGE,
    async run(args, io) {
      const parsed = parseGenerateArguments(args);
      if (parsed.help) {
        io.stdout(`usage: ${GENERATE_USAGE}\n`);
        return EXIT_OK;
      }
      const cwd = options.cwd ?? process.cwd();
      const outDir = resolve(cwd, parsed.out);
      const files = parsed.models.flatMap((path) => modelFiles(resolve(cwd, path)));
      let result;
      try {
        const loaded = loadModel(files, { strict: parsed.strict });
        for (const warning of loaded.warnings) io.stderr(`${formatDiagnostic(warning)}\n`);
        const versions = existingVersions(outDir);
        result = generateService(loaded.model, options.targets ?? TARGETS, {
          ...(parsed.service ? { service: parsed.service } : {}),
          settings: { scope: parsed.scope },
          versionOf: (name) => versions.get(name),
        });
      } catch (error) {
        if (error instanceof ModelError) return reportModelError(error, io);
        throw error;
      }
      const byDir = new Map<string, GeneratedFile[]>();
      for (const file of result.files) {
        const dir = file.path.slice(0, file.path.indexOf("/"));
        byDir.set(dir, [...(byDir.get(dir) ?? []), file]);
      }
      const width = Math.max(...result.packages.map((p) => p.name.length));
      for (const pkg of result.packages) {
        const packageFiles = byDir.get(pkg.dir) ?? [];
        const summary = writeGeneratedFiles(outDir, [pkg.dir], packageFiles);
        const where = relative(cwd, join(outDir, pkg.dir)) || ".";
        io.stdout(
          `${pkg.name.padEnd(width)}  ${where}  ${packageFiles.length} files: ` +
            `${summary.written} written, ${summary.unchanged} unchanged, ${summary.removed} removed\n`,
        );
      }
      for (const note of result.notes) {
        io.stdout(`${note.location ? formatDiagnostic(note) : `${note.severity}: ${note.message}`}\n`);
      }
      return EXIT_OK;
    },
  };
}

export const generateCommand: Command = createGenerateCommand();

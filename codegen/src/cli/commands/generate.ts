import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CONFIG_FILE_NAME, ConfigError, readConfig, type SmithyGenConfig } from "../../config/config-file.js";
import type { Target } from "../../core/target.js";
import { ModelError, type Diagnostic } from "../../model/diagnostics.js";
import { isAbsoluteShapeId } from "../../model/shape-id.js";
import { TARGETS } from "../../targets/index.js";
import { generateOutput, OutputError, type OutputRequest } from "../../workspace/generate-output.js";
import { BUNDLED_RUNTIME_DIR, readRuntimePackages, RUNTIME_DIR_NAME, RuntimePackageError } from "../../workspace/runtime-packages.js";
import { createModelLoader, unitsFromConfig, unitsFromModel, type ServiceUnit } from "../../workspace/service-units.js";
import { mayWriteWorkspace, workspaceRootFiles } from "../../workspace/workspace-files.js";
import { EXIT_INVALID_INPUT, EXIT_OK, UsageError, type CliIo, type Command } from "../command.js";
import { parseCommandLine, type OptionSpec } from "../options.js";
import { reportDiagnostics } from "../report.js";
import { QUIET_OPTION } from "./common-options.js";
import { PROTOCOLS } from "../../protocols/registry.js";

export const DEFAULT_SCOPE = "@smithy-gen";
const NPM_SCOPE = /^@[a-z0-9][a-z0-9._~-]*$/;

export const GENERATE_OPTIONS: readonly OptionSpec[] = [
  {
    name: "model",
    kind: "list",
    argument: "<path>",
    description:
      "Smithy model files or directories (.smithy IDL, JSON AST; a directory stands for the model files under it), " +
      "loaded together as one model; paths given without an option count too. Needs --out.",
    default: `none: generate the services of the configuration file (--config)`,
  },
  {
    name: "out",
    kind: "value",
    argument: "<dir>",
    description:
      "With --model: the self-contained pnpm workspace to write: the generated packages (<dir>/<prefix>-types, ...), " +
      `the runtime packages (<dir>/${RUNTIME_DIR_NAME}/<name>), package.json, pnpm-workspace.yaml and README.md; ` +
      "`cd <dir> && pnpm install && pnpm build` builds it. It must be new, empty, or a workspace generated before. " +
      "Without --model: the directory to write the configured services " +
      "into instead of the configuration's output, laid out as the configuration says.",
    default: "none; required with --model, the configuration's output without",
  },
  {
    name: "service",
    kind: "repeatable",
    argument: "<shape id>",
    description:
      "generate only this service: with --model a service of the model, without it the configuration's entries for this service",
    default: "every service of the model, or every entry of the configuration",
  },
  {
    name: "scope",
    kind: "value",
    argument: "<@scope>",
    description: "the npm scope of the generated packages, with --model (a configuration names each service's scope)",
    default: DEFAULT_SCOPE,
  },
  {
    name: "protocol",
    kind: "value",
    argument: "<name>",
    description:
      "with --model, the wire protocol to generate with, one each service declares: awsJson1_0, awsJson1_1 or rpcv2Cbor (a configuration names each service's protocol)",
    default: "the one the official AWS SDK uses: awsJson where a service declares it beside rpcv2Cbor",
  },
  {
    name: "config",
    kind: "value",
    argument: "<file>",
    description: "the configuration file listing the services to generate, when no --model is given",
    default: `${CONFIG_FILE_NAME} in the current directory`,
  },
  {
    name: "strict",
    kind: "flag",
    description: "treat warnings of the model loader (such as an unknown trait) as errors",
    default: "off",
  },
  QUIET_OPTION,
];

/** The parsed command line of `smithy-gen generate`. */
export interface GenerateArguments {
  /** Model files or directories; empty in configuration mode. */
  readonly models: readonly string[];
  readonly out?: string;
  readonly services: readonly string[];
  readonly scope?: string;
  readonly protocol?: string;
  readonly config?: string;
  readonly strict: boolean;
  readonly quiet: boolean;
}

/** Parses the arguments; every mistake is a UsageError (exit code 2). */
export function parseGenerateArguments(args: readonly string[]): GenerateArguments {
  const parsed = parseCommandLine(args, GENERATE_OPTIONS);
  const models = [...parsed.values("model"), ...parsed.positionals];
  for (const service of parsed.values("service")) {
    if (!isAbsoluteShapeId(service) || service.includes("$")) throw new UsageError(`--service expects an absolute shape id such as com.example#Weather, got "${service}"`);
  }
  const scope = parsed.value("scope");
  if (scope !== undefined && !NPM_SCOPE.test(scope)) throw new UsageError(`--scope expects an npm scope such as @my-org, got "${scope}"`);
  const protocol = parsed.value("protocol");
  if (protocol !== undefined && !PROTOCOLS.some((known) => known.name === protocol)) {
    throw new UsageError(`--protocol expects one of ${PROTOCOLS.map((known) => known.name).join(", ")}, got "${protocol}"`);
  }
  const out = parsed.value("out");
  const config = parsed.value("config");
  return {
    models,
    ...(out !== undefined ? { out } : {}),
    services: parsed.values("service"),
    ...(scope !== undefined ? { scope } : {}),
    ...(protocol !== undefined ? { protocol } : {}),
    ...(config !== undefined ? { config } : {}),
    strict: parsed.has("strict"),
    quiet: parsed.has("quiet"),
  };
}

export interface GenerateCommandOptions {
  /** The targets to run; default every registered target (`TARGETS`). */
  readonly targets?: readonly Target[];
  /** The directory relative paths are resolved against; default `process.cwd()`. */
  readonly cwd?: string;
  /** Where the runtime packages to copy are; default the ones bundled with smithy-gen (`codegen/runtime/`). */
  readonly runtimeDir?: string;
}

/** What the command line asks for, once its combination of options is known to make sense. */
type Mode =
  | { readonly kind: "workspace"; readonly models: readonly string[]; readonly out: string }
  | { readonly kind: "config"; readonly file: string; readonly shownAs: string; readonly out?: string };

/**
 * Decides between the two ways of running: `--model` with `--out` writes a self-contained
 * workspace; no `--model` generates what the configuration file lists. Anything else is a
 * mistake with a message saying what to do; nothing is ever written to a guessed place.
 */
function decideMode(parsed: GenerateArguments, cwd: string): Mode {
  const configPath = resolve(cwd, parsed.config ?? CONFIG_FILE_NAME);
  const shownAs = relative(cwd, configPath) || configPath;
  if (parsed.models.length > 0) {
    if (parsed.config !== undefined) throw new UsageError("--config and --model exclude each other: the configuration names its own models");
    if (parsed.out === undefined) {
      throw new UsageError(
        existsSync(configPath)
          ? `--model needs --out <dir>, the workspace to write; ${shownAs} names its own models (run \`smithy-gen generate\` without --model to generate them)`
          : "--model needs --out <dir>, the workspace to write (e.g. `smithy-gen generate --model model --out sdk`)",
      );
    }
    const out = resolve(cwd, parsed.out);
    if (!mayWriteWorkspace(out)) {
      throw new UsageError(`--out ${parsed.out} is neither empty nor a workspace smithy-gen generated; choose a new or empty directory`);
    }
    return { kind: "workspace", models: parsed.models, out: parsed.out };
  }
  if (!existsSync(configPath)) {
    if (parsed.config !== undefined) throw new UsageError(`${shownAs}: no such configuration file`);
    throw new UsageError(
      `no ${CONFIG_FILE_NAME} in ${cwd}: write one listing the services to generate, or generate a self-contained ` +
        "workspace with `smithy-gen generate --model <model path> --out <dir>`",
    );
  }
  if (parsed.scope !== undefined) throw new UsageError(`--scope goes with --model; ${shownAs} names each service's scope`);
  if (parsed.protocol !== undefined) throw new UsageError(`--protocol goes with --model; ${shownAs} names each service's protocol`);
  return { kind: "config", file: configPath, shownAs, ...(parsed.out !== undefined ? { out: parsed.out } : {}) };
}

/** The configuration's entries that `--service` picks (all of them without it). */
function pickEntries(config: SmithyGenConfig, services: readonly string[]) {
  if (services.length === 0) return config.services;
  for (const service of services) {
    if (!config.services.some((entry) => entry.service === service)) {
      throw new UsageError(`${config.shownAs} lists no service ${service}; it lists: ${config.services.map((e) => e.service).join(", ")}`);
    }
  }
  return config.services.filter((entry) => services.includes(entry.service));
}

/**
 * `smithy-gen generate`: generates the packages of every configured service into the
 * configuration's output directory, or those of a model into a self-contained workspace (`--model
 * <path> --out <dir>`), keeping each package's `version`; prints one line per directory written.
 * Exit code 0 on success, 1 with located errors when the model or configuration is invalid, 2 on a
 * usage mistake.
 */
export function createGenerateCommand(options: GenerateCommandOptions = {}): Command {
  return {
    name: "generate",
    summary: "generate the TypeScript packages of the configured services, or of a model into a workspace",
    description:
      `Without --model: generates every service ${CONFIG_FILE_NAME} lists into its output directory (the runtime packages ` +
      "stay the workspace's unless the configuration says `\"runtime\": \"vendor\"`). With --model and --out: generates every " +
      "service of the model (or those --service names) into a self-contained pnpm workspace, with the runtime packages once. " +
      "Regenerating keeps each package's version, CHANGELOG.md, dist/ and node_modules/, and removes files no longer generated. " +
      "Prints one line per directory: files written, unchanged and removed. Exit code 1 when the model or the configuration is invalid.",
    arguments: "[<model path>...]",
    options: GENERATE_OPTIONS,
    examples: [
      "smithy-gen generate",
      "smithy-gen generate --model model --out sdk",
      "smithy-gen generate --model weather.smithy common.smithy --service com.example#Weather --out sdk",
    ],
    async run(args, io) {
      const parsed = parseGenerateArguments(args);
      const cwd = options.cwd ?? process.cwd();
      const mode = decideMode(parsed, cwd);
      const warnings: Diagnostic[] = [];
      const load = createModelLoader(parsed.strict, (found) => warnings.push(...found));
      const report = (diagnostics: readonly Diagnostic[], kindOf?: (subject: string) => string | undefined): void =>
        reportDiagnostics(io, "generate", diagnostics, { quiet: parsed.quiet, ...(kindOf ? { kindOf } : {}) });
      let request: OutputRequest;
      let units: ServiceUnit[];
      try {
        const runtime = readRuntimePackages(options.runtimeDir ?? fileURLToPath(BUNDLED_RUNTIME_DIR), "smithy-gen's runtime packages");
        const runtimeNames = new Set(runtime.map((p) => p.name));
        const targets = options.targets ?? TARGETS;
        if (mode.kind === "workspace") {
          const model = load(mode.models.map((path) => resolve(cwd, path))).model;
          units = unitsFromModel(model, parsed.services, { scope: parsed.scope ?? DEFAULT_SCOPE, ...(parsed.protocol !== undefined ? { protocol: parsed.protocol } : {}) });
          request = { outDir: resolve(cwd, mode.out), units, targets, vendoredRuntime: runtime, runtimeNames, rootFiles: workspaceRootFiles() };
        } else {
          const config = readConfig(mode.file, mode.shownAs);
          units = unitsFromConfig(config, pickEntries(config, parsed.services), load);
          const outDir = mode.out !== undefined ? resolve(cwd, mode.out) : config.output;
          request = { outDir, units, targets, vendoredRuntime: config.runtime === "vendor" ? runtime : [], runtimeNames, rootFiles: [] };
        }
      } catch (error) {
        if (error instanceof ModelError || error instanceof ConfigError) {
          report([...warnings, ...error.diagnostics]);
          return EXIT_INVALID_INPUT;
        }
        if (error instanceof RuntimePackageError) {
          report([{ severity: "error", code: "Runtime", message: error.message }]);
          return EXIT_INVALID_INPUT;
        }
        throw error;
      }
      report(warnings);
      let result;
      try {
        result = generateOutput(request);
      } catch (error) {
        if (error instanceof ModelError || error instanceof OutputError) {
          report(error.diagnostics);
          return EXIT_INVALID_INPUT;
        }
        throw error;
      }
      const width = Math.max(...result.written.map((w) => w.name.length));
      for (const entry of result.written) {
        io.stdout(
          `${entry.name.padEnd(width)}  ${relative(cwd, entry.dir) || "."}  ${entry.files} files: ` +
            `${entry.summary.written} written, ${entry.summary.unchanged} unchanged, ${entry.summary.removed} removed\n`,
        );
      }
      const kindOf = (subject: string): string | undefined => units.map((u) => u.model.getShape(subject)?.type).find(Boolean);
      report(result.notes, kindOf);
      return EXIT_OK;
    },
  };
}

export const generateCommand: Command = createGenerateCommand();

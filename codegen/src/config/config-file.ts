import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Diagnostic, SourceLocation } from "../model/diagnostics.js";
import type { ShapeId } from "../model/shape-id.js";
import { formatJsonPath, JsonSyntaxError, parseLocatedJson, type JsonPath } from "./json-locations.js";
import { validateJson, type JsonSchema } from "./json-schema.js";

/** The configuration file `smithy-gen generate` looks for in the current directory. */
export const CONFIG_FILE_NAME = "smithy-gen.config.json";

/** The schema beside package.json: `src/config/` and `dist/config/` both sit two levels below it. */
export const CONFIG_SCHEMA_URL = new URL("../../smithy-gen.config.schema.json", import.meta.url);

/**
 * `workspace`: the workspace provides the runtime packages and smithy-gen never writes them;
 * `vendor`: smithy-gen copies its runtime packages into `<output>/runtime/`.
 */
export type RuntimeMode = "workspace" | "vendor";

/** One entry of `services`, its paths resolved. */
export interface ServiceEntry {
  /** Its index in `services`, for messages (`services[0]`). */
  readonly index: number;
  /** Absolute paths of the model files and directories, in the order given. */
  readonly models: readonly string[];
  readonly service: ShapeId;
  readonly scope: string;
  readonly prefix?: string;
  /** The protocol to generate with (`rpcv2Cbor`), when the entry names one. */
  readonly protocol?: string;
  readonly operations?: readonly string[];
}

/** A validated configuration file. */
export interface SmithyGenConfig {
  /** The path as messages show it (as given, or relative to the current directory). */
  readonly shownAs: string;
  /** The directory relative paths in the file are resolved against (the file's). */
  readonly dir: string;
  /** Absolute path of the directory the package directories go into. */
  readonly output: string;
  readonly runtime: RuntimeMode;
  readonly services: readonly ServiceEntry[];
  /** Where the value at `path` is, for an error found later (a service missing from its model). */
  locate(path: JsonPath, options?: { readonly key?: boolean }): SourceLocation;
}

/** The configuration is unusable: every problem, each with the file, line, column and JSON path. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join("\n"));
  }
}

/** An error about the value (or with `atKey`, the key) at `path` of the file: `services[0].scope: expected ...`. */
export function configDiagnostic(config: Pick<SmithyGenConfig, "locate">, path: JsonPath, message: string, atKey = false): Diagnostic {
  return { severity: "error", code: "Config", location: config.locate(path, { key: atKey }), message: `${formatJsonPath(path)}: ${message}` };
}

let schema: JsonSchema | undefined;
/** The JSON schema of the configuration, read once from the file published beside package.json. */
export function configSchema(): JsonSchema {
  schema ??= JSON.parse(readFileSync(CONFIG_SCHEMA_URL, "utf8")) as JsonSchema;
  return schema;
}

interface RawEntry {
  models: string[];
  service: string;
  scope: string;
  prefix?: string;
  protocol?: string;
  operations?: string[];
}

/**
 * Reads and validates a configuration file: JSON syntax, then the schema (unknown keys, types,
 * patterns), then what the schema cannot say: model paths that exist, prefixes used once. Throws
 * a ConfigError naming every problem found.
 */
export function readConfig(file: string, shownAs: string): SmithyGenConfig {
  const text = readFileSync(file, "utf8");
  let json;
  try {
    json = parseLocatedJson(shownAs, text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new ConfigError([{ severity: "error", code: "Config", location: error.location, message: error.message }]);
    throw error;
  }
  const located = { locate: json.locate };
  const issues = validateJson(json.value, configSchema());
  if (issues.length) throw new ConfigError(issues.map((issue) => configDiagnostic(located, issue.path, issue.message, issue.atKey)));

  const raw = json.value as { output: string; runtime: RuntimeMode; services: RawEntry[] };
  const dir = dirname(resolve(file));
  const problems: Diagnostic[] = [];
  const prefixes = new Map<string, number>();
  const services = raw.services.map((entry, index): ServiceEntry => {
    entry.models.forEach((model, m) => {
      if (!existsSync(resolve(dir, model))) problems.push(configDiagnostic(located, ["services", index, "models", m], `no such file or directory: ${resolve(dir, model)}`));
    });
    if (entry.prefix !== undefined) {
      const key = `${entry.scope}/${entry.prefix}`;
      const first = prefixes.get(key);
      if (first !== undefined) problems.push(configDiagnostic(located, ["services", index, "prefix"], `services[${first}] already names its packages ${key}-*; give each service its own prefix`));
      else prefixes.set(key, index);
    }
    return {
      index,
      models: entry.models.map((model) => resolve(dir, model)),
      service: entry.service,
      scope: entry.scope,
      ...(entry.prefix !== undefined ? { prefix: entry.prefix } : {}),
      ...(entry.protocol !== undefined ? { protocol: entry.protocol } : {}),
      ...(entry.operations !== undefined ? { operations: entry.operations } : {}),
    };
  });
  if (problems.length) throw new ConfigError(problems);
  return { shownAs, dir, output: resolve(dir, raw.output), runtime: raw.runtime, services, locate: json.locate };
}

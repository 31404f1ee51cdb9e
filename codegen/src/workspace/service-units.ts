import { loadModel, type LoadResult } from "../assembly/load.js";
import { modelFiles } from "../assembly/model-files.js";
import { ConfigError, configDiagnostic, type ServiceEntry, type SmithyGenConfig } from "../config/config-file.js";
import type { GeneratorSettings } from "../core/symbols.js";
import { selectService, userServices } from "../knowledge/service-index.js";
import { ModelError, type Diagnostic } from "../model/diagnostics.js";
import type { Model } from "../model/model.js";
import type { ShapeId } from "../model/shape-id.js";
import type { ServiceShape } from "../model/shapes.js";
import { protocolChoiceProblem } from "../protocols/registry.js";
import { filterOperations, UnknownOperationsError } from "../transforms/filter-operations.js";

/** One service to generate: its model (operations already filtered), id and naming settings. */
export interface ServiceUnit {
  readonly model: Model;
  readonly service: ShapeId;
  readonly settings: GeneratorSettings;
  /** How messages name it: `services[0] (com.example#Weather)` or `com.example#Weather`. */
  readonly label: string;
  /** An error about this unit, located where it was asked for (its config entry) if anywhere. */
  problem(message: string): Diagnostic;
}

/** Loads model files, reusing a load when several entries name the same files; warnings go to `onWarnings`. */
export function createModelLoader(strict: boolean, onWarnings: (warnings: readonly Diagnostic[]) => void): (paths: readonly string[]) => LoadResult {
  const cache = new Map<string, LoadResult>();
  return (paths) => {
    const files = paths.flatMap((path) => modelFiles(path));
    const key = JSON.stringify(files);
    let result = cache.get(key);
    if (!result) {
      result = loadModel(files, { strict });
      cache.set(key, result);
      onWarnings(result.warnings);
    }
    return result;
  };
}

/**
 * The services of models given on the command line: those named (each must be a service of the
 * model), or every service the model defines.
 */
export function unitsFromModel(model: Model, services: readonly ShapeId[], settings: GeneratorSettings): ServiceUnit[] {
  const chosen = services.length ? services.map((id) => selectService(model, id)) : userServices(model);
  if (chosen.length === 0) throw ModelError.at(undefined, "the model defines no service shape", "Service");
  if (settings.protocol !== undefined) {
    const problems = chosen.flatMap((service) => protocolChoiceProblem(service, settings.protocol!) ?? []);
    if (problems.length) throw new ModelError(problems.map((message) => ({ severity: "error", code: "Protocol", message })));
  }
  const seen = new Set<ShapeId>();
  return chosen
    .filter((service) => !seen.has(service.id) && seen.add(service.id))
    .map((service) => ({
      model,
      service: service.id,
      settings,
      label: service.id,
      problem: (message) => ({ severity: "error", code: "Service", message }),
    }));
}

/** `it has: a, b` or `it has no service`: what a model offers instead of a missing service. */
function servicesOffered(model: Model): string {
  const ids = userServices(model).map((s) => s.id);
  return ids.length ? `it has: ${ids.join(", ")}` : "it has no service";
}

/** How many of a service's operations an error lists; Lightsail has 161. */
const LISTED_OPERATIONS = 20;

/** The unknown operation names of an entry, each located at its place in the file. */
function unknownOperations(config: SmithyGenConfig, entry: ServiceEntry, error: UnknownOperationsError): Diagnostic[] {
  return error.unknown.map((name) => {
    const close = error.available.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    const shown = error.available.slice(0, LISTED_OPERATIONS).join(", ");
    const more = error.available.length > LISTED_OPERATIONS ? `, and ${error.available.length - LISTED_OPERATIONS} more` : "";
    const hint = close ? `did you mean "${close}"?` : `it has ${error.available.length} operation${error.available.length === 1 ? "" : "s"}: ${shown}${more}`;
    return configDiagnostic(config, ["services", entry.index, "operations", entry.operations!.indexOf(name)], `no operation "${name}" in ${entry.service}; ${hint}`);
  });
}

/**
 * The services a configuration lists (or those of `entries`): each entry's models loaded, its
 * service found in them, its operation filter applied. Problems are ConfigErrors located in the
 * file; a broken model is the loader's ModelError, located in the model.
 */
export function unitsFromConfig(config: SmithyGenConfig, entries: readonly ServiceEntry[], load: (paths: readonly string[]) => LoadResult): ServiceUnit[] {
  const problems: Diagnostic[] = [];
  const units: ServiceUnit[] = [];
  for (const entry of entries) {
    let model = load(entry.models).model;
    if (model.getShape(entry.service)?.type !== "service") {
      problems.push(configDiagnostic(config, ["services", entry.index, "service"], `no service ${entry.service} in the model of services[${entry.index}].models; ${servicesOffered(model)}`));
      continue;
    }
    if (entry.protocol !== undefined) {
      const problem = protocolChoiceProblem(model.expectShape(entry.service) as ServiceShape, entry.protocol);
      if (problem) {
        problems.push(configDiagnostic(config, ["services", entry.index, "protocol"], problem));
        continue;
      }
    }
    if (entry.operations) {
      try {
        model = filterOperations(model, entry.service, entry.operations);
      } catch (error) {
        if (!(error instanceof UnknownOperationsError)) throw error;
        problems.push(...unknownOperations(config, entry, error));
        continue;
      }
    }
    units.push({
      model,
      service: entry.service,
      settings: {
        scope: entry.scope,
        ...(entry.prefix !== undefined ? { packagePrefix: entry.prefix } : {}),
        ...(entry.protocol !== undefined ? { protocol: entry.protocol } : {}),
      },
      label: `services[${entry.index}] (${entry.service})`,
      problem: (message) => configDiagnostic(config, ["services", entry.index], message),
    });
  }
  if (problems.length) throw new ConfigError(problems);
  return units;
}

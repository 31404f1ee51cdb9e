import type { TsSymbol } from "../core/ts-file.js";
import type { ShapeId } from "../model/shape-id.js";
import type { ClientCustomization } from "./customization.js";
import { machineLearningPredictEndpoint } from "./machine-learning-predict-endpoint.js";

export type { ClientCustomization, CommandPlugin } from "./customization.js";

/**
 * Every per-service customization of the generated client, one entry per service. A service
 * that is not listed gets exactly what its model says.
 */
export const CLIENT_CUSTOMIZATIONS: readonly ClientCustomization[] = [machineLearningPredictEndpoint];

/** The customizations of the service `service`, in registry order. */
export function clientCustomizationsOf(service: ShapeId, registry: readonly ClientCustomization[] = CLIENT_CUSTOMIZATIONS): ClientCustomization[] {
  return registry.filter((customization) => customization.service === service);
}

/** The plugin factories the command of `operation` adds, in registry order. */
export function commandPluginsOf(customizations: readonly ClientCustomization[], operation: ShapeId): TsSymbol[] {
  return customizations.flatMap((customization) =>
    customization.commandPlugins.filter((plugin) => plugin.operations.includes(operation)).map((plugin) => plugin.factory),
  );
}

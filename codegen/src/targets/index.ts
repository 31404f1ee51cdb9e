import type { PackageRole } from "../core/symbols.js";
import type { Target } from "../core/target.js";
import { clientTarget } from "./client/index.js";
import { paginatorsTarget } from "./paginators/index.js";
import { serdeTarget } from "./serde/index.js";
import { serverTarget } from "./server/index.js";
import { typesTarget } from "./types/index.js";

/**
 * Every target of the generator, in role order: types, serde, paginators, client, server. Each target
 * registers itself here with one import and one entry.
 */
export const TARGETS: readonly Target[] = [typesTarget, serdeTarget, paginatorsTarget, clientTarget, serverTarget];

/** The target that writes the package of `role`, or undefined when none is registered. */
export function targetFor(role: PackageRole): Target | undefined {
  return TARGETS.find((target) => target.role === role);
}

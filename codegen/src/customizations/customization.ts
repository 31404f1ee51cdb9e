import type { PackageBuilder } from "../core/generated-package.js";
import type { TargetContext } from "../core/target.js";
import type { TsSymbol } from "../core/ts-file.js";
import type { ShapeId } from "../model/shape-id.js";

/**
 * A plugin that the commands of some operations add to their middleware stack:
 * `factory(config)`, called with the client's resolved configuration.
 */
export interface CommandPlugin {
  /** The operations (shape ids) whose commands use the plugin. */
  readonly operations: readonly ShapeId[];
  /**
   * The plugin factory: an export of a runtime package (listed in `core/runtime-versions.ts`), or
   * of a module of the client package that `writeFiles` writes (`src/...`).
   */
  readonly factory: TsSymbol;
}

/**
 * What the generated client of one service does beyond what its model says, because the service
 * behaves differently on the wire (the AWS SDK's per-service `middleware-sdk-*` packages). Each
 * customization is explicit: the commands it changes, the plugins they add, the modules it adds to
 * the client package; the runtime packages follow from the plugins' imports.
 */
export interface ClientCustomization {
  /** The service (shape id) it applies to. */
  readonly service: ShapeId;
  /** What it does and why, for the reader of the registry. */
  readonly summary: string;
  readonly commandPlugins: readonly CommandPlugin[];
  /** Writes the client package's own modules the plugins live in, if any. */
  writeFiles?(context: TargetContext, pkg: PackageBuilder): void;
}

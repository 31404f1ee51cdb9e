import type { Command } from "../command.js";
import { TARGETS } from "../../targets/index.js";
import { astCommand } from "./ast.js";
import { createDiffCommand } from "./diff.js";
import { findPaginatedCommand } from "./find-paginated.js";
import { generateCommand } from "./generate.js";
import { idlCommand } from "./idl.js";
import { createModelUpdateCommand } from "./model-update.js";

/** Every command of the CLI; add a module under `commands/` and list it here. */
export const COMMANDS: readonly Command[] = [
  astCommand,
  createDiffCommand({ targets: TARGETS }),
  findPaginatedCommand,
  generateCommand,
  idlCommand,
  createModelUpdateCommand({ targets: TARGETS }),
];

import type { Command } from "../command.js";
import { astCommand } from "./ast.js";
import { generateCommand } from "./generate.js";

/** Every command of the CLI; add a module under `commands/` and list it here. */
export const COMMANDS: readonly Command[] = [astCommand, generateCommand];

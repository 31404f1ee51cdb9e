// Runs `smithy-gen` commands in-process, capturing their output.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "../../../src/cli/command.js";
import { main } from "../../../src/cli/main.js";

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "fixtures", "diff");

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCommand(command: Command, args: readonly string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main([command.name, ...args], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) }, [command]);
  return { code, stdout, stderr };
}

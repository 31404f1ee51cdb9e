#!/usr/bin/env node
// The CLI is compiled to dist/ by `pnpm install` (root postinstall) or `pnpm --filter @smithy-gen/codegen build`.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write("smithy-gen: the generator is not built; run `pnpm --filter @smithy-gen/codegen build`\n");
  process.exit(2);
}
// main() reports its own failures; this only catches a CLI that cannot even be loaded, so that
// the user sees one line instead of a stack trace.
let main;
try {
  ({ main } = await import(entry.href));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`smithy-gen: internal error: cannot load the CLI: ${message.split("\n")[0]}\n`);
  process.exit(70);
}
process.exitCode = await main(process.argv.slice(2));

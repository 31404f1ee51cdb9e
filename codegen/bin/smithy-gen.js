#!/usr/bin/env node
// The CLI is compiled to dist/ by `pnpm install` (root postinstall) or `pnpm --filter @smithy-gen/codegen build`.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write("smithy-gen: the generator is not built; run `pnpm --filter @smithy-gen/codegen build`\n");
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));

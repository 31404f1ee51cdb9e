import { readFileSync } from "node:fs";

/**
 * The version of `@smithy-gen/codegen`, read from its package.json: `dist/cli/` and `src/cli/`
 * both sit two levels below it, in the repository and in the installed package alike.
 */
export function codegenVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
  if (typeof manifest.version !== "string") throw new Error("the package.json of @smithy-gen/codegen has no version");
  return manifest.version;
}

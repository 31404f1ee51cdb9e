import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { compareCodeUnits } from "../model/node.js";

/**
 * The model files of a directory: `.smithy` files, and `.json` files that are Smithy JSON ASTs
 * (a project directory such as `model/` also holds `package.json` and `tsconfig.json`).
 * `node_modules` and dot-directories are skipped. Files given by name are taken as they are.
 */
export function modelFiles(path: string): string[] {
  if (!existsSync(path) || !statSync(path).isDirectory()) return [path];
  const out: string[] = [];
  const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const entry of entries) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && !entry.name.startsWith(".")) out.push(...modelFiles(child));
    } else if (entry.name.endsWith(".smithy")) out.push(child);
    else if (entry.name.endsWith(".json") && isJsonAst(child)) out.push(child);
  }
  return out;
}

function isJsonAst(file: string): boolean {
  try {
    const root: unknown = JSON.parse(readFileSync(file, "utf8"));
    return typeof root === "object" && root !== null && typeof (root as { smithy?: unknown }).smithy === "string";
  } catch {
    // Not JSON at all: let the loader report it with its location.
    return true;
  }
}

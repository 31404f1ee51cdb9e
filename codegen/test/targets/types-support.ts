import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generateService, type GenerateOptions, type GenerateResult } from "../../src/core/pipeline.js";
import type { Model } from "../../src/model/model.js";
import { typesTarget } from "../../src/targets/types/index.js";
import { load } from "../support/load.js";
import { REPO_ROOT } from "../support/paths.js";

/**
 * Where the compile-and-run tests write generated packages: inside the codegen package, so that
 * they resolve `@smithy/*`, fast-check and vitest from its node_modules (gitignored).
 */
export const TMP_ROOT = join(REPO_ROOT, "codegen/.tmp");
const BIN = join(REPO_ROOT, "codegen/node_modules/.bin");

/** A service `example.unit#UnitService` (awsJson1_0) with one operation `Run` whose input and output are given. */
export function unitModel(shapes: string, io: { input?: string; output?: string; errors?: string[] } = {}): string {
  const input = io.input ? `    input: ${io.input}\n` : "";
  const output = io.output ? `    output: ${io.output}\n` : "";
  const errors = io.errors?.length ? `    errors: [${io.errors.join(", ")}]\n` : "";
  return `$version: "2"
namespace example.unit

use aws.api#service
use aws.protocols#awsJson1_0

@awsJson1_0
@service(sdkId: "Unit")
service UnitService {
    version: "2024-01-01"
    operations: [Run]
}

operation Run {
${input}${output}${errors}}

${shapes}
`;
}

export function loadIdl(text: string): Model {
  return load({ "model.smithy": text }).model;
}

export function generateTypes(model: Model, options: GenerateOptions = {}): GenerateResult {
  return generateService(model, [typesTarget], options);
}

/** The text of a generated file, by its path inside the types package (`src/models/foo.ts`). */
export function fileOf(result: GenerateResult, path: string): string {
  const pkg = result.packages[0]!;
  const file = result.files.find((f) => f.path === `${pkg.dir}/${path}`);
  if (!file) throw new Error(`no generated file ${pkg.dir}/${path}; have ${result.files.map((f) => f.path).join(", ")}`);
  return file.content;
}

/** The body of a generated file without its two header lines and imports. */
export function bodyOf(result: GenerateResult, path: string): string {
  const lines = fileOf(result, path).split("\n");
  let start = 2;
  while (start < lines.length && (lines[start] === "" || /^(import|} from|  (type )?[\w$]+,)/.test(lines[start]!))) start++;
  return lines.slice(start).join("\n");
}

/** A fresh directory under {@link TMP_ROOT}. */
export function tempDir(prefix: string): string {
  mkdirSync(TMP_ROOT, { recursive: true });
  return mkdtempSync(join(TMP_ROOT, `${prefix}-`));
}

export function writeFiles(root: string, result: GenerateResult): void {
  for (const file of result.files) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface ProcessResult {
  readonly status: number | null;
  readonly output: string;
}

function run(command: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): ProcessResult {
  const result = spawnSync(join(BIN, command), [...args], { cwd, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** `tsc -p tsconfig.json --noEmit` in a generated package (strict, src and test). */
export function typecheck(packageDir: string): ProcessResult {
  return run("tsc", ["-p", "tsconfig.json", "--noEmit"], packageDir);
}

/** The generated package's own tests, as `pnpm test` runs them. */
export function runPackageTests(packageDir: string, env: Record<string, string> = {}): ProcessResult {
  return run("vitest", ["run", "--root", packageDir, "--reporter", "dot"], packageDir, env);
}

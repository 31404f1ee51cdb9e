import type { GeneratedFile } from "./generated-package.js";

/** One fenced TypeScript block of a generated README or TSDoc comment, as a module of its own. */
export interface DocExample {
  /**
   * Where to write it, relative to the directory the packages are generated into:
   * `examples/<file path>.<n>.mts` (`.mts`: an ES module whatever the nearest package.json says,
   * so that top-level `await` is allowed as in the examples).
   */
  readonly path: string;
  /** The generated file it comes from. */
  readonly from: string;
  readonly text: string;
}

const OPEN = "```ts";
const CLOSE = "```";

/**
 * Every ```` ```ts ```` block of the generated `README.md` files and of the TSDoc comments of the
 * generated sources, in file order. Documentation examples promise code that compiles; the
 * generator's tests and the conformance sweep type-check these modules against the generated
 * packages, which is how that promise is kept.
 */
export function docExamples(files: readonly GeneratedFile[]): DocExample[] {
  const out: DocExample[] = [];
  for (const file of files) {
    const blocks = file.path.endsWith("/README.md") || file.path === "README.md" ? markdownBlocks(file.content) : file.path.endsWith(".ts") ? tsdocBlocks(file.content) : [];
    const stem = file.path.replace(/\.(md|ts)$/, "");
    blocks.forEach((text, k) => out.push({ path: `examples/${stem}.${k + 1}.mts`, from: file.path, text }));
  }
  return out;
}

/** The fenced TypeScript blocks of a Markdown text (fences at the start of a line). */
export function markdownBlocks(text: string): string[] {
  return fencedBlocks(text.split("\n"));
}

/** The fenced TypeScript blocks inside the `/** ... *\/` comments of a TypeScript source. */
export function tsdocBlocks(source: string): string[] {
  const commentLines: string[] = [];
  let inComment = false;
  for (const line of source.split("\n")) {
    const trimmed = line.trim();
    if (!inComment && trimmed.startsWith("/**")) {
      inComment = !trimmed.endsWith("*/");
      // A block never starts and ends on one line; keep comments apart.
      commentLines.push("");
      continue;
    }
    if (!inComment) continue;
    if (trimmed.endsWith("*/")) {
      inComment = false;
      commentLines.push("");
      continue;
    }
    commentLines.push(trimmed.replace(/^\* ?/, "").replace(/^\*$/, ""));
  }
  return fencedBlocks(commentLines);
}

function fencedBlocks(lines: readonly string[]): string[] {
  const blocks: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (current === undefined) {
      if (line.trimEnd() === OPEN) current = [];
    } else if (line.trimEnd() === CLOSE) {
      blocks.push(`${current.join("\n")}\n`);
      current = undefined;
    } else {
      current.push(line);
    }
  }
  return blocks;
}

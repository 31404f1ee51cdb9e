// Fails when a published package (generated, or a runtime package) changed without a pending
// changeset that bumps it.
//
// "Changed" means: its files under <output>/<dir>/ (CHANGELOG.md aside; <output> is the output
// directory of smithy-gen.config.json) differ from the baseline, which is the last `changeset
// version` commit (the one that consumed changesets and set versions) or, for a package never
// versioned since, the commit that created it. The working tree is compared, so this works both
// in CI (a clean clone) and locally.
// Usage: node .ci/check-changesets.mjs [repo-dir]
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

const repo = resolve(process.argv[2] ?? join(import.meta.dirname, ".."));
const git = (...args) => execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();

function isAncestor(ancestor, descendant) {
  try {
    execFileSync("git", ["merge-base", "--is-ancestor", ancestor, descendant], { cwd: repo, stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Packages a pending changeset bumps, from the front matter of .changeset/*.md. */
function pendingBumps() {
  const dir = join(repo, ".changeset");
  const bumped = new Map();
  if (!existsSync(dir)) return bumped;
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(".md") || file === "README.md") continue;
    const text = readFileSync(join(dir, file), "utf8");
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!front) continue;
    for (const line of front[1].split(/\r?\n/)) {
      const entry = /^\s*["']?([^"':\s]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
      if (entry) bumped.set(entry[1], [...(bumped.get(entry[1]) ?? []), `${file} (${entry[2]})`]);
    }
  }
  return bumped;
}

/** The last commit that consumed changesets (deleted .changeset/*.md other than README.md). */
function lastVersionCommit() {
  const log = git("log", "--diff-filter=D", "--name-only", "--format=commit %H", "--", ".changeset");
  let current;
  for (const line of log.split("\n")) {
    if (line.startsWith("commit ")) current = line.slice(7);
    else if (/^\.changeset\/.+\.md$/.test(line) && line !== ".changeset/README.md") return current;
  }
  return undefined;
}

// The generated packages are those of the configuration's output directory, whatever services it
// lists (each writes its packages there); its runtime/ holds no package.json and is skipped.
const config = JSON.parse(readFileSync(join(repo, "smithy-gen.config.json"), "utf8"));
const packagesDir = resolve(repo, config.output);
const packagesPath = relative(repo, packagesDir).split(sep).join("/");
if (!existsSync(packagesDir)) {
  console.log("no generated packages");
  process.exit(0);
}
/**
 * The published packages: the generated ones (`<output>/<dir>`) and the hand-written runtime
 * ones (`packages/runtime/<dir>`).
 */
function packageDirs() {
  const dirs = [];
  for (const base of [...new Set([packagesPath, "packages/runtime"])]) {
    const root = join(repo, base);
    if (!existsSync(root)) continue;
    for (const dir of readdirSync(root).sort()) if (existsSync(join(root, dir, "package.json"))) dirs.push(base ? `${base}/${dir}` : dir);
  }
  return dirs;
}
const versionCommit = lastVersionCommit();
const bumps = pendingBumps();
const missing = [];
for (const path of packageDirs()) {
  const manifestPath = join(repo, path, "package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  // A private package (the build tool @smithy-gen/package-build) is never published: no version to move.
  if (manifest.private === true) continue;
  const name = manifest.name;
  const created = git("log", "--diff-filter=A", "--format=%H", "--", `${path}/package.json`).split("\n").filter(Boolean).pop();
  if (!created) continue; // not committed yet: nothing published to compare against
  const base = versionCommit && isAncestor(created, versionCommit) ? versionCommit : created;
  const changed = git("diff", "--name-only", base, "--", path, `:(exclude)${path}/CHANGELOG.md`);
  if (!changed) continue;
  if (bumps.has(name)) {
    console.log(`${name}: changed since ${base.slice(0, 9)}, bumped by ${bumps.get(name).join(", ")}`);
  } else {
    missing.push(`${name}: ${changed.split("\n").length} file(s) changed since ${base.slice(0, 9)} with no changeset bumping it (first: ${changed.split("\n")[0]})`);
  }
}
if (missing.length) {
  for (const line of missing) console.error(line);
  console.error("add one with `pnpm changeset` (or `smithy-gen diff --changeset` for model changes)");
  process.exit(1);
}
console.log("every changed generated package has a changeset");

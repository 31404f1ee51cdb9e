import { compareCodeUnits } from "../../model/node.js";
import type { PackageBuilder } from "../../core/generated-package.js";
import type { TsFile } from "../../core/ts-file.js";

/** One name a barrel file re-exports: `type` for pure types, `value` for anything with a runtime part. */
export interface NamedExport {
  readonly name: string;
  /** Package-relative source file, e.g. `src/models/region-name.ts`, or another package, e.g. `@smithy-gen/arbitraries`. */
  readonly file: string;
  readonly kind: "type" | "value";
}

function specifier(from: string, to: string): string {
  // Another package (a runtime package, say) is named as it is.
  if (!to.startsWith("src/") && !to.startsWith("test/")) return to;
  const fromDir = from.split("/").slice(0, -1);
  const toParts = to.replace(/\.ts$/, ".js").split("/");
  let common = 0;
  while (common < fromDir.length && common < toParts.length - 1 && fromDir[common] === toParts[common]) common++;
  const up = fromDir.length - common;
  const rest = toParts.slice(common).join("/");
  return up === 0 ? `./${rest}` : `${"../".repeat(up)}${rest}`;
}

/**
 * Writes `export { a } from "./a.js";` and `export type { B } from "./b.js";` lines, sorted by
 * exported name, so that the package's API reads as a list and changes show in review.
 */
export function writeNamedExports(file: TsFile, exports: readonly NamedExport[]): void {
  const sorted = [...exports].sort((a, b) => compareCodeUnits(a.name, b.name) || compareCodeUnits(a.file, b.file));
  for (const entry of sorted) {
    const keyword = entry.kind === "type" ? "export type" : "export";
    const from = specifier(file.path, entry.file);
    file.reexportFrom(from);
    file.line(`${keyword} { ${entry.name} } from "${from}";`);
  }
}

/** A barrel file at `path` re-exporting `exports`. */
export function writeBarrel(pkg: PackageBuilder, path: string, exports: readonly NamedExport[]): void {
  writeNamedExports(pkg.tsFile(path), exports);
}

/** A name a module re-exports from another package: `export { A as B } from "pkg"` gives `B` from `pkg`. */
export interface ReExport {
  readonly name: string;
  /** The package it comes from, e.g. `@smithy-gen/lightsail-types`. */
  readonly from: string;
}

const EXPORT_FROM = /export\s+(?:type\s+)?\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;

/**
 * The names a generated `index.ts` re-exports from other packages (relative re-exports are the
 * package's own). The printer writes only named exports (never `export *`), so this is the whole list.
 */
export function parseReExports(source: string): ReExport[] {
  const out: ReExport[] = [];
  for (const match of source.matchAll(EXPORT_FROM)) {
    const from = match[2]!;
    if (from.startsWith(".")) continue;
    for (const part of match[1]!.split(",")) {
      const spec = part.trim().replace(/^type\s+/, "");
      if (!spec) continue;
      const alias = /\s+as\s+(\S+)$/.exec(spec);
      out.push({ name: alias ? alias[1]! : spec, from });
    }
  }
  return out;
}

/** Names a module exports from its own files, with the file each comes from (`./models/foo.js`). */
export function parseLocalExports(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const match of source.matchAll(EXPORT_FROM)) {
    const from = match[2]!;
    if (!from.startsWith(".")) continue;
    for (const part of match[1]!.split(",")) {
      const spec = part.trim().replace(/^type\s+/, "");
      if (!spec) continue;
      const alias = /\s+as\s+(\S+)$/.exec(spec);
      out.set(alias ? alias[1]! : spec, from);
    }
  }
  return out;
}

import { posix } from "node:path";
import { compareCodeUnits } from "../model/node.js";

/**
 * A named export of a module. `from` is either a package specifier (`@smithy/smithy-client`,
 * `@smithy-gen/lightsail-types`, `node:http`) or the package-relative path of a source file of
 * the same package (`src/models/foo.ts`), which the printer turns into a relative import.
 */
export interface TsSymbol {
  readonly name: string;
  readonly from: string;
}

export interface TsFile {
  /** Package-relative path, e.g. `src/models/export-snapshot-record.ts`. */
  readonly path: string;
  /** Reserves a name declared in this file, so that imports of the same name get aliased. */
  declare(name: string): void;
  /** A reference to a symbol used only in type positions; returns the text to print. */
  type(symbol: TsSymbol): string;
  /** A reference to a symbol used as a value (or both). */
  value(symbol: TsSymbol): string;
  /** Appends lines at the current indentation; an empty call appends a blank line. */
  line(...lines: string[]): void;
  /** Prints `open`, the body one level deeper, then `close`. */
  block(open: string, body: () => void, close?: string): void;
  indent(body: () => void): void;
  /** A TSDoc comment from plain lines; nothing when there are none. */
  doc(lines: readonly string[] | undefined): void;
  /**
   * Records an `export ... from "<specifier>"` line the file prints itself, so that a package it
   * re-exports from is a dependency even when nothing imports from it.
   */
  reexportFrom(specifier: string): void;
  /** Records an `import("<specifier>")` the file prints itself: its package is a dependency. */
  dynamicImport(specifier: string): void;
  /** Non-relative packages this file imports or re-exports from (for package.json dependencies). */
  packagesUsed(): string[];
  render(): string;
}

const TOKEN = /\u0001(\d+)\u0002/g;

interface ImportEntry {
  readonly symbol: TsSymbol;
  asValue: boolean;
  local: string;
}

export function isRelativeSource(from: string): boolean {
  return from.startsWith("src/") || from.startsWith("test/") || from.startsWith("./");
}

/** The package root of a specifier: `@scope/pkg/sub` -> `@scope/pkg`, `pkg/sub` -> `pkg`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

function relativeImport(fromFile: string, toFile: string): string {
  let rel = posix.relative(posix.dirname(fromFile), toFile).replace(/\.ts$/, ".js");
  if (!rel.startsWith(".")) rel = `./${rel}`;
  return rel;
}

/**
 * The names of a long import, as many to a line as fit in 120 columns: a long list reads in a few
 * lines, and two files importing the same names do not repeat a block of one name per line.
 */
function packedLines(names: readonly string[]): string[] {
  const lines: string[] = [];
  let line = "";
  for (const name of names) {
    const next = line ? `${line} ${name},` : `  ${name},`;
    if (line && next.length > 120) {
      lines.push(line);
      line = `  ${name},`;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export function createTsFile(path: string, header: readonly string[]): TsFile {
  const lines: string[] = [];
  const declared = new Set<string>();
  const imports: ImportEntry[] = [];
  const byKey = new Map<string, number>();
  const reexported = new Set<string>();
  let depth = 0;

  const ref = (symbol: TsSymbol, asValue: boolean): string => {
    if (symbol.from === path) {
      // A symbol of this very file needs no import.
      return symbol.name;
    }
    const key = `${symbol.from}\u0000${symbol.name}`;
    let index = byKey.get(key);
    if (index === undefined) {
      index = imports.length;
      imports.push({ symbol, asValue, local: symbol.name });
      byKey.set(key, index);
    } else if (asValue) {
      imports[index]!.asValue = true;
    }
    return `\u0001${index}\u0002`;
  };

  const assignLocals = (): void => {
    const taken = new Set(declared);
    // Deterministic: resolve in a stable order, not in first-use order.
    const order = imports
      .map((entry, index) => ({ entry, index }))
      .sort((a, b) => compareCodeUnits(a.entry.symbol.from, b.entry.symbol.from) || compareCodeUnits(a.entry.symbol.name, b.entry.symbol.name));
    for (const { entry } of order) {
      let local = entry.symbol.name;
      if (taken.has(local)) {
        local = `__${entry.symbol.name}`;
        for (let n = 2; taken.has(local); n++) local = `__${entry.symbol.name}${n}`;
      }
      entry.local = local;
      taken.add(local);
    }
  };

  const importLines = (): string[] => {
    const groups = new Map<string, ImportEntry[]>();
    for (const entry of imports) {
      const spec = isRelativeSource(entry.symbol.from) ? relativeImport(path, entry.symbol.from) : entry.symbol.from;
      const group = groups.get(spec) ?? [];
      group.push(entry);
      groups.set(spec, group);
    }
    const specs = [...groups.keys()].sort((a, b) => {
      const ra = a.startsWith(".") ? 1 : 0;
      const rb = b.startsWith(".") ? 1 : 0;
      return ra - rb || compareCodeUnits(a, b);
    });
    const out: string[] = [];
    for (const spec of specs) {
      const entries = groups.get(spec)!.sort((a, b) => compareCodeUnits(a.symbol.name, b.symbol.name));
      const allTypes = entries.every((entry) => !entry.asValue);
      const names = entries.map((entry) => {
        const named = entry.local === entry.symbol.name ? entry.symbol.name : `${entry.symbol.name} as ${entry.local}`;
        return allTypes || entry.asValue ? named : `type ${named}`;
      });
      const keyword = allTypes ? "import type" : "import";
      const single = `${keyword} { ${names.join(", ")} } from "${spec}";`;
      if (single.length <= 120) out.push(single);
      else out.push(`${keyword} {`, ...packedLines(names), `} from "${spec}";`);
    }
    return out;
  };

  const file: TsFile = {
    path,
    declare(name) {
      declared.add(name);
    },
    type: (symbol) => ref(symbol, false),
    value: (symbol) => ref(symbol, true),
    line(...text) {
      if (text.length === 0) {
        lines.push("");
        return;
      }
      const pad = "  ".repeat(depth);
      for (const chunk of text) for (const piece of chunk.split("\n")) lines.push(piece.length ? pad + piece : "");
    },
    block(open, body, close = "}") {
      file.line(open);
      file.indent(body);
      file.line(close);
    },
    indent(body) {
      depth++;
      try {
        body();
      } finally {
        depth--;
      }
    },
    doc(docLines) {
      if (!docLines || docLines.length === 0) return;
      const safe = docLines.map((l) => l.replace(/\*\//g, "*\\/"));
      if (safe.length === 1 && safe[0]!.length < 100) {
        file.line(`/** ${safe[0]} */`);
        return;
      }
      file.line("/**", ...safe.map((l) => (l.length ? ` * ${l}` : " *")), " */");
    },
    reexportFrom(specifier) {
      reexported.add(specifier);
    },
    dynamicImport(specifier) {
      reexported.add(specifier);
    },
    packagesUsed() {
      const out = new Set<string>();
      for (const from of [...imports.map((entry) => entry.symbol.from), ...reexported]) {
        if (!isRelativeSource(from) && !from.startsWith(".") && !from.startsWith("node:")) out.add(packageOf(from));
      }
      return [...out].sort(compareCodeUnits);
    },
    render() {
      assignLocals();
      const body = lines.join("\n").replace(TOKEN, (_, index: string) => imports[Number(index)]!.local);
      const head = [...header.map((l) => `// ${l}`)];
      const importBlock = importLines();
      const parts = [head.join("\n")];
      if (importBlock.length) parts.push(importBlock.join("\n"));
      parts.push(body.replace(/^\n+/, "").replace(/\n+$/, ""));
      return `${parts.join("\n\n")}\n`;
    },
  };
  return file;
}

import type { PackageBuilder } from "../core/generated-package.js";
import type { TsFile } from "../core/ts-file.js";
import { compareCodeUnits } from "../model/node.js";
import type { ShapeId } from "../model/shape-id.js";
import type { ModelFact } from "./change.js";
import { FactSet, type FactSink } from "./model-tracer.js";

/**
 * The facts a target read, per generated file of its package. A target reads the model and
 * writes files in between; a read is counted for the file being written at the time and for the
 * next file written to (a target often reads a shape before it opens that shape's file). Reads
 * before any file count for every file.
 */
export class FileFacts implements FactSink {
  private readonly preamble = new FactSet();
  private readonly byFile = new Map<string, FactSet>();
  private current: FactSet;
  private currentPath: string | undefined;
  /** Reads since the last switch, as alternating ids and aspects (cheaper than a set on this hot path). */
  private pending: string[] = [];

  constructor() {
    this.current = this.preamble;
  }

  add(id: ShapeId, aspect: string): void {
    this.current.add(id, aspect);
    this.pending.push(id, aspect);
  }

  /** The target moves on to writing `path` (package-relative). */
  switchTo(path: string): void {
    if (path === this.currentPath) return;
    const next = this.fileSet(path);
    for (let i = 0; i < this.pending.length; i += 2) next.add(this.pending[i]!, this.pending[i + 1]!);
    this.pending = [];
    this.current = next;
    this.currentPath = path;
  }

  /** Everything the target read, whatever the file. */
  get all(): FactSet {
    const facts = new FactSet();
    facts.addAll(this.preamble);
    for (const set of this.byFile.values()) facts.addAll(set);
    return facts;
  }

  /** Whether a fact was read for the file at `path` (or before any file). */
  covers(path: string, fact: ModelFact): boolean {
    return this.preamble.covers(fact) || (this.byFile.get(path)?.covers(fact) ?? false);
  }

  /** The files (package-relative paths) a fact was read for, sorted; for diagnosing attributions. */
  filesReading(fact: ModelFact): string[] {
    return [...this.byFile].filter(([, facts]) => facts.covers(fact)).map(([path]) => path).sort(compareCodeUnits);
  }

  private fileSet(path: string): FactSet {
    let set = this.byFile.get(path);
    if (!set) this.byFile.set(path, (set = new FactSet()));
    return set;
  }
}

/** A TsFile whose every use tells `facts` that the target is writing it. */
function trackedFile(file: TsFile, facts: FileFacts): TsFile {
  return new Proxy(file, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        facts.switchTo(target.path);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** The package builder a traced target writes through, telling `facts` which file it is writing. */
export function trackFiles(pkg: PackageBuilder, facts: FileFacts): PackageBuilder {
  return {
    ...pkg,
    tsFile(path) {
      facts.switchTo(path);
      return trackedFile(pkg.tsFile(path), facts);
    },
    text(path, content) {
      facts.switchTo(path);
      pkg.text(path, content);
    },
  };
}

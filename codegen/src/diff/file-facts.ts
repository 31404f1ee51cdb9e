import type { PackageBuilder } from "../core/generated-package.js";
import type { TsFile } from "../core/ts-file.js";
import type { ShapeId } from "../model/shape-id.js";
import type { ModelFact } from "./change.js";
import { FactSet, type FactSink } from "./model-tracer.js";

/**
 * The facts a target read, per generated file of its package. A target reads the model, then
 * writes what it read into some file: a read counts for the file the target writes to next
 * (opening it, printing into it, or handing over its text). Reads before the first write (a
 * target planning its whole package) count for every file.
 */
export class FileFacts implements FactSink {
  private readonly preamble = new FactSet();
  private readonly byFile = new Map<string, FactSet>();
  private current: string | undefined;
  /** Reads since the last write, as alternating ids and aspects (cheaper than a set on this hot path). */
  private pending: string[] = [];

  add(id: ShapeId, aspect: string): void {
    if (this.current === undefined) this.preamble.add(id, aspect);
    else this.pending.push(id, aspect);
  }

  /** The target writes to `path` (package-relative): what it read since its last write was for this file. */
  writing(path: string): void {
    if (this.pending.length > 0) {
      const facts = this.fileSet(path);
      for (let i = 0; i < this.pending.length; i += 2) facts.add(this.pending[i]!, this.pending[i + 1]!);
      this.pending = [];
    }
    this.current = path;
  }

  /** Whether a fact was read for the file at `path` (or before any file was written). */
  covers(path: string, fact: ModelFact): boolean {
    this.settle();
    return this.preamble.covers(fact) || (this.byFile.get(path)?.covers(fact) ?? false);
  }

  /** Everything the target read, whatever the file. */
  get all(): FactSet {
    this.settle();
    const facts = new FactSet();
    facts.addAll(this.preamble);
    for (const set of this.byFile.values()) facts.addAll(set);
    return facts;
  }

  /** Reads after the last write belong to the last file written. */
  private settle(): void {
    if (this.current !== undefined) this.writing(this.current);
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
        facts.writing(target.path);
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
      facts.writing(path);
      return trackedFile(pkg.tsFile(path), facts);
    },
    text(path, content) {
      facts.writing(path);
      pkg.text(path, content);
    },
  };
}

/**
 * Finds blocks of identical lines shared by two sets of source files, the way the `duplicates`
 * tool compares code: blank lines, comments, import lines and lines of lone punctuation are
 * passed over, and white space is folded. A run is `minLines` such lines in a row, identical to
 * the letter, standing in a file of each set.
 */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

export interface SharedRun {
  readonly first: string;
  readonly second: string;
  readonly lines: readonly string[];
}

interface CodeLine {
  readonly text: string;
  readonly line: number;
}

const LONE_PUNCTUATION = /^[\s()[\]{},;:]*$/;

/** The lines of a file that count: no blank, comment, import or lone-punctuation lines. */
export function codeLines(text: string): CodeLine[] {
  const out: CodeLine[] = [];
  let inComment = false;
  let inImport = false;
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim().replace(/\s+/g, " ");
    if (inComment) {
      if (line.includes("*/")) inComment = false;
      return;
    }
    if (line.startsWith("/*")) {
      if (!line.includes("*/")) inComment = true;
      return;
    }
    if (inImport) {
      if (/^} from /.test(line)) inImport = false;
      return;
    }
    if (/^import\b/.test(line)) {
      if (line.endsWith("{")) inImport = true;
      return;
    }
    if (line === "" || line.startsWith("//") || LONE_PUNCTUATION.test(line)) return;
    out.push({ text: line, line: index + 1 });
  });
  return out;
}

/** Every run of `minLines` identical code lines that a file of `first` and a file of `second` share. */
export function sharedRuns(first: readonly SourceFile[], second: readonly SourceFile[], minLines = 6): SharedRun[] {
  const windows = new Map<string, string>();
  for (const file of first) {
    const lines = codeLines(file.text);
    for (let i = 0; i + minLines <= lines.length; i++) {
      const key = lines.slice(i, i + minLines).map((entry) => entry.text).join("\n");
      if (!windows.has(key)) windows.set(key, `${file.path}:${lines[i]!.line}`);
    }
  }
  const runs: SharedRun[] = [];
  for (const file of second) {
    const lines = codeLines(file.text);
    for (let i = 0; i + minLines <= lines.length; i++) {
      const window = lines.slice(i, i + minLines).map((entry) => entry.text);
      const at = windows.get(window.join("\n"));
      if (at !== undefined) runs.push({ first: at, second: `${file.path}:${lines[i]!.line}`, lines: window });
    }
  }
  return runs;
}

/**
 * Compiles the JMESPath subset that `@operationContextParams` paths use (`a.b`, `keys(a)`,
 * `a[*].b`, multi-select lists `[a.b, c.d]` and flattening `[]`) into a TypeScript expression
 * over `root`. Returns undefined for anything else, so that the caller can report it.
 */
export function compileContextPath(path: string, root: string): string | undefined {
  const text = path.trim();
  const keys = /^keys\((.+)\)$/.exec(text);
  if (keys) {
    const inner = compileContextPath(keys[1]!, root);
    return inner && `Object.keys(${inner} ?? {})`;
  }
  if (text.endsWith("[]")) {
    const inner = compileContextPath(text.slice(0, -2), root);
    return inner && `(${inner} ?? []).flat().filter(isPresent)`;
  }
  const projection = topLevelIndex(text, "[*]");
  if (projection >= 0) {
    const head = compileContextPath(text.slice(0, projection), root);
    const rest = text.slice(projection + 3).replace(/^\./, "");
    const each = rest ? compileContextPath(rest, "item") : "item";
    return head && each && `(${head} ?? []).map((item) => ${each}).filter(isPresent)`;
  }
  if (text.startsWith("[") && text.endsWith("]")) {
    const parts = splitTopLevel(text.slice(1, -1)).map((part) => compileContextPath(part, root));
    if (parts.some((part) => part === undefined)) return undefined;
    return `[${parts.join(", ")}]`;
  }
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(text)) return undefined;
  const [first, ...rest] = text.split(".");
  return rest.reduce((target, name) => `${target}?.${name}`, `${root}.${first}`);
}

/** Whether a compiled path uses the `isPresent` helper. */
export function usesIsPresent(expression: string): boolean {
  return expression.includes("isPresent");
}

function topLevelIndex(text: string, needle: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (depth === 0 && text.startsWith(needle, i)) return i;
    if (text[i] === "[" || text[i] === "(") depth++;
    if (text[i] === "]" || text[i] === ")") depth--;
  }
  return -1;
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "[" || text[i] === "(") depth++;
    if (text[i] === "]" || text[i] === ")") depth--;
    if (depth === 0 && text[i] === ",") {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

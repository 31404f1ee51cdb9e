import { propertyKey, stringLiteral } from "../../core/naming.js";
import { compareCodeUnits } from "../../model/node.js";
import type { ExampleValue } from "./example-value.js";

/** A name an example's code must import. */
export interface ExampleImport {
  readonly name: string;
  readonly from: string;
}

/** An example value as TypeScript source, and what that source needs imported. */
export interface ExampleLiteral {
  /** The expression; lines after the first are indented for the position it is printed at. */
  readonly text: string;
  /** Sorted by module, then name; empty for most values. */
  readonly imports: readonly ExampleImport[];
}

const NUMERIC_VALUE: ExampleImport = { name: "NumericValue", from: "@smithy/core/serde" };

/** Lines of examples stay within the width of the generated TSDoc. */
const WIDTH = 100;

/**
 * Prints an example value as a TypeScript expression that starts at `column` of a line indented by
 * `indent` and is followed by `suffix` (such as `));`) on its last line: on one line when it fits
 * in {@link WIDTH} columns, otherwise one member or item per line with trailing commas, as
 * Prettier would.
 */
export function printExample(value: ExampleValue, position: { column?: number; indent?: string; suffix?: string } = {}): ExampleLiteral {
  const imports = new Map<string, ExampleImport>();
  const use = (entry: ExampleImport): void => void imports.set(`${entry.from}\u0000${entry.name}`, entry);
  const text = print(value, position.indent ?? "", (position.column ?? 0) + (position.suffix?.length ?? 0), use);
  const sorted = [...imports.entries()].sort(([a], [b]) => compareCodeUnits(a, b)).map(([, entry]) => entry);
  return { text, imports: sorted };
}

/** `value` printed where `taken` columns of its first line are already used. */
function print(value: ExampleValue, indent: string, taken: number, use: (entry: ExampleImport) => void): string {
  const flat = inline(value, use);
  if (taken + flat.length <= WIDTH || (value.kind !== "object" && value.kind !== "array")) return flat;
  const inner = `${indent}  `;
  if (value.kind === "array") {
    const items = value.items.map((item) => `${inner}${print(item, inner, inner.length + 1, use)},`);
    return ["[", ...items, `${indent}]`].join("\n");
  }
  const entries = value.entries.map(({ key, value: entry }) => {
    const head = `${inner}${propertyKey(key)}: `;
    return `${head}${print(entry, inner, head.length + 1, use)},`;
  });
  return ["{", ...entries, `${indent}}`].join("\n");
}

/** `value` on one line. */
function inline(value: ExampleValue, use: (entry: ExampleImport) => void): string {
  switch (value.kind) {
    case "object":
      return value.entries.length === 0 ? "{}" : `{ ${value.entries.map(({ key, value: entry }) => `${propertyKey(key)}: ${inline(entry, use)}`).join(", ")} }`;
    case "array":
      return `[${value.items.map((item) => inline(item, use)).join(", ")}]`;
    case "string":
      return stringLiteral(value.value);
    case "number":
      return String(value.value);
    case "bigint":
      return `${value.value}n`;
    case "boolean":
      return String(value.value);
    case "timestamp":
      return `new Date(${stringLiteral(value.iso)})`;
    case "blob":
      return `new TextEncoder().encode(${stringLiteral(value.text)})`;
    case "bigDecimal":
      use(NUMERIC_VALUE);
      return `new ${NUMERIC_VALUE.name}(${stringLiteral(value.value)}, "bigDecimal")`;
    case "document":
      return "{}";
  }
}

/** `import { A, B } from "m";`, one line per module, for the imports of {@link ExampleLiteral}s. */
export function importStatements(imports: readonly ExampleImport[]): string[] {
  const byModule = new Map<string, Set<string>>();
  for (const { name, from } of imports) byModule.set(from, (byModule.get(from) ?? new Set()).add(name));
  return [...byModule.keys()]
    .sort(compareCodeUnits)
    .map((from) => `import { ${[...byModule.get(from)!].sort(compareCodeUnits).join(", ")} } from ${stringLiteral(from)};`);
}

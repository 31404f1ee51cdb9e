/**
 * The bench report: one row per measurement, with ours, the comparison (the official AWS SDK, or
 * a floor where the SDK has no counterpart) and their ratio; printed as a table and kept as JSON.
 */

export interface ReportRow {
  readonly section: string;
  readonly measure: string;
  readonly ours: string;
  readonly other: string;
  /**
   * What `other` is: `aws-sdk`, `floor`, `before` (ours at an earlier commit), `one service` (the
   * same measure of a one-service bundle), or empty when there is nothing to compare with.
   */
  readonly otherKind: "aws-sdk" | "floor" | "before" | "one service" | "one operation" | "";
  /** ours / other, as printed (`0.42x`); lower is better unless `higherIsBetter`. */
  readonly ratio: string;
  readonly higherIsBetter?: boolean;
  readonly note?: string;
}

export function formatTable(rows: readonly ReportRow[]): string {
  const header = ["section", "measure", "ours", "compared with", "ratio (ours/other)", "note"];
  const cells = rows.map((row) => [
    row.section,
    row.measure,
    row.ours,
    row.other === "" ? "" : `${row.other} (${row.otherKind})`,
    row.ratio === "" ? "" : `${row.ratio}${row.higherIsBetter ? " (higher is better)" : ""}`,
    row.note ?? "",
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)));
  const line = (values: readonly string[]) => values.map((value, column) => value.padEnd(widths[column]!)).join("  ").trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  const out = [line(header), rule];
  let previous = "";
  for (const [index, row] of rows.entries()) {
    if (previous !== "" && row.section !== previous) out.push("");
    out.push(line(cells[index]!));
    previous = row.section;
  }
  return out.join("\n");
}

/** One column of a table: its header and how to show a row in it. */
export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | null;
  /** Longer values are cut with "…" (titles, snippets). */
  readonly maxWidth?: number;
}

function cell(value: string | number | null, maxWidth: number | undefined): string {
  const text = value === null ? "-" : String(value).replace(/\s+/g, " ");
  return maxWidth !== undefined && text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text;
}

/** Renders rows as aligned columns under a header line. */
export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => cell(c.value(row), c.maxWidth)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: readonly string[]): string => values.map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join("\n");
}

/**
 * Prints rows: as a table for people, or with `--json` as one JSON array for programs.
 * An empty result says so on stderr, so that a pipe still receives nothing but data.
 */
export function printRows<T>(rows: readonly T[], columns: readonly Column<T>[], options: { json: boolean; noun: string }): void {
  if (options.json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  if (rows.length === 0) {
    process.stderr.write(`no ${options.noun} found\n`);
    return;
  }
  process.stdout.write(`${formatTable(rows, columns)}\n`);
}

// TableWriter: columns sized to their content, numbers right-aligned, over-long cells cut with `…`.
import { cellText, isNumeric } from './cells.js';

export interface TableColumn {
  readonly label: string;
  readonly get: (row: unknown) => unknown;
  readonly alignment?: 'Left' | 'Right';
}

function fit(text: string, width: number, right: boolean): string {
  if (text.length > width) return width <= 1 ? '…'.slice(0, width) : text.slice(0, width - 1) + '…';
  return right ? text.padStart(width) : text.padEnd(width);
}

export function writeTable(
  columns: readonly TableColumn[],
  rows: readonly unknown[],
  maxWidth: number,
): string[] {
  const cells = rows.map((r) => columns.map((c) => c.get(r)));
  const right = columns.map(
    (c, i) =>
      c.alignment === 'Right' ||
      (c.alignment === undefined &&
        cells.length > 0 &&
        cells.every((row) => row[i] === null || row[i] === undefined || isNumeric(row[i]))),
  );
  const text = cells.map((row) => row.map((v) => cellText(v)));
  const widths = columns.map((c, i) =>
    Math.max(c.label.length, ...text.map((row) => (row[i] as string).length)),
  );
  // Shrink the widest columns until the table fits the host width (one space between columns).
  const total = () => widths.reduce((a, b) => a + b, 0) + widths.length - 1;
  while (total() > maxWidth && Math.max(...widths) > 1) {
    const i = widths.indexOf(Math.max(...widths));
    widths[i] = (widths[i] as number) - 1;
  }
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => fit(v, widths[i] as number, right[i] === true))
      .join(' ')
      .replace(/\s+$/, '');
  // The rule under each header is as long as the header itself, aligned like the column.
  const rules = columns.map((c, i) => '-'.repeat(Math.min(c.label.length, widths[i] as number)));
  const out = [line(columns.map((c) => c.label)), line(rules)];
  for (const row of text) out.push(line(row));
  return out;
}

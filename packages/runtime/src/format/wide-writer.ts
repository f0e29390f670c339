// WideWriter: Format-Wide's layout (pwsh's WideOutputContext): one value per cell, rows of N cells across the
// whole width, the columns sharing it evenly.
import { calculateColumnWidths } from './column-widths.js';
import { singleLineRow } from './table-writer.js';

/** pwsh's ComputeWideViewBestItemsPerRowFit: how many cells of `length` fit in `width` with a blank between. */
export function wideItemsPerRow(length: number, width: number): number {
  if (length <= 0 || width < 1 || length >= width) return 1;
  let columns = 1;
  while (length * (columns + 1) + columns < width) columns++;
  return columns;
}

export interface WideOptions {
  /** Cells per row (-Column); 2 by default. */
  readonly columns?: number;
  /** -AutoSize: as many cells as the longest value allows. */
  readonly autoSize?: boolean;
}

/** The rows of a wide view; a short last row is padded with empty cells, as pwsh does. */
export function writeWide(values: readonly string[], width: number, options: WideOptions = {}): string[] {
  const perRow = options.autoSize
    ? wideItemsPerRow(Math.max(0, ...values.map((v) => v.length)), width)
    : (options.columns ?? 2);
  const widths = calculateColumnWidths(new Array<number>(perRow).fill(0), width);
  const left = new Array<boolean>(perRow).fill(false);
  const rows: string[] = [];
  for (let i = 0; i < values.length; i += perRow) {
    const cells = values.slice(i, i + perRow);
    while (cells.length < perRow) cells.push('');
    rows.push(singleLineRow(cells, widths, left));
  }
  return rows;
}

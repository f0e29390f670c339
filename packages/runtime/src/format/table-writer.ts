// TableWriter: a view's declared column widths as pwsh lays them out, else columns sized to their content.
import { cellText, isNumeric } from './cells.js';
import { calculateColumnWidths } from './column-widths.js';
import { truncateAtNewLine, wrapLines } from './line-wrap.js';
import { padVisible, stripVt, visibleLength } from './vt.js';

export interface TableColumn {
  readonly label: string;
  readonly get: (row: unknown) => unknown;
  readonly alignment?: 'Left' | 'Right';
  /** A declared width (a view's column); a table with any declared width is laid out as pwsh's views are. */
  readonly width?: number;
  /** Whether the label names a property of the first row (HeaderMatchesProperty; true when absent). */
  readonly headerMatchesProperty?: (firstRow: unknown) => boolean;
}

export interface TableOptions {
  /** Cells longer than their column continue on following lines instead of ending with `…`. */
  readonly wrap?: boolean;
  /** Format-Table -HideTableHeaders: no label and rule lines. */
  readonly hideHeader?: boolean;
  /** On a VT host: $PSStyle.Formatting.TableHeader / CustomTableHeaderLabel and Reset around the header cells. */
  readonly headerStyle?: HeaderStyle;
  /** $FormatEnumerationLimit: a collection cell shows this many items, then `…` (4 when absent). */
  readonly enumerationLimit?: number;
}

export interface HeaderStyle {
  readonly tableHeader: string;
  readonly customLabel: string;
  readonly reset: string;
}

/**
 * pwsh's TableWriter on a VT host: a label line's cells (the separator space included) in TableHeader, or with
 * CustomTableHeaderLabel after the space when the label names no property of the first row; each rule in
 * TableHeader after its space; every cell ends with Reset.
 */
function styleHeader(
  lines: readonly string[],
  widths: readonly number[],
  matches: readonly boolean[],
  style: HeaderStyle,
): string[] {
  const visible = widths.flatMap((w) => (w > 0 ? [w] : []));
  const segments = (line: string): string[] => {
    let at = 0;
    return visible.map((w, i) => {
      const end = i === visible.length - 1 ? line.length : at + (i > 0 ? 1 : 0) + w;
      const cell = line.slice(at, end);
      at = end;
      return cell;
    });
  };
  const rule = lines.length - 1;
  return lines.map((line, r) =>
    segments(line)
      .map((cell, i) => {
        if (r === rule)
          return i > 0
            ? ` ${style.tableHeader}${cell.slice(1)}${style.reset}`
            : style.tableHeader + cell + style.reset;
        if (matches[i] !== false) return style.tableHeader + cell + style.reset;
        if (cell.length === 0) return style.reset;
        const at = i === 0 ? 0 : 1;
        return cell.slice(0, at) + style.customLabel + cell.slice(at) + style.reset;
      })
      .join(''),
  );
}

/** pwsh gives up on a table narrower than this. */
const MINIMUM_SCREEN_COLUMNS = 5;

function fit(text: string, width: number, right: boolean): string {
  // A decorated cell that must be cut loses its decoration (the cut could fall inside a sequence).
  if (visibleLength(text) > width) {
    const plain = stripVt(text);
    return width <= 1 ? '…'.slice(0, width) : plain.slice(0, width - 1) + '…';
  }
  return padVisible(text, width, right);
}

/** One cell of a fixed-width column: padded, or cut with `…` (a right-aligned cell keeps its end). */
function field(value: string, width: number, right: boolean, pad: boolean): string {
  const cell = truncateAtNewLine(value);
  const length = visibleLength(cell);
  if (length < width) return right || pad ? padVisible(cell, width, right) : cell;
  if (length === width) return cell;
  const s = stripVt(cell);
  const kept = width - 1;
  if (kept > 0) return right ? '…' + s.slice(s.length - kept) : s.slice(0, kept) + '…';
  return right ? s.slice(s.length - width) : s.slice(0, width);
}

/** A row on one line; every column but the last is padded to its width. */
export function singleLineRow(
  values: readonly string[],
  widths: readonly number[],
  right: readonly boolean[],
): string {
  let line = '';
  for (let k = 0; k < widths.length; k++) {
    const width = widths[k] as number;
    if (width <= 0) continue;
    if (k > 0) line += ' ';
    line += field(values[k] ?? '', width, right[k] === true, k !== widths.length - 1);
  }
  return line;
}

/** A row whose cells wrap within their columns; shorter cells are filled with blanks below. */
function multiLineRow(
  values: readonly string[],
  widths: readonly number[],
  right: readonly boolean[],
): string[] {
  const visible = widths.flatMap((w, k) => (w > 0 ? [k] : []));
  if (visible.length === 0) return [];
  const cells = visible.map((k, i) => {
    const width = widths[k] as number;
    const pad = i !== visible.length - 1;
    const value = values[k] ?? '';
    // A decorated cell that fits stays whole; one that wraps is wrapped as plain text.
    const fits = value.includes('\x1b') && !value.includes('\n') && visibleLength(value) <= width;
    const lines = (fits ? [value] : wrapLines(stripVt(value), width)).map((l) =>
      (pad || right[k] === true) && visibleLength(l) < width ? field(l, width, right[k] === true, pad) : l,
    );
    return i > 0 ? lines.map((l) => ' ' + l) : lines;
  });
  const rows = Math.max(...cells.map((c) => c.length));
  // The last column with text on each screen line: blank fillers stop there.
  const lastWithContent = Array.from({ length: rows }, (_, r) =>
    cells.reduce((last, c, i) => (c.length > r ? i : last), 0),
  );
  cells.forEach((c, i) => {
    const blanks = i < cells.length - 1 ? (widths[visible[i] as number] as number) + (i > 0 ? 1 : 0) : 0;
    for (let r = c.length; r < rows; r++)
      c.push(i > (lastWithContent[r] as number) ? '' : ' '.repeat(blanks));
  });
  return Array.from({ length: rows }, (_, r) =>
    cells
      .map((c, i) => {
        const v = c[r] as string;
        return i === lastWithContent[r] && rows > 1 ? v.trimEnd() : v;
      })
      .join(''),
  );
}

/** pwsh's TableWriter for a view with widths: the header may wrap, the rule is as long as the label. */
function writeFixedTable(
  labels: readonly string[],
  declared: readonly number[],
  text: readonly (readonly string[])[],
  right: readonly boolean[],
  maxWidth: number,
  options: TableOptions,
  matches: readonly boolean[],
): string[] {
  if (maxWidth < MINIMUM_SCREEN_COLUMNS) return [];
  const widths = calculateColumnWidths(declared, maxWidth);
  if (!widths.some((w) => w >= 1)) return [];
  const rules = labels.map((l, k) => {
    const width = widths[k] as number;
    return width <= 0 ? '' : '-'.repeat(l ? Math.min(l.length, width) : width);
  });
  const header = options.hideHeader
    ? []
    : [...multiLineRow(labels, widths, right), singleLineRow(rules, widths, right)];
  const out = options.headerStyle ? styleHeader(header, widths, matches, options.headerStyle) : header;
  for (const row of text)
    if (options.wrap === true) out.push(...multiLineRow(row, widths, right));
    else out.push(singleLineRow(row, widths, right));
  return out;
}

/**
 * Format-Table -AutoSize on a view (pwsh's ProcessCachedGroupOnTable): every column as wide as its label or
 * its widest cell, then laid out as declared widths (a table too wide loses columns from the right).
 */
export function autoSizeColumns(
  columns: readonly TableColumn[],
  rows: readonly unknown[],
  enumerationLimit?: number,
): TableColumn[] {
  return columns.map((c) => ({
    ...c,
    width: Math.max(
      c.label.length,
      ...rows.map((r) => visibleLength(cellText(c.get(r), enumerationLimit))),
      1,
    ),
  }));
}

export function writeTable(
  columns: readonly TableColumn[],
  rows: readonly unknown[],
  maxWidth: number,
  options: TableOptions = {},
): string[] {
  const cells = rows.map((r) => columns.map((c) => c.get(r)));
  const right = columns.map(
    (c, i) =>
      c.alignment === 'Right' ||
      (c.alignment === undefined &&
        cells.length > 0 &&
        cells.every((row) => row[i] === null || row[i] === undefined || isNumeric(row[i]))),
  );
  const text = cells.map((row) => row.map((v) => cellText(v, options.enumerationLimit)));
  const matches = columns.map((c) =>
    options.headerStyle ? (c.headerMatchesProperty?.(rows[0]) ?? true) : true,
  );
  if (columns.some((c) => (c.width ?? 0) > 0))
    return writeFixedTable(
      columns.map((c) => c.label),
      columns.map((c) => Math.max(c.width ?? 0, 0)),
      text,
      right,
      maxWidth,
      options,
      matches,
    );
  const widths = columns.map((c, i) =>
    Math.max(c.label.length, ...text.map((row) => visibleLength(row[i] as string))),
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
  const header = options.hideHeader ? [] : [line(columns.map((c) => c.label)), line(rules)];
  const out = options.headerStyle ? styleHeader(header, widths, matches, options.headerStyle) : header;
  // A cell with line breaks counts whole for the width; it shows its first line and `…`, or wraps with -Wrap.
  for (const row of text)
    if (options.wrap === true) out.push(...multiLineRow(row, widths, right));
    else out.push(line(row.map(truncateAtNewLine)));
  return out;
}

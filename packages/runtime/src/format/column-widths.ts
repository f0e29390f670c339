// Column widths of a table with declared widths (pwsh's ColumnWidthManager): -1 marks a hidden column.

const SEPARATOR = 1;
const MINIMUM_COLUMN_WIDTH = 1;

function tableWidth(widths: readonly number[]): number {
  const visible = widths.filter((w) => w > 0);
  return visible.reduce((a, b) => a + b, 0) + SEPARATOR * (visible.length - 1);
}

/**
 * Declared widths (0 = none) made to fit `available` columns: columns without a width share what is left,
 * one column at a time from the left; a table too wide loses width, then whole columns, from the right.
 */
export function calculateColumnWidths(declared: readonly number[], available: number): number[] {
  const widths = [...declared];
  if (assignWidths(widths, available)) return widths;
  for (;;) {
    const excess = tableWidth(widths) - available;
    if (excess <= 0) return widths;
    const hidden = widths.findIndex((w) => w < 0);
    const last = hidden < 0 ? widths.length - 1 : hidden - 1;
    if (last < 0) return widths;
    const shrunk = (widths[last] as number) - excess;
    widths[last] = shrunk < MINIMUM_COLUMN_WIDTH ? -1 : shrunk;
  }
}

/** True when the widths fit; columns without a width get the room left over. */
function assignWidths(widths: number[], available: number): boolean {
  if (widths.every((w) => w > 0)) return tableWidth(widths) <= available;
  const fixed = widths.map((w) => w > 0);
  for (let k = 0; k < widths.length; k++) if (widths[k] === 0) widths[k] = MINIMUM_COLUMN_WIDTH;
  let room = available - tableWidth(widths);
  if (room < 0) return false;
  while (room > 0) {
    for (let k = 0; k < widths.length && room > 0; k++) {
      if (fixed[k]) continue;
      widths[k] = (widths[k] as number) + 1;
      room--;
    }
  }
  return true;
}

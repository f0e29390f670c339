// Cell text for formatted output: how one property value is shown inside a table or a list.
import { toStringForDisplay } from '../conversion/index.js';
import { PSDateTime } from '../values/ps-datetime.js';

/** Collections show as `{a, b, c…}` limited by $FormatEnumerationLimit, as pwsh does. */
export function cellText(value: unknown, enumerationLimit = 4): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    const shown = value.slice(0, Math.max(enumerationLimit, 0)).map((v) => cellText(v, enumerationLimit));
    return `{${shown.join(', ')}${value.length > enumerationLimit ? '…' : ''}}`;
  }
  if (value instanceof PSDateTime) return value.toString();
  return toStringForDisplay(value);
}

/** A numeric .NET value (table cells of numbers are right-aligned, [decimal] included). */
export { isNumeric } from '../conversion/compare.js';

// Cell text for formatted output: how one property value is shown inside a table or a list.
import { toStringForDisplay } from '../conversion/index.js';
import { PSDateTime } from '../values/ps-datetime.js';
import { PSInt64 } from '../values/ps-int64.js';

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

export function isNumeric(value: unknown): boolean {
  return typeof value === 'number' || typeof value === 'bigint' || value instanceof PSInt64;
}

// Cell text for formatted output: how one property value is shown inside a table or a list.
import { toStringForDisplay } from '../conversion/index.js';
import { PSDateTime } from '../values/ps-datetime.js';
import { DEFAULT_FORMAT_ENUMERATION_LIMIT } from './enumeration-limit.js';

/**
 * Collections show as `{a, b, c…}`: the first $FormatEnumerationLimit items, then `…` when there are more; a
 * negative limit shows them all (pwsh's PSObjectHelper.SmartToString).
 */
export function cellText(value: unknown, enumerationLimit = DEFAULT_FORMAT_ENUMERATION_LIMIT): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    const limited = enumerationLimit >= 0 && value.length > enumerationLimit;
    const shown = (limited ? value.slice(0, enumerationLimit) : value).map((v) =>
      cellText(v, enumerationLimit),
    );
    return `{${shown.join(', ')}${limited ? '…' : ''}}`;
  }
  if (value instanceof PSDateTime) return value.toString();
  return toStringForDisplay(value);
}

/** A numeric .NET value (table cells of numbers are right-aligned, [decimal] included). */
export { isNumeric } from '../conversion/compare.js';

// formatValue: IFormattable.ToString(format) for each runtime value kind (used by -f and .ToString(fmt)).
import { PSDateTime } from '../values/ps-datetime.js';
import { PSDecimal } from '../values/ps-decimal.js';
import { PSInt64 } from '../values/ps-int64.js';
import { isUnsigned } from '../values/ps-unsigned.js';
import { PSDouble, isDouble } from '../values/ps-double.js';
import { PSEnumValue } from '../values/ps-enum.js';
import { PSGuid } from '../values/ps-guid.js';
import { PSObject } from '../values/ps-object.js';
import { PSTimeSpan } from '../values/ps-timespan.js';
import { numberToDotNetString } from '../conversion/double-format.js';
import { objectToString } from '../conversion/to-string.js';
import { formatDateTime } from './datetime-format.js';
import { formatError } from './format-error.js';
import { formatNumberValue } from './numeric-format.js';
import { formatTimeSpan } from './timespan-format.js';

function formatEnum(v: PSEnumValue, format: string): string {
  switch (format.toUpperCase()) {
    case '':
    case 'G':
    case 'F':
      return v.name;
    case 'D':
      return String(v.value);
    case 'X':
      return (v.value >>> 0).toString(16).toUpperCase().padStart(8, '0');
    default:
      throw formatError('InvalidString');
  }
}

/** The text of `value` under a .NET format string (en-US); values that are not IFormattable ignore the format. */
export function formatValue(value: unknown, format?: string): string {
  const v = value instanceof PSObject && !value.isCustomObject ? value.baseObject : value;
  if (format === undefined || format === '')
    return typeof v === 'number' ? numberToDotNetString(v) : objectToString(v, 'en-US');
  // A Double has no 'D' or 'X' format, even when whole (.NET's FormatException).
  if (isDouble(v) && /^[dx]\d*$/i.test(format)) throw formatError('BadFormatSpecifier');
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof PSDecimal)
    return formatNumberValue(v, format);
  if (v instanceof PSInt64 || isUnsigned(v)) return formatNumberValue(v.value, format);
  if (v instanceof PSDouble) return formatNumberValue(v.value, format);
  if (v instanceof PSDateTime) return formatDateTime(v, format);
  if (v instanceof PSTimeSpan) return formatTimeSpan(v, format);
  if (v instanceof PSEnumValue) return formatEnum(v, format);
  if (v instanceof PSGuid) {
    if (!/^[NDBP]$/i.test(format)) throw formatError('InvalidString');
    return v.toString(format);
  }
  return objectToString(v, 'en-US');
}

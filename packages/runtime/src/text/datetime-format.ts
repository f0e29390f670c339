// DateTime.ToString(format) for en-US: standard formats (d D f F g G M o r s t T u U Y) and custom patterns.
import type { PSDateTime } from '../values/ps-datetime.js';
import { formatError } from './format-error.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** en-US DateTimeFormatInfo patterns (with .NET 8's plain space before AM/PM). */
export const EN_US_DATE_PATTERNS: Readonly<Record<string, string>> = {
  d: 'M/d/yyyy',
  D: 'dddd, MMMM d, yyyy',
  f: 'dddd, MMMM d, yyyy h:mm tt',
  F: 'dddd, MMMM d, yyyy h:mm:ss tt',
  g: 'M/d/yyyy h:mm tt',
  G: 'M/d/yyyy h:mm:ss tt',
  M: 'MMMM d',
  m: 'MMMM d',
  o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
  t: 'h:mm tt',
  T: 'h:mm:ss tt',
  u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
  U: 'dddd, MMMM d, yyyy h:mm:ss tt',
  y: 'MMMM yyyy',
  Y: 'MMMM yyyy',
};

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

function offsetText(d: PSDateTime, width: number): string {
  const total = d.utcOffsetMinutes;
  const sign = total < 0 ? '-' : '+';
  const a = Math.abs(total);
  const h = Math.floor(a / 60);
  if (width === 1) return `${sign}${h}`;
  if (width === 2) return `${sign}${pad(h, 2)}`;
  return `${sign}${pad(h, 2)}:${pad(a % 60, 2)}`;
}

function runLength(format: string, i: number): number {
  const c = format[i];
  let n = 1;
  while (format[i + n] === c) n++;
  return n;
}

/** Formats with a custom pattern. */
export function formatDateTimeCustom(d: PSDateTime, format: string): string {
  let out = '';
  for (let i = 0; i < format.length;) {
    const c = format[i] ?? '';
    const n = runLength(format, i);
    switch (c) {
      case 'd':
        out +=
          n === 1
            ? String(d.day)
            : n === 2
              ? pad(d.day, 2)
              : n === 3
                ? (DAYS[d.dayOfWeek] ?? '').slice(0, 3)
                : (DAYS[d.dayOfWeek] ?? '');
        break;
      case 'f':
      case 'F': {
        if (n > 7) throw formatError('InvalidDateFormat');
        let digits = pad(d.fractionTicks, 7).slice(0, n);
        if (c === 'F') digits = digits.replace(/0+$/, '');
        if (c === 'F' && digits === '' && out.endsWith('.')) out = out.slice(0, -1);
        out += digits;
        break;
      }
      case 'g':
        out += 'A.D.';
        break;
      case 'h': {
        const h12 = d.hour % 12 === 0 ? 12 : d.hour % 12;
        out += n === 1 ? String(h12) : pad(h12, 2);
        break;
      }
      case 'H':
        out += n === 1 ? String(d.hour) : pad(d.hour, 2);
        break;
      case 'K':
        out += d.kind === 'Utc' ? 'Z' : d.kind === 'Local' ? offsetText(d, 3) : '';
        break;
      case 'm':
        out += n === 1 ? String(d.minute) : pad(d.minute, 2);
        break;
      case 'M':
        out +=
          n === 1
            ? String(d.month)
            : n === 2
              ? pad(d.month, 2)
              : n === 3
                ? (MONTHS[d.month - 1] ?? '').slice(0, 3)
                : (MONTHS[d.month - 1] ?? '');
        break;
      case 's':
        out += n === 1 ? String(d.second) : pad(d.second, 2);
        break;
      case 't':
        out += n === 1 ? (d.hour < 12 ? 'A' : 'P') : d.hour < 12 ? 'AM' : 'PM';
        break;
      case 'y':
        out += n === 1 ? String(d.year % 100) : n === 2 ? pad(d.year % 100, 2) : pad(d.year, n);
        break;
      case 'z':
        out += offsetText(d, Math.min(n, 3));
        break;
      case ':':
        out += ':'.repeat(n);
        break;
      case '/':
        out += '/'.repeat(n);
        break;
      case "'":
      case '"': {
        const end = format.indexOf(c, i + 1);
        if (end < 0) throw formatError('InvalidDateFormat');
        out += format.slice(i + 1, end);
        i = end + 1;
        continue;
      }
      case '%':
        i += 1;
        continue;
      case '\\':
        out += format[i + 1] ?? '';
        i += 2;
        continue;
      default:
        out += c.repeat(n);
    }
    i += n;
  }
  return out;
}

/** DateTime.ToString(format) in en-US; empty format is "G". */
export function formatDateTime(d: PSDateTime, format?: string): string {
  const f = format === undefined || format === '' ? 'G' : format;
  if (f.length === 1) {
    const pattern = EN_US_DATE_PATTERNS[f];
    if (pattern === undefined) throw formatError('InvalidDateFormat');
    if (f === 'r' || f === 'R')
      return formatDateTimeCustom(d.kind === 'Local' ? d.toUniversalTime() : d, pattern);
    if (f === 'U') return formatDateTimeCustom(d.toUniversalTime(), pattern);
    return formatDateTimeCustom(d, pattern);
  }
  return formatDateTimeCustom(d, f);
}

// Get-Date -UFormat: the Unix strftime specifiers PowerShell supports, en-US.
import type { PSDateTime } from '../../values/ps-datetime.js';
import { formatDateTime } from '../../text/index.js';

const two = (n: number) => String(n).padStart(2, '0');

export function uformat(d: PSDateTime, format: string): string {
  return format.replace(/%([a-zA-Z%])/g, (whole, c: string) => {
    switch (c) {
      case 'Y':
        return String(d.year);
      case 'y':
        return two(d.year % 100);
      case 'm':
        return two(d.month);
      case 'd':
        return two(d.day);
      case 'e':
        return String(d.day).padStart(2, ' ');
      case 'H':
        return two(d.hour);
      case 'I':
        return two(d.hour % 12 || 12);
      case 'M':
        return two(d.minute);
      case 'S':
        return two(d.second);
      case 'p':
        return d.hour < 12 ? 'AM' : 'PM';
      case 'A':
        return formatDateTime(d, 'dddd');
      case 'a':
        return formatDateTime(d, 'ddd');
      case 'B':
        return formatDateTime(d, 'MMMM');
      case 'b':
      case 'h':
        return formatDateTime(d, 'MMM');
      case 'j':
        return String(
          Math.floor((Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(d.year, 0, 1)) / 86_400_000) + 1,
        ).padStart(3, '0');
      case 'D':
        return `${two(d.month)}/${two(d.day)}/${two(d.year % 100)}`;
      case 'F':
        return `${d.year}-${two(d.month)}-${two(d.day)}`;
      case 'T':
        return `${two(d.hour)}:${two(d.minute)}:${two(d.second)}`;
      case 'R':
        return `${two(d.hour)}:${two(d.minute)}`;
      case 's':
        return String(Math.floor(Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute, d.second) / 1000));
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case '%':
        return '%';
      default:
        return whole;
    }
  });
}

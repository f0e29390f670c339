// TimeSpan.ToString(format): standard c/t/T, g, G and custom patterns (d h hh m mm s ss f F, quoted or \-escaped literals).
import type { PSTimeSpan } from '../values/ps-timespan.js';
import { TICKS_PER_DAY, TICKS_PER_SECOND } from '../values/ps-timespan.js';
import { formatError } from './format-error.js';

const pad = (n: number | bigint, w: number): string => n.toString().padStart(w, '0');

function parts(ts: PSTimeSpan): {
  neg: boolean;
  days: bigint;
  h: number;
  m: number;
  s: number;
  frac: number;
} {
  const neg = ts.ticks < 0n;
  const t = neg ? -ts.ticks : ts.ticks;
  const rem = Number(t % TICKS_PER_DAY);
  const secs = Math.floor(rem / Number(TICKS_PER_SECOND));
  return {
    neg,
    days: t / TICKS_PER_DAY,
    h: Math.floor(secs / 3600),
    m: Math.floor(secs / 60) % 60,
    s: secs % 60,
    frac: Number(t % TICKS_PER_SECOND),
  };
}

function custom(ts: PSTimeSpan, format: string): string {
  const p = parts(ts);
  let out = '';
  for (let i = 0; i < format.length;) {
    const c = format[i] ?? '';
    let n = 1;
    while (format[i + n] === c) n++;
    switch (c) {
      case 'd':
        if (n > 8) throw formatError('InvalidTimeSpanFormat');
        out += pad(p.days, n);
        break;
      case 'h':
        if (n > 2) throw formatError('InvalidTimeSpanFormat');
        out += pad(p.h, n);
        break;
      case 'm':
        if (n > 2) throw formatError('InvalidTimeSpanFormat');
        out += pad(p.m, n);
        break;
      case 's':
        if (n > 2) throw formatError('InvalidTimeSpanFormat');
        out += pad(p.s, n);
        break;
      case 'f':
      case 'F': {
        if (n > 7) throw formatError('InvalidTimeSpanFormat');
        const digits = pad(p.frac, 7).slice(0, n);
        out += c === 'F' ? digits.replace(/0+$/, '') : digits;
        break;
      }
      case "'":
      case '"': {
        const end = format.indexOf(c, i + 1);
        if (end < 0) throw formatError('InvalidTimeSpanFormat');
        out += format.slice(i + 1, end);
        i = end + 1;
        continue;
      }
      case '\\':
        out += format[i + 1] ?? '';
        i += 2;
        continue;
      case '%':
        i += 1;
        continue;
      default:
        // Unlike DateTime, TimeSpan custom formats reject unescaped literal characters.
        throw formatError('InvalidTimeSpanFormat');
    }
    i += n;
  }
  return out;
}

/** TimeSpan.ToString(format), invariant/en-US. */
export function formatTimeSpan(ts: PSTimeSpan, format?: string): string {
  const f = format ?? '';
  if (f === '' || f === 'c' || f === 't' || f === 'T') return ts.toString();
  const p = parts(ts);
  const sign = p.neg ? '-' : '';
  if (f === 'g') {
    const frac = p.frac > 0 ? `.${pad(p.frac, 7).replace(/0+$/, '')}` : '';
    return `${sign}${p.days > 0n ? `${p.days}:` : ''}${p.h}:${pad(p.m, 2)}:${pad(p.s, 2)}${frac}`;
  }
  if (f === 'G') return `${sign}${p.days}:${pad(p.h, 2)}:${pad(p.m, 2)}:${pad(p.s, 2)}.${pad(p.frac, 7)}`;
  if (f.length === 1 && f !== '%') throw formatError('InvalidTimeSpanFormat');
  return custom(ts, f);
}

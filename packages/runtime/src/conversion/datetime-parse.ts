// DateTime.Parse / TimeSpan.Parse with the invariant culture, for [datetime]'...' and [timespan]'...' casts.
import { dotNet } from './cast-errors.js';
import { PSDateTime } from '../values/ps-datetime.js';
import {
  PSTimeSpan,
  TICKS_PER_DAY,
  TICKS_PER_HOUR,
  TICKS_PER_MINUTE,
  TICKS_PER_SECOND,
} from '../values/ps-timespan.js';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export class DateTimeParseError extends Error {}

function monthFromWord(word: string): number | undefined {
  const w = word.toLowerCase();
  const i = MONTHS.findIndex(
    (m) => m === w || (w.length === 3 && m.startsWith(w)) || (w === 'sept' && m === 'september'),
  );
  return i < 0 ? undefined : i + 1;
}

function isDayWord(word: string): boolean {
  const w = word.toLowerCase();
  return DAYS.some((d) => d === w || (w.length === 3 && d.startsWith(w)));
}

function fractionTicks(frac: string | undefined): bigint {
  if (!frac) return 0n;
  return BigInt(frac.slice(0, 7).padEnd(7, '0'));
}

/** Builds the result; an explicit zone makes a Local time, as DateTime.Parse does. */
function build(
  text: string,
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  frac: bigint,
  offsetMinutes: number | undefined,
): PSDateTime {
  let dt: PSDateTime;
  try {
    dt = PSDateTime.fromParts(y, mo, d, h, mi, s, 0, 'Unspecified').addTicks(frac);
  } catch {
    throw new DateTimeParseError(dotNet('FormatBadDateTime', text));
  }
  if (offsetMinutes === undefined) return dt;
  const utc = new PSDateTime(dt.addMinutes(-offsetMinutes).ticks, 'Utc');
  return utc.toLocalTime();
}

/** DateTime.Parse(text, InvariantCulture). `now` supplies the date for time-only input and the year when missing. */
export function parseDateTime(text: string, now: PSDateTime = PSDateTime.now()): PSDateTime {
  const s = text.trim();
  const iso =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      s,
    );
  if (iso) {
    const [, y, mo, d, h, mi, sec, frac, zone] = iso;
    let offset: number | undefined;
    if (zone) {
      if (zone.toUpperCase() === 'Z') offset = 0;
      else {
        const digits = zone.replace(':', '');
        offset =
          (digits.startsWith('-') ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
      }
    }
    return build(
      text,
      Number(y),
      Number(mo),
      Number(d),
      Number(h ?? 0),
      Number(mi ?? 0),
      Number(sec ?? 0),
      fractionTicks(frac),
      offset,
    );
  }

  let rest = s;
  let h = 0;
  let mi = 0;
  let sec = 0;
  let frac = 0n;
  let hasTime = false;
  let timeEnd = -1;
  const time = /(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(am|pm|a|p)?(?![\w])/i.exec(rest);
  if (time) {
    hasTime = true;
    h = Number(time[1]);
    mi = Number(time[2]);
    sec = Number(time[3] ?? 0);
    frac = fractionTicks(time[4]);
    const ampm = time[5]?.toLowerCase();
    if (ampm) {
      if (h < 1 || h > 12) throw new DateTimeParseError(dotNet('FormatBadDateTime', text));
      if (ampm.startsWith('p') && h !== 12) h += 12;
      if (ampm.startsWith('a') && h === 12) h = 0;
    }
    if (h > 23 || mi > 59 || sec > 59) throw new DateTimeParseError(dotNet('FormatBadDateTime', text));
    timeEnd = time.index + time[0].length;
    rest = rest.slice(0, time.index) + ' '.repeat(time[0].length) + rest.slice(timeEnd);
  }

  let offset: number | undefined;
  const tokens: Array<{ text: string; index: number }> = [];
  // A zone offset (+02:00, -0500) only counts after the time of day; elsewhere '-' is a date separator.
  for (const m of rest.matchAll(/[A-Za-z]+|\d+|[+-]\d{2}:?\d{2}/g)) {
    const index = m.index ?? 0;
    if (/^[+-]/.test(m[0]) && !(hasTime && index >= timeEnd)) {
      for (const part of m[0].slice(1).split(':')) tokens.push({ text: part, index: index + 1 });
      continue;
    }
    tokens.push({ text: m[0], index });
  }
  const numbers: string[] = [];
  let month: number | undefined;
  for (const t of tokens) {
    if (/^\d+$/.test(t.text)) {
      numbers.push(t.text);
      continue;
    }
    if (/^[+-]/.test(t.text)) {
      const digits = t.text.replace(':', '');
      offset =
        (digits.startsWith('-') ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
      continue;
    }
    const mo = monthFromWord(t.text);
    if (mo !== undefined && month === undefined) {
      month = mo;
      continue;
    }
    if (isDayWord(t.text)) continue;
    if (/^(gmt|utc|z)$/i.test(t.text)) {
      offset = 0;
      continue;
    }
    throw new DateTimeParseError(dotNet('UnknownDateTimeWord', text, t.index));
  }
  const bad = (): never => {
    throw new DateTimeParseError(dotNet('FormatBadDateTime', text));
  };
  if (/[^\sA-Za-z0-9/.,:+-]/.test(rest)) bad();
  let y = now.year;
  let mo: number;
  let d: number;
  const num = numbers.map(Number);
  if (month !== undefined) {
    mo = month;
    if (num.length === 1) d = num[0] ?? bad();
    else if (num.length === 2) {
      const [a = 0, b = 0] = num;
      const aIsYear = (numbers[0] ?? '').length > 2 || a > 31;
      [d, y] = aIsYear ? [b, a] : [a, b];
    } else return bad();
  } else if (num.length === 3) {
    const [a = 0, b = 0, c = 0] = num;
    if ((numbers[0] ?? '').length >= 3) [y, mo, d] = [a, b, c];
    else [mo, d, y] = [a, b, c];
    if ((numbers[2] ?? '').length <= 2 && (numbers[0] ?? '').length < 3) y += y < 50 ? 2000 : 1900;
  } else if (num.length === 2) {
    [mo = 0, d = 0] = num;
  } else if (num.length === 0 && hasTime) {
    [y, mo, d] = [now.year, now.month, now.day];
  } else return bad();
  return build(text, y, mo, d, h, mi, sec, frac, offset);
}

/** TimeSpan.Parse(text, InvariantCulture): [-]d | [-][d.]hh:mm[:ss[.fffffff]] | [-]d:hh:mm:ss[.f]. */
export function parseTimeSpan(text: string): PSTimeSpan {
  const s = text.trim();
  const fail = (): never => {
    throw new DateTimeParseError(dotNet('FormatBadTimeSpan', text));
  };
  const outOfRange = (): never => {
    throw new DateTimeParseError(dotNet('TimeSpanComponentRange', text));
  };
  const daysOnly = /^(-)?(\d+)$/.exec(s);
  if (daysOnly) {
    const ticks = BigInt(daysOnly[2] ?? '0') * TICKS_PER_DAY;
    return new PSTimeSpan(daysOnly[1] ? -ticks : ticks);
  }
  const m =
    /^(-)?(?:(\d+)\.)?(\d+):(\d+)(?::(\d+)(?:\.(\d{1,7}))?)?$/.exec(s) ??
    /^(-)?(\d+):(\d+):(\d+):(\d+)(?:\.(\d{1,7}))?$/.exec(s);
  if (!m) return fail();
  const [, neg, days, a, b, c, f] = m;
  const hh = Number(a);
  const mm = Number(b);
  const ss = Number(c ?? 0);
  if (hh > 23 || mm > 59 || ss > 59) outOfRange();
  const ticks =
    BigInt(days ?? '0') * TICKS_PER_DAY +
    BigInt(hh) * TICKS_PER_HOUR +
    BigInt(mm) * TICKS_PER_MINUTE +
    BigInt(ss) * TICKS_PER_SECOND +
    fractionTicks(f);
  return new PSTimeSpan(neg ? -ticks : ticks);
}

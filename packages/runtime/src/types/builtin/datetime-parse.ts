// DateTime.Parse / ParseExact for the en-US and invariant cultures (RV1's conversion may supersede Parse).
import { PSDateTime } from '../../values/ps-datetime.js';

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

interface Fields {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  fraction?: number;
  pm?: boolean;
  offsetMinutes?: number;
  utc?: boolean;
}

function monthIndex(name: string): number {
  const n = name.toLowerCase();
  return MONTHS.findIndex((m) => m === n || m.slice(0, 3) === n) + 1;
}

function build(f: Fields): PSDateTime | undefined {
  const now = PSDateTime.now();
  let hour = f.hour ?? 0;
  if (f.pm !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (f.pm ? 12 : 0);
  }
  let year = f.year ?? now.year;
  if (year < 100 && f.year !== undefined && String(f.year).length <= 2) year += year < 50 ? 2000 : 1900;
  try {
    const base = PSDateTime.fromParts(
      year,
      f.month ?? 1,
      f.day ?? 1,
      hour,
      f.minute ?? 0,
      f.second ?? 0,
      0,
      'Unspecified',
    );
    const exact = base.addTicks(Math.round((f.fraction ?? 0) * 10_000_000));
    if (f.offsetMinutes !== undefined || f.utc) {
      // An explicit zone makes the result Local time, as DateTime.Parse does.
      const utc = exact.addTicks(-BigInt(f.offsetMinutes ?? 0) * 600_000_000n).specifyKind('Utc');
      return utc.toLocalTime();
    }
    return exact;
  } catch {
    return undefined;
  }
}

function zone(text: string | undefined): Pick<Fields, 'offsetMinutes' | 'utc'> {
  if (!text) return {};
  if (/^(z|gmt|utc)$/i.test(text.trim())) return { utc: true, offsetMinutes: 0 };
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(text.trim());
  if (!m) return {};
  return { offsetMinutes: (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) };
}

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(am|pm|a\.m\.|p\.m\.)?`;

/** DateTime.Parse with InvariantCulture/en-US rules for the formats scripts use; undefined when unrecognised. */
export function parseDateTime(text: string): PSDateTime | undefined {
  const s = text.trim().replace(/\s+/g, ' ');
  const time = (m: RegExpExecArray, i: number): Fields => ({
    ...(m[i] ? { hour: Number(m[i]), minute: Number(m[i + 1]), second: Number(m[i + 2] ?? 0) } : {}),
    ...(m[i + 3] ? { fraction: Number(`0.${m[i + 3]}`) } : {}),
    ...(m[i + 4] ? { pm: m[i + 4]!.toLowerCase().startsWith('p') } : {}),
  });
  let m = new RegExp(
    String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]${TIME})?\s*(Z|[+-]\d{2}:?\d{2})?$`,
    'i',
  ).exec(s);
  if (m)
    return build({
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      ...time(m, 4),
      ...zone(m[9]),
    });
  m = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{2,4})(?:,? ${TIME})?$`, 'i').exec(s);
  if (m) return build({ month: Number(m[1]), day: Number(m[2]), year: Number(m[3]), ...time(m, 4) });
  m = new RegExp(String.raw`^(\d{4})/(\d{1,2})/(\d{1,2})(?: ${TIME})?$`, 'i').exec(s);
  if (m) return build({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), ...time(m, 4) });
  // "Tue, 03 Jan 2023 10:00:00 GMT", "3 January 2023", "January 3, 2023 10:00 AM"
  m = new RegExp(
    String.raw`^(?:[a-z]+,? )?(\d{1,2}) ([a-z]+)\.?,? (\d{4})(?: ${TIME})?(?: (gmt|utc|z|[+-]\d{2}:?\d{2}))?$`,
    'i',
  ).exec(s);
  if (m && monthIndex(m[2]!) > 0)
    return build({
      day: Number(m[1]),
      month: monthIndex(m[2]!),
      year: Number(m[3]),
      ...time(m, 4),
      ...zone(m[9]),
    });
  m = new RegExp(String.raw`^(?:[a-z]+,? )?([a-z]+)\.? (\d{1,2}),? (\d{4})(?: ${TIME})?$`, 'i').exec(s);
  if (m && monthIndex(m[1]!) > 0)
    return build({ month: monthIndex(m[1]!), day: Number(m[2]), year: Number(m[3]), ...time(m, 4) });
  m = new RegExp(String.raw`^${TIME}$`, 'i').exec(s);
  if (m) {
    const today = PSDateTime.now();
    return build({ year: today.year, month: today.month, day: today.day, ...time(m, 1) });
  }
  return undefined;
}

/** Custom format tokens in longest-first order. */
const TOKEN =
  /(yyyy|yyy|yy|y|MMMM|MMM|MM|M|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|f{1,7}|F{1,7}|tt|t|zzz|zz|z|K|'[^']*'|"[^"]*"|\\.|.)/g;

/** DateTime.ParseExact with a custom (or single-letter standard) format, invariant culture. */
export function parseDateTimeExact(text: string, format: string): PSDateTime | undefined {
  const standard: Record<string, string> = {
    d: 'MM/dd/yyyy',
    D: 'dddd, dd MMMM yyyy',
    s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
    u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
    o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    g: 'MM/dd/yyyy HH:mm',
    G: 'MM/dd/yyyy HH:mm:ss',
    t: 'HH:mm',
    T: 'HH:mm:ss',
    r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
    R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  };
  const fmt = format.length === 1 ? (standard[format] ?? format) : format;
  const groups: Array<(v: string, f: Fields) => boolean> = [];
  let pattern = '';
  for (const token of fmt.match(TOKEN) ?? []) {
    const numeric = (re: string, set: (n: number, f: Fields) => void): void => {
      pattern += `(${re})`;
      groups.push((v, f) => (set(Number(v), f), true));
    };
    switch (token) {
      case 'yyyy':
      case 'yyy':
        numeric('\\d{4}', (n, f) => (f.year = n));
        break;
      case 'yy':
      case 'y':
        numeric(token === 'yy' ? '\\d{2}' : '\\d{1,2}', (n, f) => (f.year = n < 50 ? 2000 + n : 1900 + n));
        break;
      case 'MMMM':
      case 'MMM':
        pattern += '([A-Za-z]+)';
        groups.push(
          (v, f) =>
            (f.month = monthIndex(v)) > 0 &&
            (token === 'MMMM' ? v.length > 3 || v.toLowerCase() === 'may' : v.length === 3),
        );
        break;
      case 'dddd':
      case 'ddd':
        pattern += '([A-Za-z]+)';
        groups.push((v) => DAYS.some((d) => d === v.toLowerCase() || d.slice(0, 3) === v.toLowerCase()));
        break;
      case 'MM':
      case 'dd':
      case 'HH':
      case 'hh':
      case 'mm':
      case 'ss':
      case 'M':
      case 'd':
      case 'H':
      case 'h':
      case 'm':
      case 's': {
        const re = token.length === 2 ? '\\d{2}' : '\\d{1,2}';
        const key = ({ M: 'month', d: 'day', H: 'hour', h: 'hour', m: 'minute', s: 'second' } as const)[
          token[0] as 'M'
        ];
        numeric(re, (n, f) => (f[key] = n));
        break;
      }
      case 'tt':
      case 't':
        pattern += token === 'tt' ? '(AM|PM)' : '(A|P)';
        groups.push((v, f) => ((f.pm = v.toUpperCase().startsWith('P')), true));
        break;
      case 'zzz':
      case 'zz':
      case 'z':
      case 'K':
        pattern += token === 'K' ? '(Z|[+-]\\d{2}:\\d{2})?' : '([+-]\\d{1,2}(?::\\d{2})?)';
        groups.push((v, f) => (Object.assign(f, zone(v)), true));
        break;
      default:
        if (/^f+$/i.test(token)) {
          pattern += token[0] === 'f' ? `(\\d{${token.length}})` : `(\\d{0,${token.length}})`;
          groups.push((v, f) => ((f.fraction = v ? Number(`0.${v}`) : 0), true));
        } else {
          const literal = /^['"]/.test(token)
            ? token.slice(1, -1)
            : token.startsWith('\\')
              ? token.slice(1)
              : token;
          pattern += literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
        }
    }
  }
  const m = new RegExp(`^${pattern}$`, 'i').exec(text.trim());
  if (!m) return undefined;
  const fields: Fields = {};
  for (let i = 0; i < groups.length; i++) if (!groups[i]!(m[i + 1] ?? '', fields)) return undefined;
  if (fields.pm !== undefined && fields.hour !== undefined && fields.hour > 12) return undefined;
  return build(fields);
}

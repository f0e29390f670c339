// [datetime] and [timespan] statics and constructors.
import { PSDateTime, type DateTimeKind } from '../../values/ps-datetime.js';
import { PSTimeSpan } from '../../values/ps-timespan.js';
import { dotNetError } from '../errors.js';
import { method } from '../method-def.js';
import type { PSReferenceLike } from '../reference.js';
import type { TypeInfoInit } from '../type-info.js';
import { parseDateTime, parseDateTimeExact } from './datetime-parse.js';
import { constant, num, prop, str } from './define.js';

/** Ticks between 0001-01-01 and 1601-01-01 (the FILETIME epoch). */
const FILETIME_EPOCH_TICKS = 504_911_232_000_000_000n;
const KINDS: readonly DateTimeKind[] = ['Unspecified', 'Utc', 'Local'];

function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RangeError) throw dotNetError('System.ArgumentOutOfRangeException', e.message);
    throw e;
  }
}

function parseOrThrow(text: string | null): PSDateTime {
  if (text === null)
    throw dotNetError(
      'System.ArgumentNullException',
      "String reference not set to an instance of a String. (Parameter 's')",
    );
  const d = parseDateTime(text);
  if (!d)
    throw dotNetError(
      'System.FormatException',
      `The string '${text}' was not recognized as a valid DateTime. There is an unknown word starting at index '0'.`,
    );
  return d;
}

function parseExactOrThrow(text: string | null, formats: readonly string[]): PSDateTime {
  for (const f of formats) {
    const d = parseDateTimeExact(text ?? '', f);
    if (d) return d;
  }
  throw dotNetError(
    'System.FormatException',
    `String '${text ?? ''}' was not recognized as a valid DateTime.`,
  );
}

const parts = (a: unknown[], kind: DateTimeKind = 'Unspecified'): PSDateTime =>
  guard(() =>
    PSDateTime.fromParts(
      num(a[0]),
      num(a[1]),
      num(a[2]),
      num(a[3] ?? 0),
      num(a[4] ?? 0),
      num(a[5] ?? 0),
      num(a[6] ?? 0),
      kind,
    ),
  );

export const DateTimeType: TypeInfoInit = {
  fullName: 'System.DateTime',
  baseType: 'System.ValueType',
  isValueType: true,
  interfaces: ['System.IComparable', 'System.IFormattable', 'System.IConvertible'],
  isInstance: (v) => v instanceof PSDateTime,
  staticProperties: [
    prop('Now', 'datetime', () => PSDateTime.now()),
    prop('UtcNow', 'datetime', () => PSDateTime.utcNow()),
    prop('Today', 'datetime', () => PSDateTime.today()),
    constant('MinValue', 'datetime', new PSDateTime(0n)),
    constant('MaxValue', 'datetime', new PSDateTime(3_155_378_975_999_999_999n)),
    constant('UnixEpoch', 'datetime', new PSDateTime(621_355_968_000_000_000n, 'Utc')),
  ],
  staticMethods: [
    method<null>(
      'Parse',
      ['static datetime Parse(string s)', (_t, a) => parseOrThrow(a[0] as string | null)],
      [
        'static datetime Parse(string s, System.IFormatProvider provider)',
        (_t, a) => parseOrThrow(a[0] as string | null),
      ],
    ),
    method<null>(
      'ParseExact',
      [
        'static datetime ParseExact(string s, string format, System.IFormatProvider provider)',
        (_t, a) => parseExactOrThrow(a[0] as string | null, [str(a[1])]),
      ],
      [
        'static datetime ParseExact(string s, string format, System.IFormatProvider provider, System.Globalization.DateTimeStyles style)',
        (_t, a) => parseExactOrThrow(a[0] as string | null, [str(a[1])]),
      ],
      [
        'static datetime ParseExact(string s, string[] formats, System.IFormatProvider provider, System.Globalization.DateTimeStyles style)',
        (_t, a) => parseExactOrThrow(a[0] as string | null, (a[1] as string[]) ?? []),
      ],
    ),
    method<null>('TryParse', [
      'static bool TryParse(string s, [ref] datetime result)',
      (_t, a) => {
        const d = a[0] === null ? undefined : parseDateTime(str(a[0]));
        (a[1] as PSReferenceLike).value = d ?? new PSDateTime(0n);
        return d !== undefined;
      },
    ]),
    method<null>('TryParseExact', [
      'static bool TryParseExact(string s, string format, System.IFormatProvider provider, System.Globalization.DateTimeStyles style, [ref] datetime result)',
      (_t, a) => {
        const d = parseDateTimeExact(str(a[0]), str(a[1]));
        (a[4] as PSReferenceLike).value = d ?? new PSDateTime(0n);
        return d !== undefined;
      },
    ]),
    method<null>('FromFileTime', [
      'static datetime FromFileTime(long fileTime)',
      (_t, a) => guard(() => new PSDateTime(FILETIME_EPOCH_TICKS + BigInt(num(a[0])), 'Utc').toLocalTime()),
    ]),
    method<null>('FromFileTimeUtc', [
      'static datetime FromFileTimeUtc(long fileTime)',
      (_t, a) => guard(() => new PSDateTime(FILETIME_EPOCH_TICKS + BigInt(num(a[0])), 'Utc')),
    ]),
    method<null>('FromOADate', [
      'static datetime FromOADate(double d)',
      (_t, a) => guard(() => PSDateTime.fromParts(1899, 12, 30).addDays(num(a[0]))),
    ]),
    method<null>('DaysInMonth', [
      'static int DaysInMonth(int year, int month)',
      (_t, a) => {
        if (num(a[1]) < 1 || num(a[1]) > 12)
          throw dotNetError(
            'System.ArgumentOutOfRangeException',
            "Month must be between one and twelve. (Parameter 'month')",
          );
        return PSDateTime.daysInMonth(num(a[0]), num(a[1]));
      },
    ]),
    method<null>('IsLeapYear', [
      'static bool IsLeapYear(int year)',
      (_t, a) => PSDateTime.isLeapYear(num(a[0])),
    ]),
    method<null>('SpecifyKind', [
      'static datetime SpecifyKind(datetime value, System.DateTimeKind kind)',
      (_t, a) => (a[0] as PSDateTime).specifyKind(KINDS[num(a[1])] ?? 'Unspecified'),
    ]),
    method<null>('Compare', [
      'static int Compare(datetime t1, datetime t2)',
      (_t, a) => (a[0] as PSDateTime).compareTo(a[1] as PSDateTime),
    ]),
  ],
  constructors: method<null>(
    'new',
    ['datetime new(long ticks)', (_t, a) => guard(() => new PSDateTime(BigInt(num(a[0]))))],
    [
      'datetime new(long ticks, System.DateTimeKind kind)',
      (_t, a) => guard(() => new PSDateTime(BigInt(num(a[0])), KINDS[num(a[1])])),
    ],
    ['datetime new(int year, int month, int day)', (_t, a) => parts(a)],
    ['datetime new(int year, int month, int day, int hour, int minute, int second)', (_t, a) => parts(a)],
    [
      'datetime new(int year, int month, int day, int hour, int minute, int second, System.DateTimeKind kind)',
      (_t, a) => parts([...a.slice(0, 6), 0], KINDS[num(a[6])]),
    ],
    [
      'datetime new(int year, int month, int day, int hour, int minute, int second, int millisecond)',
      (_t, a) => parts(a),
    ],
    [
      'datetime new(int year, int month, int day, int hour, int minute, int second, int millisecond, System.DateTimeKind kind)',
      (_t, a) => parts(a, KINDS[num(a[7])]),
    ],
  ),
};

/** TimeSpan.Parse: [-][d.]hh:mm[:ss[.fffffff]] or a day count. */
export function parseTimeSpan(text: string): PSTimeSpan | undefined {
  const m = /^\s*(-)?(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?\s*$/.exec(text);
  if (!m) {
    const days = /^\s*(-)?(\d+)\s*$/.exec(text);
    return days ? PSTimeSpan.fromDays(Number(days[2]) * (days[1] ? -1 : 1)) : undefined;
  }
  if (Number(m[3]) > 23 || Number(m[4]) > 59 || Number(m[5] ?? 0) > 59) return undefined;
  const ticks =
    BigInt(Number(m[2] ?? 0)) * 864_000_000_000n +
    BigInt(Number(m[3])) * 36_000_000_000n +
    BigInt(Number(m[4])) * 600_000_000n +
    BigInt(Number(m[5] ?? 0)) * 10_000_000n +
    BigInt((m[6] ?? '').padEnd(7, '0') || '0');
  return new PSTimeSpan(m[1] ? -ticks : ticks);
}

const span = (fn: (v: number) => PSTimeSpan) => (_t: null, a: unknown[]) => guard(() => fn(num(a[0])));

export const TimeSpanType: TypeInfoInit = {
  fullName: 'System.TimeSpan',
  baseType: 'System.ValueType',
  isValueType: true,
  isInstance: (v) => v instanceof PSTimeSpan,
  staticProperties: [
    constant('Zero', 'timespan', PSTimeSpan.zero),
    constant('MaxValue', 'timespan', new PSTimeSpan(9_223_372_036_854_775_807n)),
    constant('MinValue', 'timespan', new PSTimeSpan(-9_223_372_036_854_775_808n)),
    constant('TicksPerDay', 'long', 864_000_000_000),
    constant('TicksPerHour', 'long', 36_000_000_000),
    constant('TicksPerMinute', 'long', 600_000_000),
    constant('TicksPerSecond', 'long', 10_000_000),
    constant('TicksPerMillisecond', 'long', 10_000),
  ],
  staticMethods: [
    method<null>('FromDays', ['static timespan FromDays(double value)', span(PSTimeSpan.fromDays)]),
    method<null>('FromHours', ['static timespan FromHours(double value)', span(PSTimeSpan.fromHours)]),
    method<null>('FromMinutes', ['static timespan FromMinutes(double value)', span(PSTimeSpan.fromMinutes)]),
    method<null>('FromSeconds', ['static timespan FromSeconds(double value)', span(PSTimeSpan.fromSeconds)]),
    method<null>('FromMilliseconds', [
      'static timespan FromMilliseconds(double value)',
      span(PSTimeSpan.fromMilliseconds),
    ]),
    method<null>('FromTicks', [
      'static timespan FromTicks(long value)',
      span((v) => new PSTimeSpan(BigInt(v))),
    ]),
    method<null>('Parse', [
      'static timespan Parse(string s)',
      (_t, a) => {
        const r = parseTimeSpan(str(a[0]));
        if (!r)
          throw dotNetError(
            'System.FormatException',
            `String '${str(a[0])}' was not recognized as a valid TimeSpan.`,
          );
        return r;
      },
    ]),
    method<null>('TryParse', [
      'static bool TryParse(string s, [ref] timespan result)',
      (_t, a) => {
        const r = parseTimeSpan(str(a[0]));
        (a[1] as PSReferenceLike).value = r ?? PSTimeSpan.zero;
        return r !== undefined;
      },
    ]),
    method<null>('Compare', [
      'static int Compare(timespan t1, timespan t2)',
      (_t, a) => (a[0] as PSTimeSpan).compareTo(a[1] as PSTimeSpan),
    ]),
  ],
  constructors: method<null>(
    'new',
    ['timespan new(long ticks)', (_t, a) => new PSTimeSpan(BigInt(num(a[0])))],
    [
      'timespan new(int hours, int minutes, int seconds)',
      (_t, a) => PSTimeSpan.fromParts(0, num(a[0]), num(a[1]), num(a[2])),
    ],
    [
      'timespan new(int days, int hours, int minutes, int seconds)',
      (_t, a) => PSTimeSpan.fromParts(num(a[0]), num(a[1]), num(a[2]), num(a[3])),
    ],
    [
      'timespan new(int days, int hours, int minutes, int seconds, int milliseconds)',
      (_t, a) => PSTimeSpan.fromParts(num(a[0]), num(a[1]), num(a[2]), num(a[3]), num(a[4])),
    ],
  ),
};

// Members of [datetime] (PSDateTime) and [timespan] (PSTimeSpan).
import { PSDateTime } from '../../values/ps-datetime.js';
import { PSEnumValue } from '../../values/ps-enum.js';
import { int64Value } from '../../values/ps-int64.js';
import { PSTimeSpan } from '../../values/ps-timespan.js';
import { dotNetError } from '../../types/errors.js';
import { adapter, instanceMethod as m, type Receiver } from '../adapter.js';
import type { MemberContext } from '../member-context.js';
import { formatted } from './common.js';

const n = (v: unknown): number => v as number;
const FILETIME_EPOCH_TICKS = 504_911_232_000_000_000n;
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

function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RangeError)
      throw dotNetError('System.ArgumentOutOfRangeException', `${e.message} (Parameter 'value')`);
    throw e;
  }
}

function enumValue(ctx: MemberContext, typeName: string, value: number): unknown {
  const info = ctx.types.get(typeName)?.enumInfo;
  return info ? new PSEnumValue(info, value) : value;
}

const p2 = (x: number): string => String(x).padStart(2, '0');
const h12 = (d: PSDateTime): number => (d.hour % 12 === 0 ? 12 : d.hour % 12);
const ampm = (d: PSDateTime): string => (d.hour < 12 ? 'AM' : 'PM');

/** en-US fixed patterns of the ToShort/ToLong*String methods. */
export const DateTexts = {
  shortDate: (d: PSDateTime): string => `${d.month}/${d.day}/${String(d.year).padStart(4, '0')}`,
  longDate: (d: PSDateTime): string => `${d.dayOfWeekName}, ${MONTHS[d.month - 1]} ${d.day}, ${d.year}`,
  shortTime: (d: PSDateTime): string => `${h12(d)}:${p2(d.minute)} ${ampm(d)}`,
  longTime: (d: PSDateTime): string => `${h12(d)}:${p2(d.minute)}:${p2(d.second)} ${ampm(d)}`,
};

const add = (name: string, unit: string, fn: (d: PSDateTime, v: number) => PSDateTime) =>
  m<PSDateTime>(name, [`datetime ${name}(${unit} value)`, (r, a) => guard(() => fn(r.self, n(a[0])))]);

type D = Receiver<PSDateTime>;

export const DateTimeAdapter = adapter<PSDateTime>(
  [
    // types.ps1xml's DateTime script property (listed before the adapted ones, as pwsh's extended members are).
    ['DateTime', 'System.Object', (d) => `${DateTexts.longDate(d)} ${DateTexts.longTime(d)}`],
    ['Year', 'int', (d) => d.year],
    ['Month', 'int', (d) => d.month],
    ['Day', 'int', (d) => d.day],
    ['Hour', 'int', (d) => d.hour],
    ['Minute', 'int', (d) => d.minute],
    ['Second', 'int', (d) => d.second],
    ['Millisecond', 'int', (d) => d.millisecond],
    ['Microsecond', 'int', (d) => Math.floor(d.fractionTicks / 10) % 1000],
    ['Ticks', 'long', (d) => int64Value(d.ticks)],
    [
      'Kind',
      'System.DateTimeKind',
      (d, ctx) => enumValue(ctx, 'System.DateTimeKind', ['Unspecified', 'Utc', 'Local'].indexOf(d.kind)),
    ],
    ['DayOfWeek', 'System.DayOfWeek', (d, ctx) => enumValue(ctx, 'System.DayOfWeek', d.dayOfWeek)],
    ['DayOfYear', 'int', (d) => d.dayOfYear],
    ['Date', 'datetime', (d) => d.date],
    ['TimeOfDay', 'timespan', (d) => d.timeOfDay],
  ],
  [
    add('AddDays', 'double', (d, v) => d.addDays(v)),
    add('AddHours', 'double', (d, v) => d.addHours(v)),
    add('AddMinutes', 'double', (d, v) => d.addMinutes(v)),
    add('AddSeconds', 'double', (d, v) => d.addSeconds(v)),
    add('AddMilliseconds', 'double', (d, v) => d.addMilliseconds(v)),
    add('AddMonths', 'int', (d, v) => d.addMonths(v)),
    add('AddYears', 'int', (d, v) => d.addYears(v)),
    add('AddTicks', 'long', (d, v) => d.addTicks(v)),
    m<PSDateTime>('Add', [
      'datetime Add(timespan value)',
      (r: D, a) => guard(() => r.self.add(a[0] as PSTimeSpan)),
    ]),
    m<PSDateTime>(
      'Subtract',
      ['timespan Subtract(datetime value)', (r: D, a) => r.self.subtractDate(a[0] as PSDateTime)],
      [
        'datetime Subtract(timespan value)',
        (r: D, a) => guard(() => r.self.subtractSpan(a[0] as PSTimeSpan)),
      ],
    ),
    formatted<PSDateTime>(),
    m<PSDateTime>('ToShortDateString', ['string ToShortDateString()', (r: D) => DateTexts.shortDate(r.self)]),
    m<PSDateTime>('ToLongDateString', ['string ToLongDateString()', (r: D) => DateTexts.longDate(r.self)]),
    m<PSDateTime>('ToShortTimeString', ['string ToShortTimeString()', (r: D) => DateTexts.shortTime(r.self)]),
    m<PSDateTime>('ToLongTimeString', ['string ToLongTimeString()', (r: D) => DateTexts.longTime(r.self)]),
    m<PSDateTime>('ToUniversalTime', ['datetime ToUniversalTime()', (r: D) => r.self.toUniversalTime()]),
    m<PSDateTime>('ToLocalTime', ['datetime ToLocalTime()', (r: D) => r.self.toLocalTime()]),
    m<PSDateTime>('ToFileTime', [
      'long ToFileTime()',
      (r: D) => Number(r.self.toUniversalTime().ticks - FILETIME_EPOCH_TICKS),
    ]),
    m<PSDateTime>('ToFileTimeUtc', [
      'long ToFileTimeUtc()',
      (r: D) =>
        Number((r.self.kind === 'Local' ? r.self.toUniversalTime() : r.self).ticks - FILETIME_EPOCH_TICKS),
    ]),
    m<PSDateTime>('ToOADate', [
      'double ToOADate()',
      (r: D) => Number(r.self.ticks - PSDateTime.fromParts(1899, 12, 30).ticks) / 864_000_000_000,
    ]),
    m<PSDateTime>('IsDaylightSavingTime', [
      'bool IsDaylightSavingTime()',
      (r: D) => {
        if (r.self.kind === 'Utc') return false;
        const y = r.self.year;
        const std = Math.min(-new Date(y, 0, 1).getTimezoneOffset(), -new Date(y, 6, 1).getTimezoneOffset());
        return r.self.utcOffsetMinutes !== std;
      },
    ]),
    m<PSDateTime>('CompareTo', [
      'int CompareTo(System.Object value)',
      (r: D, a) =>
        a[0] instanceof PSDateTime ? r.self.compareTo(a[0]) : a[0] === null ? 1 : badCompare('DateTime'),
    ]),
    m<PSDateTime>('Equals', ['bool Equals(System.Object value)', (r: D, a) => r.self.equals(a[0])]),
  ],
);

function badCompare(type: string): never {
  throw dotNetError('System.ArgumentException', `Object must be of type ${type}.`);
}

type T = Receiver<PSTimeSpan>;

export const TimeSpanAdapter = adapter<PSTimeSpan>(
  // .NET 8's declaration order (what Select-Object *, Format-List * and ConvertTo-Json list).
  [
    ['Ticks', 'long', (t) => int64Value(t.ticks)],
    ['Days', 'int', (t) => t.days],
    ['Hours', 'int', (t) => t.hours],
    ['Milliseconds', 'int', (t) => t.milliseconds],
    ['Microseconds', 'int', (t) => Math.trunc(Number(t.ticks) / 10) % 1000],
    ['Nanoseconds', 'int', (t) => (Number(t.ticks) % 10) * 100],
    ['Minutes', 'int', (t) => t.minutes],
    ['Seconds', 'int', (t) => t.seconds],
    ['TotalDays', 'double', (t) => t.totalDays],
    ['TotalHours', 'double', (t) => t.totalHours],
    ['TotalMilliseconds', 'double', (t) => t.totalMilliseconds],
    ['TotalMicroseconds', 'double', (t) => Number(t.ticks) / 10],
    ['TotalNanoseconds', 'double', (t) => Number(t.ticks) * 100],
    ['TotalMinutes', 'double', (t) => t.totalMinutes],
    ['TotalSeconds', 'double', (t) => t.totalSeconds],
  ],
  [
    m<PSTimeSpan>('Add', ['timespan Add(timespan ts)', (r: T, a) => r.self.add(a[0] as PSTimeSpan)]),
    m<PSTimeSpan>('Subtract', [
      'timespan Subtract(timespan ts)',
      (r: T, a) => r.self.subtract(a[0] as PSTimeSpan),
    ]),
    m<PSTimeSpan>('Negate', ['timespan Negate()', (r: T) => r.self.negate()]),
    m<PSTimeSpan>('Duration', ['timespan Duration()', (r: T) => r.self.duration()]),
    m<PSTimeSpan>('Multiply', [
      'timespan Multiply(double factor)',
      (r: T, a) => new PSTimeSpan(BigInt(Math.round(Number(r.self.ticks) * n(a[0])))),
    ]),
    m<PSTimeSpan>('Divide', [
      'timespan Divide(double divisor)',
      (r: T, a) => {
        if (n(a[0]) === 0)
          throw dotNetError('System.ArgumentException', "Cannot divide by zero. (Parameter 'divisor')");
        return new PSTimeSpan(BigInt(Math.round(Number(r.self.ticks) / n(a[0]))));
      },
    ]),
    formatted<PSTimeSpan>(),
    m<PSTimeSpan>('CompareTo', [
      'int CompareTo(System.Object value)',
      (r: T, a) =>
        a[0] instanceof PSTimeSpan ? r.self.compareTo(a[0]) : a[0] === null ? 1 : badCompare('TimeSpan'),
    ]),
    m<PSTimeSpan>('Equals', ['bool Equals(System.Object value)', (r: T, a) => r.self.equals(a[0])]),
  ],
);

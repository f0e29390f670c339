// PSDateTime: System.DateTime as wall-clock ticks since 0001-01-01 plus a Kind, like .NET stores it.
import { dotNetRangeError } from './dotnet-error.js';
import {
  PSTimeSpan,
  TICKS_PER_DAY,
  TICKS_PER_MILLISECOND,
  TICKS_PER_SECOND,
  TICKS_PER_MINUTE,
  TICKS_PER_HOUR,
} from './ps-timespan.js';

export type DateTimeKind = 'Unspecified' | 'Utc' | 'Local';

/** Ticks at 1970-01-01T00:00:00. */
export const UNIX_EPOCH_TICKS = 621_355_968_000_000_000n;
export const MAX_DATETIME_TICKS = 3_155_378_975_999_999_999n;

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** A Date whose UTC fields are the given wall-clock fields (works for years 1..99, unlike Date.UTC). */
function wallDate(ms: number): Date {
  return new Date(ms);
}

function wallMsFromParts(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
): number {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, ms);
  return date.getTime();
}

function isValidDate(y: number, mo: number, d: number): boolean {
  if (!Number.isInteger(y) || y < 1 || y > 9999 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= PSDateTime.daysInMonth(y, mo);
}

export class PSDateTime {
  /** Wall-clock ticks; for Local kind they are local time, for Utc UTC time. */
  readonly ticks: bigint;
  readonly kind: DateTimeKind;

  constructor(ticks: bigint, kind: DateTimeKind = 'Unspecified') {
    if (ticks < 0n || ticks > MAX_DATETIME_TICKS) {
      throw dotNetRangeError('DateTimeUnrepresentable');
    }
    this.ticks = ticks;
    this.kind = kind;
  }

  static fromParts(
    year: number,
    month: number,
    day: number,
    hour = 0,
    minute = 0,
    second = 0,
    millisecond = 0,
    kind: DateTimeKind = 'Unspecified',
  ): PSDateTime {
    if (
      !isValidDate(year, month, day) ||
      hour < 0 ||
      hour > 23 ||
      minute < 0 ||
      minute > 59 ||
      second < 0 ||
      second > 59 ||
      millisecond < 0 ||
      millisecond > 999
    ) {
      throw dotNetRangeError('DateTimeBadParts');
    }
    return PSDateTime.fromWallMs(wallMsFromParts(year, month, day, hour, minute, second, millisecond), kind);
  }

  /** From milliseconds since 1970 of the wall clock (interpreted as-is, no time zone shift). */
  static fromWallMs(wallMs: number, kind: DateTimeKind = 'Unspecified', extraTicks = 0n): PSDateTime {
    return new PSDateTime(
      UNIX_EPOCH_TICKS + BigInt(Math.trunc(wallMs)) * TICKS_PER_MILLISECOND + extraTicks,
      kind,
    );
  }

  /** The instant of a JS Date, expressed in the requested kind (Local uses the process time zone). */
  static fromDate(date: Date, kind: 'Local' | 'Utc' = 'Local'): PSDateTime {
    const t = date.getTime();
    if (kind === 'Utc') return PSDateTime.fromWallMs(t, 'Utc');
    return PSDateTime.fromWallMs(t - date.getTimezoneOffset() * 60_000, 'Local');
  }

  static now(): PSDateTime {
    return PSDateTime.fromDate(new Date(), 'Local');
  }
  static utcNow(): PSDateTime {
    return PSDateTime.fromDate(new Date(), 'Utc');
  }
  static today(): PSDateTime {
    return PSDateTime.now().date;
  }

  static isLeapYear(year: number): boolean {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  }
  static daysInMonth(year: number, month: number): number {
    return (
      [31, PSDateTime.isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
    );
  }

  /** Milliseconds since 1970 of the wall clock fields (no time zone applied). */
  get wallMs(): number {
    return (
      Number((this.ticks - UNIX_EPOCH_TICKS) / TICKS_PER_MILLISECOND) -
      (this.ticks < UNIX_EPOCH_TICKS && (this.ticks - UNIX_EPOCH_TICKS) % TICKS_PER_MILLISECOND !== 0n
        ? 1
        : 0)
    );
  }

  /** The wall-clock fields as a UTC Date, computed once (instances are immutable). */
  #fieldsCache: Date | undefined;
  #fields(): Date {
    this.#fieldsCache ??= wallDate(this.wallMs);
    return this.#fieldsCache;
  }

  get year(): number {
    return this.#fields().getUTCFullYear();
  }
  get month(): number {
    return this.#fields().getUTCMonth() + 1;
  }
  get day(): number {
    return this.#fields().getUTCDate();
  }
  get hour(): number {
    return this.#fields().getUTCHours();
  }
  get minute(): number {
    return this.#fields().getUTCMinutes();
  }
  get second(): number {
    return this.#fields().getUTCSeconds();
  }
  get millisecond(): number {
    return this.#fields().getUTCMilliseconds();
  }
  /** Sub-second ticks (0..9,999,999), for the `fffffff` format. */
  get fractionTicks(): number {
    return Number(this.ticks % TICKS_PER_SECOND);
  }
  /** 0 = Sunday, as System.DayOfWeek. */
  get dayOfWeek(): number {
    return this.#fields().getUTCDay();
  }
  get dayOfWeekName(): string {
    return DAY_NAMES[this.dayOfWeek] ?? 'Sunday';
  }
  get dayOfYear(): number {
    const start = wallMsFromParts(this.year, 1, 1, 0, 0, 0, 0);
    return Math.floor((this.wallMs - start) / 86_400_000) + 1;
  }
  get date(): PSDateTime {
    return new PSDateTime(this.ticks - (this.ticks % TICKS_PER_DAY), this.kind);
  }
  get timeOfDay(): PSTimeSpan {
    return new PSTimeSpan(this.ticks % TICKS_PER_DAY);
  }

  /** The instant as a JS Date: Local and Unspecified are read as local time, as .NET's ToUniversalTime does. */
  toJSDate(): Date {
    if (this.kind === 'Utc') return new Date(this.wallMs);
    const f = this.#fields();
    const local = new Date(
      f.getUTCFullYear(),
      f.getUTCMonth(),
      f.getUTCDate(),
      f.getUTCHours(),
      f.getUTCMinutes(),
      f.getUTCSeconds(),
      f.getUTCMilliseconds(),
    );
    if (f.getUTCFullYear() < 100) local.setFullYear(f.getUTCFullYear());
    return local;
  }

  /** Offset from UTC in minutes: 0 for Utc, the local zone's offset at this moment otherwise. */
  get utcOffsetMinutes(): number {
    if (this.kind === 'Utc') return 0;
    return -this.toJSDate().getTimezoneOffset();
  }

  toUniversalTime(): PSDateTime {
    if (this.kind === 'Utc') return this;
    return PSDateTime.fromWallMs(this.toJSDate().getTime(), 'Utc', this.ticks % TICKS_PER_MILLISECOND);
  }

  /** Utc and Unspecified are treated as UTC (as .NET does); Local is unchanged. */
  toLocalTime(): PSDateTime {
    if (this.kind === 'Local') return this;
    const d = new Date(this.wallMs);
    return PSDateTime.fromWallMs(
      d.getTime() - d.getTimezoneOffset() * 60_000,
      'Local',
      this.ticks % TICKS_PER_MILLISECOND,
    );
  }

  specifyKind(kind: DateTimeKind): PSDateTime {
    return new PSDateTime(this.ticks, kind);
  }

  addTicks(ticks: bigint | number): PSDateTime {
    return new PSDateTime(
      this.ticks + (typeof ticks === 'bigint' ? ticks : BigInt(Math.trunc(ticks))),
      this.kind,
    );
  }
  add(span: PSTimeSpan): PSDateTime {
    return this.addTicks(span.ticks);
  }
  #addUnits(value: number, ticksPerUnit: bigint): PSDateTime {
    const whole = Math.trunc(value);
    return this.addTicks(
      BigInt(whole) * ticksPerUnit + BigInt(Math.round((value - whole) * Number(ticksPerUnit))),
    );
  }
  addMilliseconds(v: number): PSDateTime {
    return this.#addUnits(v, TICKS_PER_MILLISECOND);
  }
  addSeconds(v: number): PSDateTime {
    return this.#addUnits(v, TICKS_PER_SECOND);
  }
  addMinutes(v: number): PSDateTime {
    return this.#addUnits(v, TICKS_PER_MINUTE);
  }
  addHours(v: number): PSDateTime {
    return this.#addUnits(v, TICKS_PER_HOUR);
  }
  addDays(v: number): PSDateTime {
    return this.#addUnits(v, TICKS_PER_DAY);
  }
  /** Adds calendar months, clamping the day to the target month's length (as .NET does). */
  addMonths(months: number): PSDateTime {
    const total = this.year * 12 + (this.month - 1) + Math.trunc(months);
    const y = Math.floor(total / 12);
    const m = (total % 12) + 1;
    const d = Math.min(this.day, PSDateTime.daysInMonth(y, m));
    if (y < 1 || y > 9999) throw dotNetRangeError('DateTimeUnrepresentable');
    return new PSDateTime(PSDateTime.fromParts(y, m, d).ticks + (this.ticks % TICKS_PER_DAY), this.kind);
  }
  addYears(years: number): PSDateTime {
    return this.addMonths(Math.trunc(years) * 12);
  }

  /** DateTime - DateTime (a TimeSpan; kinds are ignored, as in .NET). */
  subtractDate(other: PSDateTime): PSTimeSpan {
    return new PSTimeSpan(this.ticks - other.ticks);
  }
  subtractSpan(span: PSTimeSpan): PSDateTime {
    return this.addTicks(-span.ticks);
  }

  /** Compares ticks only (Kind is ignored, as DateTime.CompareTo does). */
  compareTo(other: PSDateTime): number {
    return this.ticks < other.ticks ? -1 : this.ticks > other.ticks ? 1 : 0;
  }
  equals(other: unknown): boolean {
    return other instanceof PSDateTime && other.ticks === this.ticks;
  }

  /** en-US general ("G") format, what `.ToString()` gives: M/d/yyyy h:mm:ss tt. */
  toString(): string {
    const h = this.hour;
    const h12 = h % 12 === 0 ? 12 : h % 12;
    const p2 = (n: number): string => String(n).padStart(2, '0');
    return `${this.month}/${this.day}/${String(this.year).padStart(4, '0')} ${h12}:${p2(this.minute)}:${p2(this.second)} ${h < 12 ? 'AM' : 'PM'}`;
  }

  /** Invariant culture general format, what `[string]$date` and "$date" give: MM/dd/yyyy HH:mm:ss. */
  toInvariantString(): string {
    const p2 = (n: number): string => String(n).padStart(2, '0');
    return `${p2(this.month)}/${p2(this.day)}/${String(this.year).padStart(4, '0')} ${p2(this.hour)}:${p2(this.minute)}:${p2(this.second)}`;
  }
}

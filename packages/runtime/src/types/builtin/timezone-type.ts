// [TimeZoneInfo] over Intl: IANA ids and the common Windows ids; offsets and DST from the platform's tz database.
import type { PSDateTime } from '../../values/ps-datetime.js';
import { unwrap } from '../argument-conversion.js';
import { dotNetError } from '../errors.js';
import { method } from '../method-def.js';
import type { TypeInfoInit } from '../type-info.js';
import { prop, str } from './define.js';
import { PS_TYPE_NAMES } from '../../values/type-names.js';

/** Windows time zone ids -> IANA (the CLDR "001" territory mappings .NET uses with ICU). */
export const WindowsZones: Readonly<Record<string, string>> = {
  'Dateline Standard Time': 'Etc/GMT+12',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time': 'America/Denver',
  'Central Standard Time': 'America/Chicago',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'SA Pacific Standard Time': 'America/Bogota',
  'Eastern Standard Time': 'America/New_York',
  'US Eastern Standard Time': 'America/Indianapolis',
  'Venezuela Standard Time': 'America/Caracas',
  'Atlantic Standard Time': 'America/Halifax',
  'Pacific SA Standard Time': 'America/Santiago',
  'Newfoundland Standard Time': 'America/St_Johns',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Buenos_Aires',
  'UTC-02': 'Etc/GMT+2',
  'Azores Standard Time': 'Atlantic/Azores',
  'Cape Verde Standard Time': 'Atlantic/Cape_Verde',
  UTC: 'Etc/UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'Morocco Standard Time': 'Africa/Casablanca',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Romance Standard Time': 'Europe/Paris',
  'Central European Standard Time': 'Europe/Warsaw',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'GTB Standard Time': 'Europe/Bucharest',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'Egypt Standard Time': 'Africa/Cairo',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'FLE Standard Time': 'Europe/Kiev',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Arabic Standard Time': 'Asia/Baghdad',
  'Arab Standard Time': 'Asia/Riyadh',
  'Russian Standard Time': 'Europe/Moscow',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'Iran Standard Time': 'Asia/Tehran',
  'Arabian Standard Time': 'Asia/Dubai',
  'Afghanistan Standard Time': 'Asia/Kabul',
  'Pakistan Standard Time': 'Asia/Karachi',
  'India Standard Time': 'Asia/Calcutta',
  'Sri Lanka Standard Time': 'Asia/Colombo',
  'Nepal Standard Time': 'Asia/Katmandu',
  'Central Asia Standard Time': 'Asia/Almaty',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'Myanmar Standard Time': 'Asia/Rangoon',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'North Asia Standard Time': 'Asia/Krasnoyarsk',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'W. Australia Standard Time': 'Australia/Perth',
  'Taipei Standard Time': 'Asia/Taipei',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'AUS Central Standard Time': 'Australia/Darwin',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'Tasmania Standard Time': 'Australia/Hobart',
  'West Pacific Standard Time': 'Pacific/Port_Moresby',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'UTC+12': 'Etc/GMT-12',
  'Tonga Standard Time': 'Pacific/Tongatapu',
};

/** Offset of an IANA zone from UTC at an instant, in minutes. */
export function zoneOffsetMinutes(ianaZone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: ianaZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(utcMs));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const d = new Date(0);
  d.setUTCFullYear(get('year'), get('month') - 1, get('day'));
  d.setUTCHours(get('hour') % 24, get('minute'), get('second'), 0);
  return Math.round((d.getTime() - (utcMs - (((utcMs % 1000) + 1000) % 1000))) / 60000);
}

/** A System.TimeZoneInfo: the id as asked for, the IANA zone behind it. */
export class TimeZoneValue {
  get [PS_TYPE_NAMES](): string[] {
    return ['System.TimeZoneInfo', 'System.Object'];
  }
  constructor(
    readonly id: string,
    readonly ianaZone: string,
  ) {}

  offsetAt(utcMs: number): number {
    return zoneOffsetMinutes(this.ianaZone, utcMs);
  }

  /** The standard (non-DST) offset: the smaller of January's and July's in the current year. */
  get baseUtcOffsetMinutes(): number {
    const y = new Date().getUTCFullYear();
    return Math.min(this.offsetAt(Date.UTC(y, 0, 1)), this.offsetAt(Date.UTC(y, 6, 1)));
  }

  get supportsDaylightSavingTime(): boolean {
    const y = new Date().getUTCFullYear();
    return this.offsetAt(Date.UTC(y, 0, 1)) !== this.offsetAt(Date.UTC(y, 6, 1));
  }

  #name(style: 'long' | 'longGeneric', utcMs: number): string {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: this.ianaZone, timeZoneName: style })
      .formatToParts(new Date(utcMs))
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? this.id;
  }

  get standardName(): string {
    if (this.ianaZone === 'Etc/UTC') return 'Coordinated Universal Time';
    const y = new Date().getUTCFullYear();
    const jan = Date.UTC(y, 0, 1);
    const jul = Date.UTC(y, 6, 1);
    return this.#name('long', this.offsetAt(jan) <= this.offsetAt(jul) ? jan : jul);
  }

  get daylightName(): string {
    if (!this.supportsDaylightSavingTime) return this.standardName;
    const y = new Date().getUTCFullYear();
    const jan = Date.UTC(y, 0, 1);
    const jul = Date.UTC(y, 6, 1);
    return this.#name('long', this.offsetAt(jan) > this.offsetAt(jul) ? jan : jul);
  }

  get displayName(): string {
    const off = this.baseUtcOffsetMinutes;
    if (this.ianaZone === 'Etc/UTC') return '(UTC) Coordinated Universal Time';
    const sign = off < 0 ? '-' : '+';
    const abs = Math.abs(off);
    const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    return `(UTC${sign}${hhmm}) ${this.#name('longGeneric', Date.now())}`;
  }

  /** The wall-clock time in this zone of an instant. */
  fromUtc(utc: PSDateTime): PSDateTime {
    const ms = utc.wallMs;
    return utc
      .addTicks(BigInt(this.offsetAt(ms)) * 600_000_000n)
      .specifyKind(this.ianaZone === 'Etc/UTC' ? 'Utc' : 'Unspecified');
  }

  /** The instant of a wall-clock time in this zone (the offset is re-evaluated once, for DST edges). */
  toUtc(wall: PSDateTime): PSDateTime {
    const guess = wall.wallMs - this.offsetAt(wall.wallMs) * 60000;
    const offset = this.offsetAt(guess);
    return wall.addTicks(-BigInt(offset) * 600_000_000n).specifyKind('Utc');
  }

  toString(): string {
    return this.displayName;
  }
}

function localZone(): TimeZoneValue {
  const iana = Intl.DateTimeFormat().resolvedOptions().timeZone || 'Etc/UTC';
  return new TimeZoneValue(iana, iana);
}

const utcZone = (): TimeZoneValue => new TimeZoneValue('UTC', 'Etc/UTC');

/** FindSystemTimeZoneById: IANA ids, Windows ids (case-insensitive), UTC. */
export function findTimeZone(id: string): TimeZoneValue {
  if (/^(utc|etc\/utc|gmt)$/i.test(id)) return new TimeZoneValue(id, 'Etc/UTC');
  const windows = Object.entries(WindowsZones).find(([w]) => w.toLowerCase() === id.toLowerCase());
  if (windows) return new TimeZoneValue(windows[0], windows[1]);
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: id }).resolvedOptions().timeZone;
    return new TimeZoneValue(id, resolved);
  } catch {
    throw dotNetError(
      'System.TimeZoneNotFoundException',
      `The time zone ID '${id}' was not found on the local computer.`,
    );
  }
}

function asZone(v: unknown): TimeZoneValue {
  const z = unwrap(v);
  if (z instanceof TimeZoneValue) return z;
  return findTimeZone(String(z));
}

/** The instant of a DateTime: Utc as is; Local and Unspecified as local time (as .NET's ConvertTime does). */
function toUtcInstant(dt: PSDateTime, source?: TimeZoneValue): PSDateTime {
  if (source) return source.toUtc(dt);
  return dt.kind === 'Utc' ? dt : dt.toUniversalTime();
}

function convert(dt: PSDateTime, dest: TimeZoneValue, source?: TimeZoneValue): PSDateTime {
  const utc = toUtcInstant(dt, source);
  const local = localZone();
  if (dest.ianaZone === local.ianaZone && dest.id === local.id) return utc.toLocalTime();
  return dest.fromUtc(utc);
}

export const TimeZoneInfoType: TypeInfoInit = {
  fullName: 'System.TimeZoneInfo',
  isInstance: (v) => v instanceof TimeZoneValue,
  staticProperties: [
    prop('Local', 'System.TimeZoneInfo', localZone),
    prop('Utc', 'System.TimeZoneInfo', utcZone),
  ],
  staticMethods: [
    method<null>('FindSystemTimeZoneById', [
      'static System.TimeZoneInfo FindSystemTimeZoneById(string id)',
      (_t, a) => findTimeZone(str(a[0])),
    ]),
    method<null>('GetSystemTimeZones', [
      'static System.Collections.ObjectModel.ReadOnlyCollection[System.TimeZoneInfo] GetSystemTimeZones()',
      () => Intl.supportedValuesOf('timeZone').map((z) => new TimeZoneValue(z, z)),
    ]),
    method<null>(
      'ConvertTimeBySystemTimeZoneId',
      [
        'static datetime ConvertTimeBySystemTimeZoneId(datetime dateTime, string destinationTimeZoneId)',
        (_t, a) => convert(a[0] as PSDateTime, findTimeZone(str(a[1]))),
      ],
      [
        'static datetime ConvertTimeBySystemTimeZoneId(datetime dateTime, string sourceTimeZoneId, string destinationTimeZoneId)',
        (_t, a) => convert(a[0] as PSDateTime, findTimeZone(str(a[2])), findTimeZone(str(a[1]))),
      ],
    ),
    method<null>(
      'ConvertTime',
      [
        'static datetime ConvertTime(datetime dateTime, System.TimeZoneInfo destinationTimeZone)',
        (_t, a) => convert(a[0] as PSDateTime, asZone(a[1])),
      ],
      [
        'static datetime ConvertTime(datetime dateTime, System.TimeZoneInfo sourceTimeZone, System.TimeZoneInfo destinationTimeZone)',
        (_t, a) => convert(a[0] as PSDateTime, asZone(a[2]), asZone(a[1])),
      ],
    ),
    method<null>('ConvertTimeFromUtc', [
      'static datetime ConvertTimeFromUtc(datetime dateTime, System.TimeZoneInfo destinationTimeZone)',
      (_t, a) => convert((a[0] as PSDateTime).specifyKind('Utc'), asZone(a[1])),
    ]),
    method<null>(
      'ConvertTimeToUtc',
      ['static datetime ConvertTimeToUtc(datetime dateTime)', (_t, a) => toUtcInstant(a[0] as PSDateTime)],
      [
        'static datetime ConvertTimeToUtc(datetime dateTime, System.TimeZoneInfo sourceTimeZone)',
        (_t, a) => toUtcInstant(a[0] as PSDateTime, asZone(a[1])),
      ],
    ),
  ],
};

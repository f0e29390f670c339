import { PSInt64 } from '../../src/values/ps-int64.js';
import { describe, expect, it } from 'vitest';
import { PSDateTime } from '../../src/values/ps-datetime.js';
import { PSTimeSpan } from '../../src/values/ps-timespan.js';
import { call, errorOf, get } from './helpers.js';

const d = PSDateTime.fromParts(2024, 3, 15, 14, 30, 45, 123);

describe('[datetime] members', () => {
  it.each([
    ['Year', 2024],
    ['Month', 3],
    ['Day', 15],
    ['Hour', 14],
    ['Minute', 30],
    ['Second', 45],
    ['Millisecond', 123],
    ['DayOfYear', 75],
  ])('%s', (name, expected) => {
    expect(get(d, name)).toBe(expected);
  });

  it('has DayOfWeek, Kind, Date, TimeOfDay and Ticks', () => {
    expect(String(get(d, 'DayOfWeek'))).toBe('Friday');
    expect(String(get(d, 'Kind'))).toBe('Unspecified');
    expect(String(get(d, 'Date'))).toBe('3/15/2024 12:00:00 AM');
    expect(String(get(d, 'TimeOfDay'))).toBe('14:30:45.1230000');
    expect(get(PSDateTime.fromParts(1, 1, 2), 'Ticks')).toEqual(new PSInt64(864_000_000_000n));
  });

  it.each([
    ['AddDays', [1], '3/16/2024 2:30:45 PM'],
    ['AddDays', [-15], '2/29/2024 2:30:45 PM'],
    ['AddDays', [0.5], '3/16/2024 2:30:45 AM'],
    ['AddHours', [10], '3/16/2024 12:30:45 AM'],
    ['AddMinutes', [-31], '3/15/2024 1:59:45 PM'],
    ['AddSeconds', [15], '3/15/2024 2:31:00 PM'],
    ['AddMonths', [-1], '2/15/2024 2:30:45 PM'],
    ['AddMonths', [11], '2/15/2025 2:30:45 PM'],
    ['AddYears', [1], '3/15/2025 2:30:45 PM'],
    ['AddDays', ['2'], '3/17/2024 2:30:45 PM'],
  ])('%s(%j)', (name, args, expected) => {
    expect(String(call(d, name, ...args))).toBe(expected);
  });

  it('clamps AddMonths to the month length', () => {
    expect(String(call(PSDateTime.fromParts(2024, 1, 31), 'AddMonths', 1))).toBe('2/29/2024 12:00:00 AM');
  });

  it('subtracts dates into timespans and spans into dates', () => {
    const other = PSDateTime.fromParts(2024, 3, 14, 14, 30, 45, 123);
    expect(String(call(d, 'Subtract', other))).toBe('1.00:00:00');
    expect(String(call(d, 'Subtract', PSTimeSpan.fromHours(2)))).toBe('3/15/2024 12:30:45 PM');
    expect(String(call(d, 'Add', PSTimeSpan.fromMinutes(30)))).toBe('3/15/2024 3:00:45 PM');
  });

  it.each([
    ['ToShortDateString', '3/15/2024'],
    ['ToLongDateString', 'Friday, March 15, 2024'],
    ['ToShortTimeString', '2:30 PM'],
    ['ToLongTimeString', '2:30:45 PM'],
    ['ToString', '3/15/2024 2:30:45 PM'],
  ])('%s()', (name, expected) => {
    expect(call(d, name)).toBe(expected);
  });

  it.each([
    ['yyyy-MM-dd', '2024-03-15'],
    ['yyyyMMdd_HHmmss', '20240315_143045'],
    ['dd/MM/yyyy HH:mm', '15/03/2024 14:30'],
    ['MMM d, yyyy', 'Mar 15, 2024'],
    ['dddd', 'Friday'],
    ['s', '2024-03-15T14:30:45'],
    ['hh:mm tt', '02:30 PM'],
  ])('ToString(%j)', (format, expected) => {
    expect(call(d, 'ToString', format)).toBe(expected);
  });

  it('converts between kinds and to FILETIME', () => {
    const utc = PSDateTime.fromParts(2024, 1, 1, 0, 0, 0, 0, 'Utc');
    expect(call(utc, 'ToFileTimeUtc')).toBe(133485408 * 1e9);
    expect((call(utc, 'ToUniversalTime') as PSDateTime).kind).toBe('Utc');
    expect((call(utc, 'ToLocalTime') as PSDateTime).kind).toBe('Local');
    expect((call(call(utc, 'ToLocalTime'), 'ToUniversalTime') as PSDateTime).ticks).toBe(utc.ticks);
  });

  it('compares and tests equality', () => {
    expect(call(d, 'CompareTo', d.addDays(1))).toBe(-1);
    expect(call(d, 'CompareTo', null)).toBe(1);
    expect(call(d, 'Equals', PSDateTime.fromParts(2024, 3, 15, 14, 30, 45, 123))).toBe(true);
    expect(errorOf(() => call(d, 'CompareTo', 'x')).message).toBe(
      'Exception calling "CompareTo" with "1" argument(s): "Object must be of type DateTime."',
    );
  });

  it('reports un-representable results', () => {
    expect(errorOf(() => call(PSDateTime.fromParts(9999, 12, 31), 'AddDays', 1)).errorId).toBe(
      'ArgumentOutOfRangeException',
    );
  });

  it('has no settable properties', () => {
    expect(errorOf(() => (get(d, 'Year'), call(d, 'NoSuchMethod'))).errorId).toBe('MethodNotFound');
  });
});

describe('[timespan] members', () => {
  const t = PSTimeSpan.fromParts(1, 2, 3, 4, 500);
  it.each([
    ['Days', 1],
    ['Hours', 2],
    ['Minutes', 3],
    ['Seconds', 4],
    ['Milliseconds', 500],
    ['TotalHours', 26.051250000000003],
    ['TotalMinutes', 1563.075],
    ['TotalSeconds', 93784.5],
    ['TotalMilliseconds', 93784500],
  ])('%s', (name, expected) => {
    expect(get(t, name)).toBeCloseTo(expected as number, 6);
  });

  it('adds, subtracts, negates and formats', () => {
    expect(String(call(t, 'Add', PSTimeSpan.fromHours(1)))).toBe('1.03:03:04.5000000');
    expect(String(call(t, 'Subtract', PSTimeSpan.fromDays(2)))).toBe('-21:56:55.5000000');
    expect(String(call(t, 'Negate'))).toBe('-1.02:03:04.5000000');
    expect(String(call(call(t, 'Negate'), 'Duration'))).toBe('1.02:03:04.5000000');
    expect(call(PSTimeSpan.fromMinutes(90), 'ToString', 'hh\\:mm')).toBe('01:30');
    expect(call(PSTimeSpan.fromMinutes(90), 'ToString')).toBe('01:30:00');
    expect(call(t, 'CompareTo', PSTimeSpan.zero)).toBe(1);
  });
});

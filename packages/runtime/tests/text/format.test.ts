// Date, TimeSpan and composite (-f) formatting, from the .NET format string documentation (en-US).
import { describe, expect, it } from 'vitest';
import {
  compositeFormat,
  formatDateTime,
  formatOperator,
  formatTimeSpan,
  formatValue,
} from '../../src/text/index.js';
import {
  EnumRegistry,
  PSDateTime,
  PSGuid,
  PSHashtable,
  PSObject,
  PSRuntimeException,
  PSTimeSpan,
} from '../../src/values/index.js';

// 2009-06-15T13:45:30.0900000 (the .NET docs' sample date), Unspecified kind.
const d = PSDateTime.fromParts(2009, 6, 15, 13, 45, 30, 90);
const morning = PSDateTime.fromParts(2024, 1, 5, 9, 3, 7);

describe('standard date formats', () => {
  it.each<[string, string]>([
    ['d', '6/15/2009'],
    ['D', 'Monday, June 15, 2009'],
    ['f', 'Monday, June 15, 2009 1:45 PM'],
    ['F', 'Monday, June 15, 2009 1:45:30 PM'],
    ['g', '6/15/2009 1:45 PM'],
    ['G', '6/15/2009 1:45:30 PM'],
    ['', '6/15/2009 1:45:30 PM'],
    ['M', 'June 15'],
    ['m', 'June 15'],
    ['o', '2009-06-15T13:45:30.0900000'],
    ['O', '2009-06-15T13:45:30.0900000'],
    ['R', 'Mon, 15 Jun 2009 13:45:30 GMT'],
    ['s', '2009-06-15T13:45:30'],
    ['t', '1:45 PM'],
    ['T', '1:45:30 PM'],
    ['u', '2009-06-15 13:45:30Z'],
    ['Y', 'June 2009'],
    ['y', 'June 2009'],
  ])('%s', (format, expected) => {
    expect(formatDateTime(d, format)).toBe(expected);
  });
  it('o on a UTC date ends with Z', () => {
    expect(formatDateTime(d.specifyKind('Utc'), 'o')).toBe('2009-06-15T13:45:30.0900000Z');
  });
  it('U converts to UTC', () => {
    const utc = PSDateTime.fromParts(2009, 6, 15, 13, 45, 30, 0, 'Utc');
    expect(formatDateTime(utc.toLocalTime(), 'U')).toBe('Monday, June 15, 2009 1:45:30 PM');
  });
  it('unknown single letter', () => {
    expect(() => formatDateTime(d, 'q')).toThrow('Input string was not in a correct format.');
  });
});

describe('custom date formats', () => {
  it.each<[PSDateTime, string, string]>([
    [d, 'yyyy-MM-dd HH:mm:ss', '2009-06-15 13:45:30'],
    [d, 'yyyyMMdd', '20090615'],
    [d, 'dddd', 'Monday'],
    [d, 'ddd', 'Mon'],
    [d, 'MMM', 'Jun'],
    [d, 'MMMM', 'June'],
    [d, 'hh:mm tt', '01:45 PM'],
    [morning, 'h:m:s t', '9:3:7 A'],
    [morning, 'H:mm', '9:03'],
    [d, 'fff', '090'],
    [d, 'FFF', '09'],
    [d, 'ss.FFF', '30.09'],
    [morning, 'ss.FFF', '07'],
    [d, 'yy', '09'],
    [d, '%y', '9'],
    [d, "'Date:' yyyy", 'Date: 2009'],
    [d, '"on" dddd', 'on Monday'],
    [d, 'yyyy\\-MM', '2009-06'],
    [d, '%d', '15'],
    [d, 'MM/dd/yyyy', '06/15/2009'],
    [d, 'dd.MM.yyyy', '15.06.2009'],
    [d, 'yyyy gg', '2009 A.D.'],
    [d.specifyKind('Utc'), '%K', 'Z'],
    [d.specifyKind('Unspecified'), '%K', ''],
  ])('%s', (date, format, expected) => {
    expect(formatDateTime(date, format)).toBe(expected);
  });
  it('zzz is the local offset', () => {
    const local = PSDateTime.now();
    const off = local.utcOffsetMinutes;
    const expected = `${off < 0 ? '-' : '+'}${String(Math.floor(Math.abs(off) / 60)).padStart(2, '0')}:${String(Math.abs(off) % 60).padStart(2, '0')}`;
    expect(formatDateTime(local, 'zzz')).toBe(expected);
  });
});

describe('TimeSpan formats', () => {
  const ts = PSTimeSpan.fromParts(1, 2, 3, 4, 500);
  it.each<[PSTimeSpan, string, string]>([
    [ts, 'c', '1.02:03:04.5000000'],
    [ts, '', '1.02:03:04.5000000'],
    [ts, 'g', '1:2:03:04.5'],
    [ts, 'G', '1:02:03:04.5000000'],
    [PSTimeSpan.fromMinutes(90), 'g', '1:30:00'],
    [ts, 'hh\\:mm\\:ss', '02:03:04'],
    [ts, "d'd 'h'h'", '1d 2h'],
    [ts, 'dd\\.hh', '01.02'],
    [ts, 'ss\\.fff', '04.500'],
    [ts, 'ss\\.FFF', '04.5'],
    [PSTimeSpan.fromMinutes(-90), 'c', '-01:30:00'],
    [PSTimeSpan.fromMinutes(-90), 'hh\\:mm', '01:30'],
  ])('%s %s', (span, format, expected) => {
    expect(formatTimeSpan(span, format)).toBe(expected);
  });
  it('unescaped literals are rejected', () => {
    expect(() => formatTimeSpan(ts, 'hh:mm')).toThrow('Input string was not in a correct format.');
  });
});

describe('composite formatting', () => {
  it.each<[string, unknown[], string]>([
    ['{0}', [1], '1'],
    ['{0} {1}', ['a', 'b'], 'a b'],
    ['{1}{0}', ['a', 'b'], 'ba'],
    ['{0,5}|', [42], '   42|'],
    ['{0,-5}|', [42], '42   |'],
    ['{0,8:N2}|', [1234.567], '1,234.57|'],
    ['{0,10:N2}|', [1234.567], '  1,234.57|'],
    ['{0:N2}', [1234.5678], '1,234.57'],
    ['{0:P}', [0.25], '25.00%'],
    ['{0:P0}', [0.5], '50%'],
    ['{0:D3}', [7], '007'],
    ['{0:X}', [255], 'FF'],
    ['{0:x8}', [255], '000000ff'],
    ['{0:C}', [9.5], '$9.50'],
    ['{0:yyyy-MM-dd}', [d], '2009-06-15'],
    ['{0:d}', [d], '6/15/2009'],
    ['{0}', [d], '6/15/2009 1:45:30 PM'],
    ['{{{0}}}', [1], '{1}'],
    ['{{}}', [], '{}'],
    ['{0:0.0}', ['text'], 'text'],
    ['{0}', [null], ''],
    ['{0}', [[1, 2]], 'System.Object[]'],
    ['{0}', [new PSHashtable()], 'System.Collections.Hashtable'],
    ['{0}', [PSObject.fromEntries([['a', 1]])], '@{a=1}'],
    ['{0}', [true], 'True'],
    ['{0:N1}', [PSTimeSpan.fromHours(1)], '01:00:00'.slice(0, 0) + 'x'],
    ['{0 ,3}', [1], '  1'],
  ])('%s -f %s', (format, args, expected) => {
    if (expected === 'x') {
      expect(() => compositeFormat(format, args)).toThrow('Input string was not in a correct format.');
      return;
    }
    expect(compositeFormat(format, args)).toBe(expected);
  });
  it('enums and guids', () => {
    const red = new EnumRegistry().member('ConsoleColor', 'Red');
    expect(compositeFormat('{0} {0:D} {0:X}', [red])).toBe('Red 12 0000000C');
    const g = PSGuid.parse('c1a9a8b4-0f4e-4a3d-9d5b-6a3f2f1e0d9c');
    expect(compositeFormat('{0:N}', [g])).toBe('c1a9a8b40f4e4a3d9d5b6a3f2f1e0d9c');
  });
  it.each(['{', '}', '{0', '{a}', '{0,}', '{0:N2'])('malformed %j', (format) => {
    expect(() => compositeFormat(format, [1])).toThrow('Input string was not in a correct format.');
  });
});

describe('-f operator errors', () => {
  it('index out of range is PowerShell FormatError', () => {
    let err: unknown;
    try {
      formatOperator('{0} {1}', ['a']);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PSRuntimeException);
    expect((err as PSRuntimeException).errorId).toBe('FormatError');
    expect((err as PSRuntimeException).message).toBe(
      'Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..',
    );
  });
  it('bad format string', () => {
    expect(() => formatOperator('{0', [1])).toThrow(
      'Error formatting a string: Input string was not in a correct format..',
    );
  });
  it('a scalar right operand is one argument', () => {
    expect(formatOperator('[{0}]', 5)).toBe('[5]');
    expect(formatOperator('{0}-{1}', ['a', 'b'])).toBe('a-b');
  });
  it('formatValue for .ToString(fmt)', () => {
    expect(formatValue(3.14159, '0.00')).toBe('3.14');
    expect(formatValue('abc', 'N2')).toBe('abc');
    expect(formatValue(d, 'yyyy')).toBe('2009');
  });
});

import { describe, expect, it } from 'vitest';
import { PSChar } from '../../src/values/ps-char.js';
import { PSInt64 } from '../../src/values/ps-int64.js';
import { PSUInt32, PSUInt64 } from '../../src/values/ps-unsigned.js';
import { PSDouble, unwrapDouble } from '../../src/values/ps-double.js';
import { typeNameOf } from '../../src/values/type-names.js';
import type { PSDateTime } from '../../src/values/ps-datetime.js';
import type { PSEnumValue } from '../../src/values/ps-enum.js';
import { PSGuid } from '../../src/values/ps-guid.js';
import type { PSTimeSpan } from '../../src/values/ps-timespan.js';
import { PSVersion } from '../../src/values/ps-version.js';
import { makeReference, setStaticMember } from '../../src/types/index.js';
import { call, errorOf, get, registry } from './helpers.js';

/** (type, method, args, expected) rows; expected compared with toEqual. */
type Row = [string, string, unknown[], unknown];

describe('[math]', () => {
  const rows: Row[] = [
    // Math.Round: banker's rounding by default (docs.microsoft.com Math.Round examples).
    ['math', 'Round', [2.5], 2],
    ['math', 'Round', [3.5], 4],
    ['math', 'Round', [-2.5], -2],
    ['math', 'Round', [-3.5], -4],
    ['math', 'Round', [0.5], 0],
    ['math', 'Round', [1.5], 2],
    ['math', 'Round', [2.4], 2],
    ['math', 'Round', [2.6], 3],
    ['math', 'Round', [4], 4],
    ['math', 'Round', ['2.5'], 2],
    ['math', 'Round', [3.14159, 2], 3.14],
    ['math', 'Round', [2.345, 2], 2.35],
    // .NET Core scales by 10^digits first: 2.675 * 100 is exactly 267.5 in binary, which rounds to even.
    ['math', 'Round', [2.675, 2], 2.68],
    ['math', 'Round', [1.125, 2], 1.12],
    ['math', 'Round', [1.135, 2], 1.14],
    ['math', 'Round', [123.456, 0], 123],
    ['math', 'Round', [2.5, 'AwayFromZero'], 3],
    ['math', 'Round', [-2.5, 'AwayFromZero'], -3],
    ['math', 'Round', [2.5, 'ToEven'], 2],
    ['math', 'Round', [2.7, 'ToZero'], 2],
    ['math', 'Round', [-2.7, 'ToZero'], -2],
    ['math', 'Round', [2.1, 'ToPositiveInfinity'], 3],
    ['math', 'Round', [-2.1, 'ToNegativeInfinity'], -3],
    ['math', 'Round', [1.005, 2, 'AwayFromZero'], 1],
    ['math', 'Round', [2.125, 2, 'AwayFromZero'], 2.13],
    ['math', 'Round', [10.0 / 3, 3], 3.333],
    ['math', 'Floor', [2.7], 2],
    ['math', 'Floor', [-2.7], -3],
    ['math', 'Ceiling', [2.1], 3],
    ['math', 'Ceiling', [-2.1], -2],
    ['math', 'Truncate', [-2.7], -2],
    ['math', 'Truncate', [2.7], 2],
    ['math', 'Abs', [-5], 5],
    ['math', 'Abs', [-5.5], 5.5],
    ['math', 'Max', [3, 7], 7],
    ['math', 'Max', [-1, -2], -1],
    ['math', 'Min', [3, 7], 3],
    ['math', 'Min', ['10', 9], 9],
    ['math', 'Pow', [2, 10], 1024],
    ['math', 'Pow', [2, 0.5], Math.SQRT2],
    ['math', 'Sqrt', [16], 4],
    ['math', 'Sqrt', [-1], NaN],
    ['math', 'Log', [Math.E], 1],
    ['math', 'Log', [8, 2], 3],
    ['math', 'Log10', [1000], 3],
    ['math', 'Sign', [-3.2], -1],
    ['math', 'Sign', [0], 0],
    ['math', 'Clamp', [15, 0, 10], 10],
    ['math', 'Exp', [0], 1],
  ];
  it.each(rows)('[%s]::%s(%j) = %j', (type, name, args, expected) => {
    expect(unwrapDouble(call(type, name, ...args))).toEqual(expected);
  });

  // A `double` method returns a Double even when the value is whole: [math]::Floor(2.5) is no Int32.
  it.each<[string, unknown[]]>([
    ['Floor', [2.5]],
    ['Round', [2.4]],
    ['Pow', [2, 10]],
    ['Sqrt', [16]],
  ])('[math]::%s(%j) is a whole Double', (name, args) => {
    const v = call('math', name, ...args);
    expect(v).toBeInstanceOf(PSDouble);
    expect(typeNameOf(v)).toBe('System.Double');
  });

  it('has PI and E', () => {
    expect(get('math', 'PI')).toBe(Math.PI);
    expect(get('System.Math', 'e')).toBe(Math.E);
    expect(get('math', 'NoSuch')).toBeNull();
  });

  it.each([
    [
      'math',
      'Round',
      [1, 2, 3, 4, 5],
      'MethodCountCouldNotFindBest',
      'Cannot find an overload for "Round" and the argument count: "5".',
    ],
    [
      'math',
      'Sqrt',
      [],
      'MethodCountCouldNotFindBest',
      'Cannot find an overload for "Sqrt" and the argument count: "0".',
    ],
    [
      'math',
      'Frob',
      [1],
      'MethodNotFound',
      "Method invocation failed because [System.Math] does not contain a method named 'Frob'.",
    ],
    [
      'math',
      'new',
      [],
      'MethodNotFound',
      "Method invocation failed because [System.Math] does not contain a method named 'new'.",
    ],
    [
      'math',
      'Round',
      [1.5, 16],
      'ArgumentOutOfRangeException',
      'Exception calling "Round" with "2" argument(s): "Rounding digits must be between 0 and 15, inclusive. (Parameter \'digits\')"',
    ],
    [
      'math',
      'Abs',
      ['abc'],
      'MethodArgumentConversionInvalidCastArgument',
      'Cannot convert argument "value", with value: "abc", for "Abs" to type "System.Double": "Cannot convert value "abc" to type "System.Double". Error: "Input string was not in a correct format.""',
    ],
  ] as const)('[%s]::%s(%j) fails with %s', (type, name, args, errorId, message) => {
    const e = errorOf(() => call(type, name, ...args));
    expect(e.errorId).toBe(errorId);
    expect(e.message).toBe(message);
  });
});

describe('[string]', () => {
  const rows: Row[] = [
    ['string', 'IsNullOrEmpty', [null], true],
    ['string', 'IsNullOrEmpty', [''], true],
    ['string', 'IsNullOrEmpty', [' '], false],
    ['string', 'IsNullOrEmpty', ['a'], false],
    ['string', 'IsNullOrEmpty', [[]], true],
    ['string', 'IsNullOrWhiteSpace', [null], true],
    ['string', 'IsNullOrWhiteSpace', ['  \t\n'], true],
    ['string', 'IsNullOrWhiteSpace', [' x '], false],
    ['string', 'IsNullOrWhiteSpace', ['\u00a0'], true],
    ['string', 'Join', [',', ['a', 'b', 'c']], 'a,b,c'],
    ['string', 'Join', [', ', 'a', 'b'], 'a, b'],
    ['string', 'Join', ['-', [1, 2, 3]], '1-2-3'],
    ['string', 'Join', [new PSChar(59), ['x', 'y']], 'x;y'],
    ['string', 'Join', ['', ['a', null, 'b']], 'ab'],
    ['string', 'Join', [',', ['a', 'b', 'c', 'd'], 1, 2], 'b,c'],
    ['string', 'Concat', ['a', 'b', 'c'], 'abc'],
    ['string', 'Concat', [['x', 1, true]], 'x1True'],
    ['string', 'Compare', ['a', 'b'], -1],
    ['string', 'Compare', ['b', 'a'], 1],
    ['string', 'Compare', ['a', 'A'], -1],
    ['string', 'Compare', ['a', 'A', true], 0],
    ['string', 'Compare', ['abc', 'ABC', 'OrdinalIgnoreCase'], 0],
    ['string', 'Compare', ['a', 'B', 'Ordinal'], 1],
    ['string', 'Compare', [null, 'a'], -1],
    ['string', 'CompareOrdinal', ['a', 'B'], 1],
    ['string', 'Equals', ['a', 'a'], true],
    ['string', 'Equals', ['a', 'A'], false],
    ['string', 'Equals', ['a', 'A', 'OrdinalIgnoreCase'], true],
    ['string', 'new', [new PSChar(45), 5], '-----'],
    ['string', 'new', ['=', 3], '==='],
    ['string', 'new', [['a', 'b', 'c']], 'abc'],
  ];
  it.each(rows)('[%s]::%s(%j) = %j', (type, name, args, expected) => {
    expect(unwrapDouble(call(type, name, ...args))).toEqual(expected);
  });
  it('has Empty', () => {
    expect(get('string', 'Empty')).toBe('');
  });
  it('rejects a two-character string for a char parameter', () => {
    const e = errorOf(() => call('string', 'new', ['ab', 2]));
    expect(e.errorId).toBe('MethodArgumentConversionInvalidCastArgument');
    expect(e.message).toContain('String must be exactly one character long.');
  });
});

describe('numeric types', () => {
  const rows: Row[] = [
    ['int', 'Parse', ['42'], 42],
    ['int', 'Parse', [' -7 '], -7],
    ['int', 'Parse', ['+7'], 7],
    ['long', 'Parse', ['9007199254740991'], new PSInt64(9007199254740991n)],
    ['double', 'Parse', ['3.25'], 3.25],
    ['double', 'Parse', ['1e3'], 1000],
    ['double', 'Parse', ['1,234.5'], 1234.5],
    ['byte', 'Parse', ['255'], 255],
    ['bool', 'Parse', ['True'], true],
    ['bool', 'Parse', [' false '], false],
    ['decimal', 'Parse', ['1.50'], expect.objectContaining({ scale: 2 })],
  ];
  it.each(rows)('[%s]::%s(%j) = %j', (type, name, args, expected) => {
    expect(unwrapDouble(call(type, name, ...args))).toEqual(expected);
  });

  it.each([
    ['int', 'MaxValue', 2147483647],
    ['int', 'MinValue', -2147483648],
    ['int32', 'MaxValue', 2147483647],
    ['byte', 'MaxValue', 255],
    ['int16', 'MinValue', -32768],
    ['double', 'MaxValue', 1.7976931348623157e308],
    ['double', 'PositiveInfinity', Infinity],
    ['bool', 'TrueString', 'True'],
  ])('[%s]::%s', (type, name, expected) => {
    expect(get(type, name)).toBe(expected);
  });

  it('[uint32]/[uint64] limits are exact unsigned values', () => {
    expect(get('uint32', 'MaxValue')).toEqual(new PSUInt32(4294967295n));
    expect(get('uint64', 'MaxValue')).toEqual(new PSUInt64(18446744073709551615n));
    expect(get('ulong', 'MinValue')).toEqual(new PSUInt64(0n));
  });

  it('[long]::MaxValue/MinValue are exact Int64 values', () => {
    expect(get('long', 'MaxValue')).toEqual(new PSInt64(2n ** 63n - 1n));
    expect(get('long', 'MinValue')).toEqual(new PSInt64(-(2n ** 63n)));
  });

  it.each([
    [
      'int',
      'abc',
      'FormatException',
      'Exception calling "Parse" with "1" argument(s): "The input string \'abc\' was not in a correct format."',
    ],
    [
      'int',
      '1.5',
      'FormatException',
      'Exception calling "Parse" with "1" argument(s): "The input string \'1.5\' was not in a correct format."',
    ],
    [
      'int',
      '99999999999',
      'OverflowException',
      'Exception calling "Parse" with "1" argument(s): "Value was either too large or too small for an Int32."',
    ],
    [
      'byte',
      '256',
      'OverflowException',
      'Exception calling "Parse" with "1" argument(s): "Value was either too large or too small for a Byte."',
    ],
    [
      'bool',
      'yes',
      'FormatException',
      'Exception calling "Parse" with "1" argument(s): "String \'yes\' was not recognized as a valid Boolean."',
    ],
  ])('[%s]::Parse(%j) fails', (type, text, errorId, message) => {
    const e = errorOf(() => call(type, 'Parse', text));
    expect(e).toEqual({
      errorId,
      message,
      exceptionType: 'System.Management.Automation.MethodInvocationException',
    });
  });

  it.each([
    ['int', '123', true, 123],
    ['int', 'x', false, 0],
    ['int', '', false, 0],
    ['double', '2.5', true, 2.5],
    ['long', '-5', true, new PSInt64(-5n)],
    ['long', 'x', false, new PSInt64(0n)],
  ])('[%s]::TryParse(%j, [ref]$r)', (type, text, ok, value) => {
    const ref = makeReference(null);
    expect(call(type, 'TryParse', text, ref)).toBe(ok);
    expect(ref.value).toEqual(value);
  });

  it('TryParse without [ref] is NonRefArgumentToRefParameter', () => {
    // With a non-reference argument no overload fits, so the binder still picks TryParse and fails on argument 2.
    const e = errorOf(() => call('int', 'TryParse', '1', 5));
    expect(e.errorId).toBe('NonRefArgumentToRefParameter');
    expect(e.message).toBe("Argument: '2' should be a System.Management.Automation.PSReference. Use [ref].");
  });
});

describe('[char]', () => {
  const rows: Row[] = [
    ['char', 'IsDigit', ['5'], true],
    ['char', 'IsDigit', ['a'], false],
    ['char', 'IsDigit', [new PSChar(0x0663)], true],
    ['char', 'IsLetter', ['a'], true],
    ['char', 'IsLetter', ['é'], true],
    ['char', 'IsLetter', ['1'], false],
    ['char', 'IsLetterOrDigit', ['_'], false],
    ['char', 'IsWhiteSpace', [' '], true],
    ['char', 'IsWhiteSpace', ['\t'], true],
    ['char', 'IsUpper', ['A'], true],
    ['char', 'IsUpper', ['a'], false],
    ['char', 'IsLower', ['a'], true],
    ['char', 'IsPunctuation', ['!'], true],
    ['char', 'IsPunctuation', ['+'], false],
    ['char', 'IsSymbol', ['+'], true],
    ['char', 'IsControl', ['\n'], true],
    ['char', 'IsDigit', ['a1', 1], true],
    ['char', 'IsDigit', [65], false],
    ['char', 'ToUpper', ['a'], new PSChar(65)],
    ['char', 'ToLower', ['Q'], new PSChar(113)],
    ['char', 'ConvertFromUtf32', [0x1f600], '\u{1f600}'],
  ];
  it.each(rows)('[%s]::%s(%j) = %j', (type, name, args, expected) => {
    expect(unwrapDouble(call(type, name, ...args))).toEqual(expected);
  });
});

describe('[datetime] and [timespan]', () => {
  it('builds dates with constructors', () => {
    const d = call('datetime', 'new', 2024, 2, 29) as PSDateTime;
    expect([d.year, d.month, d.day, d.kind]).toEqual([2024, 2, 29, 'Unspecified']);
    const u = call('datetime', 'new', 2024, 1, 2, 3, 4, 5, 'Utc') as PSDateTime;
    expect([u.hour, u.minute, u.second, u.kind]).toEqual([3, 4, 5, 'Utc']);
    expect((call('datetime', 'new', 0) as PSDateTime).year).toBe(1);
    expect(errorOf(() => call('datetime', 'new', 2023, 2, 29)).errorId).toBe('ArgumentOutOfRangeException');
  });

  it.each([
    ['2024-03-15', [2024, 3, 15, 0, 0, 0]],
    ['2024-03-15 13:45:10', [2024, 3, 15, 13, 45, 10]],
    ['2024-03-15T13:45:10', [2024, 3, 15, 13, 45, 10]],
    ['3/15/2024', [2024, 3, 15, 0, 0, 0]],
    ['03/15/2024 1:05 PM', [2024, 3, 15, 13, 5, 0]],
    ['3/15/2024 12:00:00 AM', [2024, 3, 15, 0, 0, 0]],
    ['15 March 2024', [2024, 3, 15, 0, 0, 0]],
    ['March 15, 2024', [2024, 3, 15, 0, 0, 0]],
    ['Fri, 15 Mar 2024 10:00:00', [2024, 3, 15, 10, 0, 0]],
    ['2024/03/15', [2024, 3, 15, 0, 0, 0]],
  ])('[datetime]::Parse(%j)', (text, [y, mo, d, h, mi, s]) => {
    const r = call('datetime', 'Parse', text) as PSDateTime;
    expect([r.year, r.month, r.day, r.hour, r.minute, r.second]).toEqual([y, mo, d, h, mi, s]);
  });

  it('parses an explicit UTC designator into Local time', () => {
    const r = call('datetime', 'Parse', '2024-03-15T12:00:00Z') as PSDateTime;
    expect(r.kind).toBe('Local');
    expect(r.toUniversalTime().hour).toBe(12);
  });

  it.each([
    ['20240315', 'yyyyMMdd', [2024, 3, 15, 0, 0, 0]],
    ['15/03/2024 14:30', 'dd/MM/yyyy HH:mm', [2024, 3, 15, 14, 30, 0]],
    ['2024-03-15 02:30:15 PM', 'yyyy-MM-dd hh:mm:ss tt', [2024, 3, 15, 14, 30, 15]],
    ['15-Mar-2024', 'dd-MMM-yyyy', [2024, 3, 15, 0, 0, 0]],
    ['March 5 2024', 'MMMM d yyyy', [2024, 3, 5, 0, 0, 0]],
    ['2024-03-15T10:20:30', 's', [2024, 3, 15, 10, 20, 30]],
    ['1.2.24', 'd.M.yy', [2024, 2, 1, 0, 0, 0]],
  ])('[datetime]::ParseExact(%j, %j)', (text, format, [y, mo, d, h, mi, s]) => {
    const r = call('datetime', 'ParseExact', text, format, null) as PSDateTime;
    expect([r.year, r.month, r.day, r.hour, r.minute, r.second]).toEqual([y, mo, d, h, mi, s]);
  });

  it('ParseExact accepts a list of formats and rejects mismatches', () => {
    const r = call(
      'datetime',
      'ParseExact',
      '2024.03.15',
      ['yyyy-MM-dd', 'yyyy.MM.dd'],
      null,
      0,
    ) as PSDateTime;
    expect(r.day).toBe(15);
    const e = errorOf(() => call('datetime', 'ParseExact', '2024-13-45', 'yyyy-MM-dd', null));
    expect(e.errorId).toBe('FormatException');
    expect(e.message).toBe(
      'Exception calling "ParseExact" with "3" argument(s): "String \'2024-13-45\' was not recognized as a valid DateTime."',
    );
    expect(errorOf(() => call('datetime', 'Parse', 'not a date')).errorId).toBe('FormatException');
  });

  it('has Now/UtcNow/Today/MinValue/MaxValue and helpers', () => {
    expect((get('datetime', 'UtcNow') as PSDateTime).kind).toBe('Utc');
    expect((get('datetime', 'Now') as PSDateTime).kind).toBe('Local');
    expect((get('datetime', 'Today') as PSDateTime).hour).toBe(0);
    expect((get('datetime', 'MinValue') as PSDateTime).ticks).toBe(0n);
    expect((get('datetime', 'MaxValue') as PSDateTime).year).toBe(9999);
    expect(call('datetime', 'DaysInMonth', 2024, 2)).toBe(29);
    expect(call('datetime', 'DaysInMonth', 2023, 2)).toBe(28);
    expect(call('datetime', 'IsLeapYear', 1900)).toBe(false);
    expect(call('datetime', 'IsLeapYear', 2000)).toBe(true);
    expect(errorOf(() => call('datetime', 'DaysInMonth', 2024, 13)).errorId).toBe(
      'ArgumentOutOfRangeException',
    );
    // 2024-01-01T00:00:00Z as a Windows FILETIME.
    const ft = call('datetime', 'FromFileTimeUtc', 133485408 * 1e9) as PSDateTime;
    expect([ft.year, ft.month, ft.day, ft.hour, ft.kind]).toEqual([2024, 1, 1, 0, 'Utc']);
    expect((call('datetime', 'SpecifyKind', ft, 'Local') as PSDateTime).kind).toBe('Local');
    const ref = makeReference();
    expect(call('datetime', 'TryParse', '2024-01-02', ref)).toBe(true);
    expect((ref.value as PSDateTime).day).toBe(2);
    expect(call('datetime', 'TryParse', 'nope', ref)).toBe(false);
  });

  it.each([
    ['FromDays', 1.5, 'TotalHours', 36],
    ['FromHours', 2, 'TotalMinutes', 120],
    ['FromMinutes', 90, 'TotalHours', 1.5],
    ['FromSeconds', 30, 'TotalMilliseconds', 30000],
    ['FromMilliseconds', 1500, 'TotalSeconds', 1.5],
  ] as const)('[timespan]::%s(%j)', (name, value, prop, expected) => {
    const span = call('timespan', name, value) as PSTimeSpan;
    const totals = {
      TotalHours: span.totalHours,
      TotalMinutes: span.totalMinutes,
      TotalMilliseconds: span.totalMilliseconds,
      TotalSeconds: span.totalSeconds,
    };
    expect(totals[prop]).toBe(expected);
  });

  it.each([
    ['01:02:03', '01:02:03'],
    ['1.02:03:04', '1.02:03:04'],
    ['-00:00:05', '-00:00:05'],
    ['00:00:01.5', '00:00:01.5000000'],
    ['3', '3.00:00:00'],
  ])('[timespan]::Parse(%j)', (text, shown) => {
    expect(String(call('timespan', 'Parse', text))).toBe(shown);
  });

  it('constructs timespans', () => {
    expect(String(call('timespan', 'new', 1, 2, 3))).toBe('01:02:03');
    expect(String(call('timespan', 'new', 1, 2, 3, 4))).toBe('1.02:03:04');
    expect(String(get('timespan', 'Zero'))).toBe('00:00:00');
    expect(errorOf(() => call('timespan', 'Parse', '25:00:00')).errorId).toBe('FormatException');
  });
});

describe('[guid], [version], [uri], [enum]', () => {
  it('guid', () => {
    expect(String(get('guid', 'Empty'))).toBe('00000000-0000-0000-0000-000000000000');
    expect(call('guid', 'NewGuid')).toBeInstanceOf(PSGuid);
    expect(String(call('guid', 'NewGuid'))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(String(call('guid', 'Parse', '{D3E9B5C2-1A2B-4C3D-8E9F-0A1B2C3D4E5F}'))).toBe(
      'd3e9b5c2-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
    );
    expect(String(call('guid', 'new', 'd3e9b5c21a2b4c3d8e9f0a1b2c3d4e5f'))).toBe(
      'd3e9b5c2-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
    );
    expect(errorOf(() => call('guid', 'Parse', 'xyz')).message).toBe(
      'Exception calling "Parse" with "1" argument(s): "Unrecognized Guid format."',
    );
    const ref = makeReference();
    expect(call('guid', 'TryParse', 'nope', ref)).toBe(false);
  });

  it('version', () => {
    expect(call('version', 'Parse', '1.2.3')).toEqual(new PSVersion(1, 2, 3));
    expect(call('version', 'new', 3, 1)).toEqual(new PSVersion(3, 1));
    expect(call('version', 'new', '10.0.19041.1')).toEqual(new PSVersion(10, 0, 19041, 1));
    expect(errorOf(() => call('version', 'Parse', '1')).errorId).toBe('ArgumentException');
  });

  it('uri', () => {
    expect(call('uri', 'EscapeDataString', 'a b&c/d')).toBe('a%20b%26c%2Fd');
    expect(call('uri', 'UnescapeDataString', 'a%20b%26c%zz')).toBe('a b&c%zz');
    expect(call('uri', 'IsWellFormedUriString', 'https://contoso.com/x', 'Absolute')).toBe(true);
    expect(call('uri', 'IsWellFormedUriString', 'not a uri', 'Absolute')).toBe(false);
    expect(String(call('uri', 'new', 'https://outlook.office365.com/powershell'))).toBe(
      'https://outlook.office365.com/powershell',
    );
    expect(errorOf(() => call('uri', 'new', 'relative/path')).errorId).toBe('UriFormatException');
  });

  it('enum statics over enum types', () => {
    const color = registry.resolve('ConsoleColor');
    expect(call('enum', 'GetNames', color)).toEqual(expect.arrayContaining(['Black', 'Red', 'White']));
    expect((call('enum', 'GetValues', registry.resolve('DayOfWeek')) as PSEnumValue[]).map(String)).toEqual([
      'Sunday',
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
    ]);
    expect(String(call('enum', 'Parse', color, 'red', true))).toBe('Red');
    expect(errorOf(() => call('enum', 'Parse', color, 'red')).message).toBe(
      'Exception calling "Parse" with "2" argument(s): "Requested value \'red\' was not found."',
    );
    expect(String(call('enum', 'Parse', registry.resolve('Net.SecurityProtocolType'), 'Tls12, Tls13'))).toBe(
      'Tls12, Tls13',
    );
    expect(call('enum', 'IsDefined', color, 'Blue')).toBe(true);
    expect(String(get('ConsoleColor', 'DarkYellow'))).toBe('DarkYellow');
    expect((get('System.DayOfWeek', 'Friday') as PSEnumValue).value).toBe(5);
    expect(errorOf(() => call('enum', 'GetNames', registry.resolve('int'))).errorId).toBe(
      'ArgumentException',
    );
  });

  it('ServicePointManager keeps its SecurityProtocol per registry', () => {
    const spm = registry.resolve('Net.ServicePointManager');
    setStaticMember(spm, 'SecurityProtocol', get('Net.SecurityProtocolType', 'Tls12'));
    expect(String(get('Net.ServicePointManager', 'SecurityProtocol'))).toBe('Tls12');
    const e = errorOf(() => setStaticMember(registry.resolve('math'), 'PI', 3));
    expect(e).toEqual({
      errorId: 'PropertyIsReadOnly',
      message: "'PI' is a ReadOnly property.",
      exceptionType: 'System.Management.Automation.RuntimeException',
    });
    expect(errorOf(() => setStaticMember(registry.resolve('math'), 'Nope', 3)).errorId).toBe(
      'PropertyAssignmentException',
    );
  });
});

describe('listStaticMembers', () => {
  it('describes statics as Get-Member -Static prints them', async () => {
    const { listStaticMembers } = await import('../../src/types/index.js');
    const math = new Map(listStaticMembers(registry.resolve('math')).map((m) => [m.name, m]));
    expect(math.get('PI')).toEqual({
      name: 'PI',
      memberType: 'Property',
      definition: 'static double PI {get;}',
    });
    expect(math.get('Round')?.definition).toBe(
      'static double Round(double a), static double Round(double value, int digits), static double Round(double value, System.MidpointRounding mode), static double Round(double value, int digits, System.MidpointRounding mode)',
    );
    const spm = new Map(
      listStaticMembers(registry.resolve('Net.ServicePointManager')).map((m) => [m.name, m.definition]),
    );
    expect(spm.get('SecurityProtocol')).toBe(
      'static System.Net.SecurityProtocolType SecurityProtocol {get;set;}',
    );
    expect(listStaticMembers(registry.resolve('guid')).map((m) => m.name)).toEqual([
      'Empty',
      'NewGuid',
      'Parse',
      'TryParse',
      'new',
    ]);
  });
});

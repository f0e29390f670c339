// convertTo: PowerShell cast results and error texts, as tables (input, target, expected).
import { describe, expect, it } from 'vitest';
import { PSInt64 } from '../../src/values/ps-int64.js';
import { PSUInt32, PSUInt64 } from '../../src/values/ps-unsigned.js';
import { convertTo, tryConvertTo } from '../../src/conversion/index.js';
import type { PSGuid } from '../../src/values/index.js';
import {
  EnumRegistry,
  PSChar,
  PSDateTime,
  PSDecimal,
  PSEnumValue,
  PSHashtable,
  PSInvalidCastException,
  PSList,
  PSObject,
  PSRegex,
  PSTimeSpan,
  PSVersion,
  typeNameOf,
} from '../../src/values/index.js';

describe('numbers', () => {
  it.each<[unknown, string, unknown]>([
    ['42', 'int', 42],
    [' 42 ', 'int', 42],
    ['-7', 'int', -7],
    ['+7', 'int', 7],
    ['', 'int', 0],
    ['0x10', 'int', 16],
    ['0xFFFFFFFF', 'int', -1],
    ['0x7FFFFFFF', 'int', 2147483647],
    ['1kb', 'int', 1024],
    ['1,000', 'int', 1000],
    ['1.5', 'int', 2],
    ['2.5', 'int', 2],
    ['3.5', 'int', 4],
    ['1e3', 'int', 1000],
    [2.5, 'int', 2],
    [3.5, 'int', 4],
    [-2.5, 'int', -2],
    [-3.5, 'int', -4],
    [0.5, 'int', 0],
    [1.5, 'int', 2],
    [true, 'int', 1],
    [false, 'int', 0],
    [null, 'int', 0],
    [new PSChar('A'), 'int', 65],
    [255, 'byte', 255],
    [65535, 'uint16', 65535],
    [-128, 'sbyte', -128],
  ])('[%s] %s', (input, type, expected) => {
    expect(convertTo(input, type)).toBe(expected);
  });

  // UInt32/UInt64 are exact boxes (bigint inside), so they report their type and keep all 64 bits.
  it.each([
    [3000000000, 'uint32', PSUInt32, 3000000000n],
    ['18446744073709551615', 'uint64', PSUInt64, 18446744073709551615n],
    [new PSInt64(9007199254740993n), 'ulong', PSUInt64, 9007199254740993n],
    [2.5, 'uint64', PSUInt64, 2n],
  ])('[%s] %s is exact', (input, type, cls, expected) => {
    const r = convertTo(input, type);
    expect(r).toBeInstanceOf(cls);
    expect((r as PSUInt32 | PSUInt64).value).toBe(expected);
  });

  it('rejects values outside the unsigned range', () => {
    expect(() => convertTo(-1, 'uint32')).toThrow('Value was either too large or too small for a UInt32.');
    expect(() => convertTo('18446744073709551616', 'uint64')).toThrow(
      'Value was either too large or too small for a UInt64.',
    );
  });

  // A Double is a plain number, or a PSDouble when whole in Int32 range ([double]5 is no Int32).
  it.each<[unknown, number]>([
    ['3.14', 3.14],
    ['1e-3', 0.001],
    ['', 0],
    ['1,234.5', 1234.5],
    [5, 5],
    ['5', 5],
    [new PSInt64(7n), 7],
  ])('[%s] double', (input, expected) => {
    const v = convertTo(input, 'double');
    expect(typeNameOf(v)).toBe('System.Double');
    expect(Number(v)).toBe(expected);
  });

  // An Int64 a plain number cannot carry (Int32 range, or beyond 2^53) is a PSInt64 holding the exact value.
  it.each<[unknown, bigint]>([
    ['2mb', 2097152n],
    ['12', 12n],
    [3000000000, 3000000000n],
    ['9223372036854775807', 9223372036854775807n],
    [new PSInt64(-9223372036854775808n), -9223372036854775808n],
    [7.5, 8n],
  ])('[%s] to Int64 is a PSInt64', (input, expected) => {
    const v = convertTo(input, 'System.Int64');
    expect(v).toBeInstanceOf(PSInt64);
    expect((v as PSInt64).value).toBe(expected);
  });

  it('[long] of 9223372036854775808 overflows', () => {
    expect(() => convertTo('9223372036854775808', 'long')).toThrow(
      'Value was either too large or too small for an Int64.',
    );
  });

  it.each<[unknown, string, string, string]>([
    [
      'abc',
      'int',
      'InvalidCastFromStringToInteger',
      `Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format."`,
    ],
    [
      '99999999999',
      'int',
      'InvalidCastFromStringToInteger',
      'Cannot convert value "99999999999" to type "System.Int32". Error: "Value was either too large or too small for an Int32."',
    ],
    [
      300,
      'byte',
      'InvalidCastIConvertible',
      'Cannot convert value "300" to type "System.Byte". Error: "Value was either too large or too small for an unsigned byte."',
    ],
    [
      -1,
      'byte',
      'InvalidCastIConvertible',
      'Cannot convert value "-1" to type "System.Byte". Error: "Value was either too large or too small for an unsigned byte."',
    ],
    [
      1e10,
      'int',
      'InvalidCastIConvertible',
      'Cannot convert value "10000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."',
    ],
    [
      'x1',
      'double',
      'InvalidCastFromStringToDoubleOrSingle',
      `Cannot convert value "x1" to type "System.Double". Error: "The input string 'x1' was not in a correct format."`,
    ],
    [
      [1, 2],
      'int',
      'ConvertToFinalInvalidCastException',
      'Cannot convert the "System.Object[]" value of type "System.Object[]" to type "System.Int32".',
    ],
    [
      new PSHashtable(),
      'int',
      'ConvertToFinalInvalidCastException',
      'Cannot convert the "System.Collections.Hashtable" value of type "System.Collections.Hashtable" to type "System.Int32".',
    ],
    [
      PSDateTime.fromParts(2024, 1, 2),
      'int',
      'InvalidCastIConvertible',
      `Cannot convert value "1/2/2024 12:00:00 AM" to type "System.Int32". Error: "Invalid cast from 'DateTime' to 'Int32'."`,
    ],
  ])('[%s] %s fails', (input, type, errorId, message) => {
    let caught: unknown;
    try {
      convertTo(input, type);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PSInvalidCastException);
    expect((caught as PSInvalidCastException).errorId).toBe(errorId);
    expect((caught as PSInvalidCastException).message).toBe(message);
  });

  it('decimal', () => {
    expect(String(convertTo('1.10', 'decimal'))).toBe('1.10');
    expect(String(convertTo(0.1, 'decimal'))).toBe('0.1');
    expect(String(convertTo('1d', 'decimal'))).toBe('1');
    expect(convertTo(new PSDecimal(25n, 1), 'int')).toBe(2);
    expect(convertTo(new PSDecimal(35n, 1), 'int')).toBe(4);
    expect(() => convertTo('abc', 'decimal')).toThrow(
      `Cannot convert value "abc" to type "System.Decimal". Error: "The input string 'abc' was not in a correct format."`,
    );
  });
  it('bigint', () => {
    expect(convertTo('123456789012345678901234567890', 'bigint')).toBe(123456789012345678901234567890n);
    expect(convertTo(5, 'bigint')).toBe(5n);
  });
});

describe('bool', () => {
  it.each<[unknown, boolean]>([
    ['false', true],
    ['0', true],
    ['', false],
    [' ', true],
    [0, false],
    [1, true],
    [-1, true],
    [0.0, false],
    [null, false],
    [[], false],
    [[0], false],
    [[1], true],
    [[0, 0], true],
    [[[]], false],
    [[[0]], true],
    [new PSHashtable(), true],
    [new PSObject(), true],
    [new PSList('ArrayList'), false],
    [new PSDecimal(0n), false],
    // Conversions.Tests.ps1: 'converts array of single enum to bool'
    [[new EnumRegistry().member('ConsoleColor', 'Black')], false],
    [[new EnumRegistry().member('ConsoleColor', 'Yellow')], true],
  ])('[bool] %s -> %s', (input, expected) => {
    expect(convertTo(input, 'bool')).toBe(expected);
  });
});

describe('string', () => {
  // A Double converts with "G15" (LanguagePrimitives.DoublePrecision, PowerShell #9893), invariant culture.
  it.each<[unknown, string]>([
    [null, ''],
    [42, '42'],
    [1.5, '1.5'],
    [0.1 + 0.2, '0.3'],
    [1 / 3, '0.333333333333333'],
    [123456789012345.6, '123456789012346'],
    [Number.MAX_VALUE, '1.79769313486232E+308'],
    [1e15, '1E+15'],
    [1e16, '1E+16'],
    [1.5e15, '1.5E+15'],
    [2147483648, '2147483648'],
    [1.5e300, '1.5E+300'],
    [123456789012345, '123456789012345'],
    [new PSInt64(9007199254740993n), '9007199254740993'],
    [1e-5, '1E-05'],
    [0.0001, '0.0001'],
    [2 ** 53, '9.00719925474099E+15'],
    [-0.5, '-0.5'],
    [true, 'True'],
    [[1, 2, 3], '1 2 3'],
    [[1, [2, 3]], '1 System.Object[]'],
    [new PSHashtable(), 'System.Collections.Hashtable'],
    [new PSHashtable({ ordered: true }), 'System.Collections.Specialized.OrderedDictionary'],
    [
      PSObject.fromEntries([
        ['a', 1],
        ['b', 'x'],
      ]),
      '@{a=1; b=x}',
    ],
    [
      PSObject.fromEntries([
        ['a', [1, 2]],
        ['b', null],
      ]),
      '@{a=System.Object[]; b=}',
    ],
    [PSDateTime.fromParts(2024, 3, 5, 14, 7, 9), '03/05/2024 14:07:09'],
    [PSTimeSpan.fromMinutes(90), '01:30:00'],
    [new PSChar('x'), 'x'],
    [new PSVersion(1, 2, 3), '1.2.3'],
    [new PSList('ArrayList', undefined, ['a', 'b']), 'a b'],
    [NaN, 'NaN'],
    [-Infinity, '-Infinity'],
  ])('[string] %s', (input, expected) => {
    expect(convertTo(input, 'string')).toBe(expected);
  });
  it('joins with $OFS', () => {
    expect(convertTo([1, 2], 'string', { ofs: ',' })).toBe('1,2');
  });
  it('lists every property of a custom object when the context can read them', () => {
    const o = PSObject.fromEntries([['a', 1]]);
    o.addMember({ memberType: 'CodeProperty', name: 'b', get: () => 2 });
    expect(convertTo(o, 'string')).toBe('@{a=1}');
    const read = (owner: PSObject, m: { name: string }) => (m.name === 'b' ? 2 : owner.getNote(m.name));
    expect(convertTo(o, 'string', { readProperty: read })).toBe('@{a=1; b=2}');
  });
});

describe('arrays', () => {
  it('scalar to array', () => {
    const r = convertTo(5, 'int[]') as unknown[];
    expect(r).toEqual([5]);
    expect(typeNameOf(r)).toBe('System.Int32[]');
  });
  it('element conversion', () => {
    expect(convertTo(['1', '2'], 'int[]')).toEqual([1, 2]);
    expect(convertTo([1, 2], 'string[]')).toEqual(['1', '2']);
    expect(typeNameOf(convertTo([1], 'string[]'))).toBe('System.String[]');
    expect(convertTo('abc', 'string[]')).toEqual(['abc']);
    expect(convertTo(null, 'int[]')).toBeNull();
    expect(convertTo(3, 'array')).toEqual([3]);
    expect(typeNameOf(convertTo([1, 'a'], 'object[]'))).toBe('System.Object[]');
  });
  it('char[] of a string', () => {
    expect((convertTo('ab', 'char[]') as PSChar[]).map(String)).toEqual(['a', 'b']);
  });
  it('element failure names the element', () => {
    expect(() => convertTo(['1', 'x'], 'int[]')).toThrow(
      `Cannot convert value "x" to type "System.Int32". Error: "The input string 'x' was not in a correct format."`,
    );
  });
});

describe('objects', () => {
  it('hashtable to pscustomobject keeps order', () => {
    const h = PSHashtable.from(
      [
        ['b', 1],
        ['a', 2],
      ],
      { ordered: true },
    );
    const o = convertTo(h, 'pscustomobject') as PSObject;
    expect(o).toBeInstanceOf(PSObject);
    expect(o.noteEntries()).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });
  it('PSTypeName keys become type names (HashtableToPSCustomObjectConversion.Tests)', () => {
    const o = convertTo(
      PSHashtable.from([
        ['pstypename', 'Mytype'],
        ['a', 1],
      ]),
      'pscustomobject',
    ) as PSObject;
    expect(o.typeNames[0]).toBe('Mytype');
    expect(o.hasMember('pstypename')).toBe(false);
    const s = convertTo(PSHashtable.from([['PSTypeName', 'System.Object']]), 'pscustomobject') as PSObject;
    expect(s.typeNames).toEqual([
      'System.Object',
      'System.Management.Automation.PSCustomObject',
      'System.Object',
    ]);
  });
  it('ordered to hashtable copies', () => {
    const h = PSHashtable.from([['a', 1]], { ordered: true });
    const t = convertTo(h, 'hashtable') as PSHashtable;
    expect(t.kind).toBe('Hashtable');
    expect(t.get('A')).toBe(1);
  });
  it.each<[unknown, string, string, unknown[]]>([
    // Conversions.Tests.ps1: 'Cast object[] to more narrow generic collection'
    [[1], 'Collections.Generic.List[int]', 'System.Collections.Generic.List`1[[System.Int32]]', [1]],
    [[1, 2], 'Collections.Generic.List[int]', 'System.Collections.Generic.List`1[[System.Int32]]', [1, 2]],
    ['4', 'Collections.Generic.List[int]', 'System.Collections.Generic.List`1[[System.Int32]]', [4]],
    [
      ['4', '5'],
      'System.Collections.Generic.List[int]',
      'System.Collections.Generic.List`1[[System.Int32]]',
      [4, 5],
    ],
    [[1], 'Collections.Generic.List[string]', 'System.Collections.Generic.List`1[[System.String]]', ['1']],
    [1, 'Collections.Generic.List[string]', 'System.Collections.Generic.List`1[[System.String]]', ['1']],
    [
      ['a', 'a', 'b'],
      'System.Collections.Generic.HashSet[string]',
      'System.Collections.Generic.HashSet`1[[System.String]]',
      ['a', 'b'],
    ],
  ])('[%s] %s', (input, type, typeName, items) => {
    const r = convertTo(input, type);
    expect(typeNameOf(r)).toBe(typeName);
    expect([...(r as Iterable<unknown>)]).toEqual(items);
  });
  it('ArrayList from array', () => {
    const l = convertTo([1, 2], 'System.Collections.ArrayList') as PSList;
    expect(l.items).toEqual([1, 2]);
  });
  it('object passes through', () => {
    const o = { x: 1 };
    expect(convertTo(o, 'object')).toBe(o);
  });
});

describe('char', () => {
  it.each<[unknown, string]>([
    ['a', 'a'],
    [65, 'A'],
    [new PSChar('z'), 'z'],
  ])('[char] %s', (input, expected) => {
    expect(String(convertTo(input, 'char'))).toBe(expected);
  });
  it('errors', () => {
    expect(() => convertTo('ab', 'char')).toThrow(
      'Cannot convert value "ab" to type "System.Char". Error: "String must be exactly one character long."',
    );
  });
});

describe('datetime and timespan', () => {
  it.each<[string, string]>([
    ['2024-03-05', '3/5/2024 12:00:00 AM'],
    ['2024-03-05T14:07:09', '3/5/2024 2:07:09 PM'],
    ['2024-03-05 14:07', '3/5/2024 2:07:00 PM'],
    ['03/05/2024', '3/5/2024 12:00:00 AM'],
    ['3/5/2024 2:07 PM', '3/5/2024 2:07:00 PM'],
    ['12/31/2023 11:59:59 PM', '12/31/2023 11:59:59 PM'],
    ['1/1/2024 12:00 AM', '1/1/2024 12:00:00 AM'],
    ['5 March 2024', '3/5/2024 12:00:00 AM'],
    ['March 5, 2024', '3/5/2024 12:00:00 AM'],
    ['Tue, 05 Mar 2024', '3/5/2024 12:00:00 AM'],
    ['2024/3/5', '3/5/2024 12:00:00 AM'],
    ['Tuesday, March 5, 2024 2:07:09 PM', '3/5/2024 2:07:09 PM'],
    ['5-Mar-2024', '3/5/2024 12:00:00 AM'],
    ['2024.03.05', '3/5/2024 12:00:00 AM'],
    ['Mar 5 2024 23:59', '3/5/2024 11:59:00 PM'],
    ['3/5/24', '3/5/2024 12:00:00 AM'],
  ])('[datetime] %s', (input, expected) => {
    const d = convertTo(input, 'datetime') as PSDateTime;
    expect(d.toString()).toBe(expected);
    expect(d.kind).toBe('Unspecified');
  });
  it('ISO with Z converts to local time', () => {
    const d = convertTo('2024-03-05T12:00:00Z', 'datetime') as PSDateTime;
    expect(d.kind).toBe('Local');
    expect(d.toUniversalTime().toString()).toBe('3/5/2024 12:00:00 PM');
  });
  it('ISO with fraction and offset', () => {
    const d = convertTo('2024-03-05T12:00:00.1234567+02:00', 'datetime') as PSDateTime;
    expect(d.toUniversalTime().toString()).toBe('3/5/2024 10:00:00 AM');
    expect(d.fractionTicks).toBe(1234567);
  });
  it.each<[string, string]>([
    [
      'abc',
      `Cannot convert value "abc" to type "System.DateTime". Error: "The string 'abc' was not recognized as a valid DateTime. There is an unknown word starting at index '0'."`,
    ],
    [
      '13/45/2020',
      `Cannot convert value "13/45/2020" to type "System.DateTime". Error: "String '13/45/2020' was not recognized as a valid DateTime."`,
    ],
  ])('[datetime] %s fails', (input, message) => {
    expect(() => convertTo(input, 'datetime')).toThrow(message);
  });
  it('null to datetime', () => {
    expect(() => convertTo(null, 'datetime')).toThrow('Cannot convert null to type "System.DateTime".');
  });
  it.each<[string, string]>([
    ['01:30:00', '01:30:00'],
    ['1.02:03:04', '1.02:03:04'],
    ['5', '5.00:00:00'],
    ['-00:00:10', '-00:00:10'],
    ['00:00:01.5', '00:00:01.5000000'],
    ['10:20', '10:20:00'],
  ])('[timespan] %s', (input, expected) => {
    expect(String(convertTo(input, 'timespan'))).toBe(expected);
  });
  it('[timespan] bad', () => {
    expect(() => convertTo('25:00:00', 'timespan')).toThrow(
      `Error: "The TimeSpan string '25:00:00' could not be parsed because at least one of the numeric components is out of range or contains too many digits."`,
    );
    expect(() => convertTo('abc', 'timespan')).toThrow(
      `Error: "String 'abc' was not recognized as a valid TimeSpan."`,
    );
  });
});

describe('guid, version, uri, regex', () => {
  it('guid', () => {
    const g = convertTo('{C1A9A8B4-0F4E-4A3D-9D5B-6A3F2F1E0D9C}', 'guid') as PSGuid;
    expect(g.toString()).toBe('c1a9a8b4-0f4e-4a3d-9d5b-6a3f2f1e0d9c');
    expect(() => convertTo('nope', 'guid')).toThrow(
      'Cannot convert value "nope" to type "System.Guid". Error: "Unrecognized Guid format."',
    );
  });
  it('version', () => {
    expect(String(convertTo('7.4.1', 'version'))).toBe('7.4.1');
    expect(convertTo('7.4', 'version')).toBeInstanceOf(PSVersion);
    expect(() => convertTo('7', 'version')).toThrow(
      `Cannot convert value "7" to type "System.Version". Error: "Version string portion was too short or too long. (Parameter 'input')"`,
    );
  });
  it('uri', () => {
    expect(String(convertTo('https://contoso.com/a b', 'uri'))).toBe('https://contoso.com/a b');
  });
  it('regex', () => {
    expect(convertTo('a+', 'regex')).toBeInstanceOf(PSRegex);
    expect(() => convertTo('[', 'regex')).toThrow(
      'Cannot convert value "[" to type "System.Text.RegularExpressions.Regex". Error: "Invalid pattern',
    );
  });
});

describe('enums', () => {
  it.each<[unknown, string, string]>([
    ['Stop', 'ActionPreference', 'Stop'],
    ['stop', 'System.Management.Automation.ActionPreference', 'Stop'],
    ['  Continue ', 'ActionPreference', 'Continue'],
    [1, 'ActionPreference', 'Stop'],
    ['1', 'ActionPreference', 'Stop'],
    ['Red', 'ConsoleColor', 'Red'],
    ['DarkB', 'ConsoleColor', 'DarkBlue'],
    ['SilentlyC', 'ActionPreference', 'SilentlyContinue'],
    ['ReadOnly,Hidden', 'System.IO.FileAttributes', 'ReadOnly, Hidden'],
    [['ReadOnly', 'Hidden'], 'System.IO.FileAttributes', 'ReadOnly, Hidden'],
    ['Tls12', 'Net.SecurityProtocolType', 'Tls12'],
    ['Tls12, Tls13', 'Net.SecurityProtocolType', 'Tls12, Tls13'],
    ['Dir', 'System.IO.FileAttributes', 'Directory'],
  ])('[%s] %s', (input, type, expected) => {
    const v = convertTo(input, type) as PSEnumValue;
    expect(v).toBeInstanceOf(PSEnumValue);
    expect(v.name).toBe(expected);
  });
  it('no match lists the names', () => {
    expect(() => convertTo('Purple', 'ConsoleColor')).toThrow(
      'Cannot convert value "Purple" to type "System.ConsoleColor". Error: "Unable to match the identifier name Purple to a valid enumerator name. Specify one of the following enumerator names and try again:\nBlack, DarkBlue, DarkGreen, DarkCyan, DarkRed, DarkMagenta, DarkYellow, Gray, DarkGray, Blue, Green, Cyan, Red, Magenta, Yellow, White"',
    );
  });
  it('ambiguous prefix', () => {
    expect(() => convertTo('Dark', 'ConsoleColor')).toThrow(
      'Error: "The identifier name Dark cannot be processed because it is either too similar or identical to the following enumerator names: DarkBlue, DarkGreen, DarkCyan, DarkRed, DarkMagenta, DarkYellow, DarkGray. Use a more specific identifier name."',
    );
  });
  it('undefined numeric value', () => {
    expect(() => convertTo(42, 'ActionPreference')).toThrow(
      'Cannot convert value "42" to type "System.Management.Automation.ActionPreference" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "SilentlyContinue,Stop,Continue,Inquire,Ignore,Suspend,Break".',
    );
  });
  it('unknown type', () => {
    expect(() => convertTo(1, 'NoSuch.Type')).toThrow('Unable to find type [NoSuch.Type].');
  });
});

describe('tryConvertTo (-as)', () => {
  it('returns ok/value or not ok', () => {
    expect(tryConvertTo('5', 'int')).toEqual({ ok: true, value: 5 });
    expect(tryConvertTo('x', 'int')).toEqual({ ok: false });
    expect(() => tryConvertTo('x', 'NoSuch')).toThrow('Unable to find type [NoSuch].');
  });
});

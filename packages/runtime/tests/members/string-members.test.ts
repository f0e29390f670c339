import { describe, expect, it } from 'vitest';
import { PSChar } from '../../src/values/ps-char.js';
import { call, errorOf, get } from './helpers.js';

/** (receiver, method, args, expected): cases from the .NET String docs examples and PowerShell usage. */
type Row = [string, string, unknown[], unknown];

describe('string methods', () => {
  const rows: Row[] = [
    ['Hello', 'ToUpper', [], 'HELLO'],
    ['Hello', 'toupper', [], 'HELLO'],
    ['Hello', 'ToLower', [], 'hello'],
    ['Hello', 'ToUpperInvariant', [], 'HELLO'],
    ['Hello', 'ToLowerInvariant', [], 'hello'],
    ['  padded  ', 'Trim', [], 'padded'],
    ['\t\n x \r\n', 'Trim', [], 'x'],
    ['xxhixx', 'Trim', ['x'], 'hi'],
    ['*;|@123***456@|;*', 'Trim', [['*', ';', '|', '@']], '123***456'],
    ['--a--', 'TrimStart', ['-'], 'a--'],
    ['--a--', 'TrimEnd', ['-'], '--a'],
    ['path\\', 'TrimEnd', ['\\'], 'path'],
    ['  a  ', 'TrimStart', [], 'a  '],
    ['  a  ', 'TrimEnd', [], '  a'],
    ['abc', 'Trim', ['a', 'c'], 'b'],
    ['a,b,c', 'Split', [','], ['a', 'b', 'c']],
    ['a,b;c', 'Split', [',', ';'], ['a', 'b', 'c']],
    ['a,b;c', 'Split', [[',', ';']], ['a', 'b', 'c']],
    ['a,,b', 'Split', [','], ['a', '', 'b']],
    ['a,,b', 'Split', [',', 'RemoveEmptyEntries'], ['a', 'b']],
    ['a, b ,c', 'Split', [',', 'TrimEntries'], ['a', 'b', 'c']],
    [' a , ,b', 'Split', [',', 'RemoveEmptyEntries, TrimEntries'], ['a', 'b']],
    ['a b  c', 'Split', [], ['a', 'b', '', 'c']],
    ['one--two--three', 'Split', ['--'], ['one', 'two', 'three']],
    ['a-b-c-d', 'Split', [['-'], 2], ['a', 'b-c-d']],
    // PowerShell binds ('-', 2) to Split(char[] separator, int count), not to an enum options overload.
    ['a-b-c', 'Split', ['-', 2], ['a', 'b-c']],
    ['a-b-c-d', 'Split', ['-', 3, 'None'], ['a', 'b', 'c-d']],
    ['a<>b<>c', 'Split', [['<>'], 'None'], ['a', 'b', 'c']],
    ['user@contoso.com', 'Split', ['@'], ['user', 'contoso.com']],
    ['', 'Split', [','], ['']],
    ['Hello World', 'Substring', [6], 'World'],
    ['Hello World', 'Substring', [0, 5], 'Hello'],
    ['Hello', 'Substring', [5], ''],
    ['Hello', 'Substring', ['1', '2'], 'el'],
    ['aAaA', 'Replace', ['a', 'x'], 'xAxA'],
    ['aAaA', 'Replace', ['a', 'x', 'OrdinalIgnoreCase'], 'xxxx'],
    ['a.b.c', 'Replace', ['.', ''], 'abc'],
    ['a.b.c', 'Replace', ['.', null], 'abc'],
    ['1-2-3', 'Replace', [new PSChar(45), new PSChar(43)], '1+2+3'],
    ['a$1b', 'Replace', ['$1', 'X'], 'aXb'],
    ['Hello', 'Contains', ['ell'], true],
    ['Hello', 'Contains', ['ELL'], false],
    ['Hello', 'Contains', ['ELL', 'OrdinalIgnoreCase'], true],
    ['Hello', 'Contains', [''], true],
    ['Hello', 'StartsWith', ['He'], true],
    ['Hello', 'StartsWith', ['he'], false],
    ['Hello', 'StartsWith', ['he', 'CurrentCultureIgnoreCase'], true],
    ['Hello', 'StartsWith', ['he', true, null], true],
    ['Hello', 'EndsWith', ['llo'], true],
    ['Hello', 'EndsWith', ['LLO', 'InvariantCultureIgnoreCase'], true],
    ['Hello', 'EndsWith', [new PSChar(111)], true],
    ['Hello', 'IndexOf', ['l'], 2],
    ['Hello', 'IndexOf', ['l', 3], 3],
    ['Hello', 'IndexOf', ['z'], -1],
    ['Hello', 'IndexOf', ['LL', 'OrdinalIgnoreCase'], 2],
    ['Hello', 'IndexOf', [new PSChar(101)], 1],
    ['abcabc', 'IndexOf', ['c', 3, 2], -1],
    ['abcabc', 'IndexOf', ['c', 3, 3], 5],
    ['Hello', 'LastIndexOf', ['l'], 3],
    ['a\\b\\c', 'LastIndexOf', ['\\'], 3],
    ['Hello', 'IndexOfAny', [['x', 'l', 'o']], 2],
    ['42', 'PadLeft', [5], '   42'],
    ['42', 'PadLeft', [5, '0'], '00042'],
    ['42', 'PadRight', [4, '.'], '42..'],
    ['toolong', 'PadLeft', [3], 'toolong'],
    ['Hello', 'Insert', [5, ' World'], 'Hello World'],
    ['Hello World', 'Remove', [5], 'Hello'],
    ['Hello World', 'Remove', [0, 6], 'World'],
    ['abc', 'Equals', ['abc'], true],
    ['abc', 'Equals', ['ABC'], false],
    ['abc', 'Equals', ['ABC', 'OrdinalIgnoreCase'], true],
    ['a', 'CompareTo', ['b'], -1],
    ['b', 'CompareTo', ['a'], 1],
    ['a', 'CompareTo', [null], 1],
    ['e\u0301', 'Normalize', [], '\u00e9'],
    ['\u00e9', 'Normalize', ['FormD'], 'e\u0301'],
    ['text', 'ToString', [], 'text'],
    ['text', 'Clone', [], 'text'],
  ];
  it.each(rows)('%j.%s(%j) = %j', (receiver, name, args, expected) => {
    expect(call(receiver, name, ...args)).toEqual(expected);
  });

  it('ToCharArray and Chars give [char] values', () => {
    expect(call('ab', 'ToCharArray')).toEqual([new PSChar(97), new PSChar(98)]);
    expect(call('abc', 'Chars', 1)).toEqual(new PSChar(98));
    expect(call('abcd', 'ToCharArray', 1, 2)).toEqual([new PSChar(98), new PSChar(99)]);
  });

  it.each([
    ['Hello', 'Length', 5],
    ['', 'Length', 0],
    ['Hello', 'length', 5],
    ['Hello', 'Count', 1],
    ['Hello', 'NoSuchProperty', null],
  ])('%j.%s = %j', (receiver, name, expected) => {
    expect(get(receiver, name)).toBe(expected);
  });

  const errors: Array<[string, string, unknown[], string, string]> = [
    [
      'abc',
      'Foo',
      [],
      'MethodNotFound',
      "Method invocation failed because [System.String] does not contain a method named 'Foo'.",
    ],
    [
      'abc',
      'Substring',
      [1, 2, 3],
      'MethodCountCouldNotFindBest',
      'Cannot find an overload for "Substring" and the argument count: "3".',
    ],
    [
      'abc',
      'ToUpper',
      [1, 2],
      'MethodCountCouldNotFindBest',
      'Cannot find an overload for "ToUpper" and the argument count: "2".',
    ],
    [
      'abc',
      'Substring',
      [5],
      'ArgumentOutOfRangeException',
      'Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than length of string. (Parameter \'startIndex\')"',
    ],
    [
      'abc',
      'Substring',
      [1, 5],
      'ArgumentOutOfRangeException',
      'Exception calling "Substring" with "2" argument(s): "Index and length must refer to a location within the string. (Parameter \'length\')"',
    ],
    [
      'abc',
      'Substring',
      ['x'],
      'MethodArgumentConversionInvalidCastArgument',
      'Cannot convert argument "startIndex", with value: "x", for "Substring" to type "System.Int32": "Cannot convert value "x" to type "System.Int32". Error: "Input string was not in a correct format.""',
    ],
    [
      'abc',
      'Replace',
      ['', 'x'],
      'ArgumentException',
      'Exception calling "Replace" with "2" argument(s): "The value cannot be an empty string. (Parameter \'oldValue\')"',
    ],
    [
      'abc',
      'Remove',
      [3],
      'ArgumentOutOfRangeException',
      'Exception calling "Remove" with "1" argument(s): "startIndex must be less than length of string. (Parameter \'startIndex\')"',
    ],
    [
      'abc',
      'Chars',
      [3],
      'IndexOutOfRangeException',
      'Exception calling "Chars" with "1" argument(s): "Index was outside the bounds of the array."',
    ],
    [
      'abc',
      'PadLeft',
      [-1],
      'ArgumentOutOfRangeException',
      'Exception calling "PadLeft" with "1" argument(s): "Non-negative number required. (Parameter \'totalWidth\')"',
    ],
  ];
  it.each(errors)('%j.%s(%j) fails with %s', (receiver, name, args, errorId, message) => {
    expect(errorOf(() => call(receiver, name, ...args))).toEqual({ errorId, message });
  });
});

describe('itemByKey', () => {
  it('looks regex groups and member collections up by name', async () => {
    const { itemByKey } = await import('../../src/members/index.js');
    const { createTypeRegistry, invokeStaticMethod } = await import('../../src/types/index.js');
    const types = createTypeRegistry();
    const m = invokeStaticMethod(types.resolve('regex'), 'Match', ['k=v', '(?<key>\\w)=(?<value>\\w)']) as {
      Groups: unknown;
    };
    expect(get(itemByKey(m.Groups, 'value').value, 'Value')).toBe('v');
    expect(itemByKey(m.Groups, 1).found).toBe(false);
    expect(itemByKey(['a'], 'x').found).toBe(false);
  });
});

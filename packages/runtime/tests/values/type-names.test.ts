// typeNameOf/typeNamesOf: the .NET names PowerShell reports for each JS representation.
import { describe, expect, it } from 'vitest';
import type { PSEnumValue } from '../../src/values/index.js';
import {
  PSChar,
  PSDateTime,
  PSDecimal,
  EnumRegistry,
  PSGuid,
  PSHashtable,
  PSList,
  PSObject,
  PSRegex,
  PSSecureString,
  PSStringBuilder,
  PSTimeSpan,
  PSUri,
  PSVersion,
  SCRIPT_BLOCK,
  typeNameOf,
  typeNamesOf,
  withElementType,
  PS_TYPE_NAMES,
} from '../../src/values/index.js';

const enums = new EnumRegistry();
const red = enums.member('ConsoleColor', 'Red') as PSEnumValue;

const cases: Array<[string, unknown, string]> = [
  ['string', 'a', 'System.String'],
  ['bool', true, 'System.Boolean'],
  ['int', 42, 'System.Int32'],
  ['negative int', -2147483648, 'System.Int32'],
  ['int max + 1 (IntOps overflow to Double)', 2147483648, 'System.Double'],
  ['double', 1.5, 'System.Double'],
  ['beyond safe', 2 ** 60, 'System.Double'],
  ['NaN', NaN, 'System.Double'],
  ['-0', -0, 'System.Double'],
  ['object[]', [1, 2], 'System.Object[]'],
  ['int[]', withElementType([1, 2], 'System.Int32'), 'System.Int32[]'],
  ['hashtable', new PSHashtable(), 'System.Collections.Hashtable'],
  ['ordered', new PSHashtable({ ordered: true }), 'System.Collections.Specialized.OrderedDictionary'],
  [
    'dictionary',
    new PSHashtable({ caseSensitive: true, typeArguments: ['System.String', 'System.Int32'] }),
    'System.Collections.Generic.Dictionary`2[[System.String],[System.Int32]]',
  ],
  ['pscustomobject', PSObject.fromEntries([['a', 1]]), 'System.Management.Automation.PSCustomObject'],
  ['wrapped string', PSObject.wrap('x', ['System.String', 'System.Object']), 'System.String'],
  ['arraylist', new PSList('ArrayList'), 'System.Collections.ArrayList'],
  ['list[string]', new PSList('List', 'System.String'), 'System.Collections.Generic.List`1[[System.String]]'],
  ['datetime', PSDateTime.fromParts(2024, 1, 2), 'System.DateTime'],
  ['timespan', new PSTimeSpan(0n), 'System.TimeSpan'],
  ['char', new PSChar('a'), 'System.Char'],
  ['decimal', PSDecimal.one, 'System.Decimal'],
  ['guid', PSGuid.empty, 'System.Guid'],
  ['enum', red, 'System.ConsoleColor'],
  ['version', new PSVersion(1, 2), 'System.Version'],
  ['uri', PSUri.tryCreate('https://contoso.com/'), 'System.Uri'],
  ['regex', new PSRegex('a'), 'System.Text.RegularExpressions.Regex'],
  ['securestring', new PSSecureString('x'), 'System.Security.SecureString'],
  ['stringbuilder', new PSStringBuilder(), 'System.Text.StringBuilder'],
  ['scriptblock', { [SCRIPT_BLOCK]: true, invoke: () => [] }, 'System.Management.Automation.ScriptBlock'],
  [
    'host object',
    { [PS_TYPE_NAMES]: ['System.Management.Automation.ErrorRecord', 'System.Object'] },
    'System.Management.Automation.ErrorRecord',
  ],
  ['plain object', {}, 'System.Object'],
];

describe('typeNameOf', () => {
  it.each(cases)('%s', (_label, value, expected) => {
    expect(typeNameOf(value)).toBe(expected);
  });
  it('returns null for $null', () => {
    expect(typeNameOf(null)).toBe('null');
  });
});

describe('typeNamesOf', () => {
  it.each<[string, unknown, string[]]>([
    ['int', 1, ['System.Int32', 'System.ValueType', 'System.Object']],
    ['string', 's', ['System.String', 'System.Object']],
    ['array', [], ['System.Object[]', 'System.Array', 'System.Object']],
    ['enum', red, ['System.ConsoleColor', 'System.Enum', 'System.ValueType', 'System.Object']],
    ['pscustomobject', new PSObject(), ['System.Management.Automation.PSCustomObject', 'System.Object']],
  ])('%s', (_l, value, expected) => {
    expect(typeNamesOf(value)).toEqual(expected);
  });
  it('puts a PSTypeName in front while GetType() stays PSCustomObject', () => {
    const o = new PSObject();
    o.typeNames.unshift('Contoso.Mailbox');
    expect(typeNamesOf(o)[0]).toBe('Contoso.Mailbox');
    expect(typeNameOf(o)).toBe('System.Management.Automation.PSCustomObject');
  });
});

import { describe, expect, it } from 'vitest';
import { PSRuntimeException } from '../../src/values/ps-exception.js';
import { createTypeRegistry } from '../../src/types/index.js';

const registry = createTypeRegistry();

describe('TypeRegistry.resolve', () => {
  const cases: Array<[string, string]> = [
    ['int', 'System.Int32'],
    ['INT', 'System.Int32'],
    ['int32', 'System.Int32'],
    ['long', 'System.Int64'],
    ['System.Int64', 'System.Int64'],
    ['string', 'System.String'],
    ['String', 'System.String'],
    ['system.string', 'System.String'],
    ['bool', 'System.Boolean'],
    ['boolean', 'System.Boolean'],
    ['double', 'System.Double'],
    ['float', 'System.Single'],
    ['single', 'System.Single'],
    ['decimal', 'System.Decimal'],
    ['byte', 'System.Byte'],
    ['char', 'System.Char'],
    ['datetime', 'System.DateTime'],
    ['DateTime', 'System.DateTime'],
    ['timespan', 'System.TimeSpan'],
    ['guid', 'System.Guid'],
    ['version', 'System.Version'],
    ['uri', 'System.Uri'],
    ['regex', 'System.Text.RegularExpressions.Regex'],
    ['hashtable', 'System.Collections.Hashtable'],
    ['ordered', 'System.Collections.Specialized.OrderedDictionary'],
    ['pscustomobject', 'System.Management.Automation.PSObject'],
    ['psobject', 'System.Management.Automation.PSObject'],
    ['array', 'System.Array'],
    ['math', 'System.Math'],
    ['Math', 'System.Math'],
    ['convert', 'System.Convert'],
    ['environment', 'System.Environment'],
    ['io.path', 'System.IO.Path'],
    ['IO.File', 'System.IO.File'],
    ['System.IO.Directory', 'System.IO.Directory'],
    ['text.encoding', 'System.Text.Encoding'],
    ['System.Text.StringBuilder', 'System.Text.StringBuilder'],
    ['collections.arraylist', 'System.Collections.ArrayList'],
    ['scriptblock', 'System.Management.Automation.ScriptBlock'],
    ['switch', 'System.Management.Automation.SwitchParameter'],
    ['securestring', 'System.Security.SecureString'],
    ['ref', 'System.Management.Automation.PSReference'],
    ['timezoneinfo', 'System.TimeZoneInfo'],
    ['mailaddress', 'System.Net.Mail.MailAddress'],
    ['System.Net.Mail.MailAddress', 'System.Net.Mail.MailAddress'],
    ['web.httputility', 'System.Web.HttpUtility'],
    ['net.servicepointmanager', 'System.Net.ServicePointManager'],
    ['Net.SecurityProtocolType', 'System.Net.SecurityProtocolType'],
    ['ConsoleColor', 'System.ConsoleColor'],
    ['System.DayOfWeek', 'System.DayOfWeek'],
    ['StringSplitOptions', 'System.StringSplitOptions'],
    ['object', 'System.Object'],
    ['void', 'System.Void'],
    ['enum', 'System.Enum'],
    ['string[]', 'System.String[]'],
    ['object[]', 'System.Object[]'],
    ['int[,]', 'System.Int32[,]'],
    ['byte[]', 'System.Byte[]'],
    ['collections.generic.list[string]', 'System.Collections.Generic.List`1[[System.String]]'],
    ['System.Collections.Generic.List[int]', 'System.Collections.Generic.List`1[[System.Int32]]'],
    [
      'System.Collections.Generic.List[pscustomobject]',
      'System.Collections.Generic.List`1[[System.Management.Automation.PSObject]]',
    ],
    [
      'Collections.Generic.Dictionary[string,object]',
      'System.Collections.Generic.Dictionary`2[[System.String],[System.Object]]',
    ],
    ['System.Collections.Generic.List[string][]', 'System.Collections.Generic.List`1[[System.String]][]'],
    ['System.Collections.Generic.List[string[]]', 'System.Collections.Generic.List`1[[System.String[]]]'],
    ['Nullable[datetime]', 'System.Nullable`1[[System.DateTime]]'],
    [
      'System.Collections.Generic.List`1[[System.String, System.Private.CoreLib]]',
      'System.Collections.Generic.List`1[[System.String]]',
    ],
  ];
  it.each(cases)('[%s] -> %s', (name, fullName) => {
    expect(registry.resolve(name).fullName).toBe(fullName);
  });

  it('returns the same TypeInfo for the same constructed type', () => {
    expect(registry.resolve('Collections.Generic.List[string]')).toBe(
      registry.resolve('System.Collections.Generic.List[System.String]'),
    );
  });

  const missing: Array<[string, string]> = [
    ['Foo', 'Unable to find type [Foo].'],
    ['System.Foo.Bar', 'Unable to find type [System.Foo.Bar].'],
    ['System.Collections.Generic.List[Foo]', 'Unable to find type [Foo].'],
    ['Foo[]', 'Unable to find type [Foo[]].'],
    ['List[string]', 'Unable to find type [List[string]].'],
    ['Frob[string]', 'Unable to find type [Frob[string]].'],
    [
      'System.Collections.Generic.List[string,int]',
      'Unable to find type [System.Collections.Generic.List[string,int]].',
    ],
  ];
  it.each(missing)('[%s] is TypeNotFound', (name, message) => {
    let caught: unknown;
    try {
      registry.resolve(name);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PSRuntimeException);
    expect((caught as PSRuntimeException).errorId).toBe('TypeNotFound');
    expect((caught as PSRuntimeException).message).toBe(message);
    expect((caught as PSRuntimeException).category).toBe('InvalidOperation');
    expect(registry.tryResolve(name)).toBeUndefined();
  });

  it('describes types as PowerShell prints them', () => {
    const list = registry.resolve('List[string]', { usingNamespaces: ['System.Collections.Generic'] });
    expect(list.name).toBe('List`1');
    expect(list.namespace).toBe('System.Collections.Generic');
    expect(list.genericArguments.map((a) => a.fullName)).toEqual(['System.String']);
    const arr = registry.resolve('int[]');
    expect(arr.name).toBe('Int32[]');
    expect(arr.isArray).toBe(true);
    expect(arr.baseTypeName).toBe('System.Array');
    expect(registry.baseChain(registry.resolve('int'))).toEqual([
      'System.Int32',
      'System.ValueType',
      'System.Object',
    ]);
    expect(registry.baseChain(registry.resolve('ConsoleColor'))).toEqual([
      'System.ConsoleColor',
      'System.Enum',
      'System.ValueType',
      'System.Object',
    ]);
    expect(String(registry.resolve('string'))).toBe('System.String');
  });
});

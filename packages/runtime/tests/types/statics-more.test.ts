import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PSDateTime } from '../../src/values/ps-datetime.js';
import type { PSHashtable } from '../../src/values/ps-hashtable.js';
import { PSList } from '../../src/values/ps-list.js';
import { PSStringBuilder } from '../../src/values/ps-string-builder.js';
import { elementTypeOf } from '../../src/values/type-names.js';
import type {
  MailAddressValue,
  RegexMatchResult,
  TextEncoding,
  TimeZoneValue,
} from '../../src/types/index.js';
import { createMemberContext, getMember, invokeMethod } from '../../src/members/index.js';
import {
  UnixPaths,
  WindowsPaths,
  changeExtension,
  combine,
  getDirectoryName,
  getExtension,
  getFileName,
  getFileNameWithoutExtension,
} from '../../src/types/builtin/path-type.js';
import { call, errorOf, get, registry } from './helpers.js';

const ctx = createMemberContext({ types: registry });
const m = (value: unknown, name: string, ...args: unknown[]): unknown => invokeMethod(value, name, args, ctx);
const p = (value: unknown, name: string): unknown => getMember(value, name, ctx);

describe('[convert]', () => {
  const utf8 = (s: string): number[] => [...Buffer.from(s, 'utf8')];
  it.each([
    ['ToBase64String', [utf8('Hello')], 'SGVsbG8='],
    ['ToBase64String', [[]], ''],
    ['ToBase64String', [utf8('Hello'), 1, 3], 'ZWxs'],
    ['ToInt32', ['42'], 42],
    ['ToInt32', [2.5], 2],
    ['ToInt32', [3.5], 4],
    ['ToInt32', [true], 1],
    ['ToInt32', [null], 0],
    ['ToInt32', ['ff', 16], 255],
    ['ToInt32', ['FFFFFFFF', 16], -1],
    ['ToInt32', ['1010', 2], 10],
    ['ToInt32', ['777', 8], 511],
    ['ToInt64', ['9007199254740991'], 9007199254740991],
    ['ToString', [255, 16], 'ff'],
    ['ToString', [5, 2], '101'],
    ['ToString', [-1, 16], 'ffffffff'],
    ['ToString', [42], '42'],
    ['ToBoolean', ['True'], true],
    ['ToBoolean', ['false'], false],
    ['ToBoolean', [0], false],
    ['ToBoolean', [2], true],
    ['ToDouble', ['2.5'], 2.5],
    ['ToHexString', [[1, 171, 255]], '01ABFF'],
  ])('[convert]::%s(%j) = %j', (name, args, expected) => {
    expect(call('convert', name, ...args)).toEqual(expected);
  });

  it('round-trips Base64', () => {
    const bytes = call('convert', 'FromBase64String', 'SGVsbG8=') as number[];
    expect(bytes).toEqual(utf8('Hello'));
    expect(elementTypeOf(bytes)).toBe('System.Byte');
  });

  it.each([
    ['FromBase64String', ['abc'], 'FormatException'],
    ['ToInt32', ['12x'], 'FormatException'],
    ['ToInt32', ['99999999999'], 'OverflowException'],
    ['ToInt32', ['12', 3], 'ArgumentException'],
    ['ToBoolean', ['yes'], 'FormatException'],
  ])('[convert]::%s(%j) fails with %s', (name, args, errorId) => {
    expect(errorOf(() => call('convert', name, ...args)).errorId).toBe(errorId);
  });

  it('ToDateTime parses strings', () => {
    const d = call('convert', 'ToDateTime', '2024-05-06') as PSDateTime;
    expect([d.year, d.month, d.day]).toEqual([2024, 5, 6]);
  });
});

describe('[System.Text.Encoding]', () => {
  it.each([
    ['UTF8', 'é', [0xc3, 0xa9], 'utf-8', 65001],
    ['Unicode', 'A', [0x41, 0], 'utf-16', 1200],
    ['BigEndianUnicode', 'A', [0, 0x41], 'utf-16BE', 1201],
    ['ASCII', 'aé', [0x61, 0x3f], 'us-ascii', 20127],
    ['UTF32', 'A', [0x41, 0, 0, 0], 'utf-32', 12000],
  ])('[text.encoding]::%s', (name, text, bytes, webName, codePage) => {
    const enc = get('text.encoding', name) as TextEncoding;
    expect(m(enc, 'GetBytes', text)).toEqual(bytes);
    expect(p(enc, 'WebName')).toBe(webName);
    expect(p(enc, 'CodePage')).toBe(codePage);
    if (name !== 'ASCII') expect(m(enc, 'GetString', bytes)).toBe(text);
  });

  it('GetEncoding by name and code page; unknown names fail', () => {
    expect(p(call('text.encoding', 'GetEncoding', 'utf-8'), 'CodePage')).toBe(65001);
    expect(p(call('text.encoding', 'GetEncoding', 1252), 'WebName')).toBe('iso-8859-1');
    expect(errorOf(() => call('text.encoding', 'GetEncoding', 'klingon')).errorId).toBe('ArgumentException');
    expect(m(get('text.encoding', 'UTF8'), 'GetPreamble')).toEqual([0xef, 0xbb, 0xbf]);
    expect(m(get('text.encoding', 'Default'), 'GetPreamble')).toEqual([]);
  });
});

describe('[string]::Format', () => {
  it.each([
    ['{0} is {1}', ['x', 5], 'x is 5'],
    ['{0:N2}', [1234.5], '1,234.50'],
    ['{0,5}|{1,-3}|', ['a', 'b'], '    a|b  |'],
    ['{{literal}} {0}', [1], '{literal} 1'],
  ])('[string]::Format(%j, %j)', (format, args, expected) => {
    expect(call('string', 'Format', format, ...args)).toBe(expected);
  });
  it('reports bad indexes as .NET does', () => {
    const e = errorOf(() => call('string', 'Format', '{1}', 'a'));
    expect(e.errorId).toBe('FormatException');
    expect(e.message).toBe(
      'Exception calling "Format" with "2" argument(s): "Index (zero based) must be greater than or equal to zero and less than the size of the argument list."',
    );
  });
});

describe('[System.IO.Path] (pure helpers per platform)', () => {
  it.each([
    [['a', 'b', 'c.txt'], '/', 'a/b/c.txt'],
    [['/a/', 'b'], '/', '/a/b'],
    [['a', '/abs', 'c'], '/', '/abs/c'],
    [['a', ''], '/', 'a'],
    [['C:\\x', 'y.txt'], '\\', 'C:\\x\\y.txt'],
    [['C:\\x', 'D:\\y'], '\\', 'D:\\y'],
  ])('Combine(%j) with %s', (parts, sep, expected) => {
    expect(combine(parts, sep === '/' ? UnixPaths : WindowsPaths)).toBe(expected);
  });

  it.each([
    ['/var/log/app.log', 'app.log', '.log', 'app', '/var/log'],
    ['/var/log/', '', '', '', '/var/log'],
    ['file.tar.gz', 'file.tar.gz', '.gz', 'file.tar', ''],
    ['noext', 'noext', '', 'noext', ''],
    ['/a', 'a', '', 'a', '/'],
    ['.bashrc', '.bashrc', '.bashrc', '', ''],
  ])('Unix %j', (path, name, ext, stem, dir) => {
    expect(getFileName(path, UnixPaths)).toBe(name);
    expect(getExtension(path, UnixPaths)).toBe(ext);
    expect(getFileNameWithoutExtension(path, UnixPaths)).toBe(stem);
    expect(getDirectoryName(path, UnixPaths)).toBe(dir);
  });

  it.each([
    ['C:\\Temp\\report.csv', 'report.csv', '.csv', 'report', 'C:\\Temp'],
    ['C:\\report.csv', 'report.csv', '.csv', 'report', 'C:\\'],
    ['C:/Temp/a.b/c', 'c', '', 'c', 'C:\\Temp\\a.b'],
  ])('Windows %j', (path, name, ext, stem, dir) => {
    expect(getFileName(path, WindowsPaths)).toBe(name);
    expect(getExtension(path, WindowsPaths)).toBe(ext);
    expect(getFileNameWithoutExtension(path, WindowsPaths)).toBe(stem);
    expect(getDirectoryName(path, WindowsPaths)).toBe(dir);
  });

  it('handles null, roots and extensions', () => {
    expect(getFileName(null)).toBeNull();
    expect(getDirectoryName('/', UnixPaths)).toBeNull();
    expect(getDirectoryName('C:\\', WindowsPaths)).toBeNull();
    expect(changeExtension('/a/b.txt', '.csv', UnixPaths)).toBe('/a/b.csv');
    expect(changeExtension('/a/b', 'csv', UnixPaths)).toBe('/a/b.csv');
    expect(changeExtension('/a/b.txt', null, UnixPaths)).toBe('/a/b');
  });

  it('answers through the type too', () => {
    expect(call('io.path', 'GetExtension', 'x.JSON')).toBe('.JSON');
    expect(call('io.path', 'HasExtension', 'x')).toBe(false);
    expect(call('io.path', 'GetRandomFileName')).toMatch(/^[a-z0-5]{8}\.[a-z0-5]{3}$/);
    expect(String(call('io.path', 'GetTempPath'))).toMatch(/[\\/]$/);
    expect(errorOf(() => call('io.path', 'Combine', 'a', null)).errorId).toBe('ArgumentNullException');
  });
});

describe('[System.IO.File] and [System.IO.Directory]', () => {
  const dir = mkdtempSync(join(tmpdir(), 'exosh-types-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes, reads, appends and lists files', () => {
    const f = join(dir, 'a.txt');
    call('io.file', 'WriteAllText', f, 'one');
    call('io.file', 'AppendAllText', f, '\ntwo\n');
    expect(call('io.file', 'Exists', f)).toBe(true);
    expect(call('io.file', 'ReadAllText', f)).toBe('one\ntwo\n');
    expect(call('io.file', 'ReadAllLines', f)).toEqual(['one', 'two']);
    call('io.file', 'WriteAllLines', join(dir, 'b.txt'), ['x', 'y']);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe(
      process.platform === 'win32' ? 'x\r\ny\r\n' : 'x\ny\n',
    );
    call('io.file', 'WriteAllText', join(dir, 'bom.txt'), 'é', get('text.encoding', 'UTF8'));
    expect([...readFileSync(join(dir, 'bom.txt'))]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa9]);
    expect(call('io.file', 'ReadAllText', join(dir, 'bom.txt'))).toBe('é');
    expect(call('io.file', 'ReadAllBytes', join(dir, 'b.txt'))).toEqual([
      ...readFileSync(join(dir, 'b.txt')),
    ]);
    expect(
      (call('io.directory', 'GetFiles', dir, '*.txt') as string[]).map((x) => x.slice(dir.length + 1)),
    ).toEqual(['a.txt', 'b.txt', 'bom.txt']);
    call('io.directory', 'CreateDirectory', join(dir, 'sub', 'deeper'));
    expect(call('io.directory', 'Exists', join(dir, 'sub', 'deeper'))).toBe(true);
    writeFileSync(join(dir, 'sub', 'c.log'), '');
    expect((call('io.directory', 'GetFiles', dir, '*.log', 'AllDirectories') as string[]).length).toBe(1);
    expect(call('io.file', 'Exists', join(dir, 'sub'))).toBe(false);
    call('io.file', 'Delete', f);
    expect(call('io.file', 'Exists', f)).toBe(false);
  });

  it('reports missing files as .NET does', () => {
    const missing = join(dir, 'nope.txt');
    expect(errorOf(() => call('io.file', 'ReadAllText', missing))).toEqual({
      errorId: 'FileNotFoundException',
      message: `Exception calling "ReadAllText" with "1" argument(s): "Could not find file '${missing}'."`,
      exceptionType: 'System.Management.Automation.MethodInvocationException',
    });
    const deep = join(dir, 'no', 'such', 'f.txt');
    expect(errorOf(() => call('io.file', 'ReadAllText', deep)).message).toBe(
      `Exception calling "ReadAllText" with "1" argument(s): "Could not find a part of the path '${deep}'."`,
    );
    expect(call('io.file', 'Exists', null)).toBe(false);
  });
});

describe('[regex]', () => {
  it.each([
    ['IsMatch', ['abc123', '\\d+'], true],
    ['IsMatch', ['ABC', 'abc'], false],
    ['IsMatch', ['ABC', 'abc', 'IgnoreCase'], true],
    ['Replace', ['a1b2', '\\d', '#'], 'a#b#'],
    ['Replace', ['John Smith', '(\\w+) (\\w+)', '$2, $1'], 'Smith, John'],
    ['Replace', ['2024-03-15', '(?<y>\\d{4})-(?<m>\\d\\d)-(?<d>\\d\\d)', '${d}/${m}/${y}'], '15/03/2024'],
    ['Replace', ['cost', 'cost', '$$5'], '$5'],
    ['Split', ['a1b22c', '\\d+'], ['a', 'b', 'c']],
    ['Split', ['a-b', '(-)'], ['a', '-', 'b']],
    [
      'Escape',
      ['a.b*c (d) [e] $ ^ | ? + { # \\'],
      'a\\.b\\*c\\ \\(d\\)\\ \\[e]\\ \\$\\ \\^\\ \\|\\ \\?\\ \\+\\ \\{\\ \\#\\ \\\\',
    ],
    ['Unescape', ['a\\.b\\tc'], 'a.b\tc'],
  ])('[regex]::%s(%j)', (name, args, expected) => {
    expect(call('regex', name, ...args)).toEqual(expected);
  });

  it('returns Match objects with groups by number and name', () => {
    const mt = call('regex', 'Match', 'user@contoso.com', '(?<user>[^@]+)@(?<domain>.+)') as RegexMatchResult;
    expect(p(mt, 'Success')).toBe(true);
    expect(p(mt, 'Value')).toBe('user@contoso.com');
    expect(p(mt.Groups.item('domain'), 'Value')).toBe('contoso.com');
    expect(p(mt.Groups.item(1), 'Value')).toBe('user');
    expect(p(p(mt, 'Groups'), 'Count')).toBe(3);
    const none = call('regex', 'Match', 'abc', '\\d') as RegexMatchResult;
    expect(p(none, 'Success')).toBe(false);
    const all = call('regex', 'Matches', 'a1b22c333', '\\d+') as RegexMatchResult[];
    expect(p(all, 'Value')).toEqual(['1', '22', '333']);
    expect(p(m(all[0], 'NextMatch'), 'Value')).toBe('22');
  });

  it('constructs regex objects with instance members', () => {
    const re = call('regex', 'new', '^\\w+$', 'IgnoreCase');
    expect(m(re, 'IsMatch', 'Word')).toBe(true);
    expect(m(re, 'ToString')).toBe('^\\w+$');
    expect(m(call('regex', 'new', '\\s+'), 'Replace', 'a  b   c', ' ')).toBe('a b c');
    expect(m(call('regex', 'new', '\\s+'), 'Split', 'a  b')).toEqual(['a', 'b']);
    expect(errorOf(() => call('regex', 'new', '(')).errorId).toBe('ArgumentException');
  });
});

describe('[TimeZoneInfo]', () => {
  it('finds zones by IANA and Windows ids', () => {
    const ny = call('timezoneinfo', 'FindSystemTimeZoneById', 'Eastern Standard Time') as TimeZoneValue;
    expect(p(ny, 'Id')).toBe('Eastern Standard Time');
    expect(String(p(ny, 'BaseUtcOffset'))).toBe('-05:00:00');
    expect(p(ny, 'SupportsDaylightSavingTime')).toBe(true);
    const tokyo = call('timezoneinfo', 'FindSystemTimeZoneById', 'Asia/Tokyo') as TimeZoneValue;
    expect(String(p(tokyo, 'BaseUtcOffset'))).toBe('09:00:00');
    expect(p(tokyo, 'SupportsDaylightSavingTime')).toBe(false);
    expect(p(get('timezoneinfo', 'Utc'), 'Id')).toBe('UTC');
    expect(errorOf(() => call('timezoneinfo', 'FindSystemTimeZoneById', 'Mars/Olympus')).message).toBe(
      'Exception calling "FindSystemTimeZoneById" with "1" argument(s): "The time zone ID \'Mars/Olympus\' was not found on the local computer."',
    );
  });

  it.each([
    // Summer (EDT, UTC-4) and winter (EST, UTC-5) in New York.
    [[2024, 7, 1, 12, 0, 0], 'Eastern Standard Time', '7/1/2024 8:00:00 AM'],
    [[2024, 1, 15, 12, 0, 0], 'Eastern Standard Time', '1/15/2024 7:00:00 AM'],
    [[2024, 1, 15, 12, 0, 0], 'Tokyo Standard Time', '1/15/2024 9:00:00 PM'],
    [[2024, 7, 1, 23, 30, 0], 'Europe/London', '7/2/2024 12:30:00 AM'],
    [[2024, 3, 10, 6, 59, 0], 'America/New_York', '3/10/2024 1:59:00 AM'],
    [[2024, 3, 10, 7, 0, 0], 'America/New_York', '3/10/2024 3:00:00 AM'],
  ])('ConvertTimeBySystemTimeZoneId(UTC %j, %s)', (parts, zone, expected) => {
    const [y, mo, d, h, mi, s] = parts as number[];
    const utc = PSDateTime.fromParts(y!, mo!, d!, h!, mi!, s!, 0, 'Utc');
    expect(String(call('timezoneinfo', 'ConvertTimeBySystemTimeZoneId', utc, zone))).toBe(expected);
  });

  it('converts from a zone to UTC and between zones', () => {
    const wall = PSDateTime.fromParts(2024, 7, 1, 8, 0, 0);
    const ny = call('timezoneinfo', 'FindSystemTimeZoneById', 'America/New_York');
    const utc = call('timezoneinfo', 'ConvertTimeToUtc', wall, ny) as PSDateTime;
    expect([utc.hour, utc.kind]).toEqual([12, 'Utc']);
    expect(
      String(
        call(
          'timezoneinfo',
          'ConvertTimeBySystemTimeZoneId',
          wall,
          'Eastern Standard Time',
          'Pacific Standard Time',
        ),
      ),
    ).toBe('7/1/2024 5:00:00 AM');
    expect(String(m(ny, 'GetUtcOffset', PSDateTime.fromParts(2024, 7, 1, 12, 0, 0, 0, 'Utc')))).toBe(
      '-04:00:00',
    );
  });
});

describe('mail, web and environment', () => {
  it('parses mail addresses', () => {
    const a = call('mailaddress', 'new', 'Ada Lovelace <ada@contoso.com>') as MailAddressValue;
    expect([p(a, 'DisplayName'), p(a, 'Address'), p(a, 'User'), p(a, 'Host')]).toEqual([
      'Ada Lovelace',
      'ada@contoso.com',
      'ada',
      'contoso.com',
    ]);
    expect(String(a)).toBe('"Ada Lovelace" <ada@contoso.com>');
    expect(String(call('System.Net.Mail.MailAddress', 'new', 'bob@fabrikam.com'))).toBe('bob@fabrikam.com');
    expect(errorOf(() => call('mailaddress', 'new', 'not an address')).message).toBe(
      'Exception calling ".ctor" with "1" argument(s): "The specified string is not in the form required for an e-mail address."',
    );
  });

  it.each([
    ['UrlEncode', 'a b&c=d/é', 'a+b%26c%3dd%2f%c3%a9'],
    ['UrlDecode', 'a+b%26c%3Dd', 'a b&c=d'],
    ['HtmlEncode', '<a href="x">&\'', '&lt;a href=&quot;x&quot;&gt;&amp;&#39;'],
    ['HtmlDecode', '&lt;b&gt; &amp; &#65;&#x42;', '<b> & AB'],
  ])('[web.httputility]::%s(%j)', (name, input, expected) => {
    expect(call('web.httputility', name, input)).toBe(expected);
  });

  it('WebUtility uses upper-case escapes', () => {
    expect(call('net.webutility', 'UrlEncode', 'a/b')).toBe('a%2Fb');
  });

  it('reads the environment', () => {
    process.env.EXOSH_TYPES_TEST = 'yes';
    expect(call('environment', 'GetEnvironmentVariable', 'EXOSH_TYPES_TEST')).toBe('yes');
    expect(call('environment', 'GetEnvironmentVariable', 'EXOSH_NOT_SET_ANYWHERE')).toBeNull();
    call('environment', 'SetEnvironmentVariable', 'EXOSH_TYPES_TEST', null);
    expect(process.env.EXOSH_TYPES_TEST).toBeUndefined();
    expect(get('environment', 'NewLine')).toBe(process.platform === 'win32' ? '\r\n' : '\n');
    expect(typeof get('environment', 'MachineName')).toBe('string');
    expect(get('environment', 'ProcessorCount')).toBeGreaterThan(0);
    expect(p(get('environment', 'OSVersion'), 'Platform')).toBe(
      process.platform === 'win32' ? 'Win32NT' : 'Unix',
    );
    expect(call('environment', 'GetFolderPath', 'UserProfile')).toBe(
      process.env.HOME ?? process.env.USERPROFILE,
    );
    expect(call('environment', 'ExpandEnvironmentVariables', '%EXOSH_NOPE%')).toBe('%EXOSH_NOPE%');
  });
});

describe('constructors', () => {
  it('builds collections', () => {
    const list = call('System.Collections.Generic.List[string]', 'new') as PSList;
    expect([list.kind, list.elementType]).toEqual(['List', 'System.String']);
    expect((call('System.Collections.Generic.List[int]', 'new', [1, 2]) as PSList).items).toEqual([1, 2]);
    expect((call('collections.arraylist', 'new') as PSList).kind).toBe('ArrayList');
    const dict = call('System.Collections.Generic.Dictionary[string,int]', 'new') as PSHashtable;
    expect([dict.kind, dict.caseSensitive]).toEqual(['Dictionary', true]);
    const ci = call(
      'System.Collections.Generic.Dictionary[string,object]',
      'new',
      get('System.StringComparer', 'OrdinalIgnoreCase'),
    ) as PSHashtable;
    expect(ci.caseSensitive).toBe(false);
    expect((call('hashtable', 'new') as PSHashtable).kind).toBe('Hashtable');
    expect((call('ordered', 'new') as PSHashtable).kind).toBe('OrderedDictionary');
    expect(String(call('System.Text.StringBuilder', 'new', 'seed'))).toBe('seed');
    expect(call('System.Text.StringBuilder', 'new')).toBeInstanceOf(PSStringBuilder);
    expect(errorOf(() => call('System.Collections.Generic.List[string]', 'new', 1, 2, 3)).errorId).toBe(
      'MethodCountCouldNotFindBest',
    );
  });
});

describe('array types and [Linq.Enumerable]', () => {
  it('constructs typed arrays', () => {
    const bytes = call('byte[]', 'new', 4) as number[];
    expect(bytes).toEqual([0, 0, 0, 0]);
    expect(elementTypeOf(bytes)).toBe('System.Byte');
    expect(call('string[]', 'new', 2)).toEqual([null, null]);
    expect(call('bool[]', 'new', 1)).toEqual([false]);
    expect(errorOf(() => call('int[]', 'new', -1)).errorId).toBe('OverflowException');
  });

  it.each([
    [
      'Intersect',
      [
        [1, 2, 3, 2],
        [2, 3, 4],
      ],
      [2, 3],
    ],
    [
      'Intersect',
      [
        ['a', 'B'],
        ['A', 'B'],
      ],
      ['B'],
    ],
    ['Except', [[1, 2, 3], [2]], [1, 3]],
    [
      'Union',
      [
        [1, 2],
        [2, 3],
      ],
      [1, 2, 3],
    ],
    ['Distinct', [[1, 1, 2]], [1, 2]],
    ['Count', [[1, 2]], 2],
    ['Any', [[]], false],
    ['First', [[5, 6]], 5],
    ['Sum', [[1, 2, 3.5]], 6.5],
    ['Max', [[3, 9, 2]], 9],
    ['Range', [3, 3], [3, 4, 5]],
    ['Take', [[1, 2, 3], 2], [1, 2]],
  ])('[Linq.Enumerable]::%s(%j)', (name, args, expected) => {
    expect(call('Linq.Enumerable', name, ...args)).toEqual(expected);
  });

  it('First of an empty sequence fails', () => {
    expect(errorOf(() => call('System.Linq.Enumerable', 'First', [])).message).toBe(
      'Exception calling "First" with "1" argument(s): "Sequence contains no elements"',
    );
  });
});

describe('list arguments bind like arrays', () => {
  it('[string]::Join accepts an ArrayList or List[T]', () => {
    expect(call('string', 'Join', ',', new PSList('ArrayList', undefined, ['a', 'b']))).toBe('a,b');
    expect(call('string', 'Join', '-', new PSList('List', 'System.Int32', [1, 2, 3]))).toBe('1-2-3');
  });
  it('converts dates to invariant text for string parameters', () => {
    expect(call('string', 'Concat', PSDateTime.fromParts(2024, 3, 5, 14, 0, 0))).toBe('03/05/2024 14:00:00');
  });
});

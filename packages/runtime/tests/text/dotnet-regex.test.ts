// .NET -> JS regex translation: each construct checked by matching, not by comparing generated source.
import { describe, expect, it } from 'vitest';
import {
  RegexTranslationError,
  translateDotNetRegex,
  WildcardPattern,
  containsWildcardCharacters,
  escapeWildcard,
  unescapeWildcard,
} from '../../src/text/index.js';
import type { DotNetRegexOptions } from '../../src/text/index.js';

function matches(pattern: string, input: string, options: DotNetRegexOptions = {}): string | undefined {
  const t = translateDotNetRegex(pattern, options);
  return new RegExp(t.source, t.flags).exec(input)?.[0];
}

describe('translateDotNetRegex', () => {
  it.each<[string, string, string | undefined, DotNetRegexOptions?]>([
    ['\\Aab', 'ab', 'ab'],
    ['\\Aab', 'xab', undefined],
    ['\\Aab', 'x\nab', undefined, { multiline: true }],
    ['ab\\z', 'ab\n', undefined],
    ['ab\\Z', 'ab\n', 'ab'],
    ['ab$', 'ab\n', 'ab'],
    ['ab$', 'ab\nx', undefined],
    ['^b', 'a\nb', 'b', { multiline: true }],
    ['^b', 'a\r\nb', 'b', { multiline: true }],
    ['a$', 'a\r\nb', undefined, { multiline: true }],
    ['a.c', 'a\nc', undefined],
    ['a.c', 'a\nc', 'a\nc', { singleline: true }],
    ['a.c', 'a\rc', 'a\rc'],
    ['(?s)a.c', 'a\nc', 'a\nc'],
    ['(?i)ABC', 'abc', 'abc'],
    ['(?m)^b', 'a\nb', 'b'],
    ['(?x) a b # comment', 'ab', 'ab'],
    ['(?x)a[ ]b', 'a b', 'a b'],
    ['(?i:AB)c', 'abc', 'abc'],
    ['(?#note)ab', 'ab', 'ab'],
    ["(?'n'a)\\k'n'", 'aa', 'aa'],
    ['(?<n>a)\\k<n>', 'aa', 'aa'],
    ['(?>a+)b', 'aab', 'aab'],
    ['[a-z-[aeiou]]+', 'bcde', 'bcd'],
    ['[^a-c]', 'abcd', 'd'],
    ['[]a]+', ']a]', ']a]'],
    ['\\e', '\u001b', '\u001b'],
    ['a{2}', 'aaa', 'aa'],
    ['a{,2}', 'a{,2}', 'a{,2}'],
    ['x{', 'x{', 'x{'],
    ['\\p{Lu}+', 'abCDe', 'CD'],
    ['\\-\\_\\#', '-_#', '-_#'],
    ['a/b', 'a/b', 'a/b'],
    ['\\x41\\u0042', 'AB', 'AB'],
    ['[\\b]', '\b', '\b'],
    ['(a)\\1', 'aa', 'aa'],
    ['[\\w-]+', 'a-b c', 'a-b'],
    ['\\p{L}[\\w-]+', 'é-x', 'é-x'],
    ['[-\\d]+', '1-2', '1-2'],
    ['[a-c]+', 'abcd', 'abc'],
  ])('%j on %j', (pattern, input, expected, options) => {
    expect(matches(pattern, input, options)).toBe(expected);
  });
  it('numbers unnamed groups before named ones, and maps back-references', () => {
    const t = translateDotNetRegex('(?<a>x)(y)\\1');
    expect(t.groups.map((g) => [g.number, g.name])).toEqual([
      [0, '0'],
      [1, '1'],
      [2, 'a'],
    ]);
    expect(new RegExp(t.source).test('xyy')).toBe(true);
    expect(new RegExp(t.source).test('xyx')).toBe(false);
  });
  it('explicit capture', () => {
    const t = translateDotNetRegex('(a)(?<n>b)', { explicitCapture: true });
    expect(t.groups.map((g) => g.name)).toEqual(['0', 'n']);
  });
  it('repeated group names share one .NET group', () => {
    const t = translateDotNetRegex('(?<d>\\d)-(?<d>\\d)');
    expect(t.groups).toHaveLength(2);
    expect(t.groups[1]?.jsIndices).toEqual([1, 2]);
  });
  it.each(['[', '(a', 'a)', '\\', '(?<a-b>x)', '(?(a)b|c)', '\\q', '\\2', '*a'])('rejects %j', (pattern) => {
    expect(() => translateDotNetRegex(pattern)).toThrow(RegexTranslationError);
  });
});

describe('WildcardPattern', () => {
  it('helpers', () => {
    expect(containsWildcardCharacters('a*')).toBe(true);
    expect(containsWildcardCharacters('a`*')).toBe(false);
    expect(containsWildcardCharacters('abc')).toBe(false);
    expect(escapeWildcard('a*b[1]')).toBe('a`*b`[1`]');
    expect(unescapeWildcard('a`*b`[1`]')).toBe('a*b[1]');
  });
  it('matching', () => {
    expect(new WildcardPattern('*.TXT').isMatch('notes.txt')).toBe(true);
    expect(new WildcardPattern('*.TXT', false).isMatch('notes.txt')).toBe(false);
    expect(new WildcardPattern('file?.log').isMatch('file1.log')).toBe(true);
    expect(new WildcardPattern('file?.log').isMatch('file10.log')).toBe(false);
    expect(new WildcardPattern('[0-9]*').isMatch('7up')).toBe(true);
    expect(new WildcardPattern('*').isMatch('')).toBe(true);
  });
});

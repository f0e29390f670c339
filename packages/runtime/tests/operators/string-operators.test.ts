// -like, -match, -replace, -split, -join: data transcribed from PowerShell's Operators tests and about_* docs.
import { describe, expect, it } from 'vitest';
import {
  joinOperator,
  likeOperator,
  matchOperator,
  replaceOperator,
  splitOperator,
  unaryJoinOperator,
  unarySplitOperator,
} from '../../src/operators/index.js';
import type { PSHashtable } from '../../src/values/index.js';
import {
  EnumRegistry,
  PSRegex,
  SCRIPT_BLOCK,
  type PSRegexMatch,
  type ScriptBlockLike,
} from '../../src/values/index.js';

/** A stand-in script block: a JS function over $_ and $args. */
function block(fn: (dollarUnder: unknown, ...args: unknown[]) => unknown): ScriptBlockLike {
  return {
    [SCRIPT_BLOCK]: true,
    invoke: (...args: unknown[]) => [fn(undefined, ...args)],
    invokeWithDollarUnder: (du: unknown, ...args: unknown[]) => [fn(du, ...args)],
  };
}

describe('-like', () => {
  it.each<[string, string, boolean]>([
    ['PowerShell', 'Power*', true],
    ['PowerShell', 'power*', true],
    ['PowerShell', '*shell', true],
    ['PowerShell', 'Power', false],
    ['PowerShell', '?owerShell', true],
    ['PowerShell', '[pq]owerShell', true],
    ['PowerShell', '[a-o]owerShell', false],
    ['PowerShell', '[!a-o]owerShell', true],
    ['a*b', 'a`*b', true],
    ['axb', 'a`*b', false],
    ['a[b', 'a`[b', true],
    ['', '*', true],
    ['', '', true],
    ['abc', '', false],
    ['a.b', 'a.b', true],
    ['a+b', 'a+b', true],
    ['a\\b', 'a\\b', true],
    ['line1\nline2', 'line1*', true],
    ['Ab', '[a-b]b', true],
    ['-', '[+-]', true],
    // ComparisonOperator.Tests.ps1 backtick cases
    ['abc`def', 'abc`def', false],
    ['abc`def', 'abc``def', true],
    ['abc`def', 'abc````def', false],
    ['abc``def', 'abc````def', true],
    ['Hello world', 'Hello*', true],
  ])('%j -like %j is %s', (input, pattern, expected) => {
    expect(likeOperator(input, pattern)).toBe(expected);
  });
  it('case-sensitive and negated', () => {
    expect(likeOperator('PowerShell', 'power*', false)).toBe(false);
    expect(likeOperator('PowerShell', 'Power*', true, true)).toBe(false);
  });
  it('filters a collection, returning strings', () => {
    expect(likeOperator(['apple', 'banana', 1, 'avocado'], 'a*')).toEqual(['apple', 'avocado']);
    expect(likeOperator([1, 12, 2], '1*')).toEqual(['1', '12']);
    expect(likeOperator(['apple', 'banana'], 'a*', true, true)).toEqual(['banana']);
  });
  it('null is an empty string', () => {
    expect(likeOperator(null, '')).toBe(true);
  });
  it('an unclosed bracket is a wildcard error', () => {
    expect(() => likeOperator('a', '[a')).toThrow(
      'The specified wildcard character pattern is not valid: [a',
    );
  });
});

describe('-match', () => {
  it('sets $Matches data for a scalar', () => {
    const r = matchOperator('Sunday', 'sun');
    expect(r.result).toBe(true);
    expect(r.matches?.get(0)).toBe('Sun');
  });
  it('named and numbered groups, unnamed first', () => {
    const r = matchOperator('john@contoso.com', '(?<user>\\w+)@(\\w+)\\.com');
    const m = r.matches as PSHashtable;
    expect(m.get(0)).toBe('john@contoso.com');
    expect(m.get(1)).toBe('contoso');
    expect(m.get('USER')).toBe('john');
    expect(m.keys()).toEqual(['user', 1, 0]);
  });
  it('unsuccessful groups are left out', () => {
    const m = matchOperator('ac', 'a(b)?c').matches as PSHashtable;
    expect(m.has(1)).toBe(false);
    expect(m.count).toBe(1);
  });
  it('no match leaves $Matches alone', () => {
    expect(matchOperator('abc', 'x')).toEqual({ result: false, matches: undefined });
  });
  it('-notmatch still reports the match', () => {
    const r = matchOperator('abc', 'b', true, true);
    expect(r.result).toBe(false);
    expect(r.matches?.get(0)).toBe('b');
  });
  it('-cmatch is case-sensitive', () => {
    expect(matchOperator('ABC', 'b', false).result).toBe(false);
  });
  it('filters collections without setting $Matches', () => {
    expect(matchOperator(['one', 'two', 'three', 3], 't|3')).toEqual({
      result: ['two', 'three', 3],
      matches: undefined,
    });
  });
  it('accepts a [regex] operand', () => {
    expect(matchOperator('ABC', new PSRegex('b')).result).toBe(false);
  });
  it('.NET syntax is translated', () => {
    expect(matchOperator('abc', '\\Aabc\\z').result).toBe(true);
    expect(matchOperator('abc\n', 'abc$').result).toBe(true);
    expect(matchOperator("it's", "(?'w'\\w+)'s").matches?.get('w')).toBe('it');
    expect(matchOperator('aBc', '(?-i)b').result).toBe(false);
    expect(matchOperator('x y', '(?x) x \\s y').result).toBe(true);
  });
  it('invalid patterns', () => {
    expect(() => matchOperator('a', '[')).toThrow('The regular expression pattern [ is not valid.');
    expect(() => matchOperator('a', '(a')).toThrow('The regular expression pattern (a is not valid.');
  });
});

describe('-replace', () => {
  it.each<[unknown, unknown, string]>([
    ['Get-Process', ['Get', 'Stop'], 'Stop-Process'],
    ['image.gif', ['\\.gif$', '.jpg'], 'image.jpg'],
    ['book', ['B', 'C'], 'Cook'],
    ['PowerPoint', ['Point', 'Shell'], 'PowerShell'],
    ['PowerPoint', 'Point', 'Power'],
    ['domain.example', ['.*\\.(\\w+)$', "Tld of '$0' is - '$1'"], "Tld of 'domain.example' is - 'example'"],
    ['domain.example', ['.*\\.(?<tld>\\w+)$', '${tld}'], 'example'],
    ['John Smith', ['(\\w+) (\\w+)', '$2, $1'], 'Smith, John'],
    ['abc', ['b', '$$'], 'a$c'],
    ['abc', ['b', '[$&]'], 'a[b]c'],
    ['abc', ['b', '[$`]'], 'a[a]c'],
    ['abc', ['b', "[$']"], 'a[c]c'],
    ['abc', ['b', '[$_]'], 'a[abc]c'],
    ['abc', ['(b)', '$10'], 'ab0c'],
    ['abc', ['b', '$1'], 'a$1c'],
    ['abc', ['b', '${nope}'], 'a${nope}c'],
    ['aaa', ['a', 'b'], 'bbb'],
    ['abc', ['', '-'], '-a-b-c-'],
    [1.2, [',', ''], '1.2'],
    [null, ['^$', 'empty'], 'empty'],
    ['a1b22', ['\\d', [1, 2]], 'a1 2b1 21 2'],
  ])('%j -replace %j', (input, right, expected) => {
    expect(replaceOperator(input, right)).toBe(expected);
  });
  it('-creplace', () => {
    expect(replaceOperator('book', ['B', 'C'], false)).toBe('book');
  });
  it('collections', () => {
    expect(replaceOperator(['PowerPoint1', 'PowerPoint2'], ['Point', 'Shell'])).toEqual([
      'PowerShell1',
      'PowerShell2',
    ]);
  });
  it('script block evaluators get the match as $_', () => {
    const sb = block((m) => 'X'.repeat((m as PSRegexMatch).value.length));
    expect(replaceOperator('ID ABC123', ['\\b[A-C]+', sb])).toBe('ID XXX123');
  });
  it('too many elements', () => {
    expect(() => replaceOperator('a', ['a', 'b', 'c'])).toThrow(
      'The -replace operator allows only two elements to follow it, not 3.',
    );
  });
});

describe('-split', () => {
  const nl = '\n';
  const testText = `a12a${nl}b34b${nl}c56c${nl}d78d`;
  const testText2 = `a12a${nl}%b34b${nl}c56c${nl}d78d`;
  it.each<[unknown, unknown, string[]]>([
    [['a b', 'c d'], ' ', ['a', 'b', 'c', 'd']],
    ['a b c d', ' ', ['a', 'b', 'c', 'd']],
    ['a b c d', [' ', 2], ['a', 'b c d']],
    ['a b c d', [' ', 0], ['a', 'b', 'c', 'd']],
    ['a b c d', [' ', -2], ['a b c', 'd']],
    ['a b c d', [' ', -1], ['a b c d']],
    ['a b c d', [' ', 8], ['a', 'b', 'c', 'd']],
    ['a b c d', [' ', -8], ['a', 'b', 'c', 'd']],
    [' ', [' ', -2], ['', '']],
    ['a2b3c4d', ['\\d+', 2], ['a', 'b3c4d']],
    ['a2b3c4d', ['\\d+', -2], ['a2b3c', 'd']],
    ['a::b::c::d', '::', ['a', 'b', 'c', 'd']],
    ['a1:b1:c1:d', '(1:)', ['a', '1:', 'b', '1:', 'c', '1:', 'd']],
    ['a1:b1:c1:d', '1(:)', ['a', ':', 'b', ':', 'c', ':', 'd']],
    ['abcBd', 'B', ['a', 'c', 'd']],
    [testText, '^b', [testText]],
    [testText, 'b.+c', [testText]],
    [testText, ['b.+c', 0, 'Singleline'], [`a12a${nl}`, `${nl}d78d`]],
    [testText2, ['b.+c', 0, 'Singleline'], [`a12a${nl}%`, `${nl}d78d`]],
    [testText, ['^b', 0, 'Multiline'], [`a12a${nl}`, `34b${nl}c56c${nl}d78d`]],
    [testText, ['b.+c', 0, 'Singleline,Multiline'], [`a12a${nl}`, `${nl}d78d`]],
    [testText, ['^b.+c', 0, 'Singleline,Multiline'], [`a12a${nl}`, `${nl}d78d`]],
    [testText2, ['^b.+c', 0, 'Singleline,Multiline'], [testText2]],
    ['a: b:c', ': ', ['a', 'b:c']],
    ['a: b:c', [': ', 0, 'IgnorePatternWhitespace'], ['a', ' b', 'c']],
    ['a:b', '(:)', ['a', ':', 'b']],
    ['a:b', ['(:)', 0, 'ExplicitCapture'], ['a', 'b']],
    ['abc', ['B', 0, 'SimpleMatch,IgnoreCase'], ['a', 'c']],
    ['abc', ['B', 0, 'RegexMatch,Singleline'], ['a', 'c']],
    ['a.b.c', ['.', 0, 'SimpleMatch'], ['a', 'b', 'c']],
    ['abc', '', ['', 'a', 'b', 'c', '']],
    [1.2, ',', ['1.2']],
    ['Mercury,Venus,Earth', [',', 2], ['Mercury', 'Venus,Earth']],
  ])('%j -split %j', (input, right, expected) => {
    expect(splitOperator(input, right)).toEqual(expected);
  });
  it('-csplit', () => {
    expect(splitOperator('abcBd', 'B', false)).toEqual(['abc', 'd']);
  });
  it('option combination error', () => {
    expect(() => splitOperator('abc', ['B', 0, 'RegexMatch,SimpleMatch'])).toThrow(
      'The combination of options with the -split operator is not valid.',
    );
  });
  it('options as an enum value', () => {
    const opt = new EnumRegistry().member('SplitOptions', 'SimpleMatch');
    expect(splitOperator('a.b', ['.', 0, opt])).toEqual(['a', 'b']);
  });
  it('script block predicates', () => {
    const isSpace = block((ch) => ch === ' ');
    expect(splitOperator('a b c d', isSpace)).toEqual(['a', 'b', 'c', 'd']);
    expect(splitOperator('a b c d', [isSpace, -2])).toEqual(['a b c', 'd']);
    expect(splitOperator('a b c d', [isSpace, -4])).toEqual(['a', 'b', 'c', 'd']);
    expect(splitOperator('a b c d', [isSpace, -8])).toEqual(['a', 'b', 'c', 'd']);
    expect(splitOperator(' ', [isSpace, -4])).toEqual(['', '']);
    expect(splitOperator('folder/path/to/file', [block((ch) => ch === '/'), -2])).toEqual([
      'folder/path/to',
      'file',
    ]);
    expect(
      splitOperator(
        'a::b::c::d',
        block((ch) => ch === 'b' || ch === 'c'),
      ),
    ).toEqual(['a::', '::', '::d']);
    expect(splitOperator('a b c d', [isSpace, 2])).toEqual(['a', 'b c d']);
    expect(() => splitOperator('a', [isSpace, 0, 'SimpleMatch'])).toThrow(
      'Options are not allowed on the -split operator with a predicate.',
    );
  });
  it('unary -split', () => {
    expect(unarySplitOperator('a b c d')).toEqual(['a', 'b', 'c', 'd']);
    expect(unarySplitOperator(['a b', 'c d'])).toEqual(['a', 'b', 'c', 'd']);
    expect(unarySplitOperator('  a   b  ')).toEqual(['a', 'b']);
    expect(unarySplitOperator('a`tb\nc'.replace('`t', '\t'))).toEqual(['a', 'b', 'c']);
  });
});

describe('-join', () => {
  it.each<[unknown, unknown, string]>([
    [[1, 2, 3], ',', '1,2,3'],
    [['a', 'b'], '', 'ab'],
    [['a', null, 'b'], '-', 'a--b'],
    ['abc', ',', 'abc'],
    [[1.5, true], ' ', '1.5 True'],
    [[], ',', ''],
    [null, ',', ''],
    [[1, 2], null, '12'],
  ])('%j -join %j', (left, sep, expected) => {
    expect(joinOperator(left, sep)).toBe(expected);
  });
  it('unary -join', () => {
    expect(unaryJoinOperator(['a', 'b', 'c'])).toBe('abc');
  });
});

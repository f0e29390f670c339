// Examples from about_Split and about_Join, as (input, right operand, expected) rows.
import { describe, expect, it } from 'vitest';
import {
  joinOperator,
  splitOperator,
  unaryJoinOperator,
  unarySplitOperator,
} from '../../src/operators/index.js';
import { SCRIPT_BLOCK, type ScriptBlockLike } from '../../src/values/index.js';

const predicate = (fn: (ch: string) => boolean): ScriptBlockLike => ({
  [SCRIPT_BLOCK]: true,
  invoke: () => [false],
  invokeWithDollarUnder: (ch: unknown) => [fn(String(ch))],
});

describe('about_Split', () => {
  it.each<[unknown, unknown, string[]]>([
    ['Lastname:FirstName:Address', ':', ['Lastname', 'FirstName', 'Address']],
    ['a1b2c3', '\\d', ['a', 'b', 'c', '']],
    [
      'Mercury,Venus,Earth,Mars,Jupiter,Saturn,Uranus,Neptune',
      [',', 5],
      ['Mercury', 'Venus', 'Earth', 'Mars', 'Jupiter,Saturn,Uranus,Neptune'],
    ],
    ['Mercury,Venus,Earth,Mars', [',', -2], ['Mercury,Venus,Earth', 'Mars']],
    ['1a2B3', ['b', 0, 'SimpleMatch,IgnoreCase'], ['1a2', '3']],
    ['1a2B3', ['b', 0, 'SimpleMatch'], ['1a2', '3']],
    ['x.y', ['.', 0, 'SimpleMatch'], ['x', 'y']],
    ['x.y', '\\.', ['x', 'y']],
    ['x.y', '.', ['', '', '', '']],
  ])('%s -split %s', (input, right, expected) => {
    expect(splitOperator(input, right)).toEqual(expected);
  });
  it('-csplit at a lookahead keeps the leading empty string', () => {
    expect(splitOperator('WindowsPowerShell', '(?=[A-Z])', false)).toEqual(['', 'Windows', 'Power', 'Shell']);
    // -split ignores case, so [A-Z] matches before every letter.
    expect(splitOperator('abC', '(?=[A-Z])')).toEqual(['', 'a', 'b', 'C']);
  });
  it('script block delimiter', () => {
    const c = 'LastName, FirstName; Address, City, State, Zip';
    expect(
      splitOperator(
        c,
        predicate((ch) => ch === ',' || ch === ';'),
      ),
    ).toEqual(['LastName', ' FirstName', ' Address', ' City', ' State', ' Zip']);
  });
  it('unary split of whitespace-separated words', () => {
    expect(unarySplitOperator('red yellow blue green')).toEqual(['red', 'yellow', 'blue', 'green']);
  });
});

describe('about_Join', () => {
  it.each<[unknown, unknown, string]>([
    [[1, 2, 3], '+', '1+2+3'],
    [['Windows', 'PowerShell', '2.0'], ' ', 'Windows PowerShell 2.0'],
    [['a', 'b', 'c'], '', 'abc'],
  ])('%s -join %s', (left, sep, expected) => {
    expect(joinOperator(left, sep)).toBe(expected);
  });
  it('unary -join', () => {
    expect(unaryJoinOperator(['Windows', 'PowerShell', '2.0'])).toBe('WindowsPowerShell2.0');
  });
});

// Examples from about_Comparison_Operators, transcribed as (left, operator, right, expected) rows.
import { describe, expect, it } from 'vitest';
import {
  compareOperator,
  containsOperator,
  inOperator,
  likeOperator,
  matchOperator,
  type ComparisonOperator,
} from '../../src/operators/index.js';
import { PSDateTime } from '../../src/values/index.js';

describe('about_Comparison_Operators', () => {
  it.each<[unknown, ComparisonOperator, boolean, unknown, unknown]>([
    ['abc', 'eq', true, 'abc', true],
    ['abc', 'eq', true, ['abc', 'def'], false],
    [['abc', 'def'], 'eq', true, 'abc', ['abc']],
    [['abc', 'def'], 'ne', true, 'abc', ['def']],
    [[7, 8, 9], 'gt', true, 8, [9]],
    [[5, 6, 7, 8, 9], 'gt', true, 7, [8, 9]],
    ['a', 'lt', true, 'z', true],
    ['MacOS', 'ne', true, 'macos', false],
    ['MacOS', 'ne', false, 'macos', true],
    ['1.0', 'eq', true, 1, false],
    [1, 'eq', true, '1.0', true],
    [true, 'eq', true, 'false', true],
    [[1, null, 2, null], 'eq', true, null, [null, null]],
    [PSDateTime.fromParts(2001, 11, 12), 'lt', true, PSDateTime.fromParts(2020, 8, 1), true],
  ])('%s -%s %s', (left, op, ignoreCase, right, expected) => {
    expect(compareOperator(op, left, right, ignoreCase)).toEqual(expected);
  });
  it('matching and containment examples', () => {
    expect(likeOperator(['one', 'two', 'three', 'four'], '*o*')).toEqual(['one', 'two', 'four']);
    expect(likeOperator('Sunday', '*Day')).toBe(true);
    expect(likeOperator('Sunday', '*Day', false)).toBe(false);
    expect(matchOperator(['Sunday', 'Monday'], 'sun').result).toEqual(['Sunday']);
    expect(containsOperator(['Rose', 'Violet', 'Lily'], 'Violet')).toBe(true);
    expect(containsOperator([1, 2, 3], 2)).toBe(true);
    expect(containsOperator(['abc', 'def'], 'de')).toBe(false);
    expect(inOperator('def', ['abc', 'def'])).toBe(true);
    expect(containsOperator(['abc', 'def'], 'abc def')).toBe(false);
    expect(containsOperator('abc def', 'abc')).toBe(false);
  });
});

// equalsValues / compareValues: LanguagePrimitives.Equals and Compare, right operand converted to the left's type.
import { describe, expect, it } from 'vitest';
import { compareValues, equalsValues, toStringForDisplay, isTrue } from '../../src/conversion/index.js';
import {
  EnumRegistry,
  PSChar,
  PSDateTime,
  PSDecimal,
  PSHashtable,
  PSObject,
  PSVersion,
} from '../../src/values/index.js';

const red = new EnumRegistry().member('ConsoleColor', 'Red');

describe('equalsValues', () => {
  it.each<[unknown, unknown, boolean]>([
    [1, 1, true],
    [1, '1', true],
    ['1', 1, true],
    [1, '1.0', true],
    [2, '1.5', true],
    [1, '1.5', false],
    [1, 'abc', false],
    ['abc', 'ABC', true],
    ['abc', 'abd', false],
    ['é', 'É', true],
    [true, 'false', true],
    [true, 1, true],
    [false, 0, true],
    [false, '', true],
    [1, true, true],
    [0, false, true],
    ['True', true, true],
    [null, null, true],
    [null, 0, false],
    [0, null, false],
    ['', null, false],
    [1.0, 1, true],
    [0.1 + 0.2, 0.3, false],
    [new PSDecimal(10n, 1), 1, true],
    [1, new PSDecimal(10n, 1), true],
    [new PSChar('a'), 'A', true],
    [new PSChar('a'), 97, true],
    [PSDateTime.fromParts(2024, 1, 2), '2024-01-02', true],
    [new PSVersion(1, 2), '1.2', true],
    [red, 'red', true],
    [red, 12, true],
    ['Red', red, true],
    [NaN, NaN, false],
  ])('%s -eq %s is %s', (a, b, expected) => {
    expect(equalsValues(a, b)).toBe(expected);
  });
  it('case-sensitive variant', () => {
    expect(equalsValues('abc', 'ABC', { ignoreCase: false })).toBe(false);
    expect(equalsValues('abc', 'abc', { ignoreCase: false })).toBe(true);
    expect(equalsValues(new PSChar('a'), 'A', { ignoreCase: false })).toBe(false);
  });
  it('reference types compare by reference', () => {
    const h = new PSHashtable();
    const o = new PSObject();
    expect(equalsValues(h, h)).toBe(true);
    expect(equalsValues(h, new PSHashtable())).toBe(false);
    expect(equalsValues(o, new PSObject())).toBe(false);
  });
});

describe('compareValues', () => {
  const sign = (n: number): number => Math.sign(n);
  it.each<[unknown, unknown, number]>([
    [1, 2, -1],
    [2, 1, 1],
    [2, '10', -1],
    ['2', 10, 1],
    ['a', 'B', -1],
    ['B', 'a', 1],
    ['abc', 'ABC', 0],
    [null, 1, -1],
    [null, -1, 1],
    [1, null, 1],
    [-1, null, -1],
    [null, null, 0],
    [null, 'a', -1],
    [true, false, 1],
    [false, 'x', -1],
    [PSDateTime.fromParts(2024, 1, 2), '2023-12-31', 1],
    [new PSVersion(1, 10), '1.9', 1],
    [new PSDecimal(15n, 1), 2, -1],
    [new PSChar('a'), new PSChar('b'), -1],
    [NaN, 1, -1],
  ])('compare(%s, %s) = %i', (a, b, expected) => {
    expect(sign(compareValues(a, b))).toBe(expected);
  });
  it('case-sensitive ordering puts lower case first', () => {
    expect(compareValues('a', 'A', { ignoreCase: false })).toBe(-1);
  });
  it('conversion failure is a comparison failure', () => {
    expect(() => compareValues(5, 'abc')).toThrow(
      `Could not compare "5" to "abc". Error: "Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format.""`,
    );
  });
  it('non-comparable objects', () => {
    const h = new PSHashtable();
    expect(() => compareValues(h, new PSHashtable())).toThrow();
  });
});

describe('isTrue and display strings', () => {
  it.each<[unknown, boolean]>([
    ['false', true],
    ['', false],
    [[[]], false],
    [[null], false],
    [[''], false],
    [['a'], true],
    [0n, false],
    [NaN, true],
  ])('isTrue(%s) = %s', (v, expected) => {
    expect(isTrue(v)).toBe(expected);
  });
  it.each<[unknown, string]>([
    [PSDateTime.fromParts(2024, 3, 5, 14, 7, 9), '3/5/2024 2:07:09 PM'],
    [[1, 'a'], '1 a'],
    [new PSHashtable(), 'System.Collections.Hashtable'],
    [
      PSObject.fromEntries([
        ['a', 1],
        ['b', 2],
      ]),
      '@{a=1; b=2}',
    ],
    [null, ''],
    [false, 'False'],
  ])('toStringForDisplay(%s)', (v, expected) => {
    expect(toStringForDisplay(v)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { formatTypeName, parseTypeName, type TypeName } from '../../src/types/index.js';

const t = (name: string, genericArguments: TypeName[] = [], arrayRanks: number[] = []): TypeName => ({
  name,
  genericArguments,
  arrayRanks,
});

describe('parseTypeName', () => {
  const cases: Array<[string, TypeName | null]> = [
    ['string', t('string')],
    ['[string]', t('string')],
    ['System.String', t('System.String')],
    ['string[]', t('string', [], [1])],
    ['int[,]', t('int', [], [2])],
    ['int[][]', t('int', [], [1, 1])],
    ['System.Collections.Generic.List[string]', t('System.Collections.Generic.List', [t('string')])],
    ['List[string][]', t('List', [t('string')], [1])],
    ['Dictionary[string,object]', t('Dictionary', [t('string'), t('object')])],
    [
      'Dictionary[string, System.Collections.Generic.List[int]]',
      t('Dictionary', [t('string'), t('System.Collections.Generic.List', [t('int')])]),
    ],
    ['Nullable[datetime]', t('Nullable', [t('datetime')])],
    [
      'System.Collections.Generic.List`1[[System.String, System.Private.CoreLib, Version=8.0.0.0]]',
      t('System.Collections.Generic.List`1', [t('System.String')]),
    ],
    ['Environment+SpecialFolder', t('Environment+SpecialFolder')],
    ['  int  ', t('int')],
    ['', null],
    ['List[', null],
    ['int[', null],
    ['.int', null],
    ['int.', null],
    ['a b', null],
    ['List[string]x', null],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(parseTypeName(text)).toEqual(expected);
  });

  it.each([
    ['List[string]', 'List[string]'],
    ['Dictionary[ string , int ][]', 'Dictionary[string,int][]'],
    ['int[,]', 'int[,]'],
  ])('formats %j back as %j', (text, expected) => {
    expect(formatTypeName(parseTypeName(text)!)).toBe(expected);
  });
});

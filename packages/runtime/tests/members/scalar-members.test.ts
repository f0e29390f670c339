import { describe, expect, it } from 'vitest';
import { PSChar } from '../../src/values/ps-char.js';
import { PSGuid } from '../../src/values/ps-guid.js';
import { PSUri } from '../../src/values/ps-uri.js';
import { PSVersion } from '../../src/values/ps-version.js';
import { call, ctx, errorOf, get } from './helpers.js';
import { getStaticMember } from '../../src/types/index.js';

describe('numbers and booleans', () => {
  it.each([
    [1234.5678, 'N2', '1,234.57'],
    [0.256, 'P1', '25.6%'],
    [255, 'X', 'FF'],
    [7, 'D3', '007'],
    [1234.5, '0.00', '1234.50'],
    [42, '', '42'],
  ])('(%j).ToString(%j) = %j', (n, format, expected) => {
    expect(call(n, 'ToString', format)).toBe(expected);
  });

  it.each([
    [5, 'ToString', [], '5'],
    [2.5, 'ToString', [], '2.5'],
    [5, 'CompareTo', [3], 1],
    [5, 'CompareTo', [5], 0],
    [5, 'Equals', [5], true],
    [5, 'Equals', [6], false],
    [true, 'ToString', [], 'True'],
    [true, 'CompareTo', [false], 1],
  ])('(%j).%s(%j) = %j', (v, name, args, expected) => {
    expect(call(v, name, ...args)).toEqual(expected);
  });

  it('treats scalars as collections of one', () => {
    expect(get(5, 'Count')).toBe(1);
    expect(get(5, 'Length')).toBe(1);
    expect(get(true, 'Count')).toBe(1);
    expect(get(null, 'Count')).toBe(0);
    expect(get(null, 'Length')).toBe(0);
    expect(get(null, 'Anything')).toBeNull();
    expect(get(5, 'Anything')).toBeNull();
  });

  it('GetHashCode is stable for equal values', () => {
    expect(call('abc', 'GetHashCode')).toBe(call('abc', 'GetHashCode'));
    expect(call(7, 'GetHashCode')).toBe(7);
  });

  it('fails on a method call on $null', () => {
    expect(errorOf(() => call(null, 'ToString'))).toEqual({
      errorId: 'InvokeMethodOnNull',
      message: 'You cannot call a method on a null-valued expression.',
    });
    expect(errorOf(() => call(5, 'Frob')).message).toBe(
      "Method invocation failed because [System.Int32] does not contain a method named 'Frob'.",
    );
    expect(errorOf(() => call(2.5, 'Frob')).message).toBe(
      "Method invocation failed because [System.Double] does not contain a method named 'Frob'.",
    );
  });
});

describe('char, enum, guid, version, uri', () => {
  it('char', () => {
    expect(call(new PSChar(65), 'ToString')).toBe('A');
    expect(call(new PSChar(65), 'Equals', new PSChar(65))).toBe(true);
    expect(call(new PSChar(65), 'CompareTo', new PSChar(66))).toBe(-1);
  });

  it('enum', () => {
    const red = getStaticMember(ctx.types.resolve('ConsoleColor'), 'Red');
    expect(call(red, 'ToString')).toBe('Red');
    expect(call(red, 'ToString', 'D')).toBe('12');
    expect(get(red, 'value__')).toBe(12);
    const tls = getStaticMember(ctx.types.resolve('Net.SecurityProtocolType'), 'Tls12');
    expect(call(tls, 'HasFlag', tls)).toBe(true);
    expect(errorOf(() => call(tls, 'HasFlag', red)).errorId).toBe('ArgumentException');
  });

  it('guid', () => {
    const g = PSGuid.parse('d3e9b5c2-1a2b-4c3d-8e9f-0a1b2c3d4e5f');
    expect(call(g, 'ToString')).toBe('d3e9b5c2-1a2b-4c3d-8e9f-0a1b2c3d4e5f');
    expect(call(g, 'ToString', 'N')).toBe('d3e9b5c21a2b4c3d8e9f0a1b2c3d4e5f');
    expect(call(g, 'ToString', 'B')).toBe('{d3e9b5c2-1a2b-4c3d-8e9f-0a1b2c3d4e5f}');
    expect((call(g, 'ToByteArray') as number[]).slice(0, 4)).toEqual([0xc2, 0xb5, 0xe9, 0xd3]);
    expect(call(g, 'Equals', PSGuid.parse('D3E9B5C2-1A2B-4C3D-8E9F-0A1B2C3D4E5F'))).toBe(true);
  });

  it('version', () => {
    const v = new PSVersion(10, 0, 19041, 1);
    expect([get(v, 'Major'), get(v, 'Minor'), get(v, 'Build'), get(v, 'Revision')]).toEqual([
      10, 0, 19041, 1,
    ]);
    expect(get(new PSVersion(3, 1), 'Build')).toBe(-1);
    expect(call(v, 'ToString', 2)).toBe('10.0');
    expect(call(v, 'CompareTo', new PSVersion(10, 1))).toBe(-1);
    expect(call(new PSVersion(2, 0), 'CompareTo', new PSVersion(1, 9, 9))).toBe(1);
  });

  it('uri', () => {
    const u = PSUri.tryCreate('https://outlook.office365.com:443/adminapi/beta/x?y=1#f')!;
    expect(get(u, 'Host')).toBe('outlook.office365.com');
    expect(get(u, 'Scheme')).toBe('https');
    expect(get(u, 'AbsolutePath')).toBe('/adminapi/beta/x');
    expect(get(u, 'Query')).toBe('?y=1');
    expect(get(u, 'Port')).toBe(443);
    expect(call(u, 'GetLeftPart', 'Authority')).toBe('https://outlook.office365.com');
  });
});

describe('methods read as properties', () => {
  it('give a PSMethod with overload definitions that can be invoked', async () => {
    const { PSMethodValue, getStaticMember: getStatic } = await import('../../src/types/index.js');
    const m = get('abc', 'ToUpper');
    expect(m).toBeInstanceOf(PSMethodValue);
    expect(get(m, 'OverloadDefinitions')).toEqual([
      'string ToUpper()',
      'string ToUpper(cultureinfo culture)',
    ]);
    expect(String(m)).toBe('string ToUpper()\nstring ToUpper(cultureinfo culture)');
    expect(call(m, 'Invoke')).toBe('ABC');
    const round = getStatic(ctx.types.resolve('math'), 'Round');
    expect(Number(call(round, 'Invoke', 2.5))).toBe(2);
    expect(get('abc', 'NoSuchThing')).toBeNull();
  });
});

// PSDouble: the marker for a Double whose value is whole and in Int32 range.
import { describe, expect, it } from 'vitest';
import { PSDouble, doubleValue, isDouble, typeNameOf } from '../../src/values/index.js';

describe('doubleValue', () => {
  it('boxes a whole value in Int32 range (and -0), leaves other Doubles plain', () => {
    expect(doubleValue(2)).toBeInstanceOf(PSDouble);
    expect(doubleValue(-2147483648)).toBeInstanceOf(PSDouble);
    expect(doubleValue(-0)).toBeInstanceOf(PSDouble);
    expect(doubleValue(2.5)).toBe(2.5);
    expect(doubleValue(2147483648)).toBe(2147483648);
    expect(doubleValue(NaN)).toBeNaN();
  });

  it('reports System.Double either way; a plain whole number stays an Int32', () => {
    expect(typeNameOf(doubleValue(2))).toBe('System.Double');
    expect(typeNameOf(doubleValue(2.5))).toBe('System.Double');
    expect(typeNameOf(2)).toBe('System.Int32');
    expect(isDouble(doubleValue(2))).toBe(true);
    expect(isDouble(2.5)).toBe(true);
    expect(isDouble(-0)).toBe(true);
    expect(isDouble(2)).toBe(false);
  });

  it('reads as its number in JS arithmetic', () => {
    const two = doubleValue(2) as PSDouble;
    expect(Number(two)).toBe(2);
    expect(two.valueOf() * 3).toBe(6);
    expect(JSON.stringify({ v: two })).toBe('{"v":2}');
  });
});

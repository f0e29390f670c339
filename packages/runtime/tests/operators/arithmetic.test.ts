// Arithmetic operators: tables from about_Arithmetic_Operators and PowerShell's operator tests.
import { describe, expect, it } from 'vitest';
import { PSInt64 } from '../../src/values/ps-int64.js';
import { doubleValue } from '../../src/values/ps-double.js';
import { binaryArithmetic, unaryMinus, type ArithmeticOperator } from '../../src/operators/index.js';
import { convertToString } from '../../src/conversion/index.js';
import {
  PSDateTime,
  PSDecimal,
  PSHashtable,
  PSList,
  PSObject,
  PSRuntimeException,
  PSTimeSpan,
  typeNameOf,
} from '../../src/values/index.js';

const show = (v: unknown): string => (Array.isArray(v) ? `@(${v.map(show).join(',')})` : convertToString(v));

describe('numbers', () => {
  it.each<[unknown, ArithmeticOperator, unknown, unknown]>([
    [1, '+', 2, 3],
    [2147483647, '+', 1, 2147483648],
    [5, '/', 2, 2.5],
    [4, '/', 2, 2],
    [7, '%', 3, 1],
    [-7, '%', 3, -1],
    [6, '*', 7, 42],
    [1, '+', '2', 3],
    [1, '+', '2.5', 3.5],
    [1, '+', '0x10', 17],
    [1, '+', ' 2 ', 3],
    [1, '+', null, 1],
    [null, '+', 1, 1],
    [null, '-', 1, -1],
    [null, '*', 5, null],
    ['5', '-', 2, 3],
    ['10', '/', 4, 2.5],
    ['6', '%', '4', 2],
    [true, '+', true, 2],
    [1.5, '/', 0, Infinity],
    [0.1, '+', 0.2, 0.30000000000000004],
    [10, '-', '', 10],
  ])('%s %s %s', (a, op, b, expected) => {
    expect(binaryArithmetic(op, a, b)).toBe(expected);
  });
  it('divide by zero', () => {
    let err: unknown;
    try {
      binaryArithmetic('/', 1, 0);
    } catch (e) {
      err = e;
    }
    // FullyQualifiedErrorId RuntimeException, wrapping a DivideByZeroException (what catch [DivideByZeroException] matches).
    expect((err as PSRuntimeException).errorId).toBe('RuntimeException');
    expect((err as PSRuntimeException).inner?.exceptionType).toBe('System.DivideByZeroException');
    expect(() => binaryArithmetic('/', 1, 0)).toThrow('Attempted to divide by zero.');
    expect(() => binaryArithmetic('%', 1, 0)).toThrow('Attempted to divide by zero.');
  });
  it('string operands that are not numbers', () => {
    expect(() => binaryArithmetic('+', 1, 'abc')).toThrow(
      `Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format."`,
    );
    expect(() => binaryArithmetic('-', 'abc', 1)).toThrow(
      `Cannot convert value "abc" to type "System.Int32"`,
    );
  });
  it('decimal arithmetic stays decimal', () => {
    const r = binaryArithmetic('+', new PSDecimal(11n, 1), 2);
    expect(typeNameOf(r)).toBe('System.Decimal');
    expect(String(r)).toBe('3.1');
    expect(String(binaryArithmetic('/', new PSDecimal(1n), 3))).toBe('0.3333333333333333333333333333');
  });
  it('unary minus', () => {
    expect(unaryMinus(5)).toBe(-5);
    expect(unaryMinus('5')).toBe(-5);
    expect(unaryMinus(0)).toBe(0);
    expect(String(unaryMinus(PSTimeSpan.fromHours(1)))).toBe('-01:00:00');
  });
});

describe('strings and collections', () => {
  it.each<[unknown, ArithmeticOperator, unknown, string]>([
    ['a', '+', 'b', 'ab'],
    ['a', '+', 1, 'a1'],
    ['a', '+', null, 'a'],
    ['a', '+', [1, 2], 'a1 2'],
    ['ab', '*', 3, 'ababab'],
    ['ab', '*', 0, ''],
    ['ab', '*', '2', 'abab'],
    ['1', '+', 1, '11'],
    [[1, 2], '+', 3, '@(1,2,3)'],
    [[1, 2], '+', [3, 4], '@(1,2,3,4)'],
    [[1], '+', [[2, 3]], '@(1,@(2,3))'],
    [[1, 2], '*', 2, '@(1,2,1,2)'],
    [null, '+', [1], '@(1)'],
  ])('%s %s %s', (a, op, b, expected) => {
    expect(show(binaryArithmetic(op, a, b))).toBe(expected);
  });
  it('array + array makes a new array', () => {
    const a = [1];
    const r = binaryArithmetic('+', a, 2);
    expect(r).not.toBe(a);
    expect(a).toEqual([1]);
  });
  it('ArrayList + x gives object[]', () => {
    const r = binaryArithmetic('+', new PSList('ArrayList', undefined, [1]), 2);
    expect(r).toEqual([1, 2]);
  });
  it('unsupported operations name the op method', () => {
    expect(() => binaryArithmetic('-', [1], 1)).toThrow(
      "Method invocation failed because [System.Object[]] does not contain a method named 'op_Subtraction'.",
    );
    expect(() => binaryArithmetic('+', new PSObject(), 1)).toThrow(
      "Method invocation failed because [System.Management.Automation.PSCustomObject] does not contain a method named 'op_Addition'.",
    );
    expect(() => binaryArithmetic('*', new PSHashtable(), 2)).toThrow(
      "Method invocation failed because [System.Collections.Hashtable] does not contain a method named 'op_Multiply'.",
    );
  });
});

describe('hashtables', () => {
  it('adds into a new table in order', () => {
    const a = PSHashtable.from([['a', 1]], { ordered: true });
    const b = PSHashtable.from([['b', 2]]);
    const r = binaryArithmetic('+', a, b) as PSHashtable;
    expect(r.keys()).toEqual(['a', 'b']);
    expect(r.ordered).toBe(true);
    expect(a.count).toBe(1);
  });
  it('duplicate keys', () => {
    const a = PSHashtable.from([['a', 1]]);
    let err: unknown;
    try {
      binaryArithmetic('+', a, PSHashtable.from([['A', 2]]));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PSRuntimeException);
    expect((err as PSRuntimeException).message).toBe(
      "Item has already been added. Key in dictionary: 'a'  Key being added: 'A'",
    );
    expect((err as PSRuntimeException).exceptionType).toBe('System.ArgumentException');
  });
  it('hashtable + non-hashtable', () => {
    expect(() => binaryArithmetic('+', new PSHashtable(), 1)).toThrow(
      'A hash table can only be added to another hash table.',
    );
  });
});

describe('dates', () => {
  const d = PSDateTime.fromParts(2024, 1, 31, 10);
  it('date + timespan, date - date, date - timespan', () => {
    expect(String(binaryArithmetic('+', d, PSTimeSpan.fromDays(1)))).toBe('2/1/2024 10:00:00 AM');
    expect(String(binaryArithmetic('-', d, PSDateTime.fromParts(2024, 1, 30)))).toBe('1.10:00:00');
    expect(String(binaryArithmetic('-', d, PSTimeSpan.fromHours(10)))).toBe('1/31/2024 12:00:00 AM');
    expect(String(binaryArithmetic('+', PSTimeSpan.fromHours(1), PSTimeSpan.fromMinutes(30)))).toBe(
      '01:30:00',
    );
    expect((binaryArithmetic('+', d, 1) as PSDateTime).ticks - d.ticks).toBe(1n);
  });
  it('number + date is not defined', () => {
    expect(() => binaryArithmetic('+', 1, d)).toThrow(
      "The operation '[System.Int32] + [System.DateTime]' is not defined.",
    );
  });
});

describe('Int64 (LongOps)', () => {
  const long = (v: bigint) => new PSInt64(v);
  const max = 2n ** 63n - 1n;
  it.each<[ArithmeticOperator, unknown, unknown, unknown]>([
    ['+', long(1n), 1, long(2n)],
    ['+', 1, long(1n), long(2n)],
    ['-', long(max), 1, long(max - 1n)],
    ['*', long(3n), long(4n), long(12n)],
    ['/', long(8n), 2, long(4n)],
    ['/', long(7n), 2, 3.5],
    ['%', long(7n), 3, long(1n)],
    ['+', long(1n), 0.5, 1.5],
    ['+', long(max), 1, 9223372036854775808],
    ['*', long(max), 2, 2 ** 64],
    ['%', long(-(2n ** 63n)), -1, long(0n)],
  ])('%s: %o and %o', (op, a, b, expected) => {
    expect(binaryArithmetic(op, a, b)).toEqual(expected);
  });

  it('a long result past Int32 is a PSInt64', () => {
    expect(binaryArithmetic('*', long(100000n), 100000)).toEqual(long(10000000000n));
  });

  it('negates exactly, and -MinValue becomes a Double', () => {
    expect(unaryMinus(long(max))).toEqual(long(-max));
    expect(unaryMinus(long(-(2n ** 63n)))).toBe(9223372036854775808);
  });

  it('divides by zero with DivideByZeroException', () => {
    expect(() => binaryArithmetic('/', long(1n), 0)).toThrow('Attempted to divide by zero.');
  });
});

// IntOps versus DoubleOps (PowerShell's NumericOps): the operand types decide the result type, not its value.
describe('whole Doubles', () => {
  const d = (n: number) => doubleValue(n);
  it.each<[string, ArithmeticOperator, unknown, unknown, string, number]>([
    ['1.5 + 0.5', '+', 1.5, 0.5, 'System.Double', 2],
    ['2.0 * 3', '*', d(2), 3, 'System.Double', 6],
    ['3 - 1.0', '-', 3, d(1), 'System.Double', 2],
    ['[double]4 / 2', '/', d(4), 2, 'System.Double', 2],
    ['4 / 2', '/', 4, 2, 'System.Int32', 2],
    ['5 / 2', '/', 5, 2, 'System.Double', 2.5],
    ['4.0 % 2', '%', d(4), 2, 'System.Double', 0],
    ['0 * -1', '*', 0, -1, 'System.Int32', 0],
    ['1L + 2.0', '+', new PSInt64(1n), d(2), 'System.Double', 3],
    ["'4.0' - 1", '-', '4.0', 1, 'System.Double', 3],
  ])('%s', (_text, op, a, b, type, value) => {
    const r = binaryArithmetic(op, a, b);
    expect(typeNameOf(r)).toBe(type);
    expect(Number(r)).toBe(value);
  });

  it('divides a Double by zero to Infinity and an Int32 by zero to DivideByZero', () => {
    expect(binaryArithmetic('/', d(5), 0)).toBe(Infinity);
    expect(() => binaryArithmetic('/', 5, 0)).toThrow(PSRuntimeException);
  });

  it('negates a whole Double to a Double', () => {
    expect(typeNameOf(unaryMinus(d(2)))).toBe('System.Double');
    expect(typeNameOf(unaryMinus(2))).toBe('System.Int32');
  });
});

// Comparison, containment, bitwise, range, -is/-as and logical operators.
import { PSInt64 } from '../../src/values/ps-int64.js';
import { describe, expect, it } from 'vitest';
import {
  asOperator,
  bitwiseNot,
  bitwiseOperator,
  compareOperator,
  containsOperator,
  inOperator,
  isNotOperator,
  isOperator,
  notContainsOperator,
  notInOperator,
  notOperator,
  rangeIterator,
  rangeOperator,
  xorOperator,
  type BitwiseOperator,
  type ComparisonOperator,
} from '../../src/operators/index.js';
import type { PSRuntimeException } from '../../src/values/index.js';
import {
  EnumRegistry,
  PSChar,
  PSEnumValue,
  PSHashtable,
  PSList,
  PSObject,
  withElementType,
} from '../../src/values/index.js';

const enums = new EnumRegistry();

describe('comparison operators', () => {
  it.each<[ComparisonOperator, unknown, unknown, boolean]>([
    ['eq', 'abc', 'ABC', true],
    ['ne', 'abc', 'ABC', false],
    ['gt', 2, 1, true],
    ['ge', 2, 2, true],
    ['lt', 'a', 'b', true],
    ['le', 'b', 'a', false],
    ['gt', '10', 9, false],
    ['gt', 10, '9', true],
    ['eq', $null(), $null(), true],
    ['lt', $null(), 0, true],
    ['gt', 'Apple', 'apple', false],
    // ComparisonOperator.Tests.ps1
    ['lt', 1, 2, true],
    ['gt', 1, 2, false],
    ['le', 1, 2, true],
    ['le', 1, 1, true],
    ['ge', 1, 2, false],
    ['ge', 1, 1, true],
    ['eq', 1, 1, true],
    ['ne', 1, 2, true],
  ])('-%s %s %s', (op, a, b, expected) => {
    expect(compareOperator(op, a, b)).toBe(expected);
  });
  it('case-sensitive variants', () => {
    expect(compareOperator('eq', 'abc', 'ABC', false)).toBe(false);
    expect(compareOperator('gt', 'b', 'B', false)).toBe(false);
  });
  it('a collection on the left filters', () => {
    expect(compareOperator('eq', [1, 2, 3, 2], 2)).toEqual([2, 2]);
    expect(compareOperator('ne', [1, 2, 3], 2)).toEqual([1, 3]);
    expect(compareOperator('gt', [1, 2, 3], 1)).toEqual([2, 3]);
    expect(compareOperator('eq', ['a', 'B'], 'b')).toEqual(['B']);
    expect(compareOperator('eq', [null, 1, null], null)).toEqual([null, null]);
    expect(compareOperator('eq', [], 1)).toEqual([]);
    expect(compareOperator('eq', new PSList('ArrayList', undefined, [1, 2]), 1)).toEqual([1]);
  });
  it('$null on the right side of a collection check', () => {
    expect(compareOperator('eq', null, [1])).toBe(false);
  });
});

function $null(): null {
  return null;
}

describe('containment', () => {
  it.each<[unknown, unknown, boolean]>([
    [['red', 'green'], 'RED', true],
    [['red', 'green'], 'blue', false],
    [[1, 2, 3], '2', true],
    ['abc', 'a', false],
    ['abc', 'ABC', true],
    [[1, [2, 3]], 2, false],
    [[null], null, true],
  ])('%j -contains %j', (c, v, expected) => {
    expect(containsOperator(c, v)).toBe(expected);
    expect(notContainsOperator(c, v)).toBe(!expected);
    expect(inOperator(v, c)).toBe(expected);
    expect(notInOperator(v, c)).toBe(!expected);
  });
  it('-ccontains', () => {
    expect(containsOperator(['red'], 'RED', false)).toBe(false);
  });
});

describe('bitwise', () => {
  it.each<[BitwiseOperator, unknown, unknown, unknown]>([
    ['band', 10, 3, 2],
    ['bor', 10, 3, 11],
    ['bxor', 10, 3, 9],
    ['shl', 1, 4, 16],
    ['shl', 1, 31, -2147483648],
    ['shr', -16, 2, -4],
    ['shr', 16, 2, 4],
    ['band', '12', 4, 4],
    ['band', 5.5, 7, 6],
  ])('-%s %s %s', (op, a, b, expected) => {
    expect(bitwiseOperator(op, a, b)).toBe(expected);
  });
  it('works on Int64 past Int32 (a Double operand converts to Int64)', () => {
    expect(bitwiseOperator('bor', new PSInt64(0x100000000n), 1)).toEqual(new PSInt64(0x100000001n));
    expect(bitwiseOperator('bor', 0x100000000, 1)).toEqual(new PSInt64(0x100000001n));
  });
  it('-bnot', () => {
    expect(bitwiseNot(5)).toBe(-6);
    expect(bitwiseNot(0)).toBe(-1);
  });
  it('enum flags keep their type', () => {
    const ro = enums.member('System.IO.FileAttributes', 'ReadOnly');
    const hidden = enums.member('System.IO.FileAttributes', 'Hidden');
    const r = bitwiseOperator('bor', ro, hidden) as PSEnumValue;
    expect(r).toBeInstanceOf(PSEnumValue);
    expect(r.name).toBe('ReadOnly, Hidden');
  });
  it('CommandTypes flags (Bytewise Operator tests)', () => {
    const alias = enums.member('System.Management.Automation.CommandTypes', 'Alias');
    const app = enums.member('System.Management.Automation.CommandTypes', 'Application');
    const all = enums.member('System.Management.Automation.CommandTypes', 'All');
    expect(String(bitwiseOperator('bor', alias, app))).toBe('Alias, Application');
    expect(String(bitwiseOperator('bxor', alias, app))).toBe('Alias, Application');
    expect(String(bitwiseOperator('band', alias, all))).toBe('Alias');
  });
  it('non-numbers', () => {
    expect(() => bitwiseOperator('band', new PSHashtable(), 1)).toThrow(
      "The '-band' operator works only on numbers. The operand is a 'System.Collections.Hashtable'.",
    );
  });
});

describe('range', () => {
  it.each<[unknown, unknown, unknown[]]>([
    [1, 5, [1, 2, 3, 4, 5]],
    [5, 1, [5, 4, 3, 2, 1]],
    [-1, 1, [-1, 0, 1]],
    [3, 3, [3]],
    ['1', '3', [1, 2, 3]],
    [1.5, 3, [2, 3]],
    // RangeOperator.Tests.ps1
    [5, 8, [5, 6, 7, 8]],
    [-8, -5, [-8, -7, -6, -5]],
    [0, 0, [0]],
    [4, 3, [4, 3]],
    [-2, 2, [-2, -1, 0, 1, 2]],
  ])('%j..%j', (a, b, expected) => {
    expect(rangeOperator(a, b)).toEqual(expected);
  });
  it('char ranges', () => {
    expect(rangeOperator('a', 'e').map(String)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(rangeOperator('C', 'A').map(String)).toEqual(['C', 'B', 'A']);
    expect(rangeOperator(new PSChar('x'), 'z').map(String)).toEqual(['x', 'y', 'z']);
    expect(rangeOperator(new PSChar('C'), 'A').map(String)).toEqual(['C', 'B', 'A']);
    expect(rangeOperator('C', new PSChar('A')).map(String)).toEqual(['C', 'B', 'A']);
    expect(rangeOperator('A', 'E').every((c) => c instanceof PSChar)).toBe(true);
    expect(rangeOperator('1', '3').every((c) => typeof c === 'number')).toBe(true);
  });
  it('lazy iterator', () => {
    const it = rangeIterator(1, 1e9);
    expect([it.next().value, it.next().value]).toEqual([1, 2]);
  });
});

describe('-is / -isnot / -as', () => {
  it.each<[unknown, string, boolean]>([
    [1, 'int', true],
    [1, 'System.Int32', true],
    [1, 'ValueType', true],
    [1, 'object', true],
    [1.5, 'double', true],
    [1, 'string', false],
    ['a', 'string', true],
    [[1], 'array', true],
    [[1], 'object[]', true],
    [withElementType([1], 'System.Int32'), 'int[]', true],
    [new PSHashtable(), 'hashtable', true],
    [new PSHashtable({ ordered: true }), 'hashtable', false],
    [new PSHashtable({ ordered: true }), 'System.Collections.IDictionary', true],
    [new PSObject(), 'pscustomobject', true],
    [new PSObject(), 'psobject', true],
    [null, 'object', false],
    [[1], 'System.Collections.IEnumerable', true],
    [enums.member('ConsoleColor', 'Red'), 'enum', true],
    [enums.member('ConsoleColor', 'Red'), 'ConsoleColor', true],
  ])('%j -is [%s]', (v, type, expected) => {
    expect(isOperator(v, type)).toBe(expected);
    expect(isNotOperator(v, type)).toBe(!expected);
  });
  it.each<[unknown, string, boolean]>([
    // ComparisonOperator.Tests.ps1
    [PSObject.fromEntries([['foo', 1]]), 'pscustomobject', true],
    [PSObject.fromEntries([['foo', 1]]), 'psobject', true],
    ['hello', 'string', true],
    ['hello', 'system.string', true],
    [100, 'int', true],
    [100, 'system.int32', true],
    [PSObject.fromEntries([['foo', 1]]), 'string', false],
    ['hello', 'psobject', false],
  ])('ComparisonOperator.Tests: %s -is [%s]', (v, type, expected) => {
    expect(isOperator(v, type)).toBe(expected);
  });
  it('a string naming no type is a RuntimeException when a resolver is present', () => {
    const ctx = { resolveType: () => undefined };
    let err: unknown;
    try {
      isOperator('Hello', 'foo', ctx);
    } catch (e) {
      err = e;
    }
    expect((err as PSRuntimeException).errorId).toBe('RuntimeException');
    expect((err as PSRuntimeException).message).toBe(
      'Cannot convert the "foo" value of type "System.String" to type "System.Type".',
    );
    expect(isOperator('Hello', 'string', ctx)).toBe(true);
  });
  it('a missing type operand', () => {
    expect(() => isOperator('Hello', '')).toThrow("The right operand of '-is' must be a type.");
  });
  it('custom PSTypeNames', () => {
    const o = new PSObject();
    o.typeNames.unshift('Contoso.Mailbox');
    expect(isOperator(o, 'Contoso.Mailbox')).toBe(true);
  });
  it('resolver hook', () => {
    const ctx = {
      resolveType: (n: string) =>
        n === 'Even'
          ? { fullName: 'Even', isInstance: (v: unknown) => typeof v === 'number' && v % 2 === 0 }
          : undefined,
    };
    expect(isOperator(2, 'Even', ctx)).toBe(true);
    expect(isOperator(3, 'Even', ctx)).toBe(false);
  });
  it('-as', () => {
    expect(asOperator('5', 'int')).toBe(5);
    expect(asOperator('x', 'int')).toBeNull();
    expect(asOperator('1.2.3', 'version')?.toString()).toBe('1.2.3');
    expect(asOperator('nope', 'datetime')).toBeNull();
  });
});

describe('logical', () => {
  it('-not and -xor', () => {
    expect(notOperator('')).toBe(true);
    expect(notOperator('false')).toBe(false);
    expect(notOperator([])).toBe(true);
    expect(xorOperator(1, 0)).toBe(true);
    expect(xorOperator(1, 'a')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { PSDecimal } from '../../src/values/ps-decimal.js';
import { getStaticMember, invokeStaticMethod } from '../../src/types/index.js';
import { call, ctx, errorOf, get } from './helpers.js';

const make = (type: string, ...args: unknown[]): unknown =>
  invokeStaticMethod(ctx.types.resolve(type), 'new', args);
const stat = (type: string, name: string, ...args: unknown[]): unknown =>
  invokeStaticMethod(ctx.types.resolve(type), name, args);

describe('HashSet[T]', () => {
  it('adds once and reports whether it added (PowerShell sample hashset-add-returns-bool)', () => {
    const s = make('System.Collections.Generic.HashSet[string]');
    expect(call(s, 'Add', 'a')).toBe(true);
    expect(call(s, 'Add', 'a')).toBe(false);
    expect(call(s, 'Add', 'A')).toBe(true);
    expect(get(s, 'Count')).toBe(2);
    expect(call(s, 'Contains', 'a')).toBe(true);
    expect(call(s, 'Remove', 'a')).toBe(true);
    expect(call(s, 'Remove', 'zz')).toBe(false);
    expect([...(s as unknown[])]).toEqual(['A']);
  });

  it('honours an ignore-case comparer and converts items to T', () => {
    const s = make(
      'System.Collections.Generic.HashSet[string]',
      getStaticMember(ctx.types.resolve('StringComparer'), 'OrdinalIgnoreCase'),
    );
    call(s, 'Add', 'Mail');
    expect(call(s, 'Add', 'MAIL')).toBe(false);
    const ints = make('System.Collections.Generic.HashSet[int]', [1, 2, 2, '3']);
    expect([...(ints as unknown[])]).toEqual([1, 2, 3]);
    call(ints, 'UnionWith', [3, 4]);
    call(ints, 'ExceptWith', [1]);
    expect([...(ints as unknown[])]).toEqual([2, 3, 4]);
    call(ints, 'IntersectWith', [2, 4, 9]);
    expect([...(ints as unknown[])]).toEqual([2, 4]);
    expect(call(ints, 'IsSubsetOf', [1, 2, 4])).toBe(true);
  });
});

describe('Queue[T] and Stack[T]', () => {
  it('queues first-in first-out', () => {
    const q = make('System.Collections.Generic.Queue[string]');
    call(q, 'Enqueue', 'a');
    call(q, 'Enqueue', 'b');
    expect(call(q, 'Peek')).toBe('a');
    expect(call(q, 'Dequeue')).toBe('a');
    expect(get(q, 'Count')).toBe(1);
    call(q, 'Dequeue');
    expect(errorOf(() => call(q, 'Dequeue')).message).toBe(
      'Exception calling "Dequeue" with "0" argument(s): "Queue empty."',
    );
  });

  it('stacks last-in first-out and enumerates from the top', () => {
    const s = make('System.Collections.Generic.Stack[int]');
    call(s, 'Push', 1);
    call(s, 'Push', '2');
    expect([...(s as unknown[])]).toEqual([2, 1]);
    expect(call(s, 'Pop')).toBe(2);
    expect(call(s, 'ToArray')).toEqual([1]);
  });
});

describe('[decimal] and [WildcardPattern] statics', () => {
  it.each([
    [2.345, 2, '2.34'],
    [2.355, 2, '2.36'],
    [2.5, 0, '2'],
    [3.5, 0, '4'],
  ])('[decimal]::Round(%j, %j) = %s', (value, digits, expected) => {
    const r = stat('decimal', 'Round', value, digits);
    expect(r).toBeInstanceOf(PSDecimal);
    expect(String(r)).toBe(expected);
  });

  it('rounds away from zero on request', () => {
    expect(String(stat('decimal', 'Round', 2.345, 2, 'AwayFromZero'))).toBe('2.35');
  });

  it('escapes wildcard patterns and matches with pattern objects', () => {
    expect(stat('WildcardPattern', 'Escape', 'a*b')).toBe('a`*b');
    expect(stat('WildcardPattern', 'ContainsWildcardCharacters', 'a?')).toBe(true);
    expect(stat('WildcardPattern', 'ContainsWildcardCharacters', 'ab')).toBe(false);
    const p = make('WildcardPattern', 'Mail*');
    expect(call(p, 'IsMatch', 'Mailbox')).toBe(true);
    expect(call(p, 'IsMatch', 'mailbox')).toBe(false);
    const ci = make('WildcardPattern', 'Mail*', 'IgnoreCase');
    expect(call(ci, 'IsMatch', 'mailbox')).toBe(true);
  });
});

describe('[Tuple]', () => {
  it('creates indexable tuples with Item1..Item7 (PowerShell sample members/tuple-indexing)', () => {
    const t = stat('Tuple', 'Create', 10, 'Hello') as unknown[];
    expect(t[0]).toBe(10);
    expect(t[t.length - 1]).toBe('Hello');
    expect(get(t, 'Item1')).toBe(10);
    expect(get(t, 'Item2')).toBe('Hello');
    expect(get(t, 'Length')).toBe(2);
    expect(call(t, 'ToString')).toBe('(10, Hello)');
    expect(get(call(t, 'GetType'), 'Name')).toBe('Tuple`2');
  });
});

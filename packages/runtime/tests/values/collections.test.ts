// HashSet[T], Queue[T], Stack[T]: .NET semantics and how conversions/operators enumerate them.
import { describe, expect, it } from 'vitest';
import { PSHashSet, PSQueue, PSStack, typeNameOf } from '../../src/values/index.js';
import { convertToString } from '../../src/conversion/index.js';
import { compareOperator, containsOperator } from '../../src/operators/index.js';

describe('PSHashSet', () => {
  it('is ordinal by default', () => {
    const s = new PSHashSet('System.String');
    expect(s.add('a')).toBe(true);
    expect(s.add('a')).toBe(false);
    expect(s.add('A')).toBe(true);
    expect(s.count).toBe(2);
    expect(typeNameOf(s)).toBe('System.Collections.Generic.HashSet`1[[System.String]]');
  });
  it('ignore-case comparer', () => {
    const s = new PSHashSet('System.String', ['a'], true);
    expect(s.add('A')).toBe(false);
    expect(s.contains('A')).toBe(true);
  });
  it('set operations', () => {
    const s = new PSHashSet('System.Int32', [1, 2, 3]);
    s.unionWith([3, 4]);
    expect(s.toArray()).toEqual([1, 2, 3, 4]);
    s.intersectWith([2, 3, 4, 5]);
    expect(s.toArray()).toEqual([2, 3, 4]);
    s.exceptWith([3]);
    expect([...s]).toEqual([2, 4]);
    expect(s.remove(2)).toBe(true);
    s.clear();
    expect(s.count).toBe(0);
  });
  it('is enumerated by operators and string conversion', () => {
    const s = new PSHashSet('System.Int32', [1, 2, 3]);
    expect(convertToString(s)).toBe('1 2 3');
    expect(compareOperator('gt', s, 1)).toEqual([2, 3]);
    expect(containsOperator(s, '2')).toBe(true);
  });
});

describe('PSQueue and PSStack', () => {
  it('queue is FIFO', () => {
    const q = new PSQueue('System.String');
    q.enqueue('a');
    q.enqueue('b');
    expect(q.peek()).toBe('a');
    expect(q.dequeue()).toBe('a');
    expect(q.count).toBe(1);
    expect(q.toArray()).toEqual(['b']);
    expect(typeNameOf(q)).toBe('System.Collections.Generic.Queue`1[[System.String]]');
    expect(typeNameOf(new PSQueue())).toBe('System.Collections.Queue');
    q.clear();
    expect(() => q.dequeue()).toThrow('Queue empty.');
  });
  it('queue compacts without losing order', () => {
    const q = new PSQueue(
      undefined,
      Array.from({ length: 3000 }, (_, i) => i),
    );
    for (let i = 0; i < 2000; i++) expect(q.dequeue()).toBe(i);
    expect(q.count).toBe(1000);
    expect(q.peek()).toBe(2000);
  });
  it('stack is LIFO and enumerates from the top', () => {
    const s = new PSStack('System.Int32', [1, 2, 3]);
    expect(s.peek()).toBe(3);
    expect([...s]).toEqual([3, 2, 1]);
    expect(s.pop()).toBe(3);
    expect(s.contains(1)).toBe(true);
    expect(convertToString(s)).toBe('2 1');
    s.clear();
    expect(() => s.pop()).toThrow('Stack empty.');
    expect(typeNameOf(new PSStack())).toBe('System.Collections.Stack');
  });
});

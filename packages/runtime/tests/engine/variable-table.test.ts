// VariableTable: the variables kept beside the map must not show to its users (get/set/has/delete, size, iteration).
import { describe, expect, it } from 'vitest';
import { PSVariable } from '../../src/engine/session-state/ps-variable.js';
import { VariableTable } from '../../src/engine/session-state/variable-table.js';

describe('VariableTable', () => {
  it('behaves as one map holding every variable', () => {
    const t = new VariableTable();
    const a = new PSVariable('a', 1);
    const under = new PSVariable('_', 2);
    t.set('a', a).set('_', under).set('psitem', under);
    expect(t.get('_')).toBe(under);
    expect(t.get('psitem')).toBe(under);
    expect(t.has('_')).toBe(true);
    expect(t.size).toBe(3);
    expect([...t.keys()]).toEqual(['a', '_', 'psitem']);
    expect([...t.values()]).toEqual([a, under, under]);
    expect([...new Map(t)]).toEqual([
      ['a', a],
      ['_', under],
      ['psitem', under],
    ]);
    const seen: string[] = [];
    t.forEach((_v, k) => seen.push(k));
    expect(seen).toEqual(['a', '_', 'psitem']);
    expect(t.delete('_')).toBe(true);
    expect(t.delete('_')).toBe(false);
    expect(t.has('_')).toBe(false);
    expect(t.get('_')).toBeUndefined();
    expect(t.size).toBe(2);
    t.clear();
    expect(t.size).toBe(0);
    expect(t.get('psitem')).toBeUndefined();
  });

  it('holds $args and $input like any other variable', () => {
    const t = new VariableTable();
    const args = new PSVariable('args', []);
    const input = new PSVariable('input', [1]);
    t.set('input', input).set('x', new PSVariable('x', 1)).set('args', args);
    expect(t.get('args')).toBe(args);
    expect(t.get('input')).toBe(input);
    expect(t.size).toBe(3);
    expect([...t.keys()]).toEqual(['x', 'args', 'input']);
    expect(t.delete('input')).toBe(true);
    expect(t.has('input')).toBe(false);
    expect([...t.keys()]).toEqual(['x', 'args']);
  });

  it('keeps other names in the map in insertion order', () => {
    const t = new VariableTable();
    for (const n of ['x', 'y', 'z']) t.set(n, new PSVariable(n, n));
    t.delete('y');
    t.set('y', new PSVariable('y', 'again'));
    expect([...t.keys()]).toEqual(['x', 'z', 'y']);
    expect(t.get('y')?.value).toBe('again');
  });
});

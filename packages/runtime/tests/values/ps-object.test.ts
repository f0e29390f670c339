// PSObject and PSHashtable: ordered, case-insensitive members and keys.
import { describe, expect, it } from 'vitest';
import { PSHashtable, PSObject, PSRuntimeException } from '../../src/values/index.js';

describe('PSObject', () => {
  it('keeps property order and original spelling, looks up case-insensitively', () => {
    const o = PSObject.fromEntries([
      ['Name', 'a'],
      ['Size', 2],
      ['alpha', 3],
    ]);
    expect(o.noteEntries().map(([k]) => k)).toEqual(['Name', 'Size', 'alpha']);
    expect(o.getNote('NAME')).toBe('a');
    expect(o.hasMember('size')).toBe(true);
  });
  it('setNote updates in place without reordering or respelling', () => {
    const o = PSObject.fromEntries([
      ['A', 1],
      ['B', 2],
    ]);
    o.setNote('a', 10);
    expect(o.noteEntries()).toEqual([
      ['A', 10],
      ['B', 2],
    ]);
  });
  it('addMember refuses duplicates unless forced', () => {
    const o = PSObject.fromEntries([['A', 1]]);
    expect(o.addMember({ memberType: 'NoteProperty', name: 'a', value: 2 })).toBe(false);
    expect(o.getNote('A')).toBe(1);
    expect(o.addMember({ memberType: 'NoteProperty', name: 'a', value: 2 }, true)).toBe(true);
    expect(o.getNote('A')).toBe(2);
  });
  it('properties() lists property members but not methods', () => {
    const o = new PSObject();
    o.setNote('N', 1);
    o.addMember({ memberType: 'AliasProperty', name: 'Alias', referencedMemberName: 'N' });
    o.addMember({ memberType: 'CodeMethod', name: 'Do', invoke: () => 1 });
    expect(o.properties().map((p) => p.name)).toEqual(['N', 'Alias']);
    expect(o.members()).toHaveLength(3);
  });
  it('copy() is shallow and independent', () => {
    const o = PSObject.fromEntries([['A', 1]]);
    const c = o.copy();
    c.setNote('A', 2);
    expect(o.getNote('A')).toBe(1);
    expect(c.getNote('A')).toBe(2);
  });
  it('wrap keeps the base object', () => {
    const w = PSObject.wrap('text', ['System.String', 'System.Object']);
    expect(w.isCustomObject).toBe(false);
    expect(w.immediateBaseObject).toBe('text');
    expect(PSObject.wrap(w, [])).toBe(w);
  });
  it('removeMember', () => {
    const o = PSObject.fromEntries([['A', 1]]);
    expect(o.removeMember('a')).toBe(true);
    expect(o.memberCount).toBe(0);
  });
});

describe('PSHashtable', () => {
  it('is case-insensitive and keeps the first spelling', () => {
    const h = new PSHashtable();
    h.set('Name', 1);
    h.set('NAME', 2);
    expect(h.count).toBe(1);
    expect(h.get('name')).toBe(2);
    expect(h.keys()).toEqual(['Name']);
  });
  it('keeps insertion order', () => {
    const h = PSHashtable.from([
      ['z', 1],
      ['a', 2],
      ['m', 3],
    ]);
    expect(h.keys()).toEqual(['z', 'a', 'm']);
    expect(h.values()).toEqual([1, 2, 3]);
  });
  it('distinguishes 1 and "1"', () => {
    const h = PSHashtable.from([
      [1, 'int'],
      ['1', 'string'],
    ]);
    expect(h.count).toBe(2);
    expect(h.get(1)).toBe('int');
    expect(h.get('1')).toBe('string');
  });
  it('Add throws .NET duplicate-key message', () => {
    const h = PSHashtable.from([['a', 1]]);
    expect(() => h.add('A', 2)).toThrow(
      "Item has already been added. Key in dictionary: 'a'  Key being added: 'A'",
    );
  });
  it('Dictionary Add throws its own message, and is case-sensitive', () => {
    const d = new PSHashtable({ caseSensitive: true, typeArguments: ['System.String', 'System.Int32'] });
    d.add('a', 1);
    d.add('A', 2);
    expect(d.count).toBe(2);
    expect(() => d.add('a', 3)).toThrow('An item with the same key has already been added. Key: a');
  });
  it('null keys', () => {
    const h = new PSHashtable();
    expect(h.get(null)).toBeUndefined();
    expect(h.has(null)).toBe(false);
    expect(() => h.set(null, 1)).toThrow(PSRuntimeException);
  });
  it('delete, clear, containsValue, clone', () => {
    const h = PSHashtable.from([
      ['a', 1],
      ['b', 2],
    ]);
    const c = h.clone();
    expect(h.delete('A')).toBe(true);
    expect(h.containsValue(2)).toBe(true);
    expect(h.containsValue(1)).toBe(false);
    h.clear();
    expect(h.count).toBe(0);
    expect(c.count).toBe(2);
  });
  it('entryAt (OrderedDictionary positional indexer)', () => {
    const h = PSHashtable.from(
      [
        ['z', 1],
        ['a', 2],
      ],
      { ordered: true },
    );
    expect(h.entryAt(1)).toEqual(['a', 2]);
    expect(h.entryAt(-1)).toEqual(['a', 2]);
    expect(h.entryAt(2)).toBeUndefined();
  });
  it('kind', () => {
    expect(new PSHashtable().kind).toBe('Hashtable');
    expect(new PSHashtable({ ordered: true }).kind).toBe('OrderedDictionary');
  });
});

describe('PSHashtable keys', () => {
  it('a wrapped value keys like the value itself', () => {
    const h = PSHashtable.from([['Name', 1]]);
    expect(h.get(PSObject.wrap('name', ['System.String', 'System.Object']))).toBe(1);
  });
});

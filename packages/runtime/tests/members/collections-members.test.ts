import { describe, expect, it } from 'vitest';
import { PSHashtable } from '../../src/values/ps-hashtable.js';
import { PSList } from '../../src/values/ps-list.js';
import { PSObject } from '../../src/values/ps-object.js';
import { PSStringBuilder } from '../../src/values/ps-string-builder.js';
import type { PSEnumerator } from '../../src/values/ps-enumerator.js';
import { makeReference } from '../../src/types/index.js';
import { DictionaryEntry } from '../../src/members/index.js';
import { call, errorOf, get, set } from './helpers.js';

describe('arrays', () => {
  it.each([
    [[1, 2, 3], 'Count', 3],
    [[1, 2, 3], 'Length', 3],
    [[], 'Count', 0],
    [[1, 2], 'Rank', 1],
    [[1, 2], 'IsFixedSize', true],
  ])('%j.%s = %j', (arr, name, expected) => {
    expect(get(arr, name)).toBe(expected);
  });

  it.each([
    [[1, 2, 3], 'Contains', [2], true],
    [[1, 2, 3], 'Contains', [5], false],
    [['a', 'b'], 'Contains', ['A'], false],
    [[1, 2, 3], 'IndexOf', [3], 2],
    [['x', 'y'], 'IndexOf', ['z'], -1],
    [[1, 2, 3], 'GetValue', [1], 2],
    [[1, 2, 3], 'GetUpperBound', [0], 2],
  ])('%j.%s(%j) = %j', (arr, name, args, expected) => {
    expect(call(arr, name, ...args)).toEqual(expected);
  });

  it("ToString of an array is its type name (the array's own member wins over member enumeration)", () => {
    expect(call([1, 2], 'ToString')).toBe('System.Object[]');
    expect(get(['x', 'yy'], 'Length')).toBe(2);
  });

  it('Add on a fixed-size array fails as in PowerShell', () => {
    expect(errorOf(() => call([1], 'Add', 2))).toEqual({
      errorId: 'NotSupportedException',
      message: 'Exception calling "Add" with "1" argument(s): "Collection was of a fixed size."',
    });
  });

  it('calls a missing method on each element (member enumeration)', () => {
    expect(call(['a', 'b'], 'ToUpper')).toEqual(['A', 'B']);
    expect(call([' x', 'y '], 'Trim')).toEqual(['x', 'y']);
    expect(call(['only'], 'ToUpper')).toBe('ONLY');
    expect(errorOf(() => call([1, 2], 'ToArray'))).toEqual({
      errorId: 'MethodNotFound',
      message: "Method invocation failed because [System.Int32] does not contain a method named 'ToArray'.",
    });
    expect(errorOf(() => call([], 'Foo')).errorId).toBe('MethodNotFound');
  });

  it('Clone keeps the contents', () => {
    const a = [1, 2];
    const c = call(a, 'Clone') as number[];
    expect(c).toEqual([1, 2]);
    expect(c).not.toBe(a);
  });
});

describe('member enumeration of properties', () => {
  const people = [
    PSObject.fromEntries([
      ['Name', 'a'],
      ['Age', 1],
    ]),
    PSObject.fromEntries([
      ['Name', 'b'],
      ['Age', 2],
    ]),
  ];
  it('collects the property of each element', () => {
    expect(get(people, 'Name')).toEqual(['a', 'b']);
    expect(get(people, 'name')).toEqual(['a', 'b']);
    expect(get([people[0]], 'Name')).toBe('a');
    expect(get(['ab', 'cde'], 'Length')).toBe(2);
    expect(get(people, 'Missing')).toBeNull();
    expect(get([], 'Name')).toBeNull();
  });
  it('flattens collection-valued properties and skips elements without the member', () => {
    const groups = [
      PSObject.fromEntries([['Members', ['x', 'y']]]),
      PSObject.fromEntries([['Other', 1]]),
      PSObject.fromEntries([['Members', ['z']]]),
    ];
    expect(get(groups, 'Members')).toEqual(['x', 'y', 'z']);
  });
  it('reads hashtable keys of each element', () => {
    const rows = [PSHashtable.from([['a', 1]]), PSHashtable.from([['a', 2]]), PSHashtable.from([['b', 3]])];
    expect(get(rows, 'a')).toEqual([1, 2]);
  });
  it('enumerates list items too', () => {
    expect(get(new PSList('ArrayList', undefined, ['aa', 'b']), 'Length')).toEqual([2, 1]);
  });
});

describe('ArrayList and List[T]', () => {
  it('ArrayList.Add returns the index; List[T].Add returns nothing', () => {
    const al = new PSList('ArrayList');
    expect(call(al, 'Add', 'x')).toBe(0);
    expect(call(al, 'Add', 'y')).toBe(1);
    const l = new PSList('List', 'System.String');
    expect(call(l, 'Add', 'x')).toBeUndefined();
    expect(l.items).toEqual(['x']);
  });

  it('List[T] converts added items to T', () => {
    const ints = new PSList('List', 'System.Int32');
    call(ints, 'Add', '42');
    call(ints, 'AddRange', ['1', 2.5]);
    expect(ints.items).toEqual([42, 1, 2]);
    const strings = new PSList('List', 'System.String');
    call(strings, 'Add', 5);
    expect(strings.items).toEqual(['5']);
    expect(errorOf(() => call(new PSList('List', 'System.Int32'), 'Add', 'abc')).message).toMatch(
      /^Exception calling "Add" with "1" argument\(s\): "Cannot convert value "abc" to type "System.Int32"/,
    );
  });

  it('supports the common list methods', () => {
    const l = new PSList('List', 'System.Object', [3, 1, 2]);
    expect(get(l, 'Count')).toBe(3);
    expect(call(l, 'Contains', 2)).toBe(true);
    expect(call(l, 'IndexOf', 2)).toBe(2);
    call(l, 'Sort');
    expect(l.items).toEqual([1, 2, 3]);
    call(l, 'Reverse');
    expect(l.items).toEqual([3, 2, 1]);
    call(l, 'Insert', 0, 9);
    expect(l.items).toEqual([9, 3, 2, 1]);
    expect(call(l, 'Remove', 3)).toBe(true);
    expect(call(l, 'Remove', 42)).toBe(false);
    call(l, 'RemoveAt', 0);
    expect(l.items).toEqual([2, 1]);
    expect(call(l, 'ToArray')).toEqual([2, 1]);
    expect((call(l, 'GetRange', 1, 1) as PSList).items).toEqual([1]);
    call(l, 'Clear');
    expect(get(l, 'Count')).toBe(0);
  });

  it('ArrayList.Remove is void and sorts strings by culture order', () => {
    const al = new PSList('ArrayList', undefined, ['b', 'B', 'a']);
    expect(call(al, 'Remove', 'zz')).toBeUndefined();
    call(al, 'Sort');
    expect(al.items).toEqual(['a', 'b', 'B']);
  });

  it('reports index errors as .NET does', () => {
    expect(errorOf(() => call(new PSList('List', 'System.Object', [1]), 'RemoveAt', 5))).toEqual({
      errorId: 'ArgumentOutOfRangeException',
      message:
        'Exception calling "RemoveAt" with "1" argument(s): "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter \'index\')"',
    });
  });
});

describe('hashtables', () => {
  const make = (): PSHashtable =>
    PSHashtable.from([
      ['Name', 'x'],
      ['Count', 5],
    ]);

  it("reads keys as properties, keys winning over the hashtable's own properties", () => {
    const h = make();
    expect(get(h, 'name')).toBe('x');
    expect(get(h, 'Count')).toBe(5);
    expect(get(PSHashtable.from([['a', 1]]), 'Count')).toBe(1);
    expect(get(h, 'Keys')).toEqual(['Name', 'Count']);
    expect(get(h, 'Values')).toEqual(['x', 5]);
    expect(get(h, 'Missing')).toBeNull();
  });

  it('adds, removes and tests keys', () => {
    const h = new PSHashtable();
    call(h, 'Add', 'Key', 1);
    expect(call(h, 'ContainsKey', 'key')).toBe(true);
    expect(call(h, 'Contains', 'KEY')).toBe(true);
    expect(call(h, 'ContainsValue', 1)).toBe(true);
    expect(errorOf(() => call(h, 'Add', 'KEY', 2))).toEqual({
      errorId: 'ArgumentException',
      message:
        'Exception calling "Add" with "2" argument(s): "Item has already been added. Key in dictionary: \'Key\'  Key being added: \'KEY\'"',
    });
    call(h, 'Remove', 'key');
    expect(h.count).toBe(0);
    set(h, 'New', 3);
    expect(h.get('new')).toBe(3);
    const c = call(h, 'Clone') as PSHashtable;
    c.set('other', 1);
    expect(h.count).toBe(1);
  });

  it('GetEnumerator yields entries with Key, Value and Name', () => {
    const entries = (call(make(), 'GetEnumerator') as PSEnumerator).takeRemaining() as DictionaryEntry[];
    expect(entries.map((e) => [get(e, 'Key'), get(e, 'Value'), get(e, 'Name')])).toEqual([
      ['Name', 'x', 'Name'],
      ['Count', 5, 'Count'],
    ]);
  });

  it('Dictionary TryGetValue writes through [ref]', () => {
    const d = new PSHashtable({ typeArguments: ['System.String', 'System.Int32'], caseSensitive: true });
    d.set('a', 1);
    const ref = makeReference();
    expect(call(d, 'TryGetValue', 'a', ref)).toBe(true);
    expect(ref.value).toBe(1);
    expect(call(d, 'TryGetValue', 'A', ref)).toBe(false);
    expect(ref.value).toBeNull();
    expect(call(d, 'Remove', 'a')).toBe(true);
  });
});

describe('StringBuilder', () => {
  it('appends, inserts and reports its length', () => {
    const sb = new PSStringBuilder();
    expect(call(sb, 'Append', 'ab')).toBe(sb);
    call(sb, 'Append', 5);
    call(sb, 'AppendLine', '!');
    call(sb, 'Append', '-', 3);
    expect(call(sb, 'ToString')).toBe('ab5!\n---');
    expect(get(sb, 'Length')).toBe(8);
    call(sb, 'Insert', 0, '>');
    call(sb, 'Replace', '-', '+');
    call(sb, 'Remove', 1, 2);
    expect(call(sb, 'ToString')).toBe('>5!\n+++');
    set(sb, 'Length', 2);
    expect(sb.toString()).toBe('>5');
    call(sb, 'Clear');
    expect(get(sb, 'Length')).toBe(0);
  });
});

describe('host objects without an adapter', () => {
  it('list their public PascalCase members only', async () => {
    const { listMembers } = await import('../../src/members/index.js');
    const { ctx } = await import('./helpers.js');
    const entry = new DictionaryEntry('k', 1);
    const names = listMembers(entry, ctx).map((m) => `${m.memberType}:${m.name}`);
    expect(names).toEqual(
      expect.arrayContaining(['Property:Key', 'Property:Value', 'Property:Name', 'Method:ToString']),
    );
    expect(names.some((n) => /generic/i.test(n))).toBe(false);
    expect(get(entry, 'key')).toBe('k');
    expect(call(entry, 'GetType')).toBeDefined();
  });
});

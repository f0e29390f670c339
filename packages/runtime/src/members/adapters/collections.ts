// Members of arrays, ArrayList/List[T] (PSList), hashtables/dictionaries (PSHashtable) and StringBuilder.
import { convertTo } from '../../conversion/convert-to.js';
import { isTrue } from '../../conversion/is-true.js';
import { compareValues } from '../../conversion/compare.js';
import { objectToString } from '../../conversion/to-string.js';
import { compositeFormat } from '../../text/composite-format.js';
import { PSChar } from '../../values/ps-char.js';
import type { PSHashtable } from '../../values/ps-hashtable.js';
import { PSList } from '../../values/ps-list.js';
import { PSEnumerator } from '../../values/ps-enumerator.js';
import type { PSStringBuilder } from '../../values/ps-string-builder.js';
import { isScriptBlockLike } from '../../values/script-block-like.js';
import { PS_TYPE_NAMES, elementTypeOf, withElementType } from '../../values/type-names.js';
import { dotNetError } from '../../types/errors.js';
import type { PSReferenceLike } from '../../types/reference.js';
import { adapter, instanceMethod as m, type Receiver } from '../adapter.js';
import { runScript, type MemberContext } from '../member-context.js';

const n = (v: unknown): number => v as number;

/** Object.Equals as collections use it: same value, or a value class's own equals(). */
export function dotNetEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof PSChar && b instanceof PSChar) return a.code === b.code;
  if (a !== null && typeof a === 'object' && typeof (a as { equals?: unknown }).equals === 'function')
    return (a as { equals(o: unknown): boolean }).equals(b);
  return Number.isNaN(a) && Number.isNaN(b);
}

function outOfRange(param = 'index'): never {
  throw dotNetError(
    'System.ArgumentOutOfRangeException',
    `Index was out of range. Must be non-negative and less than the size of the collection. (Parameter '${param}')`,
  );
}

/** Comparer.Default for Sort(): numbers numerically, strings with culture ordering. */
function defaultCompare(a: unknown, b: unknown): number {
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
  if (b === null || b === undefined) return 1;
  return compareValues(a, b, { ignoreCase: false });
}

/** Calls a script block passed where .NET expects a delegate (Predicate<T>, Action<T>): the item is $args[0]. */
function delegateCall(ctx: MemberContext, fn: unknown, item: unknown): unknown {
  if (!isScriptBlockLike(fn))
    throw dotNetError('System.ArgumentNullException', "Value cannot be null. (Parameter 'match')");
  return runScript(ctx, fn, null, [item]);
}

export const ArrayAdapter = adapter<unknown[]>(
  [
    ['Count', 'int', (a) => a.length],
    ['Length', 'int', (a) => a.length],
    ['LongLength', 'long', (a) => a.length],
    ['Rank', 'int', () => 1],
    ['IsFixedSize', 'bool', () => true],
    ['IsReadOnly', 'bool', () => false],
    ['IsSynchronized', 'bool', () => false],
  ],
  [
    m<unknown[]>('Contains', [
      'bool Contains(System.Object value)',
      (r, a) => r.self.some((x) => dotNetEquals(x, a[0])),
    ]),
    m<unknown[]>('IndexOf', [
      'int IndexOf(System.Object value)',
      (r, a) => r.self.findIndex((x) => dotNetEquals(x, a[0])),
    ]),
    m<unknown[]>('Clone', [
      'System.Object Clone()',
      (r) => withElementType([...r.self], elementTypeOf(r.self)),
    ]),
    m<unknown[]>('GetValue', [
      'System.Object GetValue(int index)',
      (r, a) => (n(a[0]) >= 0 && n(a[0]) < r.self.length ? r.self[n(a[0])] : outOfRange()),
    ]),
    m<unknown[]>('SetValue', [
      'void SetValue(System.Object value, int index)',
      (r, a) => {
        if (n(a[1]) < 0 || n(a[1]) >= r.self.length) outOfRange();
        r.self[n(a[1])] = a[0];
      },
    ]),
    m<unknown[]>('GetEnumerator', [
      'System.Collections.IEnumerator GetEnumerator()',
      (r) => new PSEnumerator(r.self),
    ]),
    m<unknown[]>('GetLength', ['int GetLength(int dimension)', (r) => r.self.length]),
    m<unknown[]>('GetUpperBound', ['int GetUpperBound(int dimension)', (r) => r.self.length - 1]),
    m<unknown[]>('GetLowerBound', ['int GetLowerBound(int dimension)', () => 0]),
    m<unknown[]>('Add', [
      'int Add(System.Object value)',
      () => {
        throw dotNetError('System.NotSupportedException', 'Collection was of a fixed size.');
      },
    ]),
    m<unknown[]>('CopyTo', [
      'void CopyTo(array array, int index)',
      (r, a) => {
        const target = a[0] as unknown[];
        r.self.forEach((x, i) => (target[n(a[1]) + i] = x));
      },
    ]),
  ],
);

type L = Receiver<PSList>;

/** List[T] and Collection[T] convert what is added to T; ArrayList keeps values as they are. */
function element(r: L, value: unknown): unknown {
  const t = r.self.elementType;
  if (
    r.self.kind === 'ArrayList' ||
    !t ||
    t === 'System.Object' ||
    t === 'System.Management.Automation.PSObject'
  )
    return value;
  try {
    return convertTo(value, t, r.ctx.conversion);
  } catch (e) {
    throw dotNetError('System.Management.Automation.PSInvalidCastException', (e as Error).message);
  }
}

function checkIndex(list: PSList, index: number, allowEnd = false): void {
  if (index < 0 || index > list.items.length || (!allowEnd && index === list.items.length)) outOfRange();
}

export const ListAdapter = adapter<PSList>(
  [
    ['Count', 'int', (l) => l.count],
    ['Capacity', 'int', (l) => Math.max(4, l.count)],
    ['IsFixedSize', 'bool', () => false],
    ['IsReadOnly', 'bool', () => false],
    ['IsSynchronized', 'bool', () => false],
  ],
  [
    m<PSList>('Add', ['int Add(System.Object value)', (r: L, a) => r.self.add(element(r, a[0]))]),
    m<PSList>('AddRange', [
      'void AddRange(System.Collections.ICollection c)',
      (r: L, a) => {
        const v = a[0];
        if (v === null)
          throw dotNetError('System.ArgumentNullException', "Value cannot be null. (Parameter 'collection')");
        const items = Array.isArray(v) ? v : v instanceof PSList ? [...v.items] : [v];
        r.self.addRange(items.map((x) => element(r, x)));
      },
    ]),
    m<PSList>('Insert', [
      'void Insert(int index, System.Object value)',
      (r: L, a) => {
        checkIndex(r.self, n(a[0]), true);
        r.self.insert(n(a[0]), element(r, a[1]));
      },
    ]),
    m<PSList>('InsertRange', [
      'void InsertRange(int index, System.Collections.ICollection c)',
      (r: L, a) => {
        checkIndex(r.self, n(a[0]), true);
        const items = Array.isArray(a[1]) ? a[1] : [a[1]];
        r.self.items.splice(n(a[0]), 0, ...items.map((x) => element(r, x)));
      },
    ]),
    m<PSList>('Remove', [
      'bool Remove(System.Object obj)',
      (r: L, a) => {
        const removed = r.self.remove(element(r, a[0]), dotNetEquals);
        // ArrayList.Remove is void; List[T].Remove reports whether an item was removed.
        return r.self.kind === 'ArrayList' ? undefined : removed;
      },
    ]),
    m<PSList>('RemoveAt', [
      'void RemoveAt(int index)',
      (r: L, a) => {
        checkIndex(r.self, n(a[0]));
        r.self.removeAt(n(a[0]));
      },
    ]),
    m<PSList>('RemoveRange', [
      'void RemoveRange(int index, int count)',
      (r: L, a) => {
        if (n(a[0]) < 0 || n(a[1]) < 0 || n(a[0]) + n(a[1]) > r.self.count) outOfRange();
        r.self.items.splice(n(a[0]), n(a[1]));
      },
    ]),
    m<PSList>('RemoveAll', [
      'int RemoveAll(System.Predicate[T] match)',
      (r: L, a) => {
        const keep = r.self.items.filter((x) => !isTrue(delegateCall(r.ctx, a[0], x)));
        const removed = r.self.count - keep.length;
        r.self.items.splice(0, r.self.count, ...keep);
        return removed;
      },
    ]),
    m<PSList>('GetEnumerator', [
      'System.Collections.IEnumerator GetEnumerator()',
      (r: L) => new PSEnumerator(r.self.items),
    ]),
    m<PSList>('Contains', [
      'bool Contains(System.Object item)',
      (r: L, a) => r.self.items.some((x) => dotNetEquals(x, a[0])),
    ]),
    m<PSList>(
      'IndexOf',
      ['int IndexOf(System.Object value)', (r: L, a) => r.self.items.findIndex((x) => dotNetEquals(x, a[0]))],
      [
        'int IndexOf(System.Object value, int startIndex)',
        (r: L, a) => {
          const i = r.self.items.slice(n(a[1])).findIndex((x) => dotNetEquals(x, a[0]));
          return i < 0 ? -1 : i + n(a[1]);
        },
      ],
    ),
    m<PSList>('LastIndexOf', [
      'int LastIndexOf(System.Object value)',
      (r: L, a) => {
        for (let i = r.self.count - 1; i >= 0; i--) if (dotNetEquals(r.self.items[i], a[0])) return i;
        return -1;
      },
    ]),
    m<PSList>('Clear', ['void Clear()', (r: L) => r.self.clear()]),
    m<PSList>('Sort', [
      'void Sort()',
      (r: L) => {
        r.self.items.sort(defaultCompare);
      },
    ]),
    m<PSList>('Reverse', [
      'void Reverse()',
      (r: L) => {
        r.self.items.reverse();
      },
    ]),
    m<PSList>('ToArray', [
      'System.Object[] ToArray()',
      (r: L) => withElementType([...r.self.items], r.self.elementType ?? 'System.Object'),
    ]),
    m<PSList>('GetRange', [
      'System.Collections.Generic.List[T] GetRange(int index, int count)',
      (r: L, a) => {
        if (n(a[0]) < 0 || n(a[1]) < 0 || n(a[0]) + n(a[1]) > r.self.count) outOfRange();
        return new PSList(r.self.kind, r.self.elementType, r.self.items.slice(n(a[0]), n(a[0]) + n(a[1])));
      },
    ]),
    m<PSList>('Find', [
      'T Find(System.Predicate[T] match)',
      (r: L, a) => r.self.items.find((x) => isTrue(delegateCall(r.ctx, a[0], x))) ?? null,
    ]),
    m<PSList>('FindAll', [
      'System.Collections.Generic.List[T] FindAll(System.Predicate[T] match)',
      (r: L, a) =>
        new PSList(
          r.self.kind,
          r.self.elementType,
          r.self.items.filter((x) => isTrue(delegateCall(r.ctx, a[0], x))),
        ),
    ]),
    m<PSList>('FindIndex', [
      'int FindIndex(System.Predicate[T] match)',
      (r: L, a) => r.self.items.findIndex((x) => isTrue(delegateCall(r.ctx, a[0], x))),
    ]),
    m<PSList>('Exists', [
      'bool Exists(System.Predicate[T] match)',
      (r: L, a) => r.self.items.some((x) => isTrue(delegateCall(r.ctx, a[0], x))),
    ]),
    m<PSList>('TrueForAll', [
      'bool TrueForAll(System.Predicate[T] match)',
      (r: L, a) => r.self.items.every((x) => isTrue(delegateCall(r.ctx, a[0], x))),
    ]),
    m<PSList>('Clone', [
      'System.Object Clone()',
      (r: L) => new PSList(r.self.kind, r.self.elementType, r.self.items),
    ]),
  ],
);

/** System.Collections.Generic.KeyValuePair as a Dictionary[K,V]'s `GetEnumerator()` yields it: Key and Value. */
export class KeyValuePair {
  readonly #typeArguments: readonly [string, string];
  constructor(
    readonly Key: unknown,
    readonly Value: unknown,
    typeArguments: readonly [string, string],
  ) {
    this.#typeArguments = typeArguments;
  }
  get [PS_TYPE_NAMES](): string[] {
    const [k, v] = this.#typeArguments;
    return [`System.Collections.Generic.KeyValuePair\`2[[${k}],[${v}]]`, 'System.ValueType', 'System.Object'];
  }
  toString(): string {
    return `[${objectToString(this.Key)}, ${objectToString(this.Value)}]`;
  }
}

/** System.Collections.DictionaryEntry as a hashtable's `GetEnumerator()` yields it (with types.ps1xml's Name alias). */
export class DictionaryEntry {
  constructor(
    readonly Key: unknown,
    readonly Value: unknown,
  ) {}
  get Name(): unknown {
    return this.Key;
  }
  get [PS_TYPE_NAMES](): string[] {
    return ['System.Collections.DictionaryEntry', 'System.ValueType', 'System.Object'];
  }
  toString(): string {
    return 'System.Collections.DictionaryEntry';
  }
}

/** A dictionary's entries as enumerating it in .NET gives them: DictionaryEntry, or KeyValuePair for Dictionary[K,V]. */
export function dictionaryEntries(table: PSHashtable): Array<DictionaryEntry | KeyValuePair> {
  const generic = table.typeArguments;
  return table
    .entries()
    .map(([k, v]) => (generic ? new KeyValuePair(k, v, generic) : new DictionaryEntry(k, v)));
}

type H = Receiver<PSHashtable>;

export const HashtableAdapter = adapter<PSHashtable>(
  [
    ['Count', 'int', (h) => h.count],
    ['Keys', 'System.Collections.ICollection', (h) => h.keys()],
    ['Values', 'System.Collections.ICollection', (h) => h.values()],
    ['IsReadOnly', 'bool', () => false],
    ['IsFixedSize', 'bool', () => false],
    ['IsSynchronized', 'bool', () => false],
  ],
  [
    m<PSHashtable>('Add', [
      'void Add(System.Object key, System.Object value)',
      (r: H, a) => r.self.add(a[0], a[1]),
    ]),
    m<PSHashtable>('Remove', [
      'void Remove(System.Object key)',
      (r: H, a) => {
        const removed = r.self.delete(a[0]);
        return r.self.kind === 'Dictionary' ? removed : undefined;
      },
    ]),
    m<PSHashtable>('ContainsKey', ['bool ContainsKey(System.Object key)', (r: H, a) => r.self.has(a[0])]),
    m<PSHashtable>('Contains', ['bool Contains(System.Object key)', (r: H, a) => r.self.has(a[0])]),
    m<PSHashtable>('ContainsValue', [
      'bool ContainsValue(System.Object value)',
      (r: H, a) => r.self.values().some((v) => dotNetEquals(v, a[0])),
    ]),
    m<PSHashtable>('Clear', ['void Clear()', (r: H) => r.self.clear()]),
    m<PSHashtable>('Clone', ['System.Object Clone()', (r: H) => r.self.clone()]),
    m<PSHashtable>('GetEnumerator', [
      'System.Collections.IDictionaryEnumerator GetEnumerator()',
      (r: H) => new PSEnumerator(dictionaryEntries(r.self)),
    ]),
    m<PSHashtable>('TryGetValue', [
      'bool TryGetValue(System.Object key, [ref] System.Object value)',
      (r: H, a) => {
        const found = r.self.has(a[0]);
        (a[1] as PSReferenceLike).value = found ? r.self.get(a[0]) : null;
        return found;
      },
    ]),
    m<PSHashtable>('Insert', [
      'void Insert(int index, System.Object key, System.Object value)',
      (r: H, a) => {
        const entries = r.self.entries();
        if (n(a[0]) < 0 || n(a[0]) > entries.length) outOfRange();
        if (r.self.has(a[1])) r.self.add(a[1], a[2]);
        entries.splice(n(a[0]), 0, [a[1], a[2]]);
        r.self.clear();
        for (const [k, v] of entries) r.self.set(k, v);
      },
    ]),
    m<PSHashtable>('RemoveAt', [
      'void RemoveAt(int index)',
      (r: H, a) => {
        const keys = r.self.keys();
        if (n(a[0]) < 0 || n(a[0]) >= keys.length) outOfRange();
        r.self.delete(keys[n(a[0])]);
      },
    ]),
  ],
);

type B = Receiver<PSStringBuilder>;
const text = (v: unknown): string => (v === null || v === undefined ? '' : objectToString(v));

export const StringBuilderAdapter = adapter<PSStringBuilder>(
  [
    [
      'Length',
      'int',
      (b) => b.length,
      (b, v) => {
        const len = Number(v);
        const s = b.toString();
        b.clear().append(len <= s.length ? s.slice(0, len) : s.padEnd(len, '\0'));
      },
    ],
    ['Capacity', 'int', (b) => Math.max(16, b.length)],
    ['MaxCapacity', 'int', () => 2147483647],
  ],
  [
    m<PSStringBuilder>(
      'Append',
      ['System.Text.StringBuilder Append(string value)', (r: B, a) => r.self.append(text(a[0]))],
      [
        'System.Text.StringBuilder Append(char value, int repeatCount)',
        (r: B, a) => r.self.append(text(a[0]).repeat(n(a[1]))),
      ],
      [
        'System.Text.StringBuilder Append(string value, int startIndex, int count)',
        (r: B, a) => r.self.append(text(a[0]).slice(n(a[1]), n(a[1]) + n(a[2]))),
      ],
    ),
    m<PSStringBuilder>(
      'AppendLine',
      ['System.Text.StringBuilder AppendLine()', (r: B) => r.self.appendLine()],
      ['System.Text.StringBuilder AppendLine(string value)', (r: B, a) => r.self.appendLine(text(a[0]))],
    ),
    m<PSStringBuilder>('AppendFormat', [
      'System.Text.StringBuilder AppendFormat(string format, params System.Object[] args)',
      (r: B, a) => r.self.append((r.ctx.formatComposite ?? compositeFormat)(text(a[0]), a[1] as unknown[])),
    ]),
    m<PSStringBuilder>('Insert', [
      'System.Text.StringBuilder Insert(int index, string value)',
      (r: B, a) => {
        if (n(a[0]) < 0 || n(a[0]) > r.self.length) outOfRange();
        return r.self.insert(n(a[0]), text(a[1]));
      },
    ]),
    m<PSStringBuilder>('Remove', [
      'System.Text.StringBuilder Remove(int startIndex, int length)',
      (r: B, a) => {
        if (n(a[0]) < 0 || n(a[1]) < 0 || n(a[0]) + n(a[1]) > r.self.length) outOfRange('length');
        return r.self.remove(n(a[0]), n(a[1]));
      },
    ]),
    m<PSStringBuilder>('Replace', [
      'System.Text.StringBuilder Replace(string oldValue, string newValue)',
      (r: B, a) => r.self.replace(text(a[0]), text(a[1])),
    ]),
    m<PSStringBuilder>('Clear', ['System.Text.StringBuilder Clear()', (r: B) => r.self.clear()]),
    m<PSStringBuilder>(
      'ToString',
      ['string ToString()', (r: B) => r.self.toString()],
      [
        'string ToString(int startIndex, int length)',
        (r: B, a) => r.self.toString().slice(n(a[0]), n(a[0]) + n(a[1])),
      ],
    ),
    m<PSStringBuilder>('EnsureCapacity', [
      'int EnsureCapacity(int capacity)',
      (r: B, a) => Math.max(n(a[0]), r.self.length),
    ]),
  ],
);

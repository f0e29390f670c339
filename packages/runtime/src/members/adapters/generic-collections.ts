// Members of HashSet[T], Queue[T], Stack[T] and Tuple (array-backed; the array's members come first in adapterFor).
import { convertTo } from '../../conversion/convert-to.js';
import type { PSQueue, PSStack } from '../../types/builtin/set-queue-stack.js';
import { PSHashSet } from '../../types/builtin/set-queue-stack.js';
import type { TupleValue } from '../../types/builtin/tuple-type.js';
import { dotNetError } from '../../types/errors.js';
import { adapter, instanceMethod as m, type Receiver } from '../adapter.js';

function element(r: Receiver<{ elementType: string }>, value: unknown): unknown {
  const t = r.self.elementType;
  if (t === 'System.Object') return value;
  try {
    return convertTo(value, t, r.ctx.conversion);
  } catch (e) {
    throw dotNetError('System.Management.Automation.PSInvalidCastException', (e as Error).message);
  }
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === null || v === undefined ? [] : [v]);
const empty = (kind: string): never => {
  throw dotNetError('System.InvalidOperationException', `${kind} empty.`);
};

export const HashSetAdapter = adapter<PSHashSet>(
  [['Count', 'int', (s) => s.length]],
  [
    m<PSHashSet>('Add', ['bool Add(T item)', (r, a) => r.self.add(element(r, a[0]))]),
    m<PSHashSet>('Remove', ['bool Remove(T item)', (r, a) => r.self.remove(element(r, a[0]))]),
    m<PSHashSet>('Contains', ['bool Contains(T item)', (r, a) => r.self.has(element(r, a[0]))]),
    m<PSHashSet>('Clear', ['void Clear()', (r) => r.self.clear()]),
    m<PSHashSet>('UnionWith', [
      'void UnionWith(System.Collections.Generic.IEnumerable[T] other)',
      (r, a) => {
        for (const x of list(a[0])) r.self.add(element(r, x));
      },
    ]),
    m<PSHashSet>('IntersectWith', [
      'void IntersectWith(System.Collections.Generic.IEnumerable[T] other)',
      (r, a) => {
        const other = PSHashSet.create(r.self.elementType, r.self.ignoreCase, list(a[0]));
        for (const x of [...r.self]) if (!other.has(x)) r.self.remove(x);
      },
    ]),
    m<PSHashSet>('ExceptWith', [
      'void ExceptWith(System.Collections.Generic.IEnumerable[T] other)',
      (r, a) => {
        for (const x of list(a[0])) r.self.remove(element(r, x));
      },
    ]),
    m<PSHashSet>('IsSubsetOf', [
      'bool IsSubsetOf(System.Collections.Generic.IEnumerable[T] other)',
      (r, a) => {
        const other = PSHashSet.create(r.self.elementType, r.self.ignoreCase, list(a[0]));
        return r.self.every((x) => other.has(x));
      },
    ]),
    m<PSHashSet>('Overlaps', [
      'bool Overlaps(System.Collections.Generic.IEnumerable[T] other)',
      (r, a) => list(a[0]).some((x) => r.self.has(x)),
    ]),
  ],
);

export const QueueAdapter = adapter<PSQueue>(
  [['Count', 'int', (q) => q.length]],
  [
    m<PSQueue>('Enqueue', ['void Enqueue(T item)', (r, a) => void r.self.push(element(r, a[0]))]),
    m<PSQueue>('Dequeue', ['T Dequeue()', (r) => (r.self.length ? r.self.shift() : empty('Queue'))]),
    m<PSQueue>('Peek', ['T Peek()', (r) => (r.self.length ? r.self[0] : empty('Queue'))]),
    m<PSQueue>('Contains', ['bool Contains(T item)', (r, a) => r.self.includes(a[0])]),
    m<PSQueue>('Clear', ['void Clear()', (r) => void (r.self.length = 0)]),
    m<PSQueue>('ToArray', ['T[] ToArray()', (r) => [...r.self]]),
  ],
);

export const StackAdapter = adapter<PSStack>(
  [['Count', 'int', (s) => s.length]],
  [
    m<PSStack>('Push', ['void Push(T item)', (r, a) => void r.self.unshift(element(r, a[0]))]),
    m<PSStack>('Pop', ['T Pop()', (r) => (r.self.length ? r.self.shift() : empty('Stack'))]),
    m<PSStack>('Peek', ['T Peek()', (r) => (r.self.length ? r.self[0] : empty('Stack'))]),
    m<PSStack>('Contains', ['bool Contains(T item)', (r, a) => r.self.includes(a[0])]),
    m<PSStack>('Clear', ['void Clear()', (r) => void (r.self.length = 0)]),
    m<PSStack>('ToArray', ['T[] ToArray()', (r) => [...r.self]]),
  ],
);

export const TupleAdapter = adapter<TupleValue>(
  [
    ...Array.from(
      { length: 7 },
      (_, i) => [`Item${i + 1}`, `T${i + 1}`, (t: TupleValue) => t[i] ?? null] as const,
    ).map(([name, type, get]) => [name, type, get] as [string, string, (t: TupleValue) => unknown]),
    ['Length', 'int', (t) => t.length],
  ],
  [m<TupleValue>('ToString', ['string ToString()', (r) => r.self.toString()])],
);

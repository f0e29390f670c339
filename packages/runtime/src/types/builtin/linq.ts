// [System.Linq.Enumerable]: the set and query helpers admin scripts call statically (Intersect, Except, Distinct, ...).
import { compareValues } from '../../conversion/compare.js';
import { PSChar } from '../../values/ps-char.js';
import { PSList } from '../../values/ps-list.js';
import { unwrap } from '../argument-conversion.js';
import { dotNetError } from '../errors.js';
import { method } from '../method-def.js';
import type { TypeInfoInit } from '../type-info.js';

const items = (v: unknown): unknown[] => {
  const x = unwrap(v);
  if (x === null || x === undefined)
    throw dotNetError('System.ArgumentNullException', "Value cannot be null. (Parameter 'source')");
  if (Array.isArray(x)) return x;
  if (x instanceof PSList) return x.items;
  return [x];
};

/** The default equality comparer: value equality for primitives and value classes, case-sensitive strings. */
const key = (v: unknown): unknown => {
  if (v instanceof PSChar) return `\u0000char:${v.code}`;
  if (
    v !== null &&
    typeof v === 'object' &&
    typeof (v as { toString(): string }).toString === 'function' &&
    'equals' in v
  ) {
    return `\u0000${(v as { constructor: { name: string } }).constructor.name}:${String(v)}`;
  }
  return v;
};

function distinct(list: readonly unknown[]): unknown[] {
  const seen = new Set<unknown>();
  return list.filter((v) => (seen.has(key(v)) ? false : (seen.add(key(v)), true)));
}

const src = 'System.Collections.Generic.IEnumerable[TSource]';

export const EnumerableType: TypeInfoInit = {
  fullName: 'System.Linq.Enumerable',
  staticMethods: [
    method<null>('Intersect', [
      `static ${src} Intersect(${src} first, ${src} second)`,
      (_t, a) => {
        const second = new Set(items(a[1]).map(key));
        return distinct(items(a[0]).filter((v) => second.has(key(v))));
      },
    ]),
    method<null>('Except', [
      `static ${src} Except(${src} first, ${src} second)`,
      (_t, a) => {
        const second = new Set(items(a[1]).map(key));
        return distinct(items(a[0]).filter((v) => !second.has(key(v))));
      },
    ]),
    method<null>('Union', [
      `static ${src} Union(${src} first, ${src} second)`,
      (_t, a) => distinct([...items(a[0]), ...items(a[1])]),
    ]),
    method<null>('Distinct', [`static ${src} Distinct(${src} source)`, (_t, a) => distinct(items(a[0]))]),
    method<null>('Concat', [
      `static ${src} Concat(${src} first, ${src} second)`,
      (_t, a) => [...items(a[0]), ...items(a[1])],
    ]),
    method<null>('Reverse', [`static ${src} Reverse(${src} source)`, (_t, a) => [...items(a[0])].reverse()]),
    method<null>('Count', [`static int Count(${src} source)`, (_t, a) => items(a[0]).length]),
    method<null>('Any', [`static bool Any(${src} source)`, (_t, a) => items(a[0]).length > 0]),
    method<null>('Contains', [
      `static bool Contains(${src} source, TSource value)`,
      (_t, a) => items(a[0]).some((v) => key(v) === key(a[1])),
    ]),
    method<null>('First', [
      `static TSource First(${src} source)`,
      (_t, a) => {
        const list = items(a[0]);
        if (list.length === 0)
          throw dotNetError('System.InvalidOperationException', 'Sequence contains no elements');
        return list[0];
      },
    ]),
    method<null>('Last', [
      `static TSource Last(${src} source)`,
      (_t, a) => {
        const list = items(a[0]);
        if (list.length === 0)
          throw dotNetError('System.InvalidOperationException', 'Sequence contains no elements');
        return list[list.length - 1];
      },
    ]),
    method<null>('Sum', [
      `static double Sum(${src} source)`,
      (_t, a) => items(a[0]).reduce<number>((t, v) => t + Number(unwrap(v) ?? 0), 0),
    ]),
    method<null>('Max', [
      `static TSource Max(${src} source)`,
      (_t, a) =>
        items(a[0]).reduce(
          (m, v) => (m === undefined || compareValues(v, m) > 0 ? v : m),
          undefined as unknown,
        ),
    ]),
    method<null>('Min', [
      `static TSource Min(${src} source)`,
      (_t, a) =>
        items(a[0]).reduce(
          (m, v) => (m === undefined || compareValues(v, m) < 0 ? v : m),
          undefined as unknown,
        ),
    ]),
    method<null>('Skip', [
      `static ${src} Skip(${src} source, int count)`,
      (_t, a) => items(a[0]).slice(Math.max(0, a[1] as number)),
    ]),
    method<null>('Take', [
      `static ${src} Take(${src} source, int count)`,
      (_t, a) => items(a[0]).slice(0, Math.max(0, a[1] as number)),
    ]),
    method<null>('ToArray', [`static TSource[] ToArray(${src} source)`, (_t, a) => [...items(a[0])]]),
    method<null>('ToList', [
      `static System.Collections.Generic.List[TSource] ToList(${src} source)`,
      (_t, a) => new PSList('List', 'System.Object', items(a[0])),
    ]),
    method<null>('Range', [
      'static System.Collections.Generic.IEnumerable[int] Range(int start, int count)',
      (_t, a) => Array.from({ length: a[1] as number }, (_, i) => (a[0] as number) + i),
    ]),
    method<null>('Repeat', [
      'static System.Collections.Generic.IEnumerable[TResult] Repeat(TResult element, int count)',
      (_t, a) => new Array<unknown>(a[1] as number).fill(a[0]),
    ]),
    method<null>('Empty', ['static System.Collections.Generic.IEnumerable[TResult] Empty()', () => []]),
  ],
};

// HashSet[T], Queue[T] and Stack[T]: array-backed (so foreach and pipelines enumerate them), with their own members.
import { PS_TYPE_NAMES } from '../../values/type-names.js';
import { PSChar } from '../../values/ps-char.js';
import { method } from '../method-def.js';
import type { GenericTypeDefinition } from '../type-registry.js';
import type { TypeInfo } from '../type-info.js';
import { convertTo } from '../../conversion/convert-to.js';
import { unwrap } from '../argument-conversion.js';

/** Key used for set membership: strings by the set's comparer, value classes by their text. */
function keyOf(value: unknown, ignoreCase: boolean): unknown {
  if (typeof value === 'string') return ignoreCase ? `s:${value.toLowerCase()}` : `s:${value}`;
  if (value instanceof PSChar) return `c:${value.code}`;
  if (value !== null && typeof value === 'object' && 'equals' in value) return `o:${String(value)}`;
  return value;
}

abstract class TypedCollection extends Array<unknown> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }
  elementType = 'System.Object';
}

/** System.Collections.Generic.HashSet[T]: insertion-ordered, default comparer ordinal (case-sensitive). */
export class PSHashSet extends TypedCollection {
  ignoreCase = false;
  readonly #keys = new Set<unknown>();
  static create(elementType: string, ignoreCase: boolean, items: readonly unknown[] = []): PSHashSet {
    const s = new PSHashSet();
    s.elementType = elementType;
    s.ignoreCase = ignoreCase;
    for (const i of items) s.add(i);
    return s;
  }
  get [PS_TYPE_NAMES](): string[] {
    return [`System.Collections.Generic.HashSet\`1[[${this.elementType}]]`, 'System.Object'];
  }
  has(value: unknown): boolean {
    return this.#keys.has(keyOf(value, this.ignoreCase));
  }
  add(value: unknown): boolean {
    const k = keyOf(value, this.ignoreCase);
    if (this.#keys.has(k)) return false;
    this.#keys.add(k);
    this.push(value);
    return true;
  }
  remove(value: unknown): boolean {
    const k = keyOf(value, this.ignoreCase);
    if (!this.#keys.delete(k)) return false;
    this.splice(
      this.findIndex((x) => keyOf(x, this.ignoreCase) === k),
      1,
    );
    return true;
  }
  clear(): void {
    this.#keys.clear();
    this.length = 0;
  }
}

/** System.Collections.Generic.Queue[T] (front at index 0). */
export class PSQueue extends TypedCollection {
  get [PS_TYPE_NAMES](): string[] {
    return [`System.Collections.Generic.Queue\`1[[${this.elementType}]]`, 'System.Object'];
  }
}

/** System.Collections.Generic.Stack[T] (top at index 0, as it enumerates). */
export class PSStack extends TypedCollection {
  get [PS_TYPE_NAMES](): string[] {
    return [`System.Collections.Generic.Stack\`1[[${this.elementType}]]`, 'System.Object'];
  }
}

const items = (v: unknown): unknown[] => {
  const x = unwrap(v);
  return Array.isArray(x) ? x : x === null || x === undefined ? [] : [x];
};

/** Items of a constructor's collection argument, converted to the element type T. */
const itemsOf = (v: unknown, elementType: string): unknown[] =>
  elementType === 'System.Object' ? items(v) : items(v).map((x) => convertTo(x, elementType));

export const HashSetDefinition: GenericTypeDefinition = {
  fullName: 'System.Collections.Generic.HashSet`1',
  arity: 1,
  make: (args: readonly TypeInfo[]) => {
    const t = args[0]!.fullName;
    const sig = `System.Collections.Generic.HashSet[${t}]`;
    return {
      interfaces: [
        'System.Collections.Generic.ISet`1',
        'System.Collections.ICollection',
        'System.Collections.IEnumerable',
      ],
      isInstance: (v: unknown) => v instanceof PSHashSet && v.elementType === t,
      constructors: method<null>(
        'new',
        [`${sig} new()`, () => PSHashSet.create(t, false)],
        [
          `${sig} new(System.Collections.Generic.IEnumerable[${t}] collection)`,
          (_t, a) => PSHashSet.create(t, false, itemsOf(a[0], t)),
        ],
        [
          `${sig} new(System.Collections.Generic.IEqualityComparer[${t}] comparer)`,
          (_t, a) => PSHashSet.create(t, /ignorecase/i.test(String(a[0])), []),
        ],
        [
          `${sig} new(System.Collections.Generic.IEnumerable[${t}] collection, System.Collections.Generic.IEqualityComparer[${t}] comparer)`,
          (_t, a) => PSHashSet.create(t, /ignorecase/i.test(String(a[1])), itemsOf(a[0], t)),
        ],
      ),
    };
  },
};

function simpleDefinition(
  name: 'Queue' | 'Stack',
  Cls: typeof PSQueue | typeof PSStack,
): GenericTypeDefinition {
  return {
    fullName: `System.Collections.Generic.${name}\`1`,
    arity: 1,
    make: (args: readonly TypeInfo[]) => {
      const t = args[0]!.fullName;
      const create = (from: readonly unknown[] = []): TypedCollection => {
        const c = new Cls();
        c.elementType = t;
        c.push(...(name === 'Stack' ? [...from].reverse() : from));
        return c;
      };
      return {
        interfaces: ['System.Collections.ICollection', 'System.Collections.IEnumerable'],
        isInstance: (v: unknown) => v instanceof Cls && v.elementType === t,
        constructors: method<null>(
          'new',
          [`System.Collections.Generic.${name}[${t}] new()`, () => create()],
          [`System.Collections.Generic.${name}[${t}] new(int capacity)`, () => create()],
          [
            `System.Collections.Generic.${name}[${t}] new(System.Collections.Generic.IEnumerable[${t}] collection)`,
            (_t, a) => create(itemsOf(a[0], t)),
          ],
        ),
      };
    },
  };
}

export const QueueDefinition = simpleDefinition('Queue', PSQueue);
export const StackDefinition = simpleDefinition('Stack', PSStack);

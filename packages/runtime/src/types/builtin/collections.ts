// Collection types: Hashtable, OrderedDictionary, ArrayList, List[T], Dictionary[K,V], HashSet[T], Queue[T], Stack[T].
import { BOUND_PARAMETERS_TYPE_NAME, PSBoundParametersDictionary } from '../../values/ps-bound-parameters.js';
import { PSHashtable } from '../../values/ps-hashtable.js';
import { PSList } from '../../values/ps-list.js';
import { PSStringBuilder } from '../../values/ps-string-builder.js';
import { unwrap } from '../argument-conversion.js';
import { method } from '../method-def.js';
import type { GenericTypeDefinition } from '../type-registry.js';
import type { TypeInfo, TypeInfoInit } from '../type-info.js';
import { str } from './define.js';

/** Items of an enumerable argument (arrays, lists, hashtable entries are not enumerated, as in .NET). */
export function enumerate(value: unknown): unknown[] {
  const v = unwrap(value);
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v;
  if (v instanceof PSList) return [...v.items];
  if (typeof v === 'string') return [...v];
  if (typeof v === 'object' && Symbol.iterator in v) return [...(v as Iterable<unknown>)];
  return [v];
}

const ILIST = [
  'System.Collections.IList',
  'System.Collections.ICollection',
  'System.Collections.IEnumerable',
];
const IDICT = [
  'System.Collections.IDictionary',
  'System.Collections.ICollection',
  'System.Collections.IEnumerable',
];

export const HashtableType: TypeInfoInit = {
  fullName: 'System.Collections.Hashtable',
  interfaces: IDICT,
  isInstance: (v) => v instanceof PSHashtable && v.kind === 'Hashtable',
  constructors: method<null>(
    'new',
    ['hashtable new()', () => new PSHashtable()],
    ['hashtable new(int capacity)', () => new PSHashtable()],
    [
      'hashtable new(System.Collections.IDictionary d)',
      (_t, a) => (a[0] instanceof PSHashtable ? PSHashtable.from(a[0].entries()) : new PSHashtable()),
    ],
  ),
};

export const OrderedDictionaryType: TypeInfoInit = {
  fullName: 'System.Collections.Specialized.OrderedDictionary',
  interfaces: ['System.Collections.Specialized.IOrderedDictionary', ...IDICT],
  isInstance: (v) => v instanceof PSHashtable && v.kind === 'OrderedDictionary',
  constructors: method<null>('new', ['ordered new()', () => new PSHashtable({ ordered: true })]),
};

export const ArrayListType: TypeInfoInit = {
  fullName: 'System.Collections.ArrayList',
  interfaces: ILIST,
  isInstance: (v) => v instanceof PSList && v.kind === 'ArrayList',
  constructors: method<null>(
    'new',
    ['System.Collections.ArrayList new()', () => new PSList('ArrayList')],
    ['System.Collections.ArrayList new(int capacity)', () => new PSList('ArrayList')],
    [
      'System.Collections.ArrayList new(System.Collections.ICollection c)',
      (_t, a) => new PSList('ArrayList', undefined, enumerate(a[0])),
    ],
  ),
};

export const StringBuilderType: TypeInfoInit = {
  fullName: 'System.Text.StringBuilder',
  isInstance: (v) => v instanceof PSStringBuilder,
  constructors: method<null>(
    'new',
    ['System.Text.StringBuilder new()', () => new PSStringBuilder()],
    ['System.Text.StringBuilder new(int capacity)', () => new PSStringBuilder()],
    ['System.Text.StringBuilder new(string value)', (_t, a) => new PSStringBuilder(str(a[0]))],
    ['System.Text.StringBuilder new(string value, int capacity)', (_t, a) => new PSStringBuilder(str(a[0]))],
  ),
};

function listDefinition(
  fullName: string,
  kindName: string,
  kind: 'List' | 'Collection',
): GenericTypeDefinition {
  return {
    fullName,
    arity: 1,
    make: (args: readonly TypeInfo[]) => {
      const element = args[0]!.fullName;
      const create = (items: unknown[] = []): PSList => new PSList(kind, element, items);
      return {
        interfaces: [`System.Collections.Generic.I${kindName}\`1`, ...ILIST],
        isInstance: (v: unknown) => v instanceof PSList && v.kind === kind && v.elementType === element,
        // Collection<T> has no capacity constructor and wraps an IList<T>; List<T> copies any IEnumerable<T>.
        constructors:
          kind === 'List'
            ? method<null>(
                'new',
                [`${fullName.replace(/`1$/, '')}[${element}] new()`, () => create()],
                [`${fullName.replace(/`1$/, '')}[${element}] new(int capacity)`, () => create()],
                [
                  `${fullName.replace(/`1$/, '')}[${element}] new(System.Collections.Generic.IEnumerable[${element}] collection)`,
                  (_t, a) => create(enumerate(a[0])),
                ],
              )
            : method<null>(
                'new',
                [`${fullName.replace(/`1$/, '')}[${element}] new()`, () => create()],
                [
                  `${fullName.replace(/`1$/, '')}[${element}] new(System.Collections.Generic.IList[${element}] list)`,
                  (_t, a) => create(enumerate(a[0])),
                ],
              ),
      };
    },
  };
}

export const ListDefinition = listDefinition('System.Collections.Generic.List`1', 'List', 'List');
export const CollectionDefinition = listDefinition(
  'System.Collections.ObjectModel.Collection`1',
  'List',
  'Collection',
);

export const DictionaryDefinition: GenericTypeDefinition = {
  fullName: 'System.Collections.Generic.Dictionary`2',
  arity: 2,
  make: (args: readonly TypeInfo[]) => {
    const typeArguments = [args[0]!.fullName, args[1]!.fullName] as const;
    const create = (ignoreCase: boolean): PSHashtable =>
      new PSHashtable({ typeArguments, caseSensitive: !ignoreCase });
    return {
      interfaces: ['System.Collections.Generic.IDictionary`2', ...IDICT],
      isInstance: (v: unknown) =>
        v instanceof PSHashtable &&
        v.kind === 'Dictionary' &&
        v.typeArguments?.[0] === typeArguments[0] &&
        v.typeArguments[1] === typeArguments[1],
      constructors: method<null>(
        'new',
        [`System.Collections.Generic.Dictionary[${typeArguments.join(',')}] new()`, () => create(false)],
        [
          `System.Collections.Generic.Dictionary[${typeArguments.join(',')}] new(int capacity)`,
          () => create(false),
        ],
        [
          `System.Collections.Generic.Dictionary[${typeArguments.join(',')}] new(System.Collections.Generic.IEqualityComparer[${typeArguments[0]}] comparer)`,
          // StringComparer.OrdinalIgnoreCase / InvariantCultureIgnoreCase are the comparers scripts pass.
          (_t, a) => create(/ignorecase/i.test(String(a[0]))),
        ],
      ),
    };
  },
};

/** $PSBoundParameters' type; scripts cannot construct it. */
export const BoundParametersDictionaryType: TypeInfoInit = {
  fullName: BOUND_PARAMETERS_TYPE_NAME,
  baseType: 'System.Collections.Generic.Dictionary`2[[System.String],[System.Object]]',
  interfaces: ['System.Collections.Generic.IDictionary`2', ...IDICT],
  isInstance: (v) => v instanceof PSBoundParametersDictionary,
};

export const StringComparerType: TypeInfoInit = {
  fullName: 'System.StringComparer',
  staticProperties: [
    'Ordinal',
    'OrdinalIgnoreCase',
    'InvariantCulture',
    'InvariantCultureIgnoreCase',
    'CurrentCulture',
    'CurrentCultureIgnoreCase',
  ].map((name) => ({
    name,
    type: 'System.StringComparer',
    get: () => ({ comparerName: name, toString: () => `System.${name}Comparer` }),
  })),
};

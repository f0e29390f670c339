// typeInfoOf: the TypeInfo `.GetType()` returns for a value (registered types, typed arrays, List[T], Dictionary[K,V]).
import { BOUND_PARAMETERS_TYPE_NAME, PSBoundParametersDictionary } from '../values/ps-bound-parameters.js';
import { PSHashtable } from '../values/ps-hashtable.js';
import { PSList } from '../values/ps-list.js';
import { PSObject } from '../values/ps-object.js';
import { PS_TYPE_NAMES, elementTypeOf, typeNameOf } from '../values/type-names.js';
import type { TypeInfo } from '../types/type-info.js';
import type { TypeRegistry } from '../types/type-registry.js';

export function typeInfoOf(value: unknown, registry: TypeRegistry): TypeInfo {
  if (value instanceof PSObject && value.isTypeView) return typeInfoOfName(value.typeNames[0]!, registry);
  const v = value instanceof PSObject && !value.isCustomObject ? value.baseObject : value;
  // Array-backed collections (HashSet, Tuple, ...) name their own type; plain arrays are T[].
  const own = Array.isArray(v)
    ? (v as { [PS_TYPE_NAMES]?: readonly string[] })[PS_TYPE_NAMES]?.[0]
    : undefined;
  if (own) return typeInfoOfName(own, registry);
  if (Array.isArray(v)) return registry.arrayOf(typeInfoOfName(elementTypeOf(v), registry));
  if (v instanceof PSList && v.kind !== 'ArrayList') {
    const generic = v.kind === 'List' ? 'Generic.List' : 'ObjectModel.Collection';
    return registry.resolve(`System.Collections.${generic}[${v.elementType ?? 'System.Object'}]`);
  }
  if (v instanceof PSBoundParametersDictionary) return typeInfoOfName(BOUND_PARAMETERS_TYPE_NAME, registry);
  if (v instanceof PSHashtable && v.typeArguments) {
    return registry.resolve(
      `System.Collections.Generic.Dictionary[${v.typeArguments[0]},${v.typeArguments[1]}]`,
    );
  }
  return typeInfoOfName(typeNameOf(v), registry);
}

/** A registered type by full name; unknown names get a plain TypeInfo registered on first use. */
export function typeInfoOfName(fullName: string, registry: TypeRegistry): TypeInfo {
  return registry.get(fullName) ?? registry.tryResolve(fullName) ?? registry.register({ fullName });
}

// isInstanceOf: the `-is` test against a TypeInfo (type chain, interfaces, typed arrays, enums).
import { PSObject } from '../values/ps-object.js';
import { elementTypeOf, typeNamesOf } from '../values/type-names.js';
import type { TypeInfo } from './type-info.js';
import type { TypeRegistry } from './type-registry.js';

export function isInstanceOf(value: unknown, type: TypeInfo, registry: TypeRegistry): boolean {
  if (value === null || value === undefined) return false;
  if (type.fullName === 'System.Object') return true;
  // `-is` looks through a PSObject wrapper to the base object, but PSObject/PSCustomObject tests see the wrapper.
  const base = value instanceof PSObject && !value.isCustomObject ? value.baseObject : value;
  // A type view answers as its GetType() does: a [switch] parameter's value, a view over its boolean, is no [bool].
  const viewHidesBase =
    value instanceof PSObject && value.isTypeView && !value.typeNames.includes(typeNamesOf(base)[0] ?? '');
  if (
    type.customIsInstance &&
    (type.customIsInstance(value) || (!viewHidesBase && type.customIsInstance(base)))
  )
    return true;
  if (type.elementType) {
    if (!Array.isArray(base)) return false;
    const element = elementTypeOf(base);
    // Arrays are covariant for reference types: any string[] is an object[].
    return (
      element.toLowerCase() === type.elementType.fullName.toLowerCase() ||
      (type.elementType.fullName === 'System.Object' && !registry.get(element)?.isValueType)
    );
  }
  const wanted = type.fullName.toLowerCase();
  const names = typeNamesOf(
    value instanceof PSObject && (value.isCustomObject || viewHidesBase) ? value : base,
  );
  for (const n of names) {
    if (n.toLowerCase() === wanted) return true;
    const info = registry.get(n);
    if (info?.interfaces.some((i) => i.toLowerCase() === wanted)) return true;
    if (info && registry.baseChain(info).some((b) => b.toLowerCase() === wanted)) return true;
  }
  return false;
}

// LanguagePrimitives' constructor conversion for registered types: `[T]$value` calls T's one-argument constructor
// whose parameter is exactly the value's type (`[X509Certificate2]'./app.pfx'` is `new(string fileName)`).
import { castWithInner } from '../../conversion/cast-errors.js';
import type { TypeInfo } from '../../types/type-info.js';
import { PSHashtable } from '../../values/ps-hashtable.js';

const stringTypes = new Set(['string', 'system.string']);
const hashtableTypes = new Set(['hashtable', 'system.collections.hashtable']);
const objectArrayTypes = new Set(['object[]', 'system.object[]']);

/** Whether T has a constructor taking object[], so a list converts to T as a whole (`-Attributes ReadOnly,Hidden`). */
export function takesObjectArray(info: TypeInfo | undefined): boolean {
  return (
    info?.constructors?.overloads.some(
      (o) => o.parameters.length === 1 && objectArrayTypes.has((o.parameters[0]?.type ?? '').toLowerCase()),
    ) === true
  );
}

/** The converted value, or undefined when T has no such constructor (the caller reports the failed cast). */
export function convertViaConstructor(info: TypeInfo, value: unknown): { value: unknown } | undefined {
  // A string, a hashtable (`[ModuleSpecification]@{ ModuleName = 'X' }`) or an array goes to the constructor taking
  // exactly it.
  const wanted =
    typeof value === 'string'
      ? stringTypes
      : value instanceof PSHashtable
        ? hashtableTypes
        : Array.isArray(value)
          ? objectArrayTypes
          : undefined;
  if (!wanted || !info.constructors) return undefined;
  const ctor = info.constructors.overloads.find(
    (o) => o.parameters.length === 1 && wanted.has((o.parameters[0]?.type ?? '').toLowerCase()),
  );
  if (!ctor) return undefined;
  try {
    return { value: ctor.invoke(null, [value]) };
  } catch (err) {
    // .NET wraps what the constructor threw; PowerShell reports its message inside the cast error.
    const inner = err instanceof Error ? err.message : String(err);
    throw castWithInner('InvalidCastConstructorException', value, info.fullName, inner);
  }
}

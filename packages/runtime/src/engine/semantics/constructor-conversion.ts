// LanguagePrimitives' constructor conversion for registered types: `[T]$value` calls T's one-argument constructor
// whose parameter is exactly the value's type (`[X509Certificate2]'./app.pfx'` is `new(string fileName)`).
import { castWithInner } from '../../conversion/cast-errors.js';
import type { TypeInfo } from '../../types/type-info.js';
import { PSHashtable } from '../../values/ps-hashtable.js';

const stringTypes = new Set(['string', 'system.string']);
const hashtableTypes = new Set(['hashtable', 'system.collections.hashtable']);

/** The converted value, or undefined when T has no such constructor (the caller reports the failed cast). */
export function convertViaConstructor(info: TypeInfo, value: unknown): { value: unknown } | undefined {
  // A string or a hashtable (`[ModuleSpecification]@{ ModuleName = 'X' }`) goes to the constructor taking exactly it.
  const wanted =
    typeof value === 'string' ? stringTypes : value instanceof PSHashtable ? hashtableTypes : undefined;
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

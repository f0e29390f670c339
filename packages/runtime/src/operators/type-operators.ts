// -is / -isnot / -as: type tests and safe conversion, with type names resolved through the injected resolver.
import { baseObject } from '../conversion/convert-to.js';
import { tryConvertTo } from '../conversion/convert-to.js';
import { canonicalTypeName } from '../conversion/type-aliases.js';
import { enumsOf } from '../conversion/conversion-context.js';
import { PSHashtable } from '../values/ps-hashtable.js';
import { PSList } from '../values/ps-list.js';
import { PSHashSet } from '../values/ps-hash-set.js';
import { PSQueue, PSStack } from '../values/ps-queue-stack.js';
import { PSObject } from '../values/ps-object.js';
import { PSRuntimeException } from '../values/ps-exception.js';
import { typeNamesOf } from '../values/type-names.js';
import type { OperatorContext, OperatorTypeInfo } from './operator-context.js';

/** Interfaces and base types the value classes implement, beyond their typeNamesOf chain. */
function implementsInterface(value: unknown, fullName: string): boolean {
  const isList = Array.isArray(value) || value instanceof PSList;
  const isCollection =
    isList ||
    value instanceof PSHashtable ||
    value instanceof PSHashSet ||
    value instanceof PSQueue ||
    value instanceof PSStack;
  switch (fullName) {
    case 'System.Collections.IEnumerable':
      return isCollection || typeof value === 'string';
    case 'System.Collections.ICollection':
      return isCollection;
    case 'System.Collections.IList':
      return isList;
    case 'System.Collections.IDictionary':
      return value instanceof PSHashtable;
    case 'System.IComparable':
    case 'System.IConvertible':
    case 'System.IFormattable':
      return ['string', 'number', 'boolean'].includes(typeof value);
    case 'System.Management.Automation.PSObject':
      return value instanceof PSObject;
    default:
      return false;
  }
}

function resolve(type: string | OperatorTypeInfo, ctx: OperatorContext): OperatorTypeInfo {
  if (typeof type !== 'string') return type;
  if (!ctx.resolveType) return { fullName: canonicalTypeName(type) };
  const resolved = ctx.resolveType(type);
  if (resolved) return resolved;
  // With a resolver, a string operand naming no type fails its conversion to [type] (RuntimeException, as
  // `'x' -is 'foo'` does), unless it is a core type or enum this layer knows.
  const canonical = canonicalTypeName(type);
  if (canonical !== type.trim() || enumsOf(ctx).get(type) || /^System\./i.test(canonical))
    return { fullName: canonical };
  throw PSRuntimeException.of('StringToTypeConversion', type);
}

/** `value -is [type]`. */
export function isOperator(
  value: unknown,
  type: string | OperatorTypeInfo,
  ctx: OperatorContext = {},
): boolean {
  if (type === null || type === undefined || type === '')
    throw PSRuntimeException.of('IsOperatorRequiresType');
  const info = resolve(type, ctx);
  if (info.isInstance) return info.isInstance(value);
  if (value === null || value === undefined) return false;
  const fullName = info.fullName;
  if (fullName === 'System.Object') return true;
  if (fullName === 'System.Management.Automation.PSObject' && value instanceof PSObject) return true;
  const v = baseObject(value);
  const lower = (enumsOf(ctx).get(fullName)?.fullName ?? fullName).toLowerCase();
  const matches = (n: string): boolean => {
    const l = n.toLowerCase();
    return l === lower || l === `system.${lower}`;
  };
  if (typeNamesOf(v).some(matches)) return true;
  if (value instanceof PSObject && value.typeNames.some(matches)) return true;
  return implementsInterface(v, fullName);
}

export function isNotOperator(
  value: unknown,
  type: string | OperatorTypeInfo,
  ctx: OperatorContext = {},
): boolean {
  return !isOperator(value, type, ctx);
}

/** `value -as [type]`: the converted value, or null when conversion fails. */
export function asOperator(
  value: unknown,
  type: string | OperatorTypeInfo,
  ctx: OperatorContext = {},
): unknown {
  const info = resolve(type, ctx);
  if (info.convert) {
    try {
      return info.convert(value);
    } catch (e) {
      if (e instanceof PSRuntimeException) return null;
      throw e;
    }
  }
  const r = tryConvertTo(value, info.fullName, ctx);
  return r.ok ? r.value : null;
}

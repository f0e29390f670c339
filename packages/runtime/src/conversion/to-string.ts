// PowerShell's string conversion ([string]$x, "$x") and the ToString() text of each value kind.
import { PSDateTime } from '../values/ps-datetime.js';
import { PSDouble } from '../values/ps-double.js';
import { PSGuid } from '../values/ps-guid.js';
import { PSHashtable } from '../values/ps-hashtable.js';
import { PSList } from '../values/ps-list.js';
import { PSHashSet } from '../values/ps-hash-set.js';
import { PSQueue, PSStack } from '../values/ps-queue-stack.js';
import { PSObject } from '../values/ps-object.js';
import { PSSecureString } from '../values/ps-secure-string.js';
import { isScriptBlockLike } from '../values/script-block-like.js';
import { typeNameOf } from '../values/type-names.js';
import type { ConversionContext } from './conversion-context.js';
import { formatNumber } from './double-format.js';

export type StringCulture = 'invariant' | 'en-US';

/** `.ToString()` of a single value (collections give their type name, as .NET does). */
export function objectToString(
  value: unknown,
  culture: StringCulture = 'en-US',
  ctx?: ConversionContext,
): string {
  if (value === null || value === undefined) return '';
  switch (typeof value) {
    case 'string':
      return value;
    case 'boolean':
      return value ? 'True' : 'False';
    case 'number':
      return formatNumber(value, culture);
    case 'bigint':
      return value.toString();
    default:
      break;
  }
  if (value instanceof PSDouble) return formatNumber(value.value, culture);
  if (Array.isArray(value)) return typeNameOf(value);
  if (value instanceof PSDateTime)
    return culture === 'invariant' ? value.toInvariantString() : value.toString();
  if (value instanceof PSObject) {
    // A numeric command argument's own text (`007`): PSObject.ToString returns TokenText.
    if (value.tokenText !== undefined) return value.tokenText;
    if (!value.isCustomObject) return objectToString(value.baseObject, culture, ctx);
    if (value.toText) return value.toText();
    return customObjectToString(value, culture, ctx);
  }
  if (
    value instanceof PSHashtable ||
    value instanceof PSList ||
    value instanceof PSHashSet ||
    value instanceof PSQueue ||
    value instanceof PSStack
  ) {
    return typeNameOf(value);
  }
  if (value instanceof PSGuid) return value.toString();
  if (value instanceof PSSecureString) return 'System.Security.SecureString';
  if (isScriptBlockLike(value)) return value.toString();
  const own = (value as { toString?: unknown }).toString;
  if (typeof own === 'function' && own !== Object.prototype.toString) return String(own.call(value));
  return typeNameOf(value);
}

/** PSObject.ToString() of a PSCustomObject: `@{a=1; b=System.Object[]}`, every property in member order. */
function customObjectToString(obj: PSObject, culture: StringCulture, ctx?: ConversionContext): string {
  const read = ctx?.readProperty;
  const entries: Array<[string, unknown]> = read
    ? obj.properties().map((m) => [m.name, read(obj, m)])
    : obj.noteEntries();
  const parts = entries.map(([k, v]) => `${k}=${objectToString(v, culture, ctx)}`);
  return `@{${parts.join('; ')}}`;
}

/** Items of a value PowerShell enumerates when converting to string (arrays and lists; not strings or dictionaries). */
function enumerableItems(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value instanceof PSList) return value.items;
  if (value instanceof PSHashSet || value instanceof PSQueue || value instanceof PSStack)
    return value.toArray();
  if (value instanceof PSObject && !value.isCustomObject) return enumerableItems(value.baseObject);
  return undefined;
}

/** LanguagePrimitives.ConvertTo(x, [string]): invariant culture; collections joined with $OFS. */
export function convertToString(value: unknown, ctx?: ConversionContext): string {
  const items = enumerableItems(value);
  if (items) return items.map((i) => objectToString(i, 'invariant', ctx)).join(ctx?.ofs ?? ' ');
  return objectToString(value, 'invariant', ctx);
}

/** The text PowerShell shows for a value's ToString(): en-US culture, collections joined with a space. */
export function toStringForDisplay(value: unknown, ctx?: ConversionContext): string {
  const items = enumerableItems(value);
  if (items) return items.map((i) => objectToString(i, 'en-US', ctx)).join(' ');
  return objectToString(value, 'en-US', ctx);
}

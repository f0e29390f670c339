// typeNameOf / typeNamesOf: the .NET type name and inheritance chain PowerShell reports for a JS value.
import { PSChar } from './ps-char.js';
import { PSDateTime } from './ps-datetime.js';
import { PSDecimal } from './ps-decimal.js';
import { PSInt64 } from './ps-int64.js';
import { isUnsigned } from './ps-unsigned.js';
import { PSDouble } from './ps-double.js';
import { PSEnumValue } from './ps-enum.js';
import { PSGuid } from './ps-guid.js';
import { PSHashtable } from './ps-hashtable.js';
import { BOUND_PARAMETERS_TYPE_NAME, PSBoundParametersDictionary } from './ps-bound-parameters.js';
import { PSList } from './ps-list.js';
import { PSHashSet } from './ps-hash-set.js';
import { PSQueue, PSStack } from './ps-queue-stack.js';
import { PSObject } from './ps-object.js';
import { PSRegex } from './ps-regex.js';
import { PSSecureString } from './ps-secure-string.js';
import { PSStringBuilder } from './ps-string-builder.js';
import { PSTimeSpan } from './ps-timespan.js';
import { PSUri } from './ps-uri.js';
import { PSVersion } from './ps-version.js';
import { PSSemanticVersion } from './ps-semantic-version.js';
import { isScriptBlockLike } from './script-block-like.js';

import { ELEMENT_TYPE, PS_TYPE_NAMES } from './symbols.js';

export { ELEMENT_TYPE, PS_TYPE_NAMES };

export type TypedArray = unknown[] & { [ELEMENT_TYPE]?: string };

/** Marks an array as `T[]` (non-enumerable, so copies made with spread drop it). */
export function withElementType<T extends unknown[]>(items: T, elementType: string): T {
  Object.defineProperty(items, ELEMENT_TYPE, {
    value: elementType,
    enumerable: false,
    configurable: true,
    writable: true,
  });
  return items;
}

export function elementTypeOf(items: readonly unknown[]): string {
  return (items as TypedArray)[ELEMENT_TYPE] ?? 'System.Object';
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/**
 * The numeric .NET type of a JS number under the contract: an integral value in Int32 range is an Int32, any
 * other number a Double (every Int64 is a PSInt64), so Int32 arithmetic that overflows gives a Double as pwsh's.
 */
export function numberTypeName(n: number): 'System.Int32' | 'System.Double' {
  return Number.isInteger(n) && !Object.is(n, -0) && n >= INT32_MIN && n <= INT32_MAX
    ? 'System.Int32'
    : 'System.Double';
}

const VALUE_TYPE = ['System.ValueType', 'System.Object'];

/** The full .NET type name (`$x.GetType().FullName`); 'null' for $null. */
export function typeNameOf(value: unknown): string {
  if (value instanceof PSObject) {
    return value.isCustomObject
      ? 'System.Management.Automation.PSCustomObject'
      : typeNameOf(value.baseObject);
  }
  return typeNamesOf(value)[0] ?? 'System.Object';
}

/** The type-name chain, most derived first (`$x.pstypenames`). */
export function typeNamesOf(value: unknown): string[] {
  if (value === null || value === undefined) return ['null'];
  switch (typeof value) {
    case 'string':
      return ['System.String', 'System.Object'];
    case 'boolean':
      return ['System.Boolean', ...VALUE_TYPE];
    case 'number':
      return [numberTypeName(value), ...VALUE_TYPE];
    case 'bigint':
      return ['System.Numerics.BigInteger', ...VALUE_TYPE];
    case 'function':
      return ['System.Object'];
    default:
      break;
  }
  if (value instanceof PSInt64) return ['System.Int64', ...VALUE_TYPE];
  if (value instanceof PSDouble) return ['System.Double', ...VALUE_TYPE];
  if (isUnsigned(value)) return [value.typeName, ...VALUE_TYPE];
  if (Array.isArray(value)) return [`${elementTypeOf(value)}[]`, 'System.Array', 'System.Object'];
  if (value instanceof PSObject) {
    return value.typeNames.length > 0 ? [...value.typeNames] : typeNamesOf(value.baseObject);
  }
  if (value instanceof PSHashtable) {
    if (value.kind === 'Dictionary') {
      const [k, v] = value.typeArguments ?? ['System.Object', 'System.Object'];
      const dictionary = `System.Collections.Generic.Dictionary\`2[[${k}],[${v}]]`;
      if (value instanceof PSBoundParametersDictionary)
        return [BOUND_PARAMETERS_TYPE_NAME, dictionary, 'System.Object'];
      return [dictionary, 'System.Object'];
    }
    return value.ordered
      ? ['System.Collections.Specialized.OrderedDictionary', 'System.Object']
      : ['System.Collections.Hashtable', 'System.Object'];
  }
  if (value instanceof PSList) {
    if (value.kind === 'ArrayList') return ['System.Collections.ArrayList', 'System.Object'];
    const generic = value.kind === 'List' ? 'Generic.List' : 'ObjectModel.Collection';
    return [`System.Collections.${generic}\`1[[${value.elementType ?? 'System.Object'}]]`, 'System.Object'];
  }
  if (value instanceof PSHashSet)
    return [`System.Collections.Generic.HashSet\`1[[${value.elementType}]]`, 'System.Object'];
  if (value instanceof PSQueue) {
    return [
      value.elementType
        ? `System.Collections.Generic.Queue\`1[[${value.elementType}]]`
        : 'System.Collections.Queue',
      'System.Object',
    ];
  }
  if (value instanceof PSStack) {
    return [
      value.elementType
        ? `System.Collections.Generic.Stack\`1[[${value.elementType}]]`
        : 'System.Collections.Stack',
      'System.Object',
    ];
  }
  if (value instanceof PSDateTime) return ['System.DateTime', ...VALUE_TYPE];
  if (value instanceof PSTimeSpan) return ['System.TimeSpan', ...VALUE_TYPE];
  if (value instanceof PSChar) return ['System.Char', ...VALUE_TYPE];
  if (value instanceof PSDecimal) return ['System.Decimal', ...VALUE_TYPE];
  if (value instanceof PSGuid) return ['System.Guid', ...VALUE_TYPE];
  if (value instanceof PSEnumValue) return [value.typeName, 'System.Enum', ...VALUE_TYPE];
  if (value instanceof PSVersion) return ['System.Version', 'System.Object'];
  if (value instanceof PSSemanticVersion)
    return ['System.Management.Automation.SemanticVersion', 'System.Object'];
  if (value instanceof PSUri) return ['System.Uri', 'System.Object'];
  if (value instanceof PSRegex) return ['System.Text.RegularExpressions.Regex', 'System.Object'];
  if (value instanceof PSSecureString) return ['System.Security.SecureString', 'System.Object'];
  if (value instanceof PSStringBuilder) return ['System.Text.StringBuilder', 'System.Object'];
  if (isScriptBlockLike(value)) return ['System.Management.Automation.ScriptBlock', 'System.Object'];
  const hostNames = (value as { [PS_TYPE_NAMES]?: readonly string[] })[PS_TYPE_NAMES];
  if (hostNames) return [...hostNames];
  return ['System.Object'];
}

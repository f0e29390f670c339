// LanguagePrimitives.IsTrue: PowerShell's truthiness.
import { PSInt64 } from '../values/ps-int64.js';
import { isUnsigned } from '../values/ps-unsigned.js';
import { PSDouble } from '../values/ps-double.js';
import { PSDecimal } from '../values/ps-decimal.js';
import { PSEnumValue } from '../values/ps-enum.js';
import { PSList } from '../values/ps-list.js';
import { PSObject } from '../values/ps-object.js';

function listIsTrue(items: readonly unknown[]): boolean {
  if (items.length === 0) return false;
  if (items.length > 1) return true;
  const first = items[0] instanceof PSObject && !items[0].isCustomObject ? items[0].baseObject : items[0];
  if (Array.isArray(first)) return first.length > 0;
  if (first instanceof PSList) return first.count > 0;
  return isTrue(first);
}

export function isTrue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  switch (typeof value) {
    case 'boolean':
      return value;
    case 'string':
      return value.length !== 0;
    case 'number':
      return value !== 0;
    case 'bigint':
      return value !== 0n;
    default:
      break;
  }
  if (Array.isArray(value)) return listIsTrue(value);
  if (value instanceof PSList) return listIsTrue(value.items);
  if (value instanceof PSDecimal) return !value.isZero();
  if (value instanceof PSInt64 || isUnsigned(value)) return value.value !== 0n;
  if (value instanceof PSDouble) return value.value !== 0;
  // Enums are numeric for truthiness ([bool][ConsoleColor]::Black is $false).
  if (value instanceof PSEnumValue) return value.value !== 0;
  if (value instanceof PSObject && !value.isCustomObject) return isTrue(value.baseObject);
  return true;
}

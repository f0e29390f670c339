// LanguagePrimitives.Compare / Equals: the right operand is converted to the left operand's type.
import { PSChar } from '../values/ps-char.js';
import { PSDateTime } from '../values/ps-datetime.js';
import { PSInt64 } from '../values/ps-int64.js';
import { isUnsigned, type PSUnsignedInt } from '../values/ps-unsigned.js';
import { PSDouble } from '../values/ps-double.js';
import { PSDecimal } from '../values/ps-decimal.js';
import { PSEnumValue } from '../values/ps-enum.js';
import { PSGuid } from '../values/ps-guid.js';
import { PSRuntimeException } from '../values/ps-exception.js';
import { PSTimeSpan } from '../values/ps-timespan.js';
import { PSVersion } from '../values/ps-version.js';
import { PSSemanticVersion } from '../values/ps-semantic-version.js';
import { typeNameOf } from '../values/type-names.js';
import type { ConversionContext } from './conversion-context.js';
import { baseObject, convertTo } from './convert-to.js';
import { convertToString, objectToString } from './to-string.js';
import { lazyCollator } from '../text/lazy-collator.js';

export interface CompareOptions extends ConversionContext {
  /** PowerShell's operators ignore case unless the `-c` variant is used (default true). */
  readonly ignoreCase?: boolean;
}

// Culture-aware comparison (InvariantCulture's CompareInfo is ICU's root collation on .NET 5+).
const collatorCase = lazyCollator('und', { sensitivity: 'variant' });
const collatorNoCase = lazyCollator('und', { sensitivity: 'accent' });
const ASCII = /^[\x20-\x7e]*$/;

/** CompareInfo.Compare(a, b, IgnoreCase?) sign. */
export function compareStrings(a: string, b: string, ignoreCase: boolean): number {
  if (a === b) return 0;
  const c = (ignoreCase ? collatorNoCase : collatorCase)().compare(a, b);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

export function stringsEqual(a: string, b: string, ignoreCase: boolean): boolean {
  if (a === b) return true;
  if (ignoreCase) {
    if (a.length === b.length && a.toLowerCase() === b.toLowerCase()) return true;
  }
  if (ASCII.test(a) && ASCII.test(b)) return false;
  return compareStrings(a, b, ignoreCase) === 0;
}

type Numeric = number | PSDecimal | bigint | PSInt64 | PSDouble | PSUnsignedInt;
type Wide = PSInt64 | PSDouble | PSUnsignedInt;

export function isNumeric(v: unknown): v is Numeric {
  return (
    typeof v === 'number' ||
    typeof v === 'bigint' ||
    v instanceof PSDecimal ||
    v instanceof PSInt64 ||
    v instanceof PSDouble ||
    isUnsigned(v)
  );
}

/** An integral number as a bigint, so Int64/UInt64 values beyond 2^53 compare exactly. */
function exactInteger(v: Exclude<Numeric, PSDouble>): Exclude<Numeric, Wide> {
  if (v instanceof PSInt64 || isUnsigned(v)) return v.value;
  return typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : v;
}

export function compareNumeric(leftValue: Numeric, rightValue: Numeric): number {
  // A whole Double compares by its value.
  const left = leftValue instanceof PSDouble ? leftValue.value : leftValue;
  const right = rightValue instanceof PSDouble ? rightValue.value : rightValue;
  const wide = left instanceof PSInt64 || right instanceof PSInt64 || isUnsigned(left) || isUnsigned(right);
  const a = wide ? exactInteger(left) : (left as Exclude<Numeric, Wide>);
  const b = wide ? exactInteger(right) : (right as Exclude<Numeric, Wide>);
  if (a instanceof PSDecimal || b instanceof PSDecimal) {
    const da =
      a instanceof PSDecimal
        ? a
        : typeof a === 'bigint'
          ? new PSDecimal(a)
          : Number.isFinite(a)
            ? PSDecimal.fromNumber(a)
            : undefined;
    const db =
      b instanceof PSDecimal
        ? b
        : typeof b === 'bigint'
          ? new PSDecimal(b)
          : Number.isFinite(b)
            ? PSDecimal.fromNumber(b)
            : undefined;
    if (da && db) return da.compareTo(db);
  }
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  const x = a instanceof PSDecimal ? a.toNumber() : Number(a);
  const y = b instanceof PSDecimal ? b.toNumber() : Number(b);
  // Double.CompareTo: NaN is smaller than everything and equal to itself.
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : -1) : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

function signOf(v: unknown): number {
  if (typeof v === 'number') return Math.sign(v);
  if (v instanceof PSDouble) return Math.sign(v.value);
  if (typeof v === 'bigint') return v < 0n ? -1 : 1;
  if (v instanceof PSInt64) return v.value < 0n ? -1 : 1;
  if (isUnsigned(v)) return 1;
  if (v instanceof PSDecimal) return v.mantissa < 0n ? -1 : 1;
  return 1;
}

/** CompareObjectToNull: $null sorts below everything except negative numbers. */
function compareToNull(value: unknown, valueIsRight: boolean): number {
  const i = valueIsRight ? -1 : 1;
  if (isNumeric(value) && signOf(value) < 0) return -i;
  return i;
}

function sameType(a: unknown, converted: unknown): number | undefined {
  if (a instanceof PSDateTime && converted instanceof PSDateTime) return a.compareTo(converted);
  if (a instanceof PSTimeSpan && converted instanceof PSTimeSpan) return a.compareTo(converted);
  if (a instanceof PSVersion && converted instanceof PSVersion) return a.compareTo(converted);
  if (a instanceof PSSemanticVersion && converted instanceof PSSemanticVersion) return a.compareTo(converted);
  if (a instanceof PSGuid && converted instanceof PSGuid) return a.compareTo(converted);
  if (a instanceof PSChar && converted instanceof PSChar) return Math.sign(a.code - converted.code);
  if (a instanceof PSEnumValue && converted instanceof PSEnumValue)
    return Math.sign(a.value - converted.value);
  if (typeof a === 'boolean' && typeof converted === 'boolean') return a === converted ? 0 : a ? 1 : -1;
  if (isNumeric(a) && isNumeric(converted)) return compareNumeric(a, converted);
  return undefined;
}

/** LanguagePrimitives.Compare: negative, zero or positive. Throws PSArgumentException texts on failure. */
export function compareValues(left: unknown, right: unknown, options: CompareOptions = {}): number {
  const ignoreCase = options.ignoreCase ?? true;
  if (typeof left === 'number' && typeof right === 'number' && !Number.isNaN(left) && !Number.isNaN(right)) {
    return left < right ? -1 : left > right ? 1 : 0;
  }
  const a = baseObject(left);
  const b = baseObject(right);
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : compareToNull(b, true);
  if (b === null || b === undefined) return compareToNull(a, false);
  if (typeof a === 'string') {
    const bs = typeof b === 'string' ? b : convertToString(b, options);
    return compareStrings(a, bs, ignoreCase);
  }
  if (isNumeric(a) && isNumeric(b)) return compareNumeric(a, b);
  let converted: unknown;
  try {
    converted = convertTo(b, typeNameOf(a), options);
  } catch (e) {
    if (e instanceof PSRuntimeException)
      throw PSRuntimeException.of('ComparisonFailure', objectToString(a), objectToString(b), e.message);
    throw e;
  }
  const r = sameType(a, converted);
  if (r !== undefined) return r;
  if (a === converted) return 0;
  throw PSRuntimeException.of('NotIcomparable', objectToString(a));
}

function objectEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const eq = (a as { equals?: unknown }).equals;
  if (typeof eq === 'function') return Boolean(eq.call(a, b));
  return false;
}

/** LanguagePrimitives.Equals (the `-eq` semantics for scalars). */
export function equalsValues(left: unknown, right: unknown, options: CompareOptions = {}): boolean {
  const ignoreCase = options.ignoreCase ?? true;
  // Hot paths: same-kind primitives (Where-Object filters).
  if (typeof left === 'number' && typeof right === 'number') return left === right;
  if (typeof left === 'string' && typeof right === 'string') return stringsEqual(left, right, ignoreCase);
  const a = baseObject(left);
  const b = baseObject(right);
  if (a === null || a === undefined) return b === null || b === undefined;
  if (b === null || b === undefined) return false;
  if (typeof a === 'string') {
    if (typeof b === 'string') return stringsEqual(a, b, ignoreCase);
    let bs: string;
    try {
      bs = convertToString(b, options);
    } catch {
      return false;
    }
    return stringsEqual(a, bs, ignoreCase);
  }
  if (objectEquals(a, b)) return true;
  if (isNumeric(a) && isNumeric(b))
    return compareNumeric(a, b) === 0 && !(Number.isNaN(Number(a)) && typeof a === 'number');
  if (a instanceof PSChar && ignoreCase) {
    if (typeof b === 'string' && b.length === 1) return String(a).toUpperCase() === b.toUpperCase();
    if (b instanceof PSChar) return String(a).toUpperCase() === String(b).toUpperCase();
  }
  if (
    typeof a === 'object' &&
    !(
      a instanceof PSDateTime ||
      a instanceof PSTimeSpan ||
      a instanceof PSVersion ||
      a instanceof PSSemanticVersion ||
      a instanceof PSGuid ||
      a instanceof PSChar ||
      a instanceof PSEnumValue ||
      a instanceof PSDecimal ||
      a instanceof PSInt64 ||
      a instanceof PSDouble ||
      isUnsigned(a)
    )
  ) {
    // Reference types without value equality (PSObject, hashtables, arrays...) compare by reference.
    return false;
  }
  try {
    const converted = convertTo(b, typeNameOf(a), options);
    if (typeof a !== 'object') return a === converted;
    return objectEquals(a, converted) || sameType(a, converted) === 0;
  } catch (e) {
    if (e instanceof PSRuntimeException) return false;
    throw e;
  }
}

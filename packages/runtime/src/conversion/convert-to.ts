// convertTo: LanguagePrimitives.ConvertTo for the types the contract represents, with PowerShell's error texts.
import { PSChar } from '../values/ps-char.js';
import { PSDateTime } from '../values/ps-datetime.js';
import { PSDecimal } from '../values/ps-decimal.js';
import { PSInt64, inInt64Range, int64Value } from '../values/ps-int64.js';
import { PSDouble, doubleValue } from '../values/ps-double.js';
import {
  UINT32_MAX,
  UINT64_MAX,
  isUnsigned,
  uint32Value,
  uint64Value,
  type PSUnsignedInt,
} from '../values/ps-unsigned.js';
import { PSEnumValue } from '../values/ps-enum.js';
import { PSGuid } from '../values/ps-guid.js';
import { PSHashtable } from '../values/ps-hashtable.js';
import { PSList } from '../values/ps-list.js';
import { PSHashSet } from '../values/ps-hash-set.js';
import { PSQueue, PSStack } from '../values/ps-queue-stack.js';
import { PSNullString } from '../values/ps-null-string.js';
import { PSObject } from '../values/ps-object.js';
import { PSRegex } from '../values/ps-regex.js';
import { PSRuntimeException, type PSInvalidCastException } from '../values/ps-exception.js';
import { PSSecureString } from '../values/ps-secure-string.js';
import { PSStringBuilder } from '../values/ps-string-builder.js';
import { PSTimeSpan } from '../values/ps-timespan.js';
import { PSUri } from '../values/ps-uri.js';
import { PSVersion } from '../values/ps-version.js';
import { PSSemanticVersion } from '../values/ps-semantic-version.js';
import { isScriptBlockLike } from '../values/script-block-like.js';
import { typeNameOf, withElementType } from '../values/type-names.js';
import { RegexTranslationError } from '../text/dotnet-regex.js';
import { castFinal, castFromNull, castWithInner, dotNet, shortName } from './cast-errors.js';
import { enumsOf, type ConversionContext } from './conversion-context.js';
import { DateTimeParseError, parseDateTime, parseTimeSpan } from './datetime-parse.js';
import { nullToEnum, numberToEnum, stringToEnum } from './enum-convert.js';
import { isTrue } from './is-true.js';
import { numericTypeInfo, roundHalfEven, type NumericTypeInfo } from './numeric-types.js';
import { parseInvariantDouble, scanNumber } from './number-parse.js';
import { convertToString, objectToString } from './to-string.js';
import { canonicalTypeName } from './type-aliases.js';
import { isReferenceLike, makeReference } from '../types/reference.js';
import { PSEnumerator } from '../values/ps-enumerator.js';

/** Unwraps a PSObject that only adapts another value (conversions look at the base object). */
export function baseObject(value: unknown): unknown {
  return value instanceof PSObject && !value.isCustomObject ? value.baseObject : value;
}

/** Items of an enumerable value (arrays, lists), or undefined for scalars (strings and dictionaries are scalars). */
export function enumerate(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value instanceof PSList) return value.items;
  if (value instanceof PSHashSet || value instanceof PSQueue || value instanceof PSStack)
    return value.toArray();
  if (value instanceof PSEnumerator) return value.takeRemaining();
  return undefined;
}

/** A JS number (or decimal/bigint) for a numeric-ish value, or undefined. */
function numericValue(value: unknown): number | PSDecimal | bigint | undefined {
  if (typeof value === 'number' || typeof value === 'bigint' || value instanceof PSDecimal) return value;
  if (value instanceof PSInt64 || isUnsigned(value)) return value.value;
  if (value instanceof PSDouble) return value.value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof PSEnumValue) return value.value;
  return undefined;
}

function toIntegral(value: unknown, info: NumericTypeInfo, fromString: string | undefined): number {
  const fail = (inner: string): never => {
    throw castWithInner(
      fromString !== undefined ? 'InvalidCastFromStringToInteger' : 'InvalidCastIConvertible',
      fromString ?? value,
      info.name,
      inner,
    );
  };
  let n: number;
  if (value instanceof PSDecimal) n = value.round().toNumber();
  else if (typeof value === 'bigint') n = Number(value);
  else n = value as number;
  if (Number.isNaN(n) || !Number.isFinite(n)) return fail(info.overflow);
  n = roundHalfEven(n);
  if (n < info.min || n > info.max) return fail(info.overflow);
  return n === 0 ? 0 : n;
}

function stringToNumeric(text: string, info: NumericTypeInfo): number {
  if (text.length === 0) return 0;
  const scanned = scanNumber(text);
  if (scanned !== undefined) {
    const n = scanned instanceof PSDecimal ? scanned.toNumber() : Number(scanned);
    if (!info.integral) return n;
    const rounded = roundHalfEven(n);
    if (rounded >= info.min && rounded <= info.max) return rounded === 0 ? 0 : rounded;
    if (Number.isInteger(n)) {
      throw castWithInner('InvalidCastFromStringToInteger', text, info.name, info.overflow);
    }
  }
  const d = parseInvariantDouble(text);
  if (d === undefined) {
    throw castWithInner(
      info.integral ? 'InvalidCastFromStringToInteger' : 'InvalidCastFromStringToDoubleOrSingle',
      text,
      info.name,
      dotNet('FormatInputString', text),
    );
  }
  if (!info.integral) return d;
  return toIntegral(d, info, text);
}

function toNumeric(value: unknown, info: NumericTypeInfo): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') return stringToNumeric(value, info);
  if (value instanceof PSChar) {
    if (!info.integral) return value.code;
    return toIntegral(value.code, info, undefined);
  }
  const n = numericValue(value);
  if (n === undefined) {
    if (value instanceof PSDateTime || value instanceof PSTimeSpan || value instanceof PSGuid) {
      throw castWithInner(
        'InvalidCastIConvertible',
        value,
        info.name,
        dotNet('InvalidCastFromTo', shortName(typeNameOf(value)), shortName(info.name)),
      );
    }
    throw castFinal(value, info.name);
  }
  if (!info.integral) return n instanceof PSDecimal ? n.toNumber() : Number(n);
  return toIntegral(n, info, undefined);
}

/** .NET's OverflowException for a value outside `[long]`/`[uint32]`/`[uint64]`, as the cast error pwsh shows. */
function integerOverflow(value: unknown, info: NumericTypeInfo): PSInvalidCastException {
  return castWithInner(
    typeof value === 'string' ? 'InvalidCastFromStringToInteger' : 'InvalidCastIConvertible',
    value,
    info.name,
    info.overflow,
  );
}

/** `[long]x`: exact for integer text and Int64 values; otherwise through the Double path, then checked. */
function toInt64(value: unknown, info: NumericTypeInfo): number | PSInt64 {
  if (value instanceof PSInt64) return value;
  let big: bigint | undefined;
  if (typeof value === 'bigint') big = value;
  else if (isUnsigned(value)) big = value.value;
  else if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) big = BigInt(value.trim());
  if (big === undefined) return int64Value(BigInt(toNumeric(value, info)));
  if (!inInt64Range(big)) {
    throw integerOverflow(value, info);
  }
  return int64Value(big);
}

/** `[uint32]x` / `[uint64]x`: exact for integer text and integral values; otherwise through the Double path. */
function toUnsigned(value: unknown, info: NumericTypeInfo): PSUnsignedInt {
  const make = info.name === 'System.UInt32' ? uint32Value : uint64Value;
  if (isUnsigned(value) && value.typeName === info.name) return value;
  let big: bigint | undefined;
  if (typeof value === 'bigint') big = value;
  else if (value instanceof PSInt64 || isUnsigned(value)) big = value.value;
  else if (value instanceof PSDecimal) big = value.round().toBigInt();
  else if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) big = BigInt(value.trim());
  else if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 2 ** 53)
    big = BigInt(value);
  if (big === undefined) {
    const n = toNumeric(value, info);
    // 2^64 itself is a Double that passes the Double range check; it is one past UInt64.MaxValue.
    big = n >= 2 ** 64 ? UINT64_MAX + 1n : BigInt(n);
  }
  if (big < 0n || big > (info.name === 'System.UInt32' ? UINT32_MAX : UINT64_MAX)) {
    throw integerOverflow(value, info);
  }
  return make(big);
}

function toDecimal(value: unknown): PSDecimal {
  if (value === null || value === undefined) return PSDecimal.zero;
  if (value instanceof PSDecimal) return value;
  if (typeof value === 'string') {
    if (value === '') return PSDecimal.zero;
    const scanned = scanNumber(value);
    const parsed =
      scanned instanceof PSDecimal
        ? scanned
        : (PSDecimal.tryParse(value.replace(/,/g, '')) ??
          (scanned !== undefined ? PSDecimal.fromNumber(Number(scanned)) : undefined));
    if (!parsed)
      throw castWithInner(
        'InvalidCastFromStringToDecimal',
        value,
        'System.Decimal',
        dotNet('FormatInputString', value),
      );
    return parsed;
  }
  if (value instanceof PSChar) return new PSDecimal(BigInt(value.code));
  const n = numericValue(value);
  if (n === undefined) throw castFinal(value, 'System.Decimal');
  if (typeof n === 'bigint') return new PSDecimal(n);
  try {
    return PSDecimal.fromNumber(n as number);
  } catch {
    throw castWithInner('InvalidCastIConvertible', value, 'System.Decimal', dotNet('DecimalOverflow'));
  }
}

function toChar(value: unknown): PSChar {
  if (value instanceof PSChar) return value;
  if (value === null || value === undefined) return new PSChar(0);
  if (typeof value === 'string') {
    if (value.length !== 1)
      throw castWithInner('InvalidCastFromStringToChar', value, 'System.Char', dotNet('CharOneCharacter'));
    return new PSChar(value.charCodeAt(0));
  }
  const n = numericValue(value);
  if (typeof n === 'number' && typeof value !== 'boolean') {
    const code = toIntegral(
      n,
      {
        name: 'System.Char',
        integral: true,
        min: 0,
        max: 65535,
        overflow: dotNet('CharOverflow'),
      },
      undefined,
    );
    return new PSChar(code);
  }
  throw castFinal(value, 'System.Char');
}

function toDateTime(value: unknown): PSDateTime {
  if (value instanceof PSDateTime) return value;
  if (value === null || value === undefined) throw castFromNull('System.DateTime');
  if (typeof value === 'string') {
    try {
      return parseDateTime(value);
    } catch (e) {
      if (e instanceof DateTimeParseError)
        throw castWithInner('InvalidCastParseTargetInvocation', value, 'System.DateTime', e.message);
      throw e;
    }
  }
  if (typeof value === 'number' && Number.isInteger(value)) return new PSDateTime(BigInt(value));
  throw castFinal(value, 'System.DateTime');
}

function toTimeSpan(value: unknown): PSTimeSpan {
  if (value instanceof PSTimeSpan) return value;
  if (value === null || value === undefined) throw castFromNull('System.TimeSpan');
  if (typeof value === 'string') {
    try {
      return parseTimeSpan(value);
    } catch (e) {
      if (e instanceof DateTimeParseError)
        throw castWithInner('InvalidCastParseTargetInvocation', value, 'System.TimeSpan', e.message);
      throw e;
    }
  }
  if (typeof value === 'number' && Number.isInteger(value)) return new PSTimeSpan(BigInt(value));
  throw castFinal(value, 'System.TimeSpan');
}

function toPSCustomObject(value: unknown): unknown {
  if (!(value instanceof PSHashtable)) return value;
  const obj = new PSObject();
  for (const [k, v] of value.entries()) {
    const name = objectToString(k);
    // A PSTypeName key becomes the first type name instead of a property.
    if (name.toLowerCase() === 'pstypename') obj.typeNames.unshift(objectToString(v));
    else obj.setNote(name, v);
  }
  return obj;
}

function toArray(value: unknown, elementType: string, ctx: ConversionContext | undefined): unknown[] | null {
  if (value === null || value === undefined) return null;
  const base = baseObject(value);
  if (elementType === 'System.Char' && typeof base === 'string') {
    return withElementType(
      [...base].flatMap((ch) => [...ch].map((u) => new PSChar(u))),
      'System.Char',
    );
  }
  const items = enumerate(base) ?? [value];
  if (elementType === 'System.Object') return withElementType([...items], 'System.Object');
  return withElementType(
    items.map((i) => convertTo(i, elementType, ctx)),
    elementType,
  );
}

const LIST_KINDS: Readonly<Record<string, 'List' | 'Collection'>> = {
  list: 'List',
  collection: 'Collection',
};

/** `[List[T]]x` / `[Collection[T]]x` / `[HashSet[T]]x`: elements converted to T; a scalar becomes one element. */
function toGenericCollection(
  value: unknown,
  kind: string,
  elementTypeName: string,
  ctx: ConversionContext | undefined,
): unknown {
  if (value === null || value === undefined) return null;
  const elementType = canonicalTypeName(elementTypeName.replace(/^\[|\]$/g, ''));
  const base = baseObject(value);
  const listKind = LIST_KINDS[kind.toLowerCase()];
  if (listKind && base instanceof PSList && base.kind === listKind && base.elementType === elementType)
    return base;
  if (kind.toLowerCase() === 'hashset' && base instanceof PSHashSet && base.elementType === elementType)
    return base;
  const items = (enumerate(base) ?? [value]).map((i) =>
    elementType === 'System.Object' ? i : convertTo(i, elementType, ctx),
  );
  return listKind ? new PSList(listKind, elementType, items) : new PSHashSet(elementType, items);
}

/**
 * Targets LanguagePrimitives converts a number to through its TokenText: ConvertNumericToString and
 * ConvertNumericIConvertible (types a string converts to, with no numeric conversion of their own).
 */
const TOKEN_TEXT_TARGETS: ReadonlySet<string> = new Set([
  'System.String',
  'System.Version',
  'System.Management.Automation.SemanticVersion',
]);

/**
 * Converts `value` to the type named `targetTypeName` ('int', 'System.Int32', 'string[]', an enum's name...),
 * following LanguagePrimitives.ConvertTo. Throws PSInvalidCastException with PowerShell's message on failure,
 * and PSRuntimeException 'TypeNotFound' for a type this layer does not know (RV2's resolver handles others).
 */
export function convertTo(value: unknown, targetTypeName: string, ctx?: ConversionContext): unknown {
  const target = canonicalTypeName(targetTypeName);
  if (target === 'System.Object' || target === 'System.Management.Automation.PSObject') return value;
  if (target.endsWith('[]')) return toArray(value, target.slice(0, -2), ctx);
  const generic =
    /^(?:System\.)?Collections\.Generic\.(List|HashSet)\[(.+)\]$/i.exec(target) ??
    /^(?:System\.)?Collections\.ObjectModel\.(Collection)\[(.+)\]$/i.exec(target);
  if (generic) return toGenericCollection(value, generic[1] ?? 'List', generic[2] ?? 'object', ctx);
  // TokenText (`f 3.0`): numeric-to-string and numeric-to-[version] conversions use the argument's own text.
  if (value instanceof PSObject && value.tokenText !== undefined && TOKEN_TEXT_TARGETS.has(target))
    return convertTo(value.tokenText, target, ctx);
  const v = baseObject(value);
  const numeric = numericTypeInfo(target);
  if (numeric) {
    if (target === 'System.Int64') return toInt64(v, numeric);
    if (target === 'System.UInt32' || target === 'System.UInt64') return toUnsigned(v, numeric);
    if (numeric.integral) return toNumeric(v, numeric);
    // [double]/[float]: a whole value in Int32 range must still report Double.
    return v instanceof PSDouble ? v : doubleValue(toNumeric(v, numeric));
  }
  switch (target) {
    case 'ref':
    case 'System.Management.Automation.PSReference':
      // A reference stays itself (a `[ref]` parameter gets the caller's variable); a value gets a new cell.
      return isReferenceLike(value) ? value : makeReference(v);
    case 'System.String':
      if (v instanceof PSNullString) return null; // NullString.ToString() is null
      return value === null || value === undefined ? '' : convertToString(v, ctx);
    case 'System.Boolean':
      return isTrue(v);
    case 'System.Management.Automation.SwitchParameter':
      // Only a Boolean (SwitchParameter's implicit operator), a switch or $null (SwitchParameter(false)) converts.
      if (typeof v === 'boolean') return v;
      if (v === null || v === undefined) return false;
      throw castFinal(v, target);
    case 'System.Decimal':
      return toDecimal(v);
    case 'System.Numerics.BigInteger': {
      if (typeof v === 'bigint') return v;
      if (typeof v === 'string') {
        if (/^\s*[+-]?\d+\s*$/.test(v)) return BigInt(v.trim());
        const s = scanNumber(v);
        if (typeof s === 'bigint') return s;
      }
      const n = toNumeric(v, { name: target, integral: true, min: -Infinity, max: Infinity, overflow: '' });
      return BigInt(n);
    }
    case 'System.Char':
      return toChar(v);
    case 'System.DateTime':
      return toDateTime(v);
    case 'System.TimeSpan':
      return toTimeSpan(v);
    case 'System.Guid': {
      if (v instanceof PSGuid) return v;
      if (typeof v === 'string') {
        const g = PSGuid.tryParse(v);
        if (!g) throw castWithInner('InvalidCastParseTargetInvocation', v, target, dotNet('FormatBadGuid'));
        return g;
      }
      if (v === null || v === undefined) throw castFromNull(target);
      throw castFinal(v, target);
    }
    case 'System.Management.Automation.SemanticVersion': {
      if (v instanceof PSSemanticVersion) return v;
      if (v === null || v === undefined) return null;
      // new SemanticVersion(Version), or SemanticVersion's string constructor (Parse).
      const sem =
        v instanceof PSVersion
          ? PSSemanticVersion.fromVersion(v)
          : PSSemanticVersion.tryParse(typeof v === 'string' ? v : objectToString(v, 'invariant'));
      if (!sem) throw castFinal(v, target);
      return sem;
    }
    case 'System.Version': {
      if (v instanceof PSVersion) return v;
      // SemanticVersion's implicit operator Version.
      if (v instanceof PSSemanticVersion) return v.toVersion();
      if (v === null || v === undefined) return null;
      const text = typeof v === 'string' ? v : objectToString(v, 'invariant');
      const ver = PSVersion.tryParse(text);
      if (!ver) {
        const parts = text.trim().split('.').length;
        const inner =
          parts < 2 || parts > 4
            ? dotNet('VersionBadFormat')
            : dotNet(
                'FormatInputString',
                text
                  .trim()
                  .split('.')
                  .find((p) => !/^\d+$/.test(p.trim())) ?? text,
              );
        throw castWithInner('InvalidCastParseTargetInvocation', text, target, inner);
      }
      return ver;
    }
    case 'System.Uri': {
      if (v instanceof PSUri) return v;
      if (v === null || v === undefined) return null;
      const u = PSUri.tryCreate(objectToString(v, 'invariant'));
      if (!u) throw castFinal(v, target);
      return u;
    }
    case 'System.Text.RegularExpressions.Regex': {
      if (v instanceof PSRegex) return v;
      if (v === null || v === undefined) return null;
      const pattern = objectToString(v, 'invariant');
      try {
        return new PSRegex(pattern);
      } catch (e) {
        if (e instanceof RegexTranslationError) {
          throw castWithInner(
            'InvalidCastFromStringToRegex',
            pattern,
            target,
            dotNet('InvalidRegexPattern', pattern, pattern.length, e.message),
          );
        }
        throw e;
      }
    }
    case 'System.Collections.Hashtable': {
      if (v === null || v === undefined) return null;
      if (v instanceof PSHashtable) return v.kind === 'Hashtable' ? v : PSHashtable.from(v.entries());
      throw castFinal(v, target);
    }
    case 'System.Collections.Specialized.OrderedDictionary': {
      if (v === null || v === undefined) return null;
      if (v instanceof PSHashtable) return v.ordered ? v : PSHashtable.from(v.entries(), { ordered: true });
      throw castFinal(v, target);
    }
    case 'System.Management.Automation.PSCustomObject':
      return toPSCustomObject(v);
    case 'System.Array':
      return toArray(value, 'System.Object', ctx);
    case 'System.Collections.ArrayList': {
      if (v === null || v === undefined) return null;
      return new PSList('ArrayList', undefined, enumerate(v) ?? [v]);
    }
    case 'System.Text.StringBuilder': {
      if (v instanceof PSStringBuilder) return v;
      return new PSStringBuilder(convertToString(v, ctx));
    }
    case 'System.Security.SecureString':
      if (v instanceof PSSecureString || v === null || v === undefined) return v ?? null;
      throw castFinal(v, target);
    case 'System.Management.Automation.ScriptBlock':
      if (isScriptBlockLike(v) || v === null || v === undefined) return v ?? null;
      throw castFinal(v, target);
    case 'System.Void':
      return null;
    default:
      break;
  }
  const enumType = enumsOf(ctx).get(target);
  if (enumType) {
    if (v instanceof PSEnumValue && v.type.fullName === enumType.fullName) return v;
    if (v === null || v === undefined) throw nullToEnum(enumType);
    if (typeof v === 'string') return stringToEnum(v, enumType);
    const items = enumerate(v);
    if (items)
      return stringToEnum(
        items.map((i) => (i instanceof PSEnumValue ? i.name : objectToString(i))).join(','),
        enumType,
      );
    const n = numericValue(v);
    if (typeof n === 'number') return numberToEnum(n, enumType);
    throw castFinal(v, enumType.fullName);
  }
  throw PSRuntimeException.of('TypeNotFound', targetTypeName);
}

/** `-as`: the converted value, or null when the conversion fails. */
export function tryConvertTo(
  value: unknown,
  targetTypeName: string,
  ctx?: ConversionContext,
): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: convertTo(value, targetTypeName, ctx) };
  } catch (e) {
    if (e instanceof PSRuntimeException && e.errorId !== 'TypeNotFound') return { ok: false };
    throw e;
  }
}

// String/number -> enum conversion (LanguagePrimitives.ConvertStringToEnum with EnumMinimumDisambiguation).
import { PSEnumValue, enumValueToString, type EnumTypeInfo } from '../values/ps-enum.js';
import { PSInvalidCastException, PSRuntimeException } from '../values/ps-exception.js';
import { ValueMessages, formatTemplate } from '../values/messages.js';
import { castWithInner } from './cast-errors.js';
import { objectToString } from './to-string.js';

/** Names in value order, as Enum.GetNames lists them. */
export function namesByValue(type: EnumTypeInfo): string[] {
  return [...type.members].sort((a, b) => (a[1] >>> 0) - (b[1] >>> 0)).map(([n]) => n);
}

function isDefined(type: EnumTypeInfo, value: number): boolean {
  if (type.members.some(([, v]) => v === value)) return true;
  if (!type.isFlags) return false;
  return enumValueToString(type, value) !== String(value);
}

function undefinedValue(type: EnumTypeInfo, shown: unknown, errorId: string): PSInvalidCastException {
  return new PSInvalidCastException(
    errorId,
    formatTemplate(ValueMessages.InvalidCastExceptionEnumerationNoValue.template, [
      objectToString(shown),
      type.fullName,
      namesByValue(type).join(','),
    ]),
  );
}

/**
 * EnumMinimumDisambiguation.EnumDisambiguate: the unique name `text` is a prefix of, or PowerShell's NoEnumNameMatch /
 * MultipleEnumNameMatch error.
 */
export function enumDisambiguate(text: string, type: EnumTypeInfo): string {
  const lower = text.toLowerCase();
  const names = namesByValue(type);
  const matching = names.filter((n) => n.toLowerCase().startsWith(lower));
  if (matching.length === 1) return matching[0] ?? text;
  if (matching.length === 0) throw PSRuntimeException.of('NoEnumNameMatch', text, names.join(', '));
  const exact = matching.find((n) => n.toLowerCase() === lower);
  if (exact) return exact;
  if (type.fullName === 'System.IO.FileAttributes') {
    const special = ['Directory', 'ReadOnly', 'System'].find((n) => n.toLowerCase().startsWith(lower));
    if (special) return special;
  }
  throw PSRuntimeException.of('MultipleEnumNameMatch', text, matching.join(', '));
}

/** Enum.Parse(type, text, ignoreCase: true): names (comma-separated, OR-ed) or a number. */
function enumParse(type: EnumTypeInfo, text: string): number | undefined {
  const parts = text.split(',');
  let result = 0;
  for (const raw of parts) {
    const p = raw.trim();
    if (/^[+-]?\d+$/.test(p)) {
      result |= Number(p);
      continue;
    }
    const member = type.members.find(([n]) => n.toLowerCase() === p.toLowerCase());
    if (!member) return undefined;
    result |= member[1];
  }
  return result;
}

export function stringToEnum(text: string, type: EnumTypeInfo): PSEnumValue {
  let value = enumParse(type, text);
  if (value === undefined) {
    try {
      const name = enumDisambiguate(text, type);
      value = enumParse(type, name) ?? 0;
    } catch (e) {
      const inner = e instanceof Error ? e.message : String(e);
      throw castWithInner('SubstringDisambiguationEnumParseThrewAnException', text, type.fullName, inner);
    }
  }
  if (!isDefined(type, value)) throw undefinedValue(type, text, 'EnumParseUndefined');
  return new PSEnumValue(type, value);
}

export function numberToEnum(n: number, type: EnumTypeInfo): PSEnumValue {
  if (!Number.isInteger(n)) n = Math.round(n);
  if (!isDefined(type, n)) throw undefinedValue(type, n, 'UndefinedInEnumSingleTypeConverter');
  return new PSEnumValue(type, n);
}

export function nullToEnum(type: EnumTypeInfo): PSInvalidCastException {
  return new PSInvalidCastException(
    'nullToEnumInvalidCast',
    formatTemplate(ValueMessages.InvalidCastExceptionEnumerationNull.template, [
      type.fullName,
      namesByValue(type).join(','),
    ]),
  );
}

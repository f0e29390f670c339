// A small TypeConverter for tests and tools: string, numbers, bool, guid, datetime, hashtable, enums.
import { formatInner } from '../errors/messages.js';
import type { ParameterTypeName } from '../metadata/types.js';
import { ConversionFailure, type ConversionContext, type TypeConverter } from './type-converter.js';
import { dotNetTypeName } from './type-names.js';
import { valueText, valueTypeName } from './value-text.js';
import { actionPreferenceValues } from '../common-parameters/index.js';

const guidPattern = /^\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$/i;
const intPattern = /^\s*[+-]?\d+\s*$/;
const hexPattern = /^\s*0x[0-9a-f]+\s*$/i;
const floatPattern = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

const int32Min = -2147483648;
const int32Max = 2147483647;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** .NET rounds half to even when a double becomes an integer. */
function roundHalfEven(n: number): number {
  const r = Math.round(n);
  return Math.abs(n % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function fail(value: unknown, type: ParameterTypeName, error: string): never {
  throw new ConversionFailure(formatInner('InvalidCast', valueText(value), dotNetTypeName(type), error));
}

function toInteger(value: unknown, type: ParameterTypeName, min: number, max: number): number {
  let n: number;
  if (typeof value === 'number') n = roundHalfEven(value);
  else if (typeof value === 'boolean') n = value ? 1 : 0;
  else if (typeof value === 'string') {
    if (intPattern.test(value)) n = Number(value);
    else if (hexPattern.test(value)) n = Number.parseInt(value.trim().slice(2), 16);
    else if (floatPattern.test(value)) n = roundHalfEven(Number(value));
    else if (value.trim() === '') n = 0;
    else fail(value, type, `The input string '${value}' was not in a correct format.`);
  } else
    throw new ConversionFailure(
      formatInner('InvalidCastNoError', valueText(value), valueTypeName(value), dotNetTypeName(type)),
    );
  if (n < min || n > max)
    fail(value, type, `Value was either too large or too small for an ${dotNetTypeName(type).slice(7)}.`);
  return n;
}

function toEnum(value: unknown, type: ParameterTypeName, names: readonly string[]): string {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < names.length) {
    return names[value] as string;
  }
  const text = valueText(value).trim();
  const lower = text.toLowerCase();
  const exact = names.find((n) => n.toLowerCase() === lower);
  if (exact !== undefined) return exact;
  const matches = lower === '' ? [] : names.filter((n) => n.toLowerCase().startsWith(lower));
  if (matches.length === 1) return matches[0] as string;
  if (matches.length > 1) fail(value, type, formatInner('EnumMultipleMatches', text, matches.join(', ')));
  return fail(value, type, formatInner('EnumNoMatch', text, names.join(', ')));
}

export const defaultConverter: TypeConverter = {
  isInstanceOf(value: unknown, type: ParameterTypeName): boolean {
    switch (type.toLowerCase()) {
      case 'object':
      case 'psobject':
        return true;
      case 'string':
        return typeof value === 'string';
      case 'int':
      case 'int32':
      case 'long':
      case 'int64':
        return typeof value === 'number' && Number.isInteger(value);
      case 'double':
      case 'decimal':
        return typeof value === 'number';
      case 'bool':
      case 'boolean':
      case 'switch':
        return typeof value === 'boolean';
      case 'datetime':
        return value instanceof Date;
      case 'hashtable':
        return isPlainObject(value);
      default:
        // Enum values travel as their names once converted; a raw string is not yet an enum.
        return false;
    }
  },

  convert(value: unknown, type: ParameterTypeName, context: ConversionContext): unknown {
    const t = type.toLowerCase();
    switch (t) {
      case 'object':
      case 'psobject':
        return value;
      case 'string':
        return value === null || value === undefined ? null : valueText(value);
      case 'int':
      case 'int32':
        return toInteger(value, type, int32Min, int32Max);
      case 'long':
      case 'int64':
        return toInteger(value, type, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
      case 'double':
      case 'decimal': {
        if (typeof value === 'number') return value;
        if (typeof value === 'boolean') return value ? 1 : 0;
        if (typeof value === 'string' && floatPattern.test(value)) return Number(value);
        return fail(value, type, `The input string '${valueText(value)}' was not in a correct format.`);
      }
      case 'bool':
      case 'boolean':
      case 'switch':
        if (typeof value === 'boolean') return value;
        if (typeof value === 'number') return value !== 0;
        throw new ConversionFailure(formatInner('BooleanOnly', valueTypeName(value), dotNetTypeName(type)));
      case 'guid': {
        if (typeof value === 'string' && guidPattern.test(value.trim())) {
          return value.trim().replace(/[{}]/g, '').toLowerCase();
        }
        return fail(
          value,
          type,
          'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).',
        );
      }
      case 'datetime': {
        if (value instanceof Date) return value;
        const d = typeof value === 'string' ? new Date(value) : undefined;
        if (d && !Number.isNaN(d.getTime())) return d;
        return fail(value, type, `String '${valueText(value)}' was not recognized as a valid DateTime.`);
      }
      case 'hashtable':
        if (isPlainObject(value)) return value;
        throw new ConversionFailure(
          formatInner('InvalidCastNoError', valueText(value), valueTypeName(value), dotNetTypeName(type)),
        );
      case 'actionpreference':
        return toEnum(value, type, context.enumValues ?? actionPreferenceValues);
      default:
        if (context.enumValues) return toEnum(value, type, context.enumValues);
        throw new ConversionFailure(
          formatInner('InvalidCastNoError', valueText(value), valueTypeName(value), dotNetTypeName(type)),
        );
    }
  },
};

// Method argument conversion: coerces each argument to its parameter's type the way PowerShell's method binder does.
import { convertToString } from '../conversion/to-string.js';
import { isScriptBlockLike } from '../values/script-block-like.js';
import { PSChar } from '../values/ps-char.js';
import { PSDateTime } from '../values/ps-datetime.js';
import { PSDecimal } from '../values/ps-decimal.js';
import { PSInt64 } from '../values/ps-int64.js';
import { PSDouble } from '../values/ps-double.js';
import { PSList } from '../values/ps-list.js';
import { PSNullString } from '../values/ps-null-string.js';
import { PSObject } from '../values/ps-object.js';
import { PSTimeSpan } from '../values/ps-timespan.js';
import { numberTypeName } from '../values/type-names.js';
import { parseDateTime } from './builtin/datetime-parse.js';
import { parseTimeSpan } from './builtin/time-types.js';
import { memberError } from './errors.js';
import { methodEnum } from './enum-tables.js';
import { isReferenceLike } from './reference.js';
import type { MethodOverload, ParameterSpec } from './method-def.js';

/** Short parameter type names (as printed in signatures) -> .NET full names, for messages. */
const FULL_NAMES: Readonly<Record<string, string>> = {
  string: 'System.String',
  char: 'System.Char',
  int: 'System.Int32',
  long: 'System.Int64',
  short: 'System.Int16',
  byte: 'System.Byte',
  uint: 'System.UInt32',
  ulong: 'System.UInt64',
  double: 'System.Double',
  float: 'System.Single',
  decimal: 'System.Decimal',
  bool: 'System.Boolean',
  object: 'System.Object',
  datetime: 'System.DateTime',
  timespan: 'System.TimeSpan',
};

export function parameterTypeFullName(type: string): string {
  if (type.endsWith('[]')) return `${parameterTypeFullName(type.slice(0, -2))}[]`;
  return FULL_NAMES[type.toLowerCase()] ?? methodEnum(type)?.fullName ?? type;
}

const INT_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  int: [-2147483648, 2147483647],
  long: [-(2 ** 63), 2 ** 63],
  short: [-32768, 32767],
  byte: [0, 255],
  uint: [0, 4294967295],
  ulong: [0, 2 ** 64],
};

/** The failure message .NET gives when a conversion is impossible; thrown up as a cast problem. */
class CastProblem extends Error {}

export function unwrap(value: unknown): unknown {
  return value instanceof PSObject && !value.isCustomObject ? value.baseObject : value;
}

/** Banker's rounding (MidpointRounding.ToEven), as [int] casts of doubles do. */
export function roundHalfEven(n: number): number {
  const r = Math.round(n);
  return Math.abs(n % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Method arguments convert to string with the invariant culture (LanguagePrimitives), lists joined by spaces. */
function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return convertToString(value);
}

/** The items of an argument that binds to an array parameter: arrays and ArrayList/List[T]; otherwise undefined. */
export function arrayItems(value: unknown): unknown[] | undefined {
  const v = unwrap(value);
  if (Array.isArray(v)) return v;
  if (v instanceof PSList) return v.items;
  return undefined;
}

function parseNumber(text: string): number {
  const t = text.trim();
  if (t === '') return 0;
  if (/^[+-]?0x[0-9a-f]+$/i.test(t))
    return t.startsWith('-') ? -parseInt(t.slice(3), 16) : parseInt(t.replace('+', ''), 16);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t))
    throw new CastProblem('Input string was not in a correct format.');
  return Number(t);
}

function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') return parseNumber(value);
  if (value instanceof PSChar) return value.code;
  if (typeof value === 'bigint') return Number(value);
  const primitive = (value as { valueOf(): unknown }).valueOf();
  if (typeof primitive === 'number') return primitive;
  if (value instanceof PSDecimal) return value.toNumber();
  throw new CastProblem('');
}

function toInteger(value: unknown, type: string): number {
  const n = roundHalfEven(toNumber(value));
  const range = INT_RANGES[type] ?? INT_RANGES.int!;
  if (!(n >= range[0] && n <= range[1])) {
    throw new CastProblem(
      `Value was either too large or too small for ${type === 'int' ? 'an Int32' : `a ${parameterTypeFullName(type).slice(7)}`}.`,
    );
  }
  return n;
}

function toChar(value: unknown): string {
  if (value instanceof PSChar) return value.toString();
  if (typeof value === 'string') {
    if (value.length !== 1) throw new CastProblem('String must be exactly one character long.');
    return value;
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffff)
    return String.fromCharCode(value);
  throw new CastProblem('');
}

function toEnum(value: unknown, type: string): number {
  const table = methodEnum(type)!;
  if (typeof value === 'number') return value;
  if (value !== null && typeof value === 'object' && 'value' in value && typeof value.value === 'number')
    return value.value;
  const text = toText(value);
  let total = 0;
  for (const part of text.split(',')) {
    const name = part.trim().toLowerCase();
    const hit = Object.entries(table.values).find(([n]) => n.toLowerCase() === name);
    if (!hit) {
      const names = Object.keys(table.values).join(', ');
      throw new CastProblem(
        `Unable to match the identifier name ${text} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${names}`,
      );
    }
    total |= hit[1];
  }
  return total;
}

function convertTo(value: unknown, type: string): unknown {
  const t = type.toLowerCase();
  const v = unwrap(value);
  if (t.endsWith('[]')) {
    if (v === null || v === undefined) return null;
    const element = t.slice(0, -2);
    if (typeof v === 'string' && element === 'char') return [...v];
    const items = arrayItems(v) ?? [v];
    return items.map((item) => convertTo(item, element));
  }
  switch (t) {
    case 'object':
      return v === undefined ? null : v;
    case 'string':
      return v === null || v === undefined || v instanceof PSNullString ? null : toText(v);
    case 'char':
      return toChar(v);
    case 'bool':
    case 'boolean':
      if (typeof v === 'boolean') return v;
      if (typeof v === 'number') return v !== 0;
      if (v instanceof PSDouble) return v.value !== 0;
      if (typeof v === 'string') return v.length > 0;
      if (Array.isArray(v)) return v.length > 0;
      return v !== null && v !== undefined;
    case 'decimal':
      return v instanceof PSDecimal ? v : toNumber(v);
    case 'double':
    case 'float':
    case 'single':
      return toNumber(v);
    case 'datetime':
    case 'system.datetime':
      if (v instanceof PSDateTime) return v;
      if (typeof v === 'string') {
        const d = parseDateTime(v);
        if (d) return d;
        throw new CastProblem(`String '${v}' was not recognized as a valid DateTime.`);
      }
      throw new CastProblem('');
    case 'timespan':
    case 'system.timespan':
      if (v instanceof PSTimeSpan) return v;
      if (typeof v === 'string') {
        const span = parseTimeSpan(v);
        if (span) return span;
        throw new CastProblem(`String '${v}' was not recognized as a valid TimeSpan.`);
      }
      if (typeof v === 'number' && Number.isInteger(v)) return new PSTimeSpan(BigInt(v));
      throw new CastProblem('');
    default:
      // A long keeps its exact value (a number would round past 2^53).
      if (t === 'long' && v instanceof PSInt64) return v;
      if (t in INT_RANGES) return toInteger(v, t);
      if (methodEnum(t)) return toEnum(v, t);
      return v === undefined ? null : v;
  }
}

/** Converts one argument for a parameter; failures become MethodArgumentConversionInvalidCastArgument. */
export function convertArgument(
  value: unknown,
  parameter: ParameterSpec,
  methodName: string,
  index = 0,
): unknown {
  if (parameter.isByRef) {
    if (isReferenceLike(value)) return value;
    throw memberError(
      'NonRefArgumentToRefParameter',
      index + 1,
      'System.Management.Automation.PSReference',
      '[ref]',
    );
  }
  try {
    return convertTo(value, parameter.type);
  } catch (e) {
    if (!(e instanceof CastProblem)) throw e;
    const full = parameterTypeFullName(parameter.type);
    const shown = toText(unwrap(value));
    const inner = e.message
      ? `Cannot convert value "${shown}" to type "${full}". Error: "${e.message}"`
      : `Cannot convert the "${shown}" value of type "${describeType(value)}" to type "${full}".`;
    throw memberError(
      'MethodArgumentConversionInvalidCastArgument',
      parameter.name,
      shown,
      methodName,
      full,
      inner,
    );
  }
}

function describeType(value: unknown): string {
  const v = unwrap(value);
  if (typeof v === 'string') return 'System.String';
  if (typeof v === 'number') return Number.isInteger(v) ? 'System.Int32' : 'System.Double';
  if (v instanceof PSDouble) return 'System.Double';
  if (typeof v === 'boolean') return 'System.Boolean';
  if (Array.isArray(v)) return 'System.Object[]';
  if (v instanceof PSObject) return 'System.Management.Automation.PSCustomObject';
  return 'System.Object';
}

/** Converts all arguments of a chosen overload, packing trailing arguments into a `params` array. */
export function convertArguments(
  o: MethodOverload<never>,
  args: readonly unknown[],
  methodName: string,
): unknown[] {
  const out: unknown[] = [];
  o.parameters.forEach((p, i) => {
    if (p.isParams) {
      const rest = args.slice(i);
      // One array argument binds to the params array itself, as in C#.
      const items = rest.length === 1 && arrayItems(rest[0]) ? arrayItems(rest[0])! : rest;
      const element = { ...p, type: p.type.replace(/\[\]$/, '') };
      out.push(items.map((item) => convertArgument(item, element, methodName)));
    } else {
      out.push(convertArgument(args[i], p, methodName, i));
    }
  });
  return out;
}

/** How well a value fits a parameter type: higher is better, negative means it cannot convert. */
/** How well a number fits a numeric parameter: its own type best, a widening next, a narrowing last. */
function numericFit(v: number | PSInt64 | PSDecimal | PSDouble, t: string): number {
  const integral = t in INT_RANGES;
  // A Double fits a double parameter exactly ([math]::Max(2.0, 3) is Max(double, double)).
  if (v instanceof PSDouble) return t === 'double' ? 5 : integral ? 2 : 4;
  if (v instanceof PSDecimal) return t === 'decimal' ? 5 : integral ? 2 : 3;
  if (v instanceof PSInt64) {
    if (t === 'long') return 5;
    if (!integral) return 3;
    const range = INT_RANGES[t]!;
    return v.value >= BigInt(range[0]) && v.value <= BigInt(range[1]) ? 2 : -1;
  }
  if (numberTypeName(v) === 'System.Int32') return t === 'int' ? 5 : integral ? 4 : 3;
  return t === 'double' ? 5 : integral ? 2 : 4;
}

const DELEGATE_TYPE = /(^|\.)(matchevaluator|predicate|func|action|comparison|converter)(\[|`|$)/;

export function fitScore(value: unknown, type: string): number {
  const t = type.toLowerCase();
  const v = unwrap(value);
  if (t === 'object') return 1;
  // Interface parameters: comparers (StringComparer values) and enumerables are told apart by shape.
  if (t.includes('iequalitycomparer') || t.includes('icomparer'))
    return v !== null && typeof v === 'object' && 'comparerName' in v ? 5 : -1;
  if (t.includes('ienumerable') || t.includes('icollection'))
    return Array.isArray(v) ? 4 : v !== null && typeof v === 'object' && 'comparerName' in v ? -1 : 1;
  if (isReferenceLike(v)) return -1;
  // A delegate parameter (MatchEvaluator, Predicate[T], Func[..]): a script block is one; nothing else is.
  if (DELEGATE_TYPE.test(t)) return isScriptBlockLike(v) ? 5 : v === null || v === undefined ? 1 : -1;
  if (t.endsWith('[]')) {
    // A scalar converts to a one-element array: acceptable, but worse than a parameter of its own type.
    const list = arrayItems(v);
    if (!list) return Math.min(fitScore(v, t.slice(0, -2)), 2);
    // An array fits T[] as well as its worst element fits T.
    const element = t.slice(0, -2);
    const worst = list.reduce<number>((min, item) => Math.min(min, fitScore(item, element)), 5);
    return worst < 0 ? -1 : 3 + worst;
  }
  if (v === null || v === undefined) return 1;
  // The method binder takes [NullString]::Value for a string (CoreAdapter.GetObjectType).
  if (t === 'string') return typeof v === 'string' || v instanceof PSNullString ? 4 : 1;
  if (t === 'char') return v instanceof PSChar ? 5 : typeof v === 'string' && v.length === 1 ? 3 : -1;
  if (t === 'bool' || t === 'boolean') return typeof v === 'boolean' ? 4 : 0;
  if (t in INT_RANGES || t === 'double' || t === 'float' || t === 'decimal') {
    if (typeof v === 'number' || v instanceof PSInt64 || v instanceof PSDecimal || v instanceof PSDouble)
      return numericFit(v, t);
    if (typeof v === 'boolean' || v instanceof PSChar) return 1;
    if (typeof v === 'string') {
      try {
        parseNumber(v);
        return 1;
      } catch {
        return -1;
      }
    }
    return -1;
  }
  if (methodEnum(t)) {
    // A number converts to an enum, but an int parameter fits it better ('a-b'.Split('-', 2) takes a count).
    if (typeof v === 'number' || v instanceof PSDouble) return 1;
    if (typeof v === 'object' && v !== null && 'value' in v) return 5;
    if (typeof v === 'string') {
      try {
        toEnum(v, t);
        return 3;
      } catch {
        return -1;
      }
    }
    return -1;
  }
  const ctorName = (v as { constructor?: { name?: string } }).constructor?.name?.toLowerCase() ?? '';
  return ctorName === `ps${t}` ? 5 : 0;
}
